#include "services/database.hpp"

#include "store/backup.hpp"
#include "store/sqlite/sqlite_store.hpp"
#include "store/store.hpp"

namespace lct::services {

Result<std::unique_ptr<store::Store>> OpenDatabase(const DatabaseOptions& options) {
  return store::OpenSqliteStore({options.path, options.max_connections, 5000});
}

Result<int> CheckHealth(store::Store& store) { return store.SchemaVersion(); }

Status CheckWritable(store::Store& store) { return store.CheckWritable(kHealthWriteWait); }

Result<std::int64_t> DataVersion(store::Store& store) { return store.DataVersion(); }

Result<BackupSummary> BackupDatabase(const std::string& from, const std::string& to) {
  auto copy = store::BackupSqlite(from, to);
  if (!copy) return copy.error();
  return BackupSummary{copy->pages, copy->bytes};
}

}  // namespace lct::services
