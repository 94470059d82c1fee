// Per-unit rank statistics over Monte Carlo replications (§4.3 RankStats).
#pragma once

#include <cstddef>
#include <vector>

#include "analysis/uncertainty.hpp"

namespace lct::analysis::detail {

// Nominal rank, mean, median and type-7 5 %/95 % quantiles of each unit's rank over
// replications [0, rows), skipping replications where the unit has no rank.
[[nodiscard]] std::vector<RankStatistics> ComputeRankStatistics(const UncertaintyResult& result,
                                                                std::size_t rows);

}  // namespace lct::analysis::detail
