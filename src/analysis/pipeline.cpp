#include "analysis/pipeline.hpp"

#include "analysis/detail/stages.hpp"
#include "analysis/ranking.hpp"

namespace lct::analysis {
namespace {

Status CheckInput(const IndexInput& input, const IndexFramework& framework) {
  if (input.indicators.cols() != framework.indicator_count()) {
    return InvalidArgument("the data have " + std::to_string(input.indicators.cols()) +
                           " indicator columns but the framework has " +
                           std::to_string(framework.indicator_count()) + " indicators");
  }
  if (input.unit_codes.size() != input.indicators.rows()) {
    return InvalidArgument("the data have " + std::to_string(input.indicators.rows()) +
                           " rows but " + std::to_string(input.unit_codes.size()) + " unit codes");
  }
  return Ok();
}

std::optional<StageData>* Slot(PipelineResult& result, detail::Stage stage) {
  switch (stage) {
    case detail::Stage::kDenominate:
      return &result.denominated;
    case detail::Stage::kImpute:
      return &result.imputed;
    case detail::Stage::kScreen:
      return &result.screened;
    case detail::Stage::kTreat:
      return &result.treated;
    case detail::Stage::kNormalise:
      return &result.normalised;
    case detail::Stage::kAggregate:
      break;
  }
  return nullptr;
}

}  // namespace

Result<PipelineResult> BuildIndex(const IndexInput& input, const IndexFramework& framework,
                                  const PipelineSpec& spec) {
  if (Status status = CheckInput(input, framework); !status) return status.error();
  PipelineResult result;
  result.weights = spec.weights.values.empty() ? framework.Weights() : spec.weights.values;
  const detail::StageSpecs specs{
      spec.impute ? &*spec.impute : nullptr, spec.screen ? &*spec.screen : nullptr,
      spec.treat ? &*spec.treat : nullptr, spec.normalise ? &*spec.normalise : nullptr};
  StageData current = detail::RawData(input);
  for (const detail::Stage stage : detail::StageOrder(spec)) {
    if (stage == detail::Stage::kAggregate) break;
    Result<detail::StageRun> run = detail::RunStage(stage, current, input, framework, specs);
    if (!run) return run.error();
    if (run->screen_report) result.screen_report = std::move(run->screen_report);
    if (stage == detail::Stage::kImpute) result.imputed_cells = run->imputed_cells;
    if (stage == detail::Stage::kTreat) result.treatment = std::move(run->treatment);
    current = std::move(run->data);
    *Slot(result, stage) = current;
  }
  Result<Matrix> aggregated = Aggregate(current.values, framework, result.weights, spec.aggregate,
                                        detail::UnitCodes(input, current.units));
  if (!aggregated) return aggregated.error();
  result.aggregated = StageData{current.units, std::move(*aggregated)};
  return result;
}

std::vector<double> NodeScores(const PipelineResult& result, std::size_t node,
                               std::size_t unit_count) {
  std::vector<double> scores(unit_count, kMissing);
  const StageData& data = result.aggregated;
  for (std::size_t k = 0; k < data.units.size(); ++k) scores[data.units[k]] = data.values(k, node);
  return scores;
}

std::vector<double> NodeRanks(const PipelineResult& result, std::size_t node,
                              std::size_t unit_count) {
  return SportRanks(NodeScores(result, node, unit_count));
}

}  // namespace lct::analysis
