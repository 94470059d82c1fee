// Weighted means and the outranking (Copeland) aggregation of one group of indicators.
// composite-index.md §3.7. Weights are relative: rescaled to sum 1 over the present values.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "analysis/matrix.hpp"
#include "base/result.hpp"

namespace lct::analysis {

// a_amean: missing values are dropped with their weights; all missing gives NaN.
[[nodiscard]] double ArithmeticMean(std::span<const double> x, std::span<const double> w);
// a_gmean: exp(sum w ln x / sum w) over present values; fails if a present value is <= 0.
[[nodiscard]] Result<double> GeometricMean(std::span<const double> x, std::span<const double> w);
// a_hmean: sum w / sum (w / x) over present values; fails if a present value is 0.
[[nodiscard]] Result<double> HarmonicMean(std::span<const double> x, std::span<const double> w);
// a_genmean: (sum w x^p / sum w)^(1/p); p = 0 fails (use the geometric mean); negative p fails
// on values <= 0; any missing value gives NaN.
[[nodiscard]] Result<double> GeneralisedMean(std::span<const double> x, std::span<const double> w,
                                             double p);

struct Outranking {
  Matrix matrix{};                 // units x units: E[j,k]; diagonal 0; E[k,j] = 1 - E[j,k]
  std::size_t dominant_pairs = 0;  // entries equal to 1 (one unit better or equal on all)
  double dominant_fraction = 0;    // dominant_pairs / (n (n - 1) / 2)
};

// outrankMatrix: E[j,k] = sum of weights where unit j beats k + half those where they tie
// (weights normalised to sum 1; comparisons with a missing value count 0). x is units x
// indicators, w one weight per indicator.
[[nodiscard]] Outranking OutrankingMatrix(const Matrix& x, std::span<const double> w);

// a_copeland: score_j = sum over k != j of sign(E[j,k] - 1/2).
[[nodiscard]] std::vector<double> CopelandScores(const Matrix& x, std::span<const double> w);

}  // namespace lct::analysis
