// The checked, immutable plan of a Monte Carlo run: the nominal pipeline, the uncertain inputs
// mapped onto its stages, and precompiled aggregators. Shared read-only by worker threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "analysis/aggregate.hpp"
#include "analysis/detail/stages.hpp"
#include "analysis/uncertainty.hpp"

namespace lct::analysis::detail {

// Alternative::index() of each kind.
enum class AlternativeKind : std::size_t {
  kImpute = 0,
  kScreen = 1,
  kTreatment = 2,
  kNormalisation = 3,
  kWeights = 4,
  kAggregation = 5,
};

struct PreparedInput {
  std::string name{};
  const DiscreteChoice* choice = nullptr;  // null for a continuous input
  AlternativeKind kind = AlternativeKind::kImpute;
  ContinuousRange range{};
  std::size_t position = 0;  // of its stage in MonteCarloPlan::order
  // Aggregation alternatives, compiled (kind kAggregation only).
  std::vector<Aggregator> aggregators{};

  [[nodiscard]] bool discrete() const { return choice != nullptr; }
  [[nodiscard]] std::size_t count() const { return choice->alternatives.size(); }
};

struct MonteCarloPlan {
  const IndexInput* input = nullptr;  // outlive the plan
  const IndexFramework* framework = nullptr;
  PipelineSpec nominal{};
  std::vector<Stage> order{};  // stages, ending with kAggregate
  std::vector<double> nominal_weights{};
  std::optional<Aggregator> nominal_aggregator{};
  std::vector<PreparedInput> inputs{};
  std::size_t target_node = 0;
  bool needs_logs = false;  // some aggregation may use the geometric mean
  // Per stage position before aggregation: whether its output is determined by discrete choices
  // alone (so it can be cached), and the mixed-radix multiplier of each input in the key.
  std::vector<bool> cacheable{};
  std::vector<std::uint64_t> key_multiplier{};  // per input; 0 when keys would overflow

  [[nodiscard]] StageSpecs NominalSpecs() const;
};

// Validates inputs against the nominal pipeline (an input may only vary a step that is present:
// COINr issue #60) and prepares the plan.
[[nodiscard]] Result<MonteCarloPlan> PrepareMonteCarlo(const IndexInput& input,
                                                       const IndexFramework& framework,
                                                       const PipelineSpec& nominal,
                                                       std::span<const UncertainInput> inputs,
                                                       const MonteCarloOptions& options);

}  // namespace lct::analysis::detail
