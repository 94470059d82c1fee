#include "store/backup.hpp"

#include <sqlite3.h>

#include <filesystem>
#include <string>
#include <system_error>

#include "store/sqlite/connection.hpp"

namespace lct::store {
namespace {

constexpr int kPagesPerStep = 256;  // between steps, other connections may take the lock
constexpr int kBusyWaitMs = 50;

Result<sqlite::DbHandle> OpenFile(const std::string& path, int flags) {
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  sqlite::DbHandle db(raw);
  if (rc != SQLITE_OK) {
    return Error(
        ErrorCode::kUnavailable,
        "cannot open '" + path + "': " + (raw != nullptr ? sqlite3_errmsg(raw) : "out of memory"));
  }
  sqlite3_busy_timeout(db.get(), 5000);
  return db;
}

// Runs the backup from `source` into `dest` to the end.
Result<std::int64_t> Copy(sqlite3* source, sqlite3* dest, const std::string& to) {
  sqlite3_backup* backup = sqlite3_backup_init(dest, "main", source, "main");
  if (backup == nullptr) {
    return Error(ErrorCode::kUnavailable,
                 "cannot start the backup into '" + to + "': " + sqlite3_errmsg(dest));
  }
  int rc = SQLITE_OK;
  do {
    rc = sqlite3_backup_step(backup, kPagesPerStep);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(kBusyWaitMs);
  } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  const std::int64_t pages = sqlite3_backup_pagecount(backup);
  sqlite3_backup_finish(backup);
  if (rc != SQLITE_DONE) {
    return Error(ErrorCode::kUnavailable,
                 "the backup into '" + to + "' failed: " + sqlite3_errstr(rc));
  }
  return pages;
}

Status CheckIntegrity(sqlite3* db, const std::string& to) {
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &raw, nullptr) != SQLITE_OK) {
    return Error(ErrorCode::kInternal, "cannot check '" + to + "': " + sqlite3_errmsg(db));
  }
  const sqlite::StmtHandle stmt(raw);
  const bool ok =
      sqlite3_step(stmt.get()) == SQLITE_ROW &&
      std::string(reinterpret_cast<const char*>(sqlite3_column_text(stmt.get(), 0))) == "ok";
  if (!ok) return Error(ErrorCode::kInternal, "the copy '" + to + "' failed its integrity check");
  return {};
}

}  // namespace

Result<BackupSummary> BackupSqlite(const std::string& from, const std::string& to) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(from, ec)) {
    return Error(ErrorCode::kNotFound, "there is no database at '" + from + "'");
  }
  if (std::filesystem::exists(to, ec)) {
    return Error(ErrorCode::kConflict,
                 "'" + to + "' already exists: choose a new file for the backup");
  }
  const std::string partial = to + ".partial";
  std::filesystem::remove(partial, ec);  // left by a backup that was killed
  // Read-write without create: a WAL database is read through its shared-memory index, which a
  // read-only connection may not be able to set up; the file exists (checked above).
  auto source = OpenFile(from, SQLITE_OPEN_READWRITE);
  if (!source) return source.error();
  Result<BackupSummary> result = [&]() -> Result<BackupSummary> {
    auto dest = OpenFile(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!dest) return dest.error();
    auto pages = Copy(source->get(), dest->get(), to);
    if (!pages) return pages.error();
    if (auto checked = CheckIntegrity(dest->get(), to); !checked) return checked.error();
    return BackupSummary{*pages, 0};
  }();
  if (!result) {
    std::filesystem::remove(partial, ec);
    return result;
  }
  // A hard link never replaces a file that appeared at `to` meanwhile (rename would).
  std::filesystem::create_hard_link(partial, to, ec);
  std::error_code ignored;
  std::filesystem::remove(partial, ignored);
  if (ec) {
    return Error(ec == std::errc::file_exists ? ErrorCode::kConflict : ErrorCode::kUnavailable,
                 "cannot put the backup at '" + to + "': " + ec.message());
  }
  result->bytes = static_cast<std::int64_t>(std::filesystem::file_size(to, ec));
  return result;
}

}  // namespace lct::store
