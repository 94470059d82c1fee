// Reading and writing the network's settings kept as text by key (network_settings, migration 8).
// The SqliteStore delegates to these; writes run inside its transaction.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "store/sqlite/connection.hpp"

namespace lct::store::sqlite {

// The value stored for `key`, or nothing when the key has no row.
[[nodiscard]] Result<std::optional<std::string>> GetNetworkSetting(Connection& db,
                                                                   std::string_view key);
// Inserts or replaces the value of `key`, stamped with the current UTC time.
[[nodiscard]] Status PutNetworkSetting(Connection& db, std::string_view key,
                                       std::string_view value);
// Removes `key`'s row (none is fine), so that its bundled default applies again.
[[nodiscard]] Status DeleteNetworkSetting(Connection& db, std::string_view key);

}  // namespace lct::store::sqlite
