// The build pipeline of an index: denominate, impute, screen, treat, normalise, aggregate.
// composite-index.md §3 (COINr's build_example_coin order; screening may come first).
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "analysis/aggregate.hpp"
#include "analysis/framework.hpp"
#include "analysis/impute.hpp"
#include "analysis/index_input.hpp"
#include "analysis/matrix.hpp"
#include "analysis/normalise.hpp"
#include "analysis/screen.hpp"
#include "analysis/treat.hpp"
#include "analysis/weights.hpp"
#include "base/result.hpp"

namespace lct::analysis {

// Denominate every indicator that names a denominator in the framework (§3.1).
struct DenominateSpec {};

enum class ScreenPosition { kAfterImpute, kBeforeImpute };

// Every step is explicit: an absent optional step is not in the pipeline, and an uncertainty
// analysis may only vary steps that are present (COINr issue #60). Use ImputeMethod::kNone or
// NoTreatment() for a step that is present but does nothing in the nominal build.
struct PipelineSpec {
  std::optional<DenominateSpec> denominate{};
  std::optional<ImputeSpec> impute{};
  std::optional<ScreenSpec> screen{};
  ScreenPosition screen_position = ScreenPosition::kAfterImpute;
  std::optional<TreatmentSpec> treat{};
  std::optional<NormalisationSpec> normalise{};
  AggregationSpec aggregate{};
  WeightSet weights{};  // empty = the framework's nominal weights
};

// The output of one stage: values for some of the input units.
struct StageData {
  std::vector<std::size_t> units{};  // rows of IndexInput; a subset after screening
  Matrix values{};                   // units.size() x columns
};

struct PipelineResult {
  std::optional<StageData> denominated{};
  std::optional<StageData> imputed{};
  std::optional<StageData> screened{};
  std::optional<StageData> treated{};
  std::optional<StageData> normalised{};
  StageData aggregated{};  // units x framework nodes: indicators as normalised, then aggregates

  std::optional<ScreenReport> screen_report{};  // over the units that reached screening
  std::size_t imputed_cells = 0;
  std::vector<TreatmentRecord> treatment{};  // one per indicator when treatment ran
  std::vector<double> weights{};             // the weights used, one per node
};

// Runs the pipeline. Fails with the first stage error (e.g. a geometric mean meeting
// non-positive values names the aggregate, the indicator and the units).
[[nodiscard]] Result<PipelineResult> BuildIndex(const IndexInput& input,
                                                const IndexFramework& framework,
                                                const PipelineSpec& spec);

// Scores of one node over all input units (NaN for units screened out), and their sport ranks.
[[nodiscard]] std::vector<double> NodeScores(const PipelineResult& result, std::size_t node,
                                             std::size_t unit_count);
[[nodiscard]] std::vector<double> NodeRanks(const PipelineResult& result, std::size_t node,
                                            std::size_t unit_count);

}  // namespace lct::analysis
