// Reads the index model file (docs/index-model.md) with the checked YAML view of yaml_reader.
#include <algorithm>
#include <array>
#include <string>

#include "io/csv_reader.hpp"
#include "io/index_model.hpp"
#include "io/yaml_reader.hpp"

namespace lct::io {
namespace {

using detail::Need;
using detail::YamlMap;

constexpr std::array<std::string_view, 7> kImputeMethods = {
    "none", "column_mean", "column_median", "group_mean", "group_median", "row_mean", "row_median"};
constexpr std::array<std::string_view, 3> kScreenRules = {"by_missing", "by_zeros",
                                                          "by_missing_and_zeros"};
constexpr std::array<std::string_view, 2> kFirstStages = {"winsorise", "none"};
constexpr std::array<std::string_view, 7> kTransforms = {
    "none", "log", "log_ct", "log_ct_plus", "log_ct_orig", "log_gii", "box_cox"};
constexpr std::array<std::string_view, 12> kNormaliseMethods = {"none",
                                                                "minmax",
                                                                "zscore",
                                                                "scaled",
                                                                "goalposts",
                                                                "distance_to_target",
                                                                "distance_to_reference",
                                                                "distance_to_max",
                                                                "fraction_of_max",
                                                                "rank",
                                                                "borda",
                                                                "percentile_rank"};
constexpr std::array<std::string_view, 5> kAggregateMethods = {
    "arithmetic", "geometric", "harmonic", "generalised", "copeland"};
constexpr std::array<std::string_view, 6> kParameters = {
    "skew_threshold",        "kurtosis_threshold",     "boxcox_lambda",
    "screen_data_threshold", "generalised_mean_power", "aggregation_data_threshold"};

constexpr std::array<std::string_view, 7> kTopKeys = {"name",  "description", "target",     "tree",
                                                      "steps", "weights",     "uncertainty"};
constexpr std::array<std::string_view, 6> kStepKeys = {"denominate", "impute",    "screen",
                                                       "treat",      "normalise", "aggregate"};
constexpr std::array<std::string_view, 3> kImputeKeys = {"method", "group", "group_level"};
constexpr std::array<std::string_view, 4> kScreenKeys = {"rule", "data_threshold",
                                                         "nonzero_threshold", "before_impute"};
constexpr std::array<std::string_view, 7> kTreatKeys = {
    "first_stage", "winmax",        "skew_threshold",     "kurtosis_threshold",
    "transform",   "boxcox_lambda", "force_winsorisation"};
constexpr std::array<std::string_view, 7> kNormaliseKeys = {
    "method", "lower", "upper", "mean", "sd", "scale_factor", "reference_unit"};
constexpr std::array<std::string_view, 4> kAggregateKeys = {"method", "power", "data_threshold",
                                                            "levels"};
constexpr std::array<std::string_view, 6> kNodeKeys = {"code",   "name",      "level",
                                                       "parent", "direction", "weight"};
constexpr std::array<std::string_view, 10> kInputKeys = {
    "name",   "step",   "winmax", "alternatives", "count",
    "levels", "factor", "seed",   "parameter",    "range"};

class ModelReader {
 public:
  explicit ModelReader(const std::string& file) : reader_(file) {}

  detail::YamlReader& Reader() { return reader_; }

  IndexModel Read(const YAML::Node& root) {
    IndexModel model;
    const auto top = reader_.OpenMap(root, "", 1, kTopKeys);
    if (!top) return model;
    model.name = reader_.Text(*top, "name", Need::kRequired);
    model.description = reader_.Text(*top, "description", Need::kOptional);
    model.target = reader_.Text(*top, "target", Need::kOptional);
    model.tree = reader_.List<ModelNode>(*top, "tree", Need::kOptional,
                                         [this](const YAML::Node& n, const std::string& path,
                                                std::int64_t line) { return Node(n, path, line); });
    if (const auto steps = reader_.Value(*top, "steps", Need::kRequired)) {
      ReadSteps(*steps, top->Find("steps")->key_line, model);
    }
    if (const auto weights = reader_.Value(*top, "weights", Need::kOptional)) {
      ReadWeights(*weights, top->Find("weights")->key_line, model);
    }
    model.uncertainty = reader_.List<UncertainInputSpec>(
        *top, "uncertainty", Need::kOptional,
        [this, &model](const YAML::Node& n, const std::string& path, std::int64_t line) {
          return Input(n, path, line, model);
        });
    return model;
  }

 private:
  // A number field; `fallback` when absent.
  double Number(const YamlMap& map, std::string_view key, double fallback) {
    const auto node = reader_.Value(map, key, Need::kOptional);
    if (!node) return fallback;
    const auto value = node->IsScalar() ? ParseNumber(node->Scalar()) : std::nullopt;
    if (!value) {
      reader_.Fail(detail::YamlReader::LineOf(*node, map.Find(key)->key_line),
                   detail::JoinPath(map.path, key), "expected a number");
      return fallback;
    }
    return *value;
  }

  template <std::size_t N>
  std::string Choice(const YamlMap& map, std::string_view key,
                     const std::array<std::string_view, N>& allowed, std::string fallback) {
    const auto node = reader_.Value(map, key, Need::kOptional);
    if (!node) return fallback;
    std::string text = node->IsScalar() ? node->Scalar() : std::string();
    if (std::find(allowed.begin(), allowed.end(), text) == allowed.end()) {
      std::string list;
      for (const auto name : allowed) list += (list.empty() ? "" : ", ") + std::string(name);
      reader_.Fail(detail::YamlReader::LineOf(*node, map.Find(key)->key_line),
                   detail::JoinPath(map.path, key),
                   "unknown value '" + text + "'; expected one of: " + list);
      return fallback;
    }
    return text;
  }

  ModelNode Node(const YAML::Node& node, const std::string& path, std::int64_t line) {
    ModelNode out;
    const auto map = reader_.OpenMap(node, path, line, kNodeKeys);
    if (!map) return out;
    out.code = reader_.Text(*map, "code", Need::kRequired);
    out.name = reader_.Text(*map, "name", Need::kOptional);
    out.level = reader_.Integer(*map, "level", Need::kRequired);
    out.parent = reader_.Text(*map, "parent", Need::kOptional);
    out.direction =
        map->Find("direction") ? reader_.Integer(*map, "direction", Need::kOptional) : 1;
    out.weight = Number(*map, "weight", 1.0);
    if (out.direction != 1 && out.direction != -1) {
      reader_.Fail(map->Find("direction")->key_line, detail::JoinPath(path, "direction"),
                   "expected -1 or 1");
    }
    return out;
  }

  ImputeStep Impute(const YAML::Node& node, const std::string& path, std::int64_t line) {
    ImputeStep out;
    const auto map = reader_.OpenMap(node, path, line, kImputeKeys);
    if (!map) return out;
    out.method = Choice(*map, "method", kImputeMethods, out.method);
    out.group = reader_.Text(*map, "group", Need::kOptional);
    out.group_level =
        map->Find("group_level") ? reader_.Integer(*map, "group_level", Need::kOptional) : 0;
    if (out.method.starts_with("group_") && out.group.empty()) {
      reader_.Fail(map->line, detail::JoinPath(path, "group"),
                   "method '" + out.method + "' needs a group (a Group column of the data)");
    }
    return out;
  }

  ScreenStep Screen(const YAML::Node& node, const std::string& path, std::int64_t line) {
    ScreenStep out;
    const auto map = reader_.OpenMap(node, path, line, kScreenKeys);
    if (!map) return out;
    out.rule = Choice(*map, "rule", kScreenRules, out.rule);
    out.data_threshold = Number(*map, "data_threshold", out.data_threshold);
    out.nonzero_threshold = Number(*map, "nonzero_threshold", out.nonzero_threshold);
    out.before_impute = reader_.Boolean(*map, "before_impute");
    return out;
  }

  TreatStep Treat(const YAML::Node& node, const std::string& path, std::int64_t line) {
    TreatStep out;
    const auto map = reader_.OpenMap(node, path, line, kTreatKeys);
    if (!map) return out;
    out.first_stage = Choice(*map, "first_stage", kFirstStages, out.first_stage);
    if (map->Find("winmax")) out.winmax = reader_.Integer(*map, "winmax", Need::kOptional);
    out.skew_threshold = Number(*map, "skew_threshold", out.skew_threshold);
    out.kurtosis_threshold = Number(*map, "kurtosis_threshold", out.kurtosis_threshold);
    out.transform = Choice(*map, "transform", kTransforms, out.transform);
    out.boxcox_lambda = Number(*map, "boxcox_lambda", out.boxcox_lambda);
    out.force_winsorisation = reader_.Boolean(*map, "force_winsorisation");
    return out;
  }

  NormaliseStep Normalise(const YAML::Node& node, const std::string& path, std::int64_t line) {
    NormaliseStep out;
    const auto map = reader_.OpenMap(node, path, line, kNormaliseKeys);
    if (!map) return out;
    out.method = Choice(*map, "method", kNormaliseMethods, out.method);
    out.lower = Number(*map, "lower", out.lower);
    out.upper = Number(*map, "upper", out.upper);
    out.mean = Number(*map, "mean", out.mean);
    out.sd = Number(*map, "sd", out.sd);
    out.scale_factor = Number(*map, "scale_factor", out.scale_factor);
    out.reference_unit = reader_.Text(*map, "reference_unit", Need::kOptional);
    return out;
  }

  AggregateStep AggregateOne(const YamlMap& map) {
    AggregateStep out;
    out.method = Choice(map, "method", kAggregateMethods, out.method);
    out.power = Number(map, "power", out.power);
    if (map.Find("data_threshold")) out.data_threshold = Number(map, "data_threshold", 0.0);
    return out;
  }

  // One step for every level, or `levels: [ {...}, ... ]` one per aggregation level.
  std::vector<AggregateStep> Aggregate(const YAML::Node& node, const std::string& path,
                                       std::int64_t line) {
    const auto map = reader_.OpenMap(node, path, line, kAggregateKeys);
    if (!map) return {AggregateStep{}};
    if (!map->Find("levels")) return {AggregateOne(*map)};
    return reader_.List<AggregateStep>(
        *map, "levels", Need::kRequired,
        [this](const YAML::Node& n, const std::string& p, std::int64_t l) {
          const auto level = reader_.OpenMap(n, p, l, kAggregateKeys);
          return level ? AggregateOne(*level) : AggregateStep{};
        });
  }

  void ReadSteps(const YAML::Node& node, std::int64_t line, IndexModel& model) {
    const auto steps = reader_.OpenMap(node, "steps", line, kStepKeys);
    if (!steps) return;
    model.denominate = reader_.Boolean(*steps, "denominate");
    const auto at = [&](std::string_view key) {
      return detail::YamlReader::LineOf(steps->Find(key)->value, steps->Find(key)->key_line);
    };
    const auto path = [](std::string_view key) { return "steps." + std::string(key); };
    if (const auto n = reader_.Value(*steps, "impute", Need::kOptional)) {
      model.impute = Impute(*n, path("impute"), at("impute"));
    }
    if (const auto n = reader_.Value(*steps, "screen", Need::kOptional)) {
      model.screen = Screen(*n, path("screen"), at("screen"));
    }
    if (const auto n = reader_.Value(*steps, "treat", Need::kOptional)) {
      model.treat = Treat(*n, path("treat"), at("treat"));
    }
    if (const auto n = reader_.Value(*steps, "normalise", Need::kOptional)) {
      model.normalise = Normalise(*n, path("normalise"), at("normalise"));
    }
    if (const auto n = reader_.Value(*steps, "aggregate", Need::kOptional)) {
      model.aggregate = Aggregate(*n, path("aggregate"), at("aggregate"));
    }
  }

  void ReadWeights(const YAML::Node& node, std::int64_t line, IndexModel& model) {
    if (!node.IsMap()) {
      reader_.Fail(line, "weights", "expected a map of node code to weight");
      return;
    }
    for (const auto& pair : node) {
      const std::string key = pair.first.Scalar();
      const auto value = pair.second.IsScalar() ? ParseNumber(pair.second.Scalar()) : std::nullopt;
      if (!value || *value < 0) {
        reader_.Fail(detail::YamlReader::LineOf(pair.second, line), "weights." + key,
                     "expected a weight (a number, 0 or more)");
        continue;
      }
      model.weights[key] = *value;
    }
  }

  // Which nominal step an uncertain input varies; reports it when absent from the pipeline.
  void CheckStepPresent(const UncertainInputSpec& input, const std::string& path, std::int64_t line,
                        const IndexModel& model, std::string_view step) {
    const bool present = (step == "impute" && model.impute) || (step == "screen" && model.screen) ||
                         (step == "treat" && model.treat) ||
                         (step == "normalise" && model.normalise) || step == "aggregate" ||
                         step == "weights";
    if (!present) {
      reader_.Fail(line, detail::JoinPath(path, "step"),
                   "uncertain input '" + input.name + "' varies step '" + std::string(step) +
                       "', which is not in the nominal pipeline: add steps." + std::string(step));
    }
  }

  UncertainInputSpec Input(const YAML::Node& node, const std::string& path, std::int64_t line,
                           const IndexModel& model);

  detail::YamlReader reader_;
};

UncertainInputSpec ModelReader::Input(const YAML::Node& node, const std::string& path,
                                      std::int64_t line, const IndexModel& model) {
  UncertainInputSpec out;
  out.line = line;
  const auto map = reader_.OpenMap(node, path, line, kInputKeys);
  if (!map) return out;
  out.name = reader_.Text(*map, "name", Need::kRequired);
  constexpr std::array<std::string_view, 6> kSteps = {"treat",     "impute",  "normalise",
                                                      "aggregate", "weights", "parameter"};
  const std::string step = Choice(*map, "step", kSteps, "");
  if (step.empty()) {
    if (!map->Find("step"))
      reader_.Fail(map->line, detail::JoinPath(path, "step"), "missing required field 'step'");
    return out;
  }
  const std::int64_t step_line = map->Find("step")->key_line;
  const auto alternatives = [&](auto read) {
    using Item = decltype(read(YAML::Node(), std::string(), std::int64_t{}));
    return reader_.List<Item>(*map, "alternatives", Need::kRequired, read);
  };
  if (step == "treat") {
    out.kind = UncertainKind::kWinsorisationLimit;
    const auto values = reader_.TextList(*map, "winmax");
    for (const std::string& text : values) {
      const auto number = ParseNumber(text);
      if (!number || *number < 0 || *number != static_cast<int>(*number)) {
        reader_.Fail(map->Find("winmax")->key_line, detail::JoinPath(path, "winmax"),
                     "expected whole numbers, found '" + text + "'");
        continue;
      }
      out.winmax.push_back(static_cast<int>(*number));
    }
    if (out.winmax.empty())
      reader_.Fail(map->line, detail::JoinPath(path, "winmax"),
                   "give the Winsorisation limits to try");
  } else if (step == "impute") {
    out.kind = UncertainKind::kImputation;
    out.imputations = alternatives([this](const YAML::Node& n, const std::string& p,
                                          std::int64_t l) { return Impute(n, p, l); });
  } else if (step == "normalise") {
    out.kind = UncertainKind::kNormalisation;
    out.normalisations = alternatives([this](const YAML::Node& n, const std::string& p,
                                             std::int64_t l) { return Normalise(n, p, l); });
  } else if (step == "aggregate") {
    out.kind = UncertainKind::kAggregation;
    out.aggregations =
        alternatives([this](const YAML::Node& n, const std::string& p, std::int64_t l) {
          const auto m = reader_.OpenMap(n, p, l, kAggregateKeys);
          return m ? AggregateOne(*m) : AggregateStep{};
        });
  } else if (step == "weights") {
    out.kind = UncertainKind::kNoisyWeights;
    out.count =
        static_cast<std::size_t>(std::max(1, reader_.Integer(*map, "count", Need::kRequired)));
    for (const std::string& text : reader_.TextList(*map, "levels")) {
      const auto number = ParseNumber(text);
      if (!number || *number < 2) {
        reader_.Fail(map->Find("levels")->key_line, detail::JoinPath(path, "levels"),
                     "expected aggregation levels (2 or more), found '" + text + "'");
        continue;
      }
      out.levels.push_back(static_cast<int>(*number));
    }
    out.factor = Number(*map, "factor", out.factor);
    out.seed = static_cast<std::uint64_t>(Number(*map, "seed", 1));
    if (out.levels.empty())
      reader_.Fail(map->line, detail::JoinPath(path, "levels"),
                   "give the levels whose weights vary");
  } else {
    out.kind = UncertainKind::kContinuous;
    out.parameter = Choice(*map, "parameter", kParameters, "");
    const auto range = reader_.TextList(*map, "range");
    const auto low = range.size() == 2 ? ParseNumber(range[0]) : std::nullopt;
    const auto high = range.size() == 2 ? ParseNumber(range[1]) : std::nullopt;
    if (!low || !high || *low > *high) {
      reader_.Fail(map->line, detail::JoinPath(path, "range"), "expected [low, high]");
    } else {
      out.low = *low;
      out.high = *high;
    }
    const std::string& p = out.parameter;
    const std::string varied = p == "screen_data_threshold" ? "screen"
                               : p.ends_with("threshold") && !p.starts_with("aggregation") ? "treat"
                               : p == "boxcox_lambda"                                      ? "treat"
                                                      : "aggregate";
    CheckStepPresent(out, path, step_line, model, varied);
    return out;
  }
  CheckStepPresent(out, path, step_line, model, step);
  return out;
}

std::pair<IndexModel, std::vector<Error>> ReadModel(std::string_view text,
                                                    const std::string& file) {
  ModelReader reader(file);
  const std::optional<YAML::Node> loaded = reader.Reader().Load(text);
  if (!loaded) return {IndexModel{}, std::move(reader.Reader()).TakeErrors()};
  const YAML::Node& root = *loaded;
  IndexModel model;
  if (!root.IsDefined() || root.IsNull()) {
    reader.Reader().Fail(1, "", "the file is empty: a model file is a map of fields");
  } else {
    model = reader.Read(root);
  }
  model.file = file;
  return {std::move(model), std::move(reader.Reader()).TakeErrors()};
}

}  // namespace

Result<IndexModel> ParseIndexModel(std::string_view text, const std::string& file) {
  auto [model, errors] = ReadModel(text, file);
  if (!errors.empty()) return errors.front();
  return std::move(model);
}

std::vector<Error> CheckIndexModel(std::string_view text, const std::string& file) {
  return ReadModel(text, file).second;
}

}  // namespace lct::io
