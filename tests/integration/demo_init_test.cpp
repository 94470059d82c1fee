// `lct init --demo` as a user runs it (issue 11): it promises one transaction, so a broken demo
// file read late in the load leaves an existing database exactly as it was: no frameworks, no
// network, no round.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "integration/http_client_support.hpp"
#include "services/database.hpp"
#include "store/store.hpp"

namespace lct::testing {
namespace {

std::int64_t Count(const std::string& db_path, const std::string& table) {
  sqlite3* db = nullptr;
  if (sqlite3_open(db_path.c_str(), &db) != SQLITE_OK) return -1;
  sqlite3_stmt* stmt = nullptr;
  std::int64_t count = -1;
  if (sqlite3_prepare_v2(db, ("SELECT count(*) FROM " + table).c_str(), -1, &stmt, nullptr) ==
          SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW) {
    count = sqlite3_column_int64(stmt, 0);
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return count;
}

TEST(DemoInit, ABrokenFileLateInTheLoadLeavesTheDatabaseAsItWas) {
  const auto dir =
      std::filesystem::temp_directory_path() / ("lct-demo-init-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const auto demo = dir / "demo";
  std::filesystem::copy(std::string(LCT_SOURCE_DIR) + "/data/demo", demo,
                        std::filesystem::copy_options::recursive);
  // The last dataset read (datasets are read by name), broken on its last line by a byte that
  // is not UTF-8 in the area's name.
  const auto broken = demo / "ons-local-indicators" / "qualifications-none-gb.csv";
  {
    std::ofstream out(broken, std::ios::app | std::ios::binary);
    out << "E08000012,Liverpool\xFF,Local Authority District,No qualifications,2024-01-01/P1Y,"
           "9.0,Percentage,%,8.0,10.0,,\n";
  }
  const std::string db = (dir / "lct.db").string();
  ASSERT_TRUE(services::OpenDatabase({db, 1}).ok());  // an existing database: its schema only

  const auto run = RunLct({"init", "--db", db, "--demo", "--demo-dir", demo.string()});
  EXPECT_EQ(run.status, 1) << run.output;
  EXPECT_NE(run.output.find("qualifications-none-gb.csv:806"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("not valid UTF-8"), std::string::npos) << run.output;
  for (const char* table : {"frameworks", "networks", "places", "indicators", "observations",
                            "assessment_rounds", "assessment_answers"}) {
    EXPECT_EQ(Count(db, table), 0) << table;
  }

  // The same load from the good files writes everything, in one go.
  const auto good = RunLct(
      {"init", "--db", db, "--demo", "--demo-dir", std::string(LCT_SOURCE_DIR) + "/data/demo"});
  EXPECT_EQ(good.status, 0) << good.output;
  EXPECT_EQ(Count(db, "frameworks"), 2);
  EXPECT_EQ(Count(db, "assessment_rounds"), 1);
  EXPECT_GT(Count(db, "observations"), 10000);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace lct::testing
