#include "services/learning_index.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "analysis/ranking.hpp"
#include "analysis/weights.hpp"
#include "services/learning_index_state.hpp"

namespace lct::services {
namespace {

constexpr const char* kIndexCode = "learning_conditions";
constexpr double kScreenThreshold = 0.75;  // places with under 3/4 of the indicators are left out
constexpr std::size_t kNoisyWeightSets = 100;
constexpr double kWeightNoise = 0.25;

analysis::NormalisationSpec Normalisation(std::string_view method) {
  analysis::NormalisationSpec spec;
  if (method == "zscore") {
    spec.global = {.method = analysis::NormaliseMethod::kZScore, .mean = 10, .sd = 2};
  } else {
    // Onto [1, 100] rather than [0, 100], so the geometric mean of the what-if can be used.
    spec.global = {.method = analysis::NormaliseMethod::kMinMax, .lower = 1, .upper = 100};
  }
  return spec;
}

analysis::AggregationSpec Aggregation(std::string_view method) {
  analysis::AggregationSpec spec;
  spec.levels = {analysis::LevelAggregation{method == "geometric"
                                                ? analysis::AggregationMethod::kGeometric
                                                : analysis::AggregationMethod::kArithmetic}};
  return spec;
}

Result<analysis::IndexFramework> MakeFramework(const detail::LearningData& data) {
  std::vector<analysis::FrameworkNode> nodes;
  for (std::size_t i = 0; i < data.indicators.size(); ++i) {
    analysis::FrameworkNode node;
    node.code = data.indicators[i].code;
    node.parent = data.strand_of[i];
    node.direction = data.indicators[i].direction == domain::Direction::kLowerIsBetter
                         ? analysis::Direction::kNegative
                         : analysis::Direction::kPositive;
    nodes.push_back(node);
  }
  for (const auto& strand : detail::LearningStrands()) {
    nodes.push_back({.code = strand.code, .level = 2, .parent = kIndexCode});
  }
  nodes.push_back({.code = kIndexCode, .level = 3});
  return analysis::IndexFramework::Create(std::move(nodes));
}

std::vector<analysis::UncertainInput> UncertainInputs(const analysis::IndexFramework& framework) {
  const analysis::WeightNoise noise[] = {{2, kWeightNoise}};
  const auto sets = analysis::NoisyWeights(framework, framework.Weights(), noise, kNoisyWeightSets,
                                           detail::kLearningSeed);
  return {analysis::WeightChoices("weights", sets),
          {"normalisation",
           analysis::DiscreteChoice{{Normalisation("minmax"), Normalisation("zscore")}}},
          {"aggregation",
           analysis::DiscreteChoice{{Aggregation("arithmetic"), Aggregation("geometric")}}}};
}

Result<std::shared_ptr<const LearningIndexState>> Compute(store::Store& store) {
  auto data = detail::LoadLearningData(store);
  if (!data) return data.error();
  auto state = std::make_shared<LearningIndexState>();
  state->data = std::move(*data);
  auto framework = MakeFramework(state->data);
  if (!framework) return framework.error();
  state->framework = std::move(*framework);
  const auto& d = state->data;
  state->input.indicators = analysis::Matrix(d.places.size(), d.indicators.size());
  for (std::size_t p = 0; p < d.places.size(); ++p) {
    state->input.unit_codes.push_back(d.places[p].place.code);
    for (std::size_t c = 0; c < d.indicators.size(); ++c) {
      state->input.indicators(p, c) = d.values[p][c];
    }
  }
  state->pipeline.screen = analysis::ScreenSpec{.rule = analysis::ScreenRule::kByMissing,
                                                .data_threshold = kScreenThreshold};
  state->pipeline.screen_position = analysis::ScreenPosition::kBeforeImpute;
  state->pipeline.impute = analysis::ImputeSpec{};
  state->pipeline.treat = analysis::TreatmentSpec{};
  state->pipeline.normalise = Normalisation("minmax");
  state->pipeline.aggregate = Aggregation("arithmetic");
  auto nominal = analysis::BuildIndex(state->input, *state->framework, state->pipeline);
  if (!nominal) return nominal.error();
  state->nominal = std::move(*nominal);
  state->target = *state->framework->Find(kIndexCode);
  const std::size_t units = d.places.size();
  state->nominal_scores = analysis::NodeScores(state->nominal, state->target, units);
  state->nominal_ranks = analysis::NodeRanks(state->nominal, state->target, units);
  analysis::MonteCarloOptions options;
  options.replications = detail::kLearningReplications;
  options.seed = detail::kLearningSeed;
  options.threads = 1;
  options.target = kIndexCode;
  options.storage = analysis::ReplicateStorage::kRanksOnly;
  const auto inputs = UncertainInputs(*state->framework);
  auto run =
      analysis::RunUncertainty(state->input, *state->framework, state->pipeline, inputs, options);
  if (!run) return run.error();
  state->rank_statistics = std::move(run->rank_statistics);
  return std::shared_ptr<const LearningIndexState>(std::move(state));
}

// Scores of the index under changed weights and methods, recomputing only normalisation and
// aggregation from the cached treated data. Per input row; NaN for screened-out places.
Result<std::vector<double>> WhatIfScores(const LearningIndexState& s,
                                         const domain::IndexWhatIf& what_if) {
  const analysis::StageData& treated = *s.nominal.treated;
  std::vector<std::string> codes;
  for (const std::size_t u : treated.units) codes.push_back(s.input.unit_codes[u]);
  const auto normalised = analysis::Normalise(
      treated.values, *s.framework, codes,
      Normalisation(what_if.normalisation.empty() ? "minmax" : what_if.normalisation));
  if (!normalised) return normalised.error();
  std::vector<double> weights = s.framework->Weights();
  for (const auto& strand : what_if.weights) {
    const auto node = s.framework->Find(strand.code);
    if (!node) return InvalidArgument("unknown strand '" + strand.code + "'");
    weights[*node] = strand.weight;
  }
  const auto aggregated = analysis::Aggregate(
      *normalised, *s.framework, weights,
      Aggregation(what_if.aggregation.empty() ? "arithmetic" : what_if.aggregation), codes);
  if (!aggregated) return aggregated.error();
  std::vector<double> scores(s.input.unit_codes.size(), std::nan(""));
  for (std::size_t r = 0; r < treated.units.size(); ++r) {
    scores[treated.units[r]] = (*aggregated)(r, s.target);
  }
  return scores;
}

Status CheckWhatIf(const domain::IndexWhatIf& w) {
  const auto known = [](const std::string& value, const auto& list) {
    return value.empty() || std::find(std::begin(list), std::end(list), value) != std::end(list);
  };
  if (!known(w.normalisation, kWhatIfNormalisations)) {
    return InvalidArgument("unknown normalisation '" + w.normalisation + "'",
                           {"", 0, "normalisation"});
  }
  if (!known(w.aggregation, kWhatIfAggregations)) {
    return InvalidArgument("unknown aggregation '" + w.aggregation + "'", {"", 0, "aggregation"});
  }
  double total = 0;
  for (const auto& strand : w.weights) {
    if (!(strand.weight >= 0) || !std::isfinite(strand.weight)) {
      return InvalidArgument("weights must be 0 or more", {"", 0, strand.code});
    }
    total += strand.weight;
  }
  // Strands not given keep weight 1.
  const std::size_t strands = detail::LearningStrands().size();
  const std::size_t unchanged = strands - std::min(w.weights.size(), strands);
  if (!w.weights.empty() && total + static_cast<double>(unchanged) <= 0) {
    return InvalidArgument("at least one strand weight must be above 0");
  }
  return Ok();
}

}  // namespace

Result<std::shared_ptr<const LearningIndexState>> LearningIndexCache::Get(store::Store& store) {
  // Issue 12: kept only while the data version is unchanged (an import must reach /index).
  auto version = store.DataVersion();
  if (!version) return version.error();
  const std::lock_guard lock(mutex_);
  if (state_ && version_ == *version) return state_;
  auto state = Compute(store);
  if (!state) return state.error();
  state_ = *state;
  version_ = *version;
  return state_;
}

Result<domain::LearningIndex> GetLearningIndex(store::Store& store, LearningIndexCache& cache,
                                               const domain::IndexWhatIf& what_if) {
  if (auto ok = CheckWhatIf(what_if); !ok) return ok.error();
  auto loaded = cache.Get(store);
  if (!loaded) return loaded.error();
  const LearningIndexState& s = **loaded;
  domain::LearningIndex index;
  index.title = "Index of learning conditions (illustrative)";
  for (const auto& strand : detail::LearningStrands()) {
    double weight = 1.0;
    for (const auto& changed : what_if.weights) {
      if (changed.code == strand.code) weight = changed.weight;
    }
    index.strands.push_back({strand.code, strand.name, weight});
  }
  for (std::size_t i = 0; i < s.data.indicators.size(); ++i) {
    const auto& indicator = s.data.indicators[i];
    index.components.push_back({indicator.code, indicator.name, s.data.strand_of[i],
                                s.data.periods[i],
                                indicator.direction == domain::Direction::kLowerIsBetter});
  }
  index.what_if = what_if;
  index.normalisation = what_if.normalisation.empty() ? "minmax" : what_if.normalisation;
  index.aggregation = what_if.aggregation.empty() ? "arithmetic" : what_if.aggregation;
  index.replications = detail::kLearningReplications;
  index.seed = detail::kLearningSeed;
  std::vector<double> scores = s.nominal_scores;
  std::vector<double> ranks = s.nominal_ranks;
  if (what_if.Active()) {
    auto changed = WhatIfScores(s, what_if);
    if (!changed) return changed.error();
    scores = std::move(*changed);
    ranks = analysis::SportRanks(scores);
  }
  for (std::size_t p = 0; p < s.data.places.size(); ++p) {
    if (std::isnan(scores[p])) {
      ++index.excluded_places;
      continue;
    }
    const auto& summary = s.data.places[p];
    const auto& stats = s.rank_statistics[p];
    index.places.push_back({summary.place.code, summary.place.name,
                            summary.role == domain::MembershipRole::kMember, scores[p],
                            static_cast<int>(ranks[p]), static_cast<int>(s.nominal_ranks[p]),
                            stats.q05, stats.q95, stats.median});
  }
  std::sort(index.places.begin(), index.places.end(), [](const auto& a, const auto& b) {
    return a.rank != b.rank ? a.rank < b.rank : a.name < b.name;
  });
  if (what_if.Active()) {
    index.moved_most = index.places;
    std::stable_sort(index.moved_most.begin(), index.moved_most.end(),
                     [](const auto& a, const auto& b) {
                       return std::abs(a.rank - a.nominal_rank) > std::abs(b.rank - b.nominal_rank);
                     });
    constexpr std::size_t kMovedShown = 10;
    if (index.moved_most.size() > kMovedShown) index.moved_most.resize(kMovedShown);
  }
  return index;
}

}  // namespace lct::services
