// Weight sets: effective weights and noisy weights for uncertainty analysis.
// composite-index.md §3.6.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "analysis/framework.hpp"

namespace lct::analysis {

// One weight per framework node, in node order, relative within each parent's group.
struct WeightSet {
  std::vector<double> values{};
};

// get_eff_weights: each group normalised to sum 1, multiplied down the tree from the top
// (top-level nodes normalised among themselves). Sums to 1 over each level.
[[nodiscard]] std::vector<double> EffectiveWeights(const IndexFramework& framework,
                                                   std::span<const double> weights);

// Noise on the weights of the nodes at one level: w (1 + factor (2U - 1)), U ~ Uniform(0, 1).
struct WeightNoise {
  int level = 2;
  double factor = 0.25;  // 0.25 = +/- 25 %
};

// get_noisy_weights: `count` perturbed copies of `weights`. Set r depends only on (seed, r).
[[nodiscard]] std::vector<WeightSet> NoisyWeights(const IndexFramework& framework,
                                                  std::span<const double> weights,
                                                  std::span<const WeightNoise> noise,
                                                  std::size_t count, std::uint64_t seed);

}  // namespace lct::analysis
