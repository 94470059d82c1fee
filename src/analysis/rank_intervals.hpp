// Rank uncertainty for league tables (issue 14 §2): a rank is shown as an interval, never bare.
// Two documented methods from each place's value and interval (e.g. a 95% confidence interval):
//  - overlap: the range of ranks consistent with the intervals. Best rank = 1 + the places whose
//    interval lies entirely ahead; worst rank = n - the places whose interval lies entirely
//    behind. Deterministic and conservative (wide).
//  - simulation: each value drawn from Normal(value, sd), sd = (upper - lower)/(2 z) with z the
//    interval's normal quantile; the places are ranked in every replication and the ranks' central
//    `coverage` range is reported. Repeatable: a seed fixes every draw.
// Ranks: 1 = first; ties take the lowest rank (sport ranks). A place without an interval is
// treated as known exactly. A missing value gets no rank (NaN).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "analysis/matrix.hpp"
#include "base/result.hpp"

namespace lct::analysis {

enum class RankOrder {
  kHighestFirst,  // rank 1 = the highest value (higher is better)
  kLowestFirst,   // rank 1 = the lowest value
};

struct RankRange {
  double rank = kMissing;       // the point rank of the value
  double best = kMissing;       // the best (smallest) rank consistent with the data
  double worst = kMissing;      // the worst (largest) rank
  double mean_rank = kMissing;  // simulation only: the average rank over replications
};

// lower and upper: empty (no intervals: every range collapses to the point rank) or one per
// value, NaN where a place has no interval. Errors: lengths differ; an interval not containing
// its value.
[[nodiscard]] Result<std::vector<RankRange>> OverlapRankIntervals(std::span<const double> values,
                                                                  std::span<const double> lower,
                                                                  std::span<const double> upper,
                                                                  RankOrder order);

struct RankSimulationOptions {
  std::size_t replications = 1000;
  std::uint64_t seed = 1;
  double interval_level = 0.95;  // the level of the intervals given (sets z)
  double coverage = 0.95;        // the central share of simulated ranks reported
};

// best and worst are the (1 - coverage)/2 and (1 + coverage)/2 quantiles of the simulated
// ranks, each the smallest rank whose empirical CDF reaches the probability (type 1).
// Errors: as OverlapRankIntervals, replications = 0, a level or coverage outside (0, 1).
[[nodiscard]] Result<std::vector<RankRange>> SimulatedRankIntervals(
    std::span<const double> values, std::span<const double> lower, std::span<const double> upper,
    RankOrder order, const RankSimulationOptions& options = {});

}  // namespace lct::analysis
