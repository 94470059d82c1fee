#include "analysis/normalise_functions.hpp"

#include <cmath>
#include <limits>

#include "analysis/ranking.hpp"
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

double CapAt(double y, Cap cap) { return cap == Cap::kAtOne && y > 1 ? 1.0 : y; }

}  // namespace

std::vector<double> MinMax(std::span<const double> x, double lower, double upper) {
  const double lo = Min(x);
  const double hi = Max(x);
  return Map(x, [&](double v) { return (v - lo) / (hi - lo) * (upper - lower) + lower; });
}

std::vector<double> ZScore(std::span<const double> x, double mean, double sd) {
  const double m = Mean(x);
  const double s = SampleSd(x);
  return Map(x, [&](double v) { return (v - m) / s * sd + mean; });
}

std::vector<double> Scaled(std::span<const double> x, double lower, double upper,
                           double scale_factor) {
  return Map(x, [&](double v) { return (v - lower) / (upper - lower) * scale_factor; });
}

std::vector<double> Goalposts(std::span<const double> x, double lower, double upper, double scale,
                              Direction direction, Truncation truncation) {
  return Map(x, [&](double v) {
    double y = direction == Direction::kNegative ? (v - upper) / (lower - upper)
                                                 : (v - lower) / (upper - lower);
    if (truncation == Truncation::kToPosts) {
      if (y > 1) y = 1;
      if (y < 0) y = 0;
    }
    return y * scale;
  });
}

std::vector<double> DistanceToTarget(std::span<const double> x, double target, Direction direction,
                                     Cap cap) {
  if (direction == Direction::kNegative) {
    const double hi = Max(x);
    return Map(x, [&](double v) { return CapAt((hi - v) / (hi - target), cap); });
  }
  const double lo = Min(x);
  return Map(x, [&](double v) { return CapAt((v - lo) / (target - lo), cap); });
}

std::vector<double> DistanceToReference(std::span<const double> x, std::size_t reference, Cap cap) {
  const double lo = Min(x);
  const double ref = reference < x.size() ? x[reference] : kNaN;
  return Map(x, [&](double v) { return CapAt(1 - (ref - v) / (ref - lo), cap); });
}

std::vector<double> RatioToReference(std::span<const double> x, double reference) {
  return Map(x, [&](double v) { return v / reference; });
}

std::vector<double> DistanceToMax(std::span<const double> x) {
  const double lo = Min(x);
  const double hi = Max(x);
  return Map(x, [&](double v) { return 1 - (hi - v) / (hi - lo); });
}

std::vector<double> FractionOfMax(std::span<const double> x) {
  const double hi = Max(x);
  return Map(x, [&](double v) { return v / hi; });
}

std::vector<double> RankScores(std::span<const double> x) { return MinRanks(x); }

std::vector<double> BordaScores(std::span<const double> x) {
  std::vector<double> out = MinRanks(x);
  for (double& v : out) v -= 1;
  return out;
}

std::vector<double> PercentileRanks(std::span<const double> x) {
  std::vector<double> out = MinRanks(x);
  const auto present = static_cast<double>(CountPresent(x));
  for (double& v : out) v = (v - 1) / (present - 1);
  return out;
}

}  // namespace lct::analysis
