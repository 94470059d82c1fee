// The embedded SQLite implementation of Store: one file, WAL, foreign keys on.
#pragma once

#include <memory>
#include <string>

#include "base/result.hpp"
#include "store/store.hpp"

namespace lct::store {

struct SqliteOptions {
  std::string path;            // a file path; ":memory:" gives a private in-memory database
  int max_connections = 8;     // connections kept for concurrent readers
  int busy_timeout_ms = 5000;  // how long a writer waits for another writer
};

// Opens (creating if needed) the database and applies pending migrations.
[[nodiscard]] Result<std::unique_ptr<Store>> OpenSqliteStore(const SqliteOptions& options);

}  // namespace lct::store
