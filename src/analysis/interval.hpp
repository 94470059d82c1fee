// Interval: a lower and an upper bound (a confidence, prediction or control interval).
#pragma once

#include <cmath>

#include "analysis/matrix.hpp"

namespace lct::analysis {

struct Interval {
  double lower = kMissing;  // NaN when the interval is not defined
  double upper = kMissing;

  [[nodiscard]] bool defined() const { return !std::isnan(lower) && !std::isnan(upper); }
  [[nodiscard]] bool Contains(double x) const { return lower <= x && x <= upper; }
  bool operator==(const Interval&) const = default;
};

}  // namespace lct::analysis
