// Schema migrations as SQLite applies them: what a migrated database holds, read back with
// SQLite itself.
#include "store/migrations.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <string>

#include "store/sqlite/connection.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace lct::store {
namespace {

constexpr const char* kIndexNamed = "SELECT count(*) FROM sqlite_master WHERE name = ?1";
constexpr const char* kPlanByIndicator =
    "EXPLAIN QUERY PLAN SELECT period FROM observations WHERE indicator_id = ?1 "
    "ORDER BY place_id, period";

// Issue 11 (import speed): observations_by_indicator repeated the primary key's own index, and
// every import paid to write both. Queries by indicator still use an index after it is gone.
TEST(Migrations, DropTheObservationIndexThePrimaryKeyAlreadyGives) {
  const auto path = std::filesystem::temp_directory_path() / "lct-migrations-unit.db";
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
  ASSERT_TRUE(OpenSqliteStore({path.string(), 1, 2000}).ok());

  auto db = sqlite::Connection::Open(path.string(), 2000);
  ASSERT_TRUE(db.ok());
  auto named = (*db)->Prepare(kIndexNamed);
  ASSERT_TRUE(named.ok());
  (*named)->Bind(1, std::string_view("observations_by_indicator"));
  ASSERT_TRUE(*(*named)->Step());
  EXPECT_EQ((*named)->Int(0), 0);
  named->reset();

  auto plan = (*db)->Prepare(kPlanByIndicator);
  ASSERT_TRUE(plan.ok());
  (*plan)->Bind(1, std::int64_t{1});
  std::string details;
  while (*(*plan)->Step()) details += (*plan)->Text(3) + "\n";
  EXPECT_NE(details.find("INDEX sqlite_autoindex_observations_1 (indicator_id=?)"),
            std::string::npos)
      << details;
  EXPECT_EQ(details.find("TEMP B-TREE"), std::string::npos) << details;
}

}  // namespace
}  // namespace lct::store
