// Strong id types, so that a place id cannot be passed where an indicator id belongs.
#pragma once

#include <compare>
#include <cstdint>

namespace lct {

template <typename Tag>
struct Id {
  std::int64_t value = 0;
  auto operator<=>(const Id&) const = default;
};

using PlaceId = Id<struct PlaceTag>;
using IndicatorId = Id<struct IndicatorTag>;
using NetworkId = Id<struct NetworkTag>;
using SourceId = Id<struct SourceTag>;
using TargetId = Id<struct TargetTag>;

}  // namespace lct
