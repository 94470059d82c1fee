// The store's part for targets of places: what services read (TargetReads) and
// what they write inside one Store::Write transaction (TargetWrites). Store and StoreWriter
// (store/store.hpp) inherit every part, so a service can take only the part it reads and a second
// implementation can be written part by part (docs/architecture.md, "The store, by aggregate").
// Thread safety: as Store.
#pragma once

#include <optional>
#include <vector>

#include "base/ids.hpp"
#include "base/result.hpp"
#include "domain/target.hpp"

namespace lct::store {

class TargetReads {
 public:
  virtual ~TargetReads() = default;

  // Targets of one place, or of every place when `place` is empty.
  [[nodiscard]] virtual Result<std::vector<domain::Target>> ListTargets(
      std::optional<PlaceId> place) = 0;
};

class TargetWrites {
 public:
  virtual ~TargetWrites() = default;

  // Inserts or replaces the target for (place, indicator).
  virtual Result<TargetId> UpsertTarget(const domain::Target& target) = 0;
  // NotFound when there is no such target.
  virtual Status DeleteTarget(PlaceId place, IndicatorId indicator) = 0;
};

}  // namespace lct::store
