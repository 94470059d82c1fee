#include "services/index_service.hpp"

#include <utility>

#include "analysis/weights.hpp"
#include "io/file.hpp"
#include "io/index_data.hpp"
#include "io/index_model.hpp"
#include "services/index_translate.hpp"

namespace lct::services {
namespace {

analysis::Direction ToDirection(int direction) {
  return direction < 0 ? analysis::Direction::kNegative : analysis::Direction::kPositive;
}

// The tree: the model's when it gives one, else iMeta's Indicator and Aggregate rows. Weights
// of the model override either.
std::vector<analysis::FrameworkNode> TreeNodes(const io::IndexMeta& meta,
                                               const io::IndexModel& model) {
  std::vector<analysis::FrameworkNode> nodes;
  if (!model.tree.empty()) {
    for (const io::ModelNode& m : model.tree) {
      const io::IndexMetaRow* row = meta.Find(m.code);
      nodes.push_back({.code = m.code,
                       .level = m.level,
                       .parent = m.parent,
                       .direction = ToDirection(m.direction),
                       .weight = m.weight,
                       .denominator = row != nullptr ? row->denominator : std::string(),
                       .target = row != nullptr ? row->target : analysis::kMissing});
    }
  } else {
    for (const io::IndexMetaRow& row : meta.rows) {
      if (row.type != io::MetaType::kIndicator && row.type != io::MetaType::kAggregate) continue;
      nodes.push_back({.code = row.code,
                       .level = row.level,
                       .parent = row.parent,
                       .direction = ToDirection(row.direction),
                       .weight = row.weight,
                       .denominator = row.denominator,
                       .target = row.target});
    }
  }
  for (auto& node : nodes) {
    if (const auto it = model.weights.find(node.code); it != model.weights.end()) {
      node.weight = it->second;
    }
  }
  return nodes;
}

Result<analysis::IndexInput> MakeInput(const io::IndexData& data,
                                       const analysis::IndexFramework& framework,
                                       const io::IndexMeta& meta) {
  analysis::IndexInput input;
  input.unit_codes = data.unit_codes;
  input.indicators = analysis::Matrix(data.unit_codes.size(), framework.indicator_count());
  for (std::size_t j = 0; j < framework.indicator_count(); ++j) {
    const std::string& code = framework.node(j).code;
    const io::NumericColumn* column = data.FindNumeric(code);
    if (column == nullptr) {
      return InvalidArgument("indicator '" + code + "' has no numeric column",
                             ErrorLocation{data.file, 1, code});
    }
    std::copy(column->values.begin(), column->values.end(), input.indicators.Column(j).begin());
  }
  for (const io::IndexMetaRow& row : meta.rows) {
    if (row.type != io::MetaType::kDenominator) continue;
    if (const io::NumericColumn* column = data.FindNumeric(row.code)) {
      input.denominators.push_back({column->code, column->values});
    }
  }
  for (const io::TextColumn& group : data.groups)
    input.groups.push_back({group.code, group.values});
  return input;
}

Error ModelError(const io::IndexModel& model, std::int64_t line, std::string field,
                 const Error& error) {
  return InvalidArgument(error.message(), ErrorLocation{model.file, line, std::move(field)});
}

Result<std::vector<analysis::UncertainInput>> MakeUncertain(
    const io::IndexModel& model, const analysis::IndexFramework& framework,
    const analysis::PipelineSpec& pipeline) {
  std::vector<analysis::UncertainInput> inputs;
  for (std::size_t i = 0; i < model.uncertainty.size(); ++i) {
    const io::UncertainInputSpec& spec = model.uncertainty[i];
    analysis::DiscreteChoice choice;
    switch (spec.kind) {
      case io::UncertainKind::kWinsorisationLimit: {
        const std::vector<std::size_t> limits(spec.winmax.begin(), spec.winmax.end());
        inputs.push_back(analysis::WinsorisationLimits(spec.name, *pipeline.treat, limits));
        continue;
      }
      case io::UncertainKind::kNoisyWeights: {
        std::vector<analysis::WeightNoise> noise;
        for (const int level : spec.levels) {
          if (level > framework.max_level()) {
            return InvalidArgument("level " + std::to_string(level) + " is not in the tree",
                                   ErrorLocation{model.file, spec.line,
                                                 "uncertainty[" + std::to_string(i) + "].levels"});
          }
          noise.push_back({level, spec.factor});
        }
        const auto sets =
            analysis::NoisyWeights(framework, framework.Weights(), noise, spec.count, spec.seed);
        inputs.push_back(analysis::WeightChoices(spec.name, sets));
        continue;
      }
      case io::UncertainKind::kContinuous: {
        using P = analysis::ContinuousParameter;
        const std::string& p = spec.parameter;
        const P parameter = p == "skew_threshold"           ? P::kSkewThreshold
                            : p == "kurtosis_threshold"     ? P::kKurtosisThreshold
                            : p == "boxcox_lambda"          ? P::kBoxCoxLambda
                            : p == "screen_data_threshold"  ? P::kScreenDataThreshold
                            : p == "generalised_mean_power" ? P::kGeneralisedMeanPower
                                                            : P::kAggregationDataThreshold;
        inputs.push_back({spec.name, analysis::ContinuousRange{parameter, spec.low, spec.high}});
        continue;
      }
      case io::UncertainKind::kImputation:
        for (const auto& s : spec.imputations)
          choice.alternatives.emplace_back(detail::ToImpute(s));
        break;
      case io::UncertainKind::kNormalisation:
        for (const auto& s : spec.normalisations) {
          choice.alternatives.emplace_back(detail::ToNormalisation(s));
        }
        break;
      case io::UncertainKind::kAggregation:
        for (const auto& s : spec.aggregations) {
          choice.alternatives.emplace_back(detail::ToAggregation({s}));
        }
        break;
    }
    inputs.push_back({spec.name, std::move(choice)});
  }
  return inputs;
}

}  // namespace

Result<IndexProblem> MakeIndexProblem(const io::IndexData& data, const io::IndexMeta& meta,
                                      const io::IndexModel& model) {
  auto framework = analysis::IndexFramework::Create(TreeNodes(meta, model));
  if (!framework) {
    return model.tree.empty()
               ? InvalidArgument(framework.error().message(), ErrorLocation{meta.file, 0, "iMeta"})
               : ModelError(model, 0, "tree", framework.error());
  }
  auto input = MakeInput(data, *framework, meta);
  if (!input) return input.error();
  analysis::PipelineSpec pipeline;
  if (model.denominate) pipeline.denominate = analysis::DenominateSpec{};
  if (model.impute) pipeline.impute = detail::ToImpute(*model.impute);
  if (model.screen) {
    pipeline.screen = detail::ToScreen(*model.screen);
    if (model.screen->before_impute) {
      pipeline.screen_position = analysis::ScreenPosition::kBeforeImpute;
    }
  }
  if (model.treat) pipeline.treat = detail::ToTreatment(*model.treat);
  if (model.normalise) pipeline.normalise = detail::ToNormalisation(*model.normalise);
  pipeline.aggregate = detail::ToAggregation(model.aggregate);
  auto uncertain = MakeUncertain(model, *framework, pipeline);
  if (!uncertain) return uncertain.error();
  return IndexProblem{model.name,      std::move(*framework), std::move(*input),
                      data.unit_names, std::move(pipeline),   std::move(*uncertain),
                      model.target};
}

Result<IndexProblem> LoadIndexProblem(const IndexFiles& files) {
  auto meta_text = io::ReadFile(files.meta);
  if (!meta_text) return meta_text.error();
  auto meta = io::ParseIndexMeta(*meta_text, files.meta);
  if (!meta) return meta.error();
  auto data_text = io::ReadFile(files.data);
  if (!data_text) return data_text.error();
  auto data = io::ParseIndexData(*data_text, files.data, *meta);
  if (!data) return data.error();
  auto model_text = io::ReadFile(files.model);
  if (!model_text) return model_text.error();
  auto model = io::ParseIndexModel(*model_text, files.model);
  if (!model) return model.error();
  return MakeIndexProblem(*data, *meta, *model);
}

}  // namespace lct::services
