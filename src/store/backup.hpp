// An online backup of a SQLite database (issue 17): a consistent copy taken with SQLite's
// backup API while other connections (a running server) keep reading and writing.
#pragma once

#include <cstdint>
#include <string>

#include "base/result.hpp"

namespace lct::store {

struct BackupSummary {
  std::int64_t pages = 0;  // database pages copied
  std::int64_t bytes = 0;  // size of the copy
};

// Copies the database at `from` to the new file `to`: written to `to` + ".partial", checked
// with PRAGMA integrity_check, then renamed into place, so `to` is either absent or complete.
// When another connection writes during the copy, SQLite restarts it from the new state.
// Errors: kNotFound when `from` does not exist (nothing is created), kConflict when `to`
// already exists (it is left alone), kUnavailable when a file cannot be opened or written,
// kInternal when the copy fails its integrity check (the partial file is removed).
[[nodiscard]] Result<BackupSummary> BackupSqlite(const std::string& from, const std::string& to);

}  // namespace lct::store
