// Schema migrations as SQLite applies them: what a migrated database holds, read back with
// SQLite itself.
#include "store/migrations.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <map>
#include <string>
#include <utility>

#include "store/sqlite/connection.hpp"
#include "store/sqlite/sqlite_store.hpp"
#include "store/store.hpp"

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

// Builds a database at schema version 9 (migrations 1 to 9 applied as ApplyMigrations applies
// them) holding a nation, a region in it, a local authority in the region and the authority's
// membership of a network.
void MakeVersion9Database(const std::string& path) {
  auto db = sqlite::Connection::Open(path, 2000);
  ASSERT_TRUE(db.ok()) << db.error().ToString();
  ASSERT_TRUE((*db)
                  ->Exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, "
                         "description TEXT NOT NULL, applied_at TEXT NOT NULL)")
                  .ok());
  for (const Migration& migration : Migrations()) {
    if (migration.version > 9) break;
    ASSERT_TRUE((*db)->Exec(migration.sql).ok()) << migration.version;
    ASSERT_TRUE((*db)
                    ->Exec("INSERT INTO schema_migrations VALUES (" +
                           std::to_string(migration.version) + ", 'test', '2026-01-01')")
                    .ok());
  }
  // Synthetic codes: the migration reads kinds and the codes places already hold.
  const auto rows = (*db)->Exec(R"sql(
INSERT INTO networks (id, slug, name) VALUES (1, 'net', 'A network');
INSERT INTO places (id, code, name, kind, region_code, nation_code)
  VALUES (1, 'N1', 'A nation', 'nation', '', 'N1'),
         (2, 'R1', 'A region', 'region', 'R1', 'N1'),
         (3, 'A1', 'An authority', 'metropolitan', 'R1', 'N1'),
         (4, 'A2', 'An authority without a region', 'welsh', '', 'N1');
INSERT INTO memberships (network_id, place_id, role, reason)
  VALUES (1, 3, 'member', 'Named in the toolkit.'), (1, 4, 'comparator', '');
INSERT INTO frameworks (id, slug, version, title, source, imported_at)
  VALUES (1, 'fw', 1, 'A framework', 'id: fw', '2026-01-01T00:00:00Z');
INSERT INTO assessment_rounds (id, place_id, framework_slug, framework_version, opened_at)
  VALUES (1, 3, 'fw', 1, '2026-01-02T00:00:00Z');
INSERT INTO assessment_round_strands (round_id, position, strand) VALUES (1, 0, 'partnership');
)sql");
  ASSERT_TRUE(rows.ok()) << rows.error().ToString();
}

// Issue 13: migration 10 gives every place a level and a parent from its kind, region and
// nation, keeps every membership, and then admits former members with a date.
TEST(Migrations, Version9DatabaseUpgradesWithItsPlacesAndMembershipsKept) {
  const auto path = std::filesystem::temp_directory_path() / "lct-migration10-unit.db";
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
  MakeVersion9Database(path.string());
  auto store = OpenSqliteStore({path.string(), 1, 2000});
  ASSERT_TRUE(store.ok()) << store.error().ToString();
  EXPECT_EQ(*(*store)->SchemaVersion(), static_cast<int>(Migrations().size()));

  const std::map<std::string, std::pair<std::string, std::string>> expected = {
      {"N1", {"nation", ""}},
      {"R1", {"region", "N1"}},
      {"A1", {"local-authority", "R1"}},
      {"A2", {"local-authority", "N1"}}};
  for (const auto& [code, level_parent] : expected) {
    auto place = (*store)->GetPlace(code);
    ASSERT_TRUE(place.ok()) << code;
    EXPECT_EQ(place->level, level_parent.first) << code;
    EXPECT_EQ(place->parent_code, level_parent.second) << code;
    EXPECT_FALSE(place->latitude.has_value());
    EXPECT_EQ(place->retired, "");
  }
  auto memberships = (*store)->ListMemberships(NetworkId{1});
  ASSERT_TRUE(memberships.ok());
  ASSERT_EQ(memberships->size(), 2U);
  EXPECT_EQ(memberships->at(0).place, PlaceId{3});
  EXPECT_EQ(memberships->at(0).role, domain::MembershipRole::kMember);
  EXPECT_EQ(memberships->at(0).reason, "Named in the toolkit.");
  EXPECT_EQ(memberships->at(0).since, "");
  EXPECT_EQ(memberships->at(1).role, domain::MembershipRole::kComparator);

  const auto former = (*store)->Write([](StoreWriter& w) {
    return w.SetMembership(NetworkId{1}, {PlaceId{3}, domain::MembershipRole::kFormerMember,
                                          "Left the network.", "2024-04-01"});
  });
  ASSERT_TRUE(former.ok()) << former.error().ToString();
  memberships = (*store)->ListMemberships(NetworkId{1});
  ASSERT_TRUE(memberships.ok());
  EXPECT_EQ(memberships->at(0).role, domain::MembershipRole::kFormerMember);
  EXPECT_EQ(memberships->at(0).since, "2024-04-01");
}

// Issue 18: migration 11 gives every round held before it the strategic depth, the only one
// there was.
TEST(Migrations, RoundsHeldBeforeDepthsAreStrategic) {
  const auto path = std::filesystem::temp_directory_path() / "lct-migration11-unit.db";
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
  MakeVersion9Database(path.string());
  auto store = OpenSqliteStore({path.string(), 1, 2000});
  ASSERT_TRUE(store.ok()) << store.error().ToString();
  auto round = (*store)->GetRound(domain::RoundId{1});
  ASSERT_TRUE(round.ok()) << round.error().ToString();
  EXPECT_EQ(round->depth, domain::RoundDepth::kStrategic);
  EXPECT_EQ(round->strands, std::vector<std::string>{"partnership"});
}

}  // namespace
}  // namespace lct::store
