#include "domain/learning_index.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "analysis/ranking.hpp"

namespace lct::domain {
namespace {

constexpr std::size_t kMovedShown = 10;

// The method in use: the what-if's, else the published one (the first choice).
std::string InUse(const std::string& chosen, const std::vector<std::string>& choices) {
  if (!chosen.empty() || choices.empty()) return chosen;
  return choices.front();
}

}  // namespace

LearningIndex BuildLearningIndex(const LearningIndexBasis& basis, const IndexWhatIf& what_if,
                                 std::span<const double> what_if_scores) {
  LearningIndex index;
  index.title = basis.title;
  index.bundled_model = basis.bundled_model;
  for (IndexStrand strand : basis.strands) {
    for (const auto& changed : what_if.weights) {
      if (changed.code == strand.code) strand.weight = changed.weight;
    }
    index.strands.push_back(std::move(strand));
  }
  index.components = basis.components;
  index.what_if = what_if;
  index.normalisation = InUse(what_if.normalisation, basis.normalisation_choices);
  index.aggregation = InUse(what_if.aggregation, basis.aggregation_choices);
  index.normalisation_choices = basis.normalisation_choices;
  index.aggregation_choices = basis.aggregation_choices;
  index.replications = basis.replications;
  index.seed = basis.seed;
  std::span<const double> scores = basis.nominal_scores;
  std::vector<double> ranks = basis.nominal_ranks;
  if (what_if.Active()) {
    scores = what_if_scores;
    ranks = analysis::SportRanks(scores);
  }
  for (std::size_t p = 0; p < basis.units.size(); ++p) {
    if (std::isnan(scores[p])) {
      ++index.excluded_places;
      continue;
    }
    const IndexUnit& unit = basis.units[p];
    const analysis::RankStatistics& stats = basis.rank_statistics[p];
    index.places.push_back({unit.code, unit.name, unit.member, scores[p],
                            static_cast<int>(ranks[p]), static_cast<int>(basis.nominal_ranks[p]),
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
    if (index.moved_most.size() > kMovedShown) index.moved_most.resize(kMovedShown);
  }
  return index;
}

}  // namespace lct::domain
