#include "analysis/detail/stages.hpp"

#include <numeric>

#include "analysis/denominate.hpp"

namespace lct::analysis::detail {

std::vector<Stage> StageOrder(const PipelineSpec& spec) {
  std::vector<Stage> order;
  if (spec.denominate) order.push_back(Stage::kDenominate);
  const bool screen_first = spec.screen_position == ScreenPosition::kBeforeImpute;
  if (spec.screen && screen_first) order.push_back(Stage::kScreen);
  if (spec.impute) order.push_back(Stage::kImpute);
  if (spec.screen && !screen_first) order.push_back(Stage::kScreen);
  if (spec.treat) order.push_back(Stage::kTreat);
  if (spec.normalise) order.push_back(Stage::kNormalise);
  order.push_back(Stage::kAggregate);
  return order;
}

StageData RawData(const IndexInput& input) {
  StageData data{std::vector<std::size_t>(input.indicators.rows()), input.indicators};
  std::iota(data.units.begin(), data.units.end(), std::size_t{0});
  return data;
}

std::vector<std::string> UnitCodes(const IndexInput& input, const std::vector<std::size_t>& units) {
  std::vector<std::string> codes;
  codes.reserve(units.size());
  for (const std::size_t unit : units) {
    codes.push_back(unit < input.unit_codes.size() ? input.unit_codes[unit] : std::string());
  }
  return codes;
}

namespace {

Result<StageRun> RunImpute(const StageData& in, const IndexInput& input,
                           const IndexFramework& framework, const ImputeSpec& spec) {
  std::vector<std::string> labels;
  const bool by_group =
      spec.method == ImputeMethod::kGroupMean || spec.method == ImputeMethod::kGroupMedian;
  if (by_group) {
    const UnitGroup* group = input.FindGroup(spec.group);
    if (group == nullptr) {
      return InvalidArgument("imputation group '" + spec.group + "' is not in the data");
    }
    for (const std::size_t unit : in.units) {
      labels.push_back(unit < group->labels.size() ? group->labels[unit] : std::string());
    }
  }
  Result<ImputeResult> imputed = Impute(in.values, framework, labels, spec);
  if (!imputed) return imputed.error();
  StageRun run{{in.units, std::move(imputed->values)}, std::nullopt, imputed->imputed_cells, {}};
  return run;
}

}  // namespace

Result<StageRun> RunStage(Stage stage, const StageData& in, const IndexInput& input,
                          const IndexFramework& framework, const StageSpecs& specs) {
  switch (stage) {
    case Stage::kDenominate: {
      Result<Matrix> values = Denominate(in.values, framework, input.denominators);
      if (!values) return values.error();
      return StageRun{{in.units, std::move(*values)}, std::nullopt, 0, {}};
    }
    case Stage::kImpute:
      return RunImpute(in, input, framework, *specs.impute);
    case Stage::kScreen: {
      ScreenReport report = ScreenUnits(in.values, UnitCodes(input, in.units), *specs.screen);
      StageData data;
      for (const std::size_t row : report.kept_rows) data.units.push_back(in.units[row]);
      data.values = SelectRows(in.values, report.kept_rows);
      return StageRun{std::move(data), std::move(report), 0, {}};
    }
    case Stage::kTreat: {
      Result<TreatResult> treated =
          Treat(in.values, framework, UnitCodes(input, in.units), *specs.treat);
      if (!treated) return treated.error();
      return StageRun{
          {in.units, std::move(treated->values)}, std::nullopt, 0, std::move(treated->records)};
    }
    case Stage::kNormalise: {
      Result<Matrix> values =
          Normalise(in.values, framework, UnitCodes(input, in.units), *specs.normalise);
      if (!values) return values.error();
      return StageRun{{in.units, std::move(*values)}, std::nullopt, 0, {}};
    }
    case Stage::kAggregate:
      break;
  }
  return Internal("RunStage does not run the aggregation stage");
}

}  // namespace lct::analysis::detail
