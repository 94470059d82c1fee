// Normalisation functions of one vector (COINr's n_* functions). composite-index.md §3.5.
// Statistics skip missing values (NaN); a missing value stays missing. Each function takes the
// vector as it arrives, i.e. already multiplied by the indicator's direction where relevant.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "analysis/framework.hpp"

namespace lct::analysis {

enum class Cap { kNone, kAtOne };           // cap scores above 1 at 1
enum class Truncation { kToPosts, kNone };  // truncate goalpost scores to [0, 1]

// n_minmax: (x - min)/(max - min) (u - l) + l. Zero range gives NaN.
[[nodiscard]] std::vector<double> MinMax(std::span<const double> x, double lower, double upper);
// n_zscore: (x - mean)/sd * s + m, sd with n - 1.
[[nodiscard]] std::vector<double> ZScore(std::span<const double> x, double mean, double sd);
// n_scaled: (x - l)/(u - l) * scale_factor (fixed, not data-driven).
[[nodiscard]] std::vector<double> Scaled(std::span<const double> x, double lower, double upper,
                                         double scale_factor);
// n_goalposts: (x - l)/(u - l), or (x - u)/(l - u) with direction -1; truncated to [0, 1]
// unless told not to; times `scale`.
[[nodiscard]] std::vector<double> Goalposts(std::span<const double> x, double lower, double upper,
                                            double scale, Direction direction,
                                            Truncation truncation);
// n_dist2targ: direction +1: (x - min)/(target - min); -1: (max - x)/(max - target).
[[nodiscard]] std::vector<double> DistanceToTarget(std::span<const double> x, double target,
                                                   Direction direction, Cap cap);
// n_dist2ref: 1 - (x_ref - x)/(x_ref - min), x_ref = x[reference] (a reference unit).
[[nodiscard]] std::vector<double> DistanceToReference(std::span<const double> x,
                                                      std::size_t reference, Cap cap);
// The Handbook's ratio form of distance to a reference (§6): x / reference.
[[nodiscard]] std::vector<double> RatioToReference(std::span<const double> x, double reference);
// n_dist2max: 1 - (max - x)/(max - min).
[[nodiscard]] std::vector<double> DistanceToMax(std::span<const double> x);
// n_fracmax: x / max.
[[nodiscard]] std::vector<double> FractionOfMax(std::span<const double> x);
// n_rank: ascending ranks, ties take the lowest rank.
[[nodiscard]] std::vector<double> RankScores(std::span<const double> x);
// n_borda: rank - 1.
[[nodiscard]] std::vector<double> BordaScores(std::span<const double> x);
// n_prank: (rank - 1)/(n_present - 1).
[[nodiscard]] std::vector<double> PercentileRanks(std::span<const double> x);

}  // namespace lct::analysis
