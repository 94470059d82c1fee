#include "services/database.hpp"

#include "store/sqlite/sqlite_store.hpp"
#include "store/store.hpp"

namespace lct::services {

Result<std::unique_ptr<store::Store>> OpenDatabase(const DatabaseOptions& options) {
  return store::OpenSqliteStore({options.path, options.max_connections, 5000});
}

Result<int> CheckHealth(store::Store& store) { return store.SchemaVersion(); }

Status CheckWritable(store::Store& store) { return store.CheckWritable(kHealthWriteWait); }

Result<std::int64_t> DataVersion(store::Store& store) { return store.DataVersion(); }

}  // namespace lct::services
