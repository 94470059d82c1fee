#include "base/error.hpp"

namespace lct {

std::string Error::ToString() const {
  std::string out;
  if (!location_.file.empty()) {
    out += location_.file;
    if (location_.line > 0) out += ":" + std::to_string(location_.line);
    if (location_.line > 0 && location_.column > 0) out += ":" + std::to_string(location_.column);
    out += ": ";
  } else if (location_.line > 0) {
    out += "line " + std::to_string(location_.line) + ": ";
  }
  if (!location_.field.empty()) out += location_.field + ": ";
  out += message_;
  return out;
}

const char* ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidArgument:
      return "invalid_argument";
    case ErrorCode::kNotFound:
      return "not_found";
    case ErrorCode::kConflict:
      return "conflict";
    case ErrorCode::kPermissionDenied:
      return "permission_denied";
    case ErrorCode::kUnavailable:
      return "unavailable";
    case ErrorCode::kInternal:
      return "internal";
  }
  return "internal";
}

}  // namespace lct
