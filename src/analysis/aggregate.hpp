// Aggregation up the index tree, level by level. composite-index.md §3.7.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "analysis/framework.hpp"
#include "analysis/matrix.hpp"
#include "base/result.hpp"

namespace lct::analysis {

enum class AggregationMethod {
  kArithmetic,   // a_amean (default)
  kGeometric,    // a_gmean: needs positive values
  kHarmonic,     // a_hmean: needs non-zero values
  kGeneralised,  // a_genmean with `power`
  kCopeland,     // a_copeland over the whole group of units (by_df)
};

struct LevelAggregation {
  AggregationMethod method = AggregationMethod::kArithmetic;
  double power = 1.0;  // generalised mean p (p != 0)
  // A unit whose share of present children is below this gets NaN (row methods only).
  std::optional<double> data_threshold{};
};

struct AggregationSpec {
  // One entry per aggregation level (levels 2..max, in order), or a single entry for all.
  std::vector<LevelAggregation> levels{LevelAggregation{}};
  // Overrides for single aggregates, by code (COINr issue #35).
  std::map<std::string, LevelAggregation, std::less<>> per_aggregate{};
};

// A compiled aggregation plan: the tree flattened into index arrays, checked once, then run for
// many weight sets (the Monte Carlo engine runs it once per replication). Thread-safe: Run is
// const and uses only caller-provided buffers.
class Aggregator {
 public:
  // Fails if `spec` has neither 1 nor max_level - 1 levels, or a generalised mean has p = 0.
  [[nodiscard]] static Result<Aggregator> Create(const IndexFramework& framework,
                                                 const AggregationSpec& spec);

  // Computes every aggregate. `normalised` is units x indicators; `weights` one per node;
  // `aggregates` receives units x (node_count - indicator_count) columns, aggregate k being node
  // indicator_count + k (resized if needed). `log_normalised`, if not null, holds ln of
  // `normalised` and saves recomputing logs for geometric means. unit_codes name units in
  // errors: a geometric mean meeting values <= 0 (or a harmonic mean meeting 0) fails, naming
  // the aggregate, the child and the units.
  [[nodiscard]] Status Run(const Matrix& normalised, std::span<const double> weights,
                           std::span<const std::string> unit_codes, Matrix& aggregates,
                           const Matrix* log_normalised = nullptr) const;

  [[nodiscard]] bool UsesGeometricMean() const;

 private:
  struct Step {
    std::size_t node = 0;                 // the aggregate
    std::vector<std::size_t> children{};  // node indices
    LevelAggregation aggregation{};
  };

  Aggregator() = default;

  std::size_t indicator_count_ = 0;
  std::vector<std::string> codes_;  // of every node, for error messages
  std::vector<Step> steps_;         // in level order, so children are computed first
};

// The "Aggregated" data set: units x nodes, the indicator columns copied from `normalised` and
// the aggregates computed by an Aggregator. `weights` empty = the framework's nominal weights.
[[nodiscard]] Result<Matrix> Aggregate(const Matrix& normalised, const IndexFramework& framework,
                                       std::span<const double> weights, const AggregationSpec& spec,
                                       std::span<const std::string> unit_codes);

}  // namespace lct::analysis
