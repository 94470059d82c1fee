// Opening the product's database and checking that it answers.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

#include "base/result.hpp"
#include "services/store_handle.hpp"

namespace lct::services {

struct DatabaseOptions {
  std::string path;  // SQLite file; created with its schema when missing
  int max_connections = 8;
};

// Opens the database and applies pending migrations.
[[nodiscard]] Result<std::unique_ptr<store::Store>> OpenDatabase(const DatabaseOptions& options);

// The schema version, proving the database answers; an error when it does not.
[[nodiscard]] Result<int> CheckHealth(store::Store& store);

// How long a health check waits for another writer before saying the database cannot be
// written: short, so that a check never hangs, yet longer than any ordinary write holds the lock.
inline constexpr std::chrono::milliseconds kHealthWriteWait{1000};

// Ok when a write transaction can start now (Store::CheckWritable with kHealthWriteWait);
// kUnavailable when another writer holds the lock longer than that, or the file is read-only.
[[nodiscard]] Status CheckWritable(store::Store& store);

// Issue 17: `lct db backup`. A checked copy of the SQLite database at `from`, taken with SQLite's
// online backup while a server may be using it, put at the new file `to` (never overwritten).
struct BackupSummary {
  std::int64_t pages = 0;
  std::int64_t bytes = 0;
};
[[nodiscard]] Result<BackupSummary> BackupDatabase(const std::string& from, const std::string& to);

// Issue 12: the data version caches key on (Store::DataVersion); grows with every committed
// change to shown data, from any process.
[[nodiscard]] Result<std::int64_t> DataVersion(store::Store& store);

}  // namespace lct::services
