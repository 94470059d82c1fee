// Unit screening: drop units with too little data or too many zeros. composite-index.md §3.2.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "analysis/matrix.hpp"

namespace lct::analysis {

enum class ScreenRule { kByMissing, kByZeros, kByMissingAndZeros };
enum class ForceDecision { kInclude, kExclude };

struct ForcedUnit {
  std::string unit_code{};
  ForceDecision decision = ForceDecision::kInclude;
};

struct ScreenSpec {
  ScreenRule rule = ScreenRule::kByMissing;
  double data_threshold = 2.0 / 3.0;  // drop when data availability < this (byNA)
  double nonzero_threshold = 0.05;    // drop when the non-zero share < this (byzeros)
  std::vector<ForcedUnit> force{};    // overrides the decision for the named units
};

struct ScreenReport {
  std::vector<double> data_availability{};  // per unit: 1 - nNA / nInd
  std::vector<double> non_zero{};           // per unit: 1 - nZero / (nInd - nNA); NaN if no data
  std::vector<bool> included{};             // per unit
  std::vector<std::size_t> kept_rows{};     // rows of the included units, ascending
};

// Screens the rows of `values` (units x indicators); unit_codes names the rows for `force`.
[[nodiscard]] ScreenReport ScreenUnits(const Matrix& values,
                                       std::span<const std::string> unit_codes,
                                       const ScreenSpec& spec);

// The given rows of a matrix, in the given order.
[[nodiscard]] Matrix SelectRows(const Matrix& values, std::span<const std::size_t> rows);

}  // namespace lct::analysis
