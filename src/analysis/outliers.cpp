#include "analysis/outliers.hpp"

#include <cmath>
#include <limits>

#include "analysis/statistics.hpp"

namespace lct::analysis {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

template <typename F>
std::vector<double> Map(std::span<const double> x, F f) {
  std::vector<double> out(x.size());
  for (std::size_t i = 0; i < x.size(); ++i) out[i] = std::isnan(x[i]) ? kNaN : f(x[i]);
  return out;
}

// Clips every value equal to the current extreme to the nearest value inside it. Returns the
// number of points clipped, or 0 when there is nothing inside the extreme to clip to.
std::size_t ClipExtreme(std::vector<double>& x, std::vector<bool>& clipped, bool high) {
  const double extreme = high ? Max(x) : Min(x);
  double inner = kNaN;
  for (const double v : x) {
    if (std::isnan(v) || v == extreme) continue;
    if (std::isnan(inner) || (high ? v > inner : v < inner)) inner = v;
  }
  if (std::isnan(inner)) return 0;
  std::size_t count = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    clipped[i] = x[i] == extreme;
    if (clipped[i]) {
      x[i] = inner;
      ++count;
    }
  }
  return count;
}

}  // namespace

SkewKurtosisCheck CheckSkewKurtosis(std::span<const double> x, double skew_threshold,
                                    double kurtosis_threshold) {
  SkewKurtosisCheck check;
  check.skewness = Skewness(x);
  check.kurtosis = Kurtosis(x);
  const bool undetermined = std::isnan(check.skewness) || std::isnan(check.kurtosis);
  check.passes = undetermined || std::abs(check.skewness) < skew_threshold ||
                 check.kurtosis < kurtosis_threshold;
  return check;
}

WinsoriseResult Winsorise(std::span<const double> x, const WinsoriseSpec& spec) {
  WinsoriseResult result;
  result.values.assign(x.begin(), x.end());
  result.points.assign(x.size(), PointTreatment::kNone);
  bool passes = CheckSkewKurtosis(x, spec.skew_threshold, spec.kurtosis_threshold).passes;
  std::vector<bool> high_points(x.size(), false);
  std::vector<bool> low_points(x.size(), false);
  auto below_limit = [&] { return !spec.winmax || result.low + result.high < *spec.winmax; };
  while ((!passes || spec.force) && below_limit()) {
    const double skew = Skewness(result.values);
    if (std::isnan(skew)) break;
    const bool high = skew >= 0;
    const std::size_t count = ClipExtreme(result.values, high ? high_points : low_points, high);
    if (count == 0) break;
    (high ? result.high : result.low) = count;
    passes = CheckSkewKurtosis(result.values, spec.skew_threshold, spec.kurtosis_threshold).passes;
  }
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (high_points[i]) result.points[i] = PointTreatment::kWinsorisedHigh;
    if (low_points[i]) result.points[i] = PointTreatment::kWinsorisedLow;
  }
  return result;
}

std::vector<double> LogCT(std::span<const double> x) {
  const double lo = Min(x);
  const double a = 0.01 * (Max(x) - lo);
  return Map(x, [&](double v) { return std::log(v - lo + a); });
}

std::vector<double> LogCTPlus(std::span<const double> x) {
  if (Skewness(x) > 0) return LogCT(x);
  const double hi = Max(x);
  const double a = 0.01 * (hi - Min(x));
  return Map(x, [&](double v) { return -std::log(hi + a - v); });
}

std::vector<double> LogCTOrig(std::span<const double> x) {
  const double lo = Min(x);
  return Map(x, [&](double v) { return std::log(v - lo + 1); });
}

std::vector<double> LogGII(std::span<const double> x) {
  const double lo = Min(x);
  const double hi = Max(x);
  return Map(x, [&](double v) { return std::log((hi - 1) * (v - lo) / (hi - lo) + 1); });
}

std::vector<double> NaturalLog(std::span<const double> x) {
  return Map(x, [](double v) { return std::log(v); });
}

std::vector<double> BoxCox(std::span<const double> x, double lambda, BoxCoxShift shift) {
  const bool make_positive = shift == BoxCoxShift::kMakePositive;
  const double lo = make_positive ? Min(x) : 0.0;
  return Map(x, [&](double v) {
    const double y = make_positive ? v - lo + 1 : v;
    return lambda == 0 ? std::log(y) : (std::pow(y, lambda) - 1) / lambda;
  });
}

}  // namespace lct::analysis
