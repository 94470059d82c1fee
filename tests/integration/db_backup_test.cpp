// lct db backup (issue 17): SQLite's online backup of a database, while a server may be serving
// it: a complete, checked copy that opens and holds the same rows; it never overwrites a file
// and never creates a database where there was none.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <string>

#include "integration/server_support.hpp"
#include "integration/temp_dir_support.hpp"

namespace lct::testing {
namespace {

// The number of rows of `table` in the database at `path`, read with SQLite itself; -1 when
// the database cannot be read.
std::int64_t CountRows(const std::string& path, const std::string& table) {
  sqlite3* db = nullptr;
  std::int64_t count = -1;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* stmt = nullptr;
    const std::string sql = "SELECT count(*) FROM " + table;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
      count = sqlite3_column_int64(stmt, 0);
    }
    sqlite3_finalize(stmt);
  }
  sqlite3_close_v2(db);
  return count;
}

class DbBackup : public TempDirTest {
 protected:
  void SetUp() override {
    TempDirTest::SetUp();
    const LctRun init = RunLct({"init", "--db", Path("live.db"), "--demo"});
    ASSERT_EQ(init.status, 0) << init.output;
  }
};

TEST_F(DbBackup, CopiesEveryRowWhileTheServerServesIt) {
  ServerProcess server(ServerConfig{{}, 0, Path("live.db")});
  ASSERT_EQ(Get(server.port(), "/healthz").status, 200);
  const LctRun backup = RunLct({"db", "backup", "--db", Path("live.db"), "--to", Path("copy.db")});
  ASSERT_EQ(backup.status, 0) << backup.output;
  EXPECT_NE(backup.output.find("copy.db"), std::string::npos) << backup.output;
  EXPECT_NE(backup.output.find("integrity check ok"), std::string::npos) << backup.output;
  for (const char* table :
       {"places", "observations", "indicators", "frameworks", "assessment_rounds"}) {
    EXPECT_GT(CountRows(Path("copy.db"), table), 0) << table;
    EXPECT_EQ(CountRows(Path("copy.db"), table), CountRows(Path("live.db"), table)) << table;
  }
  EXPECT_FALSE(std::filesystem::exists(Path("copy.db.partial")));
  // The copy is a working database: the command line opens it.
  const LctRun users = RunLct({"user", "list", "--db", Path("copy.db")});
  EXPECT_EQ(users.status, 0) << users.output;
}

TEST_F(DbBackup, NeverOverwritesAFile) {
  const std::string existing = Write("existing.db", "keep me");
  const LctRun backup = RunLct({"db", "backup", "--db", Path("live.db"), "--to", existing});
  EXPECT_EQ(backup.status, 1) << backup.output;
  EXPECT_NE(backup.output.find("already exists"), std::string::npos) << backup.output;
  EXPECT_EQ(Read("existing.db"), "keep me");
}

TEST_F(DbBackup, AMissingDatabaseIsAnErrorAndCreatesNothing) {
  const LctRun backup =
      RunLct({"db", "backup", "--db", Path("absent.db"), "--to", Path("copy.db")});
  EXPECT_EQ(backup.status, 1) << backup.output;
  EXPECT_NE(backup.output.find("absent.db"), std::string::npos) << backup.output;
  EXPECT_FALSE(std::filesystem::exists(Path("absent.db")));
  EXPECT_FALSE(std::filesystem::exists(Path("copy.db")));
  EXPECT_FALSE(std::filesystem::exists(Path("copy.db.partial")));
}

}  // namespace
}  // namespace lct::testing
