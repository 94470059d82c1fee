// Ranks: the "sport" ranks of results tables and the ascending ranks used by normalisation and
// correlation. composite-index.md §3.5 (n_rank), §3.8 (rank_df), §10.5.
#pragma once

#include <span>
#include <string>
#include <vector>

namespace lct::analysis {

// Ascending ranks 1..n of the present values, ties take the lowest rank (R's ties = "min");
// NaN stays NaN.
[[nodiscard]] std::vector<double> MinRanks(std::span<const double> x);

// Ascending ranks with ties given their average rank (R's default; used by Spearman).
[[nodiscard]] std::vector<double> AverageRanks(std::span<const double> x);

// Sport ranks: 1 = highest score, ties take the lowest rank, NaN stays NaN.
[[nodiscard]] std::vector<double> SportRanks(std::span<const double> scores);

// Sport ranks within each group: units sharing a label are ranked among themselves. Units whose
// label is empty (missing) get NaN.
[[nodiscard]] std::vector<double> GroupSportRanks(std::span<const double> scores,
                                                  std::span<const std::string> groups);

}  // namespace lct::analysis
