// Uncertainty analysis of an index: Monte Carlo over uncertain construction choices, with rank
// statistics per unit. composite-index.md §4 (COINr's get_sensitivity, SA_type = "UA").
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "analysis/framework.hpp"
#include "analysis/index_input.hpp"
#include "analysis/pipeline.hpp"
#include "base/result.hpp"

namespace lct::analysis {

// One discrete alternative of an uncertain input: it replaces the whole specification of one
// step (weights and the aggregation method are separate parts of the aggregation step).
using Alternative = std::variant<ImputeSpec, ScreenSpec, TreatmentSpec, NormalisationSpec,
                                 WeightSet, AggregationSpec>;

// The alternatives of a discrete input, all of the same kind, drawn with equal probability
// (u in [0, 1) picks alternative floor(u n)).
struct DiscreteChoice {
  std::vector<Alternative> alternatives{};
};

// A numeric parameter set by a continuous input, drawn uniformly from [low, high].
enum class ContinuousParameter {
  kSkewThreshold,             // treatment: global skewness threshold
  kKurtosisThreshold,         // treatment: global kurtosis threshold
  kBoxCoxLambda,              // treatment: global Box-Cox lambda
  kScreenDataThreshold,       // screening: data availability threshold
  kGeneralisedMeanPower,      // aggregation: p of every generalised mean
  kAggregationDataThreshold,  // aggregation: data threshold of every level
};

struct ContinuousRange {
  ContinuousParameter parameter = ContinuousParameter::kSkewThreshold;
  double low = 0;
  double high = 1;
};

// One uncertain input (COINr's SA_specs entry). Its step must be in the nominal pipeline.
// Discrete inputs are applied in the order given (a later one on the same step wins), then
// continuous ones on top.
struct UncertainInput {
  std::string name{};
  std::variant<DiscreteChoice, ContinuousRange> distribution{};
};

// COINr's example inputs, for convenience.
[[nodiscard]] UncertainInput WinsorisationLimits(std::string name, const TreatmentSpec& nominal,
                                                 std::span<const std::size_t> limits);
[[nodiscard]] UncertainInput WeightChoices(std::string name, std::span<const WeightSet> sets);

enum class ReplicateStorage { kScoresAndRanks, kRanksOnly };

struct MonteCarloOptions {
  std::size_t replications = 1000;  // N (an SA runs N (d + 2))
  std::uint64_t seed = 1;           // same seed, same result, whatever `threads` is
  std::size_t threads = 1;          // 0 = one per hardware thread
  std::string target{};             // node to analyse; empty = the (single) top-level node
  ReplicateStorage storage = ReplicateStorage::kScoresAndRanks;
  // Upper bound on memory for cached stage outputs shared by replications; past it, stages
  // are recomputed instead of cached.
  std::size_t cache_bytes = std::size_t{512} << 20U;
  std::size_t bootstrap = 0;  // sensitivity only: bootstrap resamples (COINr's Nboot)
  // Called after each batch of replications with (done, total); calls are serialised but come
  // from worker threads. May be empty.
  std::function<void(std::size_t, std::size_t)> progress{};
};

struct RankStatistics {
  double nominal = 0;
  double mean = 0;
  double median = 0;
  double q05 = 0;  // R type-7 quantiles
  double q95 = 0;
};

struct UncertaintyResult {
  std::size_t target_node = 0;
  std::size_t units = 0;         // = IndexInput rows; every per-unit vector uses that order
  std::size_t replications = 0;  // rows run: N, or N (d + 2) for a sensitivity analysis
  std::size_t inputs = 0;
  std::vector<double> nominal_scores{};  // per unit; NaN if screened out in the nominal build
  std::vector<double> nominal_ranks{};
  std::vector<double> scores{};  // replications x units (row r = replication r), if kept
  std::vector<float> ranks{};    // replications x units; NaN where a unit has no score
  // replications x inputs: the alternative index (0-based) or the continuous value used.
  std::vector<double> parameters{};
  // Per replication: mean |rank - nominal rank| over units (§4.4); NaN if it failed.
  std::vector<double> rank_shift{};
  std::vector<RankStatistics> rank_statistics{};  // per unit (SA: over the A and B rows only)
  std::size_t failed_replications = 0;            // a failed rebuild gives NaN scores (§4.3)
  std::optional<Error> first_failure{};           // the failure of the lowest-numbered replication

  [[nodiscard]] double Score(std::size_t replication, std::size_t unit) const {
    return scores[replication * units + unit];
  }
  [[nodiscard]] double Rank(std::size_t replication, std::size_t unit) const {
    return ranks[replication * units + unit];
  }
};

// Runs the nominal pipeline and `options.replications` replications, each with uniformly drawn
// choices (row r's draws depend only on (seed, r)). Only the stages downstream of a replication's
// first changed choice are recomputed; outputs of upstream stages are shared through a cache.
// Fails before running anything if an input is malformed or varies a step absent from the
// nominal pipeline, or if the nominal build fails.
[[nodiscard]] Result<UncertaintyResult> RunUncertainty(const IndexInput& input,
                                                       const IndexFramework& framework,
                                                       const PipelineSpec& nominal,
                                                       std::span<const UncertainInput> inputs,
                                                       const MonteCarloOptions& options);

}  // namespace lct::analysis
