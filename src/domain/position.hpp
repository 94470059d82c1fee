// Where a value stands among comparators, taking the indicator's direction into account.
#pragma once

#include <optional>
#include <span>

#include "domain/indicator.hpp"

namespace lct::domain {

struct Position {
  int rank = 0;   // 1 = best (or highest, for a neutral indicator); ties share the better rank
  int count = 0;  // how many comparators have a value, the place included

  bool operator==(const Position&) const = default;
};

// Rank of `value` among `values` (which must include it). Non-finite entries are ignored.
// Returns nullopt when `value` is not finite or `values` holds no finite entry.
[[nodiscard]] std::optional<Position> RankAmong(double value, std::span<const double> values,
                                                Direction direction);

// "best fifth" ... "worst fifth" for a position; "highest fifth" ... for a neutral indicator.
[[nodiscard]] const char* QuintileLabel(const Position& position, Direction direction);

}  // namespace lct::domain
