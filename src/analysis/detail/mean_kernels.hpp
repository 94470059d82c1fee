// The arithmetic of the weighted means of one unit. The tree aggregator works a column at a time
// but accumulates in the same order (children in order, then one division), so its results are
// bit-identical to these. Missing values (NaN) in x are skipped with their weights unless
// stated. Preconditions (positivity) are the callers' to check.
#pragma once

#include <cmath>
#include <cstddef>
#include <limits>
#include <span>

namespace lct::analysis::detail {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// a_amean: sum w_i x_i / sum w_i over present x; all missing gives NaN.
inline double ArithmeticKernel(std::span<const double> x, std::span<const double> w) {
  double weighted = 0;
  double weight_sum = 0;
  bool any = false;
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (std::isnan(x[i])) continue;
    weighted += w[i] * x[i];
    weight_sum += w[i];
    any = true;
  }
  return any ? weighted / weight_sum : kNaN;
}

// a_gmean on logs: exp(sum w_i log_x_i / sum w_i) over present values.
inline double GeometricFromLogsKernel(std::span<const double> log_x, std::span<const double> w) {
  double weighted = 0;
  double weight_sum = 0;
  bool any = false;
  for (std::size_t i = 0; i < log_x.size(); ++i) {
    if (std::isnan(log_x[i])) continue;
    weighted += w[i] * log_x[i];
    weight_sum += w[i];
    any = true;
  }
  return any ? std::exp(weighted / weight_sum) : kNaN;
}

// a_hmean: sum w_i / sum (w_i / x_i) over present values.
inline double HarmonicKernel(std::span<const double> x, std::span<const double> w) {
  double weight_sum = 0;
  double inverse_sum = 0;
  bool any = false;
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (std::isnan(x[i])) continue;
    weight_sum += w[i];
    inverse_sum += w[i] / x[i];
    any = true;
  }
  return any ? weight_sum / inverse_sum : kNaN;
}

// a_genmean: (sum w_i x_i^p / sum w_i)^(1/p); any missing value gives NaN (COINr's quirk).
inline double GeneralisedKernel(std::span<const double> x, std::span<const double> w, double p) {
  double weighted = 0;
  double weight_sum = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (std::isnan(x[i])) return kNaN;
    weighted += w[i] * std::pow(x[i], p);
    weight_sum += w[i];
  }
  return std::pow(weighted / weight_sum, 1 / p);
}

}  // namespace lct::analysis::detail
