#include "analysis/detail/monte_carlo_plan.hpp"

#include <algorithm>
#include <limits>

namespace lct::analysis::detail {
namespace {

const char* StepName(Stage stage) {
  switch (stage) {
    case Stage::kDenominate:
      return "denomination";
    case Stage::kImpute:
      return "imputation";
    case Stage::kScreen:
      return "unit screening";
    case Stage::kTreat:
      return "outlier treatment";
    case Stage::kNormalise:
      return "normalisation";
    case Stage::kAggregate:
      return "aggregation";
  }
  return "a step";
}

Stage StageOf(AlternativeKind kind) {
  switch (kind) {
    case AlternativeKind::kImpute:
      return Stage::kImpute;
    case AlternativeKind::kScreen:
      return Stage::kScreen;
    case AlternativeKind::kTreatment:
      return Stage::kTreat;
    case AlternativeKind::kNormalisation:
      return Stage::kNormalise;
    case AlternativeKind::kWeights:
    case AlternativeKind::kAggregation:
      return Stage::kAggregate;
  }
  return Stage::kAggregate;
}

Stage StageOf(ContinuousParameter parameter) {
  switch (parameter) {
    case ContinuousParameter::kSkewThreshold:
    case ContinuousParameter::kKurtosisThreshold:
    case ContinuousParameter::kBoxCoxLambda:
      return Stage::kTreat;
    case ContinuousParameter::kScreenDataThreshold:
      return Stage::kScreen;
    case ContinuousParameter::kGeneralisedMeanPower:
    case ContinuousParameter::kAggregationDataThreshold:
      return Stage::kAggregate;
  }
  return Stage::kAggregate;
}

Result<PreparedInput> PrepareDiscrete(const UncertainInput& spec, const DiscreteChoice& choice,
                                      const IndexFramework& framework) {
  PreparedInput prepared{spec.name, &choice};
  if (choice.alternatives.empty()) {
    return InvalidArgument("uncertain input '" + spec.name + "' has no alternatives");
  }
  prepared.kind = static_cast<AlternativeKind>(choice.alternatives.front().index());
  for (const Alternative& alternative : choice.alternatives) {
    if (static_cast<AlternativeKind>(alternative.index()) != prepared.kind) {
      return InvalidArgument("the alternatives of uncertain input '" + spec.name +
                             "' are not all of the same kind");
    }
    if (const auto* weights = std::get_if<WeightSet>(&alternative);
        weights != nullptr && weights->values.size() != framework.node_count()) {
      return InvalidArgument("a weight set of uncertain input '" + spec.name + "' has " +
                             std::to_string(weights->values.size()) + " weights for " +
                             std::to_string(framework.node_count()) + " nodes");
    }
    if (const auto* aggregation = std::get_if<AggregationSpec>(&alternative)) {
      Result<Aggregator> compiled = Aggregator::Create(framework, *aggregation);
      if (!compiled) return compiled.error();
      prepared.aggregators.push_back(std::move(*compiled));
    }
  }
  return prepared;
}

Status CheckContinuous(const UncertainInput& spec, const ContinuousRange& range,
                       const PipelineSpec& nominal) {
  if (!(range.low <= range.high)) {
    return InvalidArgument("uncertain input '" + spec.name + "' needs low <= high");
  }
  if (range.parameter == ContinuousParameter::kGeneralisedMeanPower && range.low <= 0 &&
      range.high >= 0) {
    return InvalidArgument("uncertain input '" + spec.name +
                           "' may draw p = 0, which the generalised mean does not take");
  }
  if (range.parameter == ContinuousParameter::kGeneralisedMeanPower) {
    const auto& levels = nominal.aggregate.levels;
    const bool any = std::any_of(levels.begin(), levels.end(), [](const LevelAggregation& l) {
      return l.method == AggregationMethod::kGeneralised;
    });
    if (!any) {
      return InvalidArgument("uncertain input '" + spec.name +
                             "' varies the generalised mean's p, but the nominal aggregation "
                             "uses no generalised mean");
    }
  }
  return Ok();
}

}  // namespace

StageSpecs MonteCarloPlan::NominalSpecs() const {
  return StageSpecs{
      nominal.impute ? &*nominal.impute : nullptr, nominal.screen ? &*nominal.screen : nullptr,
      nominal.treat ? &*nominal.treat : nullptr, nominal.normalise ? &*nominal.normalise : nullptr};
}

Result<MonteCarloPlan> PrepareMonteCarlo(const IndexInput& input, const IndexFramework& framework,
                                         const PipelineSpec& nominal,
                                         std::span<const UncertainInput> inputs,
                                         const MonteCarloOptions& options) {
  MonteCarloPlan plan;
  plan.input = &input;
  plan.framework = &framework;
  plan.nominal = nominal;
  plan.order = StageOrder(nominal);
  plan.nominal_weights =
      nominal.weights.values.empty() ? framework.Weights() : nominal.weights.values;
  Result<std::size_t> target = ResolveTarget(framework, options.target);
  if (!target) return target.error();
  plan.target_node = *target;
  Result<Aggregator> aggregator = Aggregator::Create(framework, nominal.aggregate);
  if (!aggregator) return aggregator.error();
  plan.needs_logs = aggregator->UsesGeometricMean();
  plan.nominal_aggregator = std::move(*aggregator);
  if (inputs.empty()) return InvalidArgument("an uncertainty analysis needs at least one input");

  for (const UncertainInput& spec : inputs) {
    PreparedInput prepared;
    Stage stage = Stage::kAggregate;
    if (const auto* choice = std::get_if<DiscreteChoice>(&spec.distribution)) {
      Result<PreparedInput> discrete = PrepareDiscrete(spec, *choice, framework);
      if (!discrete) return discrete.error();
      prepared = std::move(*discrete);
      stage = StageOf(prepared.kind);
      for (const Aggregator& compiled : prepared.aggregators) {
        plan.needs_logs = plan.needs_logs || compiled.UsesGeometricMean();
      }
    } else {
      const auto& range = std::get<ContinuousRange>(spec.distribution);
      if (Status status = CheckContinuous(spec, range, nominal); !status) return status.error();
      prepared.name = spec.name;
      prepared.range = range;
      stage = StageOf(range.parameter);
    }
    const auto found = std::find(plan.order.begin(), plan.order.end(), stage);
    if (found == plan.order.end()) {
      return InvalidArgument("uncertain input '" + spec.name + "' varies " + StepName(stage) +
                             ", which is not a step of the nominal pipeline; add the step to "
                             "the nominal pipeline (it may do nothing there)");
    }
    prepared.position = static_cast<std::size_t>(found - plan.order.begin());
    plan.inputs.push_back(std::move(prepared));
  }

  const std::size_t stages = plan.order.size() - 1;
  plan.cacheable.assign(stages, true);
  plan.key_multiplier.assign(plan.inputs.size(), 0);
  std::uint64_t multiplier = 1;
  bool overflow = false;
  for (std::size_t i = 0; i < plan.inputs.size(); ++i) {
    const PreparedInput& prepared = plan.inputs[i];
    if (prepared.position >= stages) continue;
    if (!prepared.discrete()) {
      for (std::size_t p = prepared.position; p < stages; ++p) plan.cacheable[p] = false;
      continue;
    }
    plan.key_multiplier[i] = multiplier;
    const std::uint64_t count = prepared.count();
    overflow = overflow || multiplier > std::numeric_limits<std::uint64_t>::max() / count;
    multiplier = overflow ? 1 : multiplier * count;
  }
  if (overflow) plan.cacheable.assign(stages, false);
  return plan;
}

}  // namespace lct::analysis::detail
