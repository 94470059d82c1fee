// The store's part for stored framework versions: what services read (FrameworkReads) and
// what they write inside one Store::Write transaction (FrameworkWrites). Store and StoreWriter
// (store/store.hpp) inherit every part, so a service can take only the part it reads and a second
// implementation can be written part by part (docs/architecture.md, "The store, by aggregate").
// Thread safety: as Store.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/ids.hpp"
#include "base/result.hpp"
#include "domain/framework_record.hpp"

namespace lct::store {

class FrameworkReads {
 public:
  virtual ~FrameworkReads() = default;

  // Every stored version of every framework, ordered by slug, then version (oldest first).
  [[nodiscard]] virtual Result<std::vector<domain::FrameworkRecord>> ListFrameworks() = 0;
  // One version of a framework, or its highest version when `version` is empty.
  // NotFound when there is no such framework or version.
  [[nodiscard]] virtual Result<domain::FrameworkRecord> GetFramework(
      std::string_view slug, std::optional<int> version) = 0;
};

class FrameworkWrites {
 public:
  virtual ~FrameworkWrites() = default;

  // Stores one version of a framework (imported_at is set to now when empty). Writing the same
  // (slug, version) again with the same YAML text changes nothing; with other text it is a
  // kConflict error, since a published version never changes.
  virtual Status PutFramework(const domain::FrameworkRecord& framework) = 0;
};

}  // namespace lct::store
