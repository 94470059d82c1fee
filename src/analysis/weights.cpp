#include "analysis/weights.hpp"

#include "analysis/random.hpp"

namespace lct::analysis {

std::vector<double> EffectiveWeights(const IndexFramework& framework,
                                     std::span<const double> weights) {
  const std::size_t count = framework.node_count();
  std::vector<double> effective(count, 0.0);
  double top_sum = 0;
  for (std::size_t i = 0; i < count; ++i) {
    if (!framework.parent(i)) top_sum += weights[i];
  }
  // Nodes are sorted by level, so walking down from the top visits parents before children.
  for (std::size_t k = count; k-- > 0;) {
    const auto parent = framework.parent(k);
    if (!parent) {
      effective[k] = weights[k] / top_sum;
      continue;
    }
    double group_sum = 0;
    for (const std::size_t sibling : framework.children(*parent)) group_sum += weights[sibling];
    effective[k] = weights[k] / group_sum * effective[*parent];
  }
  return effective;
}

std::vector<WeightSet> NoisyWeights(const IndexFramework& framework,
                                    std::span<const double> weights,
                                    std::span<const WeightNoise> noise, std::size_t count,
                                    std::uint64_t seed) {
  std::vector<WeightSet> sets(count);
  for (std::size_t r = 0; r < count; ++r) {
    RandomStream random(seed, RandomPurpose::kNoisyWeights, r);
    std::vector<double> values(weights.begin(), weights.end());
    for (const WeightNoise& spec : noise) {
      for (std::size_t i = 0; i < values.size(); ++i) {
        if (framework.node(i).level != spec.level) continue;
        values[i] = weights[i] * (1 + spec.factor * (2 * random.NextUniform() - 1));
      }
    }
    sets[r].values = std::move(values);
  }
  return sets;
}

}  // namespace lct::analysis
