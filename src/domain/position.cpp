#include "domain/position.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace lct::domain {

std::optional<Position> RankAmong(double value, std::span<const double> values,
                                  Direction direction) {
  if (!std::isfinite(value)) return std::nullopt;
  Position position{1, 0};
  for (const double other : values) {
    if (!std::isfinite(other)) continue;
    ++position.count;
    const bool better = direction == Direction::kLowerIsBetter ? other < value : other > value;
    if (better) ++position.rank;
  }
  if (position.count == 0) return std::nullopt;
  return position;
}

const char* QuintileLabel(const Position& position, Direction direction) {
  constexpr std::array<const char*, 5> kRanked = {"best fifth", "second fifth", "middle fifth",
                                                  "fourth fifth", "worst fifth"};
  constexpr std::array<const char*, 5> kNeutral = {"highest fifth", "second-highest fifth",
                                                   "middle fifth", "second-lowest fifth",
                                                   "lowest fifth"};
  if (position.count <= 0) return "";
  const auto fifth =
      static_cast<std::size_t>(std::min(4, (position.rank - 1) * 5 / position.count));
  return direction == Direction::kNeutral ? kNeutral[fifth] : kRanked[fifth];
}

}  // namespace lct::domain
