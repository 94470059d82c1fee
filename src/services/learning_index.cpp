#include "services/learning_index.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <string_view>
#include <utility>

#include "analysis/ranking.hpp"
#include "analysis/weights.hpp"
#include "io/index_data.hpp"
#include "services/index_model_service.hpp"
#include "services/index_service.hpp"
#include "services/index_translate.hpp"
#include "services/learning_index_state.hpp"
#include "store/store.hpp"

namespace lct::services {
namespace {

constexpr double kRankNotComputed = 0;

// The strands (children of the top node) and, under each, the indicators (level 1) below it.
std::vector<detail::LearningStrandDef> StrandsOf(const io::IndexModel& model,
                                                 const std::string& top) {
  std::map<std::string, const io::ModelNode*, std::less<>> by_code;
  for (const io::ModelNode& node : model.tree) by_code[node.code] = &node;
  std::vector<detail::LearningStrandDef> strands;
  std::map<std::string, std::size_t, std::less<>> strand_index;
  for (const io::ModelNode& node : model.tree) {
    if (node.parent != top) continue;
    strand_index[node.code] = strands.size();
    strands.push_back({node.code, node.name.empty() ? node.code : node.name, {}});
  }
  for (const io::ModelNode& node : model.tree) {
    if (node.level != 1) continue;
    // Walk up to the strand; the engine refuses cycles and unknown parents later, so stop at
    // the tree's depth.
    const io::ModelNode* at = &node;
    for (std::size_t step = 0; at != nullptr && step < model.tree.size(); ++step) {
      if (const auto it = strand_index.find(at->code); it != strand_index.end()) {
        strands[it->second].indicators.push_back(node.code);
        break;
      }
      const auto parent = by_code.find(at->parent);
      at = parent == by_code.end() ? nullptr : parent->second;
    }
  }
  return strands;
}

std::string TopNode(const io::IndexModel& model) {
  int top_level = 0;
  std::string top;
  for (const io::ModelNode& node : model.tree) {
    if (node.level > top_level) {
      top_level = node.level;
      top = node.code;
    }
  }
  return top;
}

// The what-if's choices: the nominal step first, then the alternatives an uncertain input
// offers, one per method.
void CollectChoices(const io::IndexModel& model, LearningIndexState& state) {
  const auto add_normalisation = [&](const io::NormaliseStep& step) {
    for (const auto& known : state.normalisations) {
      if (known.method == step.method) return;
    }
    state.normalisations.push_back(step);
  };
  const auto add_aggregation = [&](const io::AggregateStep& step) {
    for (const auto& known : state.aggregations) {
      if (known.method == step.method) return;
    }
    state.aggregations.push_back(step);
  };
  if (model.normalise) add_normalisation(*model.normalise);
  if (!model.aggregate.empty()) add_aggregation(model.aggregate.front());
  for (const io::UncertainInputSpec& input : model.uncertainty) {
    for (const auto& step : input.normalisations) add_normalisation(step);
    for (const auto& step : input.aggregations) add_aggregation(step);
  }
}

Result<analysis::NormalisationSpec> Normalisation(const LearningIndexState& s,
                                                  std::string_view method) {
  for (const auto& step : s.normalisations) {
    if (method.empty() || step.method == method) return detail::ToNormalisation(step);
  }
  return InvalidArgument("unknown normalisation '" + std::string(method) + "'",
                         {"", 0, "normalisation"});
}

Result<analysis::AggregationSpec> Aggregation(const LearningIndexState& s,
                                              std::string_view method) {
  for (const auto& step : s.aggregations) {
    if (method.empty() || step.method == method) return detail::ToAggregation({step});
  }
  return InvalidArgument("unknown aggregation '" + std::string(method) + "'",
                         {"", 0, "aggregation"});
}

// The network's data in the layout `lct index` reads, for the engine.
io::IndexData NetworkData(const detail::LearningData& d) {
  io::IndexData data;
  data.file = "the network's observations";
  for (const auto& summary : d.places) {
    data.unit_codes.push_back(summary.place.code);
    data.unit_names.push_back(summary.place.name);
  }
  for (std::size_t c = 0; c < d.indicators.size(); ++c) {
    io::NumericColumn column{d.indicators[c].code, {}};
    for (const auto& row : d.values) column.values.push_back(row[c]);
    data.numeric.push_back(std::move(column));
  }
  return data;
}

// What every answer is assembled from (domain::BuildLearningIndex), but the per-place results.
domain::LearningIndexBasis BasisOf(const LearningIndexState& s, std::string title, bool bundled) {
  domain::LearningIndexBasis basis;
  basis.title = std::move(title);
  basis.bundled_model = bundled;
  const std::vector<double> published = s.framework->Weights();
  for (const auto& strand : s.strands) {
    basis.strands.push_back({strand.code, strand.name, published[*s.framework->Find(strand.code)]});
  }
  for (std::size_t i = 0; i < s.data.indicators.size(); ++i) {
    const auto& indicator = s.data.indicators[i];
    basis.components.push_back({indicator.code, indicator.name, s.data.strand_of[i],
                                s.data.periods[i],
                                indicator.direction == domain::Direction::kLowerIsBetter});
  }
  for (const auto& step : s.normalisations) basis.normalisation_choices.push_back(step.method);
  for (const auto& step : s.aggregations) basis.aggregation_choices.push_back(step.method);
  basis.replications = detail::kLearningReplications;
  basis.seed = detail::kLearningSeed;
  for (const auto& summary : s.data.places) {
    basis.units.push_back(
        {summary.place.code, summary.place.name, summary.role == domain::MembershipRole::kMember});
  }
  return basis;
}

Result<std::shared_ptr<const LearningIndexState>> Compute(store::Store& store,
                                                          IndexModelText text) {
  const std::string file = text.bundled ? "models/learning-conditions.yaml" : "the stored model";
  auto model = CheckLearningIndexModel(store, text.text, file);
  if (!model) return model.error();
  auto state = std::make_shared<LearningIndexState>();
  state->model_text = std::move(text.text);
  state->target_code = TopNode(*model);
  state->strands = StrandsOf(*model, state->target_code);
  CollectChoices(*model, *state);
  auto data = detail::LoadLearningData(store, state->strands);
  if (!data) return data.error();
  state->data = std::move(*data);
  // Indicator directions come from the catalogue, whatever the model says.
  for (io::ModelNode& node : model->tree) {
    for (const auto& indicator : state->data.indicators) {
      if (indicator.code == node.code) {
        node.direction = indicator.direction == domain::Direction::kLowerIsBetter ? -1 : 1;
      }
    }
  }
  auto problem = MakeIndexProblem(NetworkData(state->data), io::IndexMeta{}, *model);
  if (!problem) return problem.error();
  state->framework = std::move(problem->framework);
  state->input = std::move(problem->input);
  state->pipeline = std::move(problem->pipeline);
  auto nominal = analysis::BuildIndex(state->input, *state->framework, state->pipeline);
  if (!nominal) return nominal.error();
  state->nominal = std::move(*nominal);
  state->target = *state->framework->Find(state->target_code);
  const std::size_t units = state->data.places.size();
  domain::LearningIndexBasis& basis = state->basis;
  basis = BasisOf(*state, model->name, text.bundled);
  basis.nominal_scores = analysis::NodeScores(state->nominal, state->target, units);
  basis.nominal_ranks = analysis::NodeRanks(state->nominal, state->target, units);
  if (problem->uncertain.empty()) {
    // No uncertain input: every interval is the rank itself.
    for (std::size_t p = 0; p < units; ++p) {
      analysis::RankStatistics stats;
      stats.q05 = stats.q95 = stats.median =
          std::isnan(basis.nominal_ranks[p]) ? kRankNotComputed : basis.nominal_ranks[p];
      basis.rank_statistics.push_back(stats);
    }
    return std::shared_ptr<const LearningIndexState>(std::move(state));
  }
  analysis::MonteCarloOptions options;
  options.replications = detail::kLearningReplications;
  options.seed = detail::kLearningSeed;
  options.threads = 1;
  options.target = state->target_code;
  options.storage = analysis::ReplicateStorage::kRanksOnly;
  auto run = analysis::RunUncertainty(state->input, *state->framework, state->pipeline,
                                      problem->uncertain, options);
  if (!run) return run.error();
  basis.rank_statistics = std::move(run->rank_statistics);
  return std::shared_ptr<const LearningIndexState>(std::move(state));
}

// Scores of the index under changed weights and methods, recomputing only normalisation and
// aggregation from the cached treated data. Per input row; NaN for screened-out places.
Result<std::vector<double>> WhatIfScores(const LearningIndexState& s,
                                         const domain::IndexWhatIf& what_if) {
  const analysis::StageData& treated = *s.nominal.treated;
  std::vector<std::string> codes;
  for (const std::size_t u : treated.units) codes.push_back(s.input.unit_codes[u]);
  auto normalisation = Normalisation(s, what_if.normalisation);
  if (!normalisation) return normalisation.error();
  const auto normalised = analysis::Normalise(treated.values, *s.framework, codes, *normalisation);
  if (!normalised) return normalised.error();
  std::vector<double> weights = s.framework->Weights();
  for (const auto& strand : what_if.weights) {
    weights[*s.framework->Find(strand.code)] = strand.weight;  // CheckWhatIf found it
  }
  auto aggregation = Aggregation(s, what_if.aggregation);
  if (!aggregation) return aggregation.error();
  const auto aggregated =
      analysis::Aggregate(*normalised, *s.framework, weights, *aggregation, codes);
  if (!aggregated) return aggregated.error();
  std::vector<double> scores(s.input.unit_codes.size(), std::nan(""));
  for (std::size_t r = 0; r < treated.units.size(); ++r) {
    scores[treated.units[r]] = (*aggregated)(r, s.target);
  }
  return scores;
}

Status CheckWhatIf(const LearningIndexState& s, const domain::IndexWhatIf& w) {
  if (auto n = Normalisation(s, w.normalisation); !n) return n.error();
  if (auto a = Aggregation(s, w.aggregation); !a) return a.error();
  double total = 0;
  for (const auto& strand : w.weights) {
    const bool known = std::any_of(s.strands.begin(), s.strands.end(),
                                   [&](const auto& d) { return d.code == strand.code; });
    if (!known)
      return InvalidArgument("unknown strand '" + strand.code + "'", {"", 0, strand.code});
    if (!(strand.weight >= 0) || !std::isfinite(strand.weight)) {
      return InvalidArgument("weights must be 0 or more", {"", 0, strand.code});
    }
    total += strand.weight;
  }
  // Strands not given keep their weight (1 unless the model says otherwise).
  const std::size_t unchanged = s.strands.size() - std::min(w.weights.size(), s.strands.size());
  if (!w.weights.empty() && total + static_cast<double>(unchanged) <= 0) {
    return InvalidArgument("at least one strand weight must be above 0");
  }
  return Ok();
}

}  // namespace

Result<std::shared_ptr<const LearningIndexState>> LearningIndexCache::Get(store::Store& store) {
  // Issue 12: kept only while the data version is unchanged: an import, or a new model stored
  // by an administrator, reaches /index on the next request.
  auto version = store.DataVersion();
  if (!version) return version.error();
  const std::lock_guard lock(mutex_);
  if (state_ && version_ == *version) return state_;
  auto text = GetIndexModel(store);
  if (!text) return text.error();
  auto state = Compute(store, std::move(*text));
  if (!state) return state.error();
  state_ = *state;
  version_ = *version;
  return state_;
}

Result<domain::LearningIndex> GetLearningIndex(store::Store& store, LearningIndexCache& cache,
                                               const domain::IndexWhatIf& what_if) {
  auto loaded = cache.Get(store);
  if (!loaded) return loaded.error();
  const LearningIndexState& s = **loaded;
  if (auto ok = CheckWhatIf(s, what_if); !ok) return ok.error();
  std::vector<double> scores;
  if (what_if.Active()) {
    auto changed = WhatIfScores(s, what_if);
    if (!changed) return changed.error();
    scores = std::move(*changed);
  }
  return domain::BuildLearningIndex(s.basis, what_if, scores);
}

}  // namespace lct::services
