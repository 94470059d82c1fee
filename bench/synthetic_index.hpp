// Synthetic index data for benchmarks: labelled synthetic, never shown as real. A latent
// "quality" per unit drives every indicator, plus noise; a fifth of the indicators are
// log-normal (skewed, so outlier treatment has work to do), a fifth point the other way, and
// about 1 % of cells are missing.
#pragma once

#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

#include "analysis/framework.hpp"
#include "analysis/index_input.hpp"
#include "analysis/random.hpp"

namespace lct::bench {

// indicators -> pillars of `per_pillar` -> two sub-indices -> one index (3 aggregation levels).
// Code `prefix` followed by a number. (Built with append: GCC 12 warns wrongly about
// "literal" + std::to_string() at -O3.)
inline std::string Code(const char* prefix, std::size_t number) {
  std::string code(prefix);
  code.append(std::to_string(number));
  return code;
}

inline analysis::IndexFramework SyntheticFramework(std::size_t indicators, std::size_t per_pillar) {
  using analysis::FrameworkNode;
  std::vector<FrameworkNode> nodes;
  const std::size_t pillars = (indicators + per_pillar - 1) / per_pillar;
  for (std::size_t j = 0; j < indicators; ++j) {
    nodes.push_back(FrameworkNode{
        .code = Code("i", j),
        .parent = Code("P", j / per_pillar),
        .direction = j % 5 == 4 ? analysis::Direction::kNegative : analysis::Direction::kPositive});
  }
  for (std::size_t p = 0; p < pillars; ++p) {
    nodes.push_back(
        FrameworkNode{.code = Code("P", p), .level = 2, .parent = p < pillars / 2 ? "S0" : "S1"});
  }
  nodes.push_back(FrameworkNode{.code = "S0", .level = 3, .parent = "Index"});
  nodes.push_back(FrameworkNode{.code = "S1", .level = 3, .parent = "Index"});
  nodes.push_back(FrameworkNode{.code = "Index", .level = 4});
  return *analysis::IndexFramework::Create(std::move(nodes));
}

inline analysis::IndexInput SyntheticInput(std::size_t units, std::size_t indicators,
                                           std::uint64_t seed) {
  analysis::IndexInput input;
  input.indicators = analysis::Matrix(units, indicators);
  for (std::size_t i = 0; i < units; ++i) {
    input.unit_codes.push_back(Code("u", i));
    analysis::RandomStream random(seed, analysis::RandomPurpose::kSyntheticData, i);
    const double quality = random.NextUniform();
    for (std::size_t j = 0; j < indicators; ++j) {
      const double noise = random.NextUniform() + random.NextUniform() - 1;
      double value = quality + 0.5 * noise;
      if (j % 5 == 4) value = -value;               // a "lower is better" indicator
      if (j % 5 == 1) value = std::exp(3 * value);  // skewed
      if (random.NextUniform() < 0.01) value = analysis::kMissing;
      input.indicators(i, j) = value;
    }
  }
  return input;
}

}  // namespace lct::bench
