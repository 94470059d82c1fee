#include "analysis/statistics.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace lct::analysis {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::vector<double> Present(std::span<const double> x) {
  std::vector<double> out;
  out.reserve(x.size());
  for (const double v : x) {
    if (!std::isnan(v)) out.push_back(v);
  }
  return out;
}

// Central moment sums: s2 = sum (x - mean)^2, s3, s4, over present values.
struct Moments {
  double n = 0;
  double s2 = 0;
  double s3 = 0;
  double s4 = 0;
};

// Sums accumulate in long double, as R's sum() and mean() do, so results match R closely.
Moments CentralMoments(std::span<const double> x) {
  const double mean = Mean(x);
  long double s2 = 0;
  long double s3 = 0;
  long double s4 = 0;
  Moments m;
  for (const double v : x) {
    if (std::isnan(v)) continue;
    const double d = v - mean;
    const double d2 = d * d;
    m.n += 1;
    s2 += d2;
    s3 += d2 * d;
    s4 += d2 * d2;
  }
  m.s2 = static_cast<double>(s2);
  m.s3 = static_cast<double>(s3);
  m.s4 = static_cast<double>(s4);
  return m;
}

}  // namespace

std::size_t CountPresent(std::span<const double> x) {
  return static_cast<std::size_t>(
      std::count_if(x.begin(), x.end(), [](double v) { return !std::isnan(v); }));
}

double Min(std::span<const double> x) {
  double out = kNaN;
  for (const double v : x) {
    if (!std::isnan(v) && !(v >= out)) out = v;
  }
  return out;
}

double Max(std::span<const double> x) {
  double out = kNaN;
  for (const double v : x) {
    if (!std::isnan(v) && !(v <= out)) out = v;
  }
  return out;
}

// R's mean(): a long double sum, then one refinement pass.
double Mean(std::span<const double> x) {
  long double sum = 0;
  std::size_t n = 0;
  for (const double v : x) {
    if (std::isnan(v)) continue;
    sum += v;
    ++n;
  }
  if (n == 0) return kNaN;
  const auto count = static_cast<long double>(n);
  long double mean = sum / count;
  if (std::isfinite(static_cast<double>(mean))) {
    long double correction = 0;
    for (const double v : x) {
      if (!std::isnan(v)) correction += v - mean;
    }
    mean += correction / count;
  }
  return static_cast<double>(mean);
}

double Median(std::span<const double> x) { return Quantile(x, 0.5); }

double SampleSd(std::span<const double> x) {
  const Moments m = CentralMoments(x);
  if (m.n < 2) return kNaN;
  return std::sqrt(m.s2 / (m.n - 1));
}

double Skewness(std::span<const double> x) {
  const Moments m = CentralMoments(x);
  const double n = m.n;
  if (n < 3) return kNaN;
  const double g1 = std::sqrt(n) * m.s3 / std::pow(m.s2, 1.5);
  return g1 * std::sqrt(n * (n - 1)) / (n - 2);
}

double Kurtosis(std::span<const double> x) {
  const Moments m = CentralMoments(x);
  const double n = m.n;
  if (n < 4) return kNaN;
  const double r = n * m.s4 / (m.s2 * m.s2);
  return ((n + 1) * (r - 3) + 6) * (n - 1) / ((n - 2) * (n - 3));
}

double Quantile(std::span<const double> x, double probability) {
  std::vector<double> sorted = Present(x);
  std::sort(sorted.begin(), sorted.end());
  return QuantileSorted(sorted, probability);
}

double QuantileSorted(std::span<const double> sorted, double probability) {
  if (sorted.empty()) return kNaN;
  // The arithmetic of R's quantile(type = 7), so that results agree to the last bit.
  const double position = static_cast<double>(sorted.size() - 1) * probability;
  const double lower = std::floor(position);
  const auto low = static_cast<std::size_t>(lower);
  const std::size_t high =
      std::min(static_cast<std::size_t>(std::ceil(position)), sorted.size() - 1);
  if (!(position > lower) || sorted[high] == sorted[low]) return sorted[low];
  const double h = position - lower;
  return (1 - h) * sorted[low] + h * sorted[high];
}

}  // namespace lct::analysis
