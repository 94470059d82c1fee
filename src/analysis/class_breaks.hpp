// Class breaks for choropleth maps: quantiles (type 7), equal intervals and Jenks natural breaks
// (Fisher's exact optimisation: least within-class sum of squared deviations). Deterministic.
// Class c holds the values v with breaks[c] < v <= breaks[c + 1]; the first class also holds
// breaks[0] (intervals closed on the right, as R's cut(include.lowest = TRUE)).
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "analysis/method_status.hpp"
#include "base/result.hpp"

namespace lct::analysis {

enum class ClassBreakMethod { kQuantile, kEqualInterval, kNaturalBreaks };

inline constexpr int kNoClass = -1;  // a missing value has no class

struct ClassBreaks {
  MethodStatus status = MethodStatus::kOk;
  std::string status_reason;
  ClassBreakMethod method = ClassBreakMethod::kQuantile;
  std::size_t requested = 0;            // classes asked for
  std::vector<double> breaks;           // classes + 1 ascending bounds, min first, max last
  std::vector<int> classes;             // per input value: 0..classes-1, kNoClass when NaN
  std::vector<std::size_t> counts;      // values per class
  double goodness_of_variance_fit = 1;  // 1 - SDCM/SDAM (1 when the values do not vary)
  std::vector<std::string> notes;       // e.g. fewer classes than asked because of ties
};

// Fewer classes than asked are made when there are fewer distinct values, when quantile
// breaks coincide (ties), or when all values are equal (one class); a note says so.
// Natural breaks take O(classes x m log m) time for m distinct values.
// Errors: classes = 0, an infinite value. kInsufficientData when no value is present.
[[nodiscard]] Result<ClassBreaks> ComputeClassBreaks(std::span<const double> values,
                                                     std::size_t classes, ClassBreakMethod method);

// "quantiles", "equal intervals", "natural breaks (Jenks)".
[[nodiscard]] const char* ClassBreakMethodName(ClassBreakMethod method);

}  // namespace lct::analysis
