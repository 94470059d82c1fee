// The status a benchmarking method reports beside its figures (methods.md conventions): `ok`,
// `insufficient_data` or `undefined`, each with a reason in plain words for the page.
// Caller mistakes (mismatched lengths, negative weights) are Errors instead, via Result<T>.
#pragma once

#include <string>

namespace lct::analysis {

enum class MethodStatus {
  kOk,                // the figures are computed
  kInsufficientData,  // too few units or variables to compute them
  kUndefined,         // the data are sufficient in number but the figure is not defined
};

// "ok", "insufficient_data", "undefined": stable names for CSV and JSON.
[[nodiscard]] const char* MethodStatusName(MethodStatus status);

}  // namespace lct::analysis
