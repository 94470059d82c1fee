// IndexInput: the unit-level data an index is built from (COINr's iData), already split into
// indicator values, denominators and unit groups. composite-index.md §2.1.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/matrix.hpp"

namespace lct::analysis {

// A numeric column that is not an indicator, e.g. a denominator such as population.
struct NamedColumn {
  std::string code{};
  std::vector<double> values{};  // one per unit; NaN = missing
};

// A categorical grouping of units (COINr's Type = Group), e.g. "EurAsia_group".
struct UnitGroup {
  std::string code{};
  std::vector<std::string> labels{};  // one per unit; empty = missing
};

// Rows are units in the caller's order (COINr sorts by uCode; the io layer does that, and every
// result is reported per unit, so the engine never depends on the order).
struct IndexInput {
  std::vector<std::string> unit_codes{};
  Matrix indicators{};  // units x framework.indicator_count(), columns in framework node order
  std::vector<NamedColumn> denominators{};
  std::vector<UnitGroup> groups{};

  [[nodiscard]] const NamedColumn* FindDenominator(std::string_view code) const {
    for (const NamedColumn& column : denominators) {
      if (column.code == code) return &column;
    }
    return nullptr;
  }
  [[nodiscard]] const UnitGroup* FindGroup(std::string_view code) const {
    for (const UnitGroup& group : groups) {
      if (group.code == code) return &group;
    }
    return nullptr;
  }
};

}  // namespace lct::analysis
