#include "analysis/remove_elements.hpp"

#include <cmath>

#include "analysis/aggregate.hpp"
#include "analysis/detail/stages.hpp"
#include "analysis/ranking.hpp"

namespace lct::analysis {
Result<ElementRemoval> RemoveElements(const IndexInput& input, const IndexFramework& framework,
                                      const PipelineSpec& spec, int level,
                                      const std::string& target) {
  if (level < 1 || level >= framework.max_level()) {
    return InvalidArgument("elements can be removed from levels 1 to " +
                           std::to_string(framework.max_level() - 1));
  }
  Result<std::size_t> target_node = ResolveTarget(framework, target);
  if (!target_node) return target_node.error();
  Result<PipelineResult> nominal = BuildIndex(input, framework, spec);
  if (!nominal) return nominal.error();
  Result<Aggregator> aggregator = Aggregator::Create(framework, spec.aggregate);
  if (!aggregator) return aggregator.error();

  ElementRemoval removal;
  removal.target_node = *target_node;
  removal.elements = framework.NodesAtLevel(level);
  removal.units = nominal->aggregated.units;
  const std::size_t units = removal.units.size();
  const std::size_t indicators = framework.indicator_count();
  Matrix normalised(units, indicators);
  for (std::size_t j = 0; j < indicators; ++j) {
    const auto column = nominal->aggregated.values.Column(j);
    std::copy(column.begin(), column.end(), normalised.Column(j).begin());
  }
  const std::vector<std::string> codes = detail::UnitCodes(input, removal.units);
  const auto nominal_column = nominal->aggregated.values.Column(*target_node);
  const std::vector<double> nominal_ranks = SportRanks(nominal_column);
  removal.scores = Matrix(units, removal.elements.size());
  Matrix aggregates;
  for (std::size_t e = 0; e < removal.elements.size(); ++e) {
    std::vector<double> weights = nominal->weights;
    weights[removal.elements[e]] = 0;
    const Status status = aggregator->Run(normalised, weights, codes, aggregates);
    if (!status) return status.error();
    const auto scores = *target_node < indicators ? normalised.Column(*target_node)
                                                  : aggregates.Column(*target_node - indicators);
    std::copy(scores.begin(), scores.end(), removal.scores.Column(e).begin());
    const std::vector<double> ranks = SportRanks(scores);
    double sum = 0;
    double count = 0;
    for (std::size_t i = 0; i < units; ++i) {
      const double change = std::abs(ranks[i] - nominal_ranks[i]);
      if (std::isnan(change)) continue;
      sum += change;
      count += 1;
    }
    removal.mean_absolute_rank_change.push_back(count > 0 ? sum / count : kMissing);
  }
  return removal;
}

}  // namespace lct::analysis
