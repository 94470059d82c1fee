#include "analysis/aggregation_functions.hpp"

#include <cmath>

#include "analysis/detail/mean_kernels.hpp"

namespace lct::analysis {
namespace {

// Entries this close to 1 count as dominance: weights normalised to sum 1 can add up to 1 only
// within rounding.
constexpr double kDominanceTolerance = 1e-12;

}  // namespace

double ArithmeticMean(std::span<const double> x, std::span<const double> w) {
  return detail::ArithmeticKernel(x, w);
}

Result<double> GeometricMean(std::span<const double> x, std::span<const double> w) {
  std::vector<double> logs(x.size());
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (x[i] <= 0) return InvalidArgument("the geometric mean needs positive values");
    logs[i] = std::log(x[i]);
  }
  return detail::GeometricFromLogsKernel(logs, w);
}

Result<double> HarmonicMean(std::span<const double> x, std::span<const double> w) {
  for (const double v : x) {
    if (v == 0) return InvalidArgument("the harmonic mean needs non-zero values");
  }
  return detail::HarmonicKernel(x, w);
}

Result<double> GeneralisedMean(std::span<const double> x, std::span<const double> w, double p) {
  if (p == 0)
    return InvalidArgument("the generalised mean needs p != 0 (p = 0 is the geometric mean)");
  if (p < 0) {
    for (const double v : x) {
      if (v <= 0) return InvalidArgument("the generalised mean with p < 0 needs positive values");
    }
  }
  return detail::GeneralisedKernel(x, w, p);
}

namespace {

// Weight (unnormalised) of the indicators on which unit j beats unit k, plus half the weight of
// those on which they tie; comparisons with a missing value count 0.
double RawOutranking(const Matrix& x, std::span<const double> w, std::size_t j, std::size_t k) {
  double better = 0;
  double tied = 0;
  for (std::size_t i = 0; i < x.cols(); ++i) {
    const double a = x(j, i);
    const double b = x(k, i);
    if (a > b) better += w[i];
    if (a == b) tied += w[i];
  }
  return better + tied / 2;
}

double WeightSum(std::span<const double> w) {
  double sum = 0;
  for (const double v : w) sum += v;
  return sum;
}

}  // namespace

Outranking OutrankingMatrix(const Matrix& x, std::span<const double> w) {
  const std::size_t n = x.rows();
  const double weight_sum = WeightSum(w);
  Outranking out{Matrix(n, n, 0.0), 0, 0.0};
  for (std::size_t j = 0; j < n; ++j) {
    for (std::size_t k = j + 1; k < n; ++k) {
      const double raw = RawOutranking(x, w, j, k);
      out.matrix(j, k) = raw / weight_sum;
      out.matrix(k, j) = 1 - out.matrix(j, k);
      const double tolerance = kDominanceTolerance * weight_sum;
      if (std::abs(raw - weight_sum) < tolerance || std::abs(raw) < tolerance) {
        ++out.dominant_pairs;
      }
    }
  }
  const double pairs = static_cast<double>(n) * static_cast<double>(n - 1) / 2;
  out.dominant_fraction = pairs > 0 ? static_cast<double>(out.dominant_pairs) / pairs : 0.0;
  return out;
}

// The sign of E[j,k] - 1/2 is the sign of 2 raw - W, computed without dividing so that equal
// weights give exact ties.
std::vector<double> CopelandScores(const Matrix& x, std::span<const double> w) {
  const std::size_t n = x.rows();
  const double weight_sum = WeightSum(w);
  std::vector<double> scores(n, 0.0);
  for (std::size_t j = 0; j < n; ++j) {
    for (std::size_t k = j + 1; k < n; ++k) {
      const double margin = 2 * RawOutranking(x, w, j, k) - weight_sum;
      const double sign = margin > 0 ? 1.0 : (margin < 0 ? -1.0 : 0.0);
      scores[j] += sign;
      scores[k] -= sign;
    }
  }
  return scores;
}

}  // namespace lct::analysis
