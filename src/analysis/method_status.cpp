#include "analysis/method_status.hpp"

namespace lct::analysis {

const char* MethodStatusName(MethodStatus status) {
  switch (status) {
    case MethodStatus::kOk:
      return "ok";
    case MethodStatus::kInsufficientData:
      return "insufficient_data";
    case MethodStatus::kUndefined:
      return "undefined";
  }
  return "undefined";
}

}  // namespace lct::analysis
