// Test-only: a small synthetic index (labelled synthetic, not real data): 12 units, 6 indicators
// in two pillars, one index. Header-only because each *_test.cpp joins one executable.
#pragma once

#include <cmath>
#include <string>
#include <vector>

#include "analysis/framework.hpp"
#include "analysis/index_input.hpp"
#include "analysis/pipeline.hpp"

namespace lct::analysis::testing {

inline IndexFramework SmallFramework() {
  std::vector<FrameworkNode> nodes = {
      {.code = "a1", .level = 1, .parent = "A"},
      {.code = "a2", .level = 1, .parent = "A", .direction = Direction::kNegative},
      {.code = "a3", .level = 1, .parent = "A", .weight = 2},
      {.code = "b1", .level = 1, .parent = "B", .denominator = "pop"},
      {.code = "b2", .level = 1, .parent = "B"},
      {.code = "b3", .level = 1, .parent = "B", .direction = Direction::kNegative},
      {.code = "A", .level = 2, .parent = "Index"},
      {.code = "B", .level = 2, .parent = "Index", .weight = 0.5},
      {.code = "Index", .level = 3},
  };
  return *IndexFramework::Create(nodes);
}

// Deterministic values, not monotone in the unit, with an outlier and two missing cells.
inline IndexInput SmallInput() {
  IndexInput input;
  const std::size_t units = 12;
  input.indicators = Matrix(units, 6);
  for (std::size_t i = 0; i < units; ++i) {
    const auto x = static_cast<double>(i + 1);
    input.unit_codes.push_back("U" + std::string(i < 9 ? "0" : "") + std::to_string(i + 1));
    const double a = std::fmod(5 * x, 13) + 1;
    input.indicators(i, 0) = a * a;
    input.indicators(i, 1) = 50 - 3 * std::fmod(7 * x, 12) + std::sin(x);
    input.indicators(i, 2) = std::fmod(x * 7, 11) + 1;
    input.indicators(i, 3) = 100 * std::fmod(3 * x, 12) + 5 * std::cos(x) + 1;
    input.indicators(i, 4) = std::exp(std::fmod(5 * x, 12) / 3);
    input.indicators(i, 5) = 20 + std::fmod(x * 5, 7);
  }
  input.indicators(11, 0) = 2000;  // an outlier
  input.indicators(2, 4) = kMissing;
  input.indicators(7, 1) = kMissing;
  NamedColumn pop{"pop", {}};
  UnitGroup region{"region", {}};
  for (std::size_t i = 0; i < units; ++i) {
    pop.values.push_back(10.0 + static_cast<double>(i % 4));
    region.labels.push_back(i % 3 == 0 ? "north" : (i % 3 == 1 ? "south" : ""));
  }
  input.denominators.push_back(pop);
  input.groups.push_back(region);
  return input;
}

inline PipelineSpec SmallPipeline() {
  PipelineSpec spec;
  spec.denominate = DenominateSpec{};
  spec.impute = ImputeSpec{};
  spec.treat = TreatmentSpec{};
  spec.normalise = NormalisationSpec{};
  return spec;
}

}  // namespace lct::analysis::testing
