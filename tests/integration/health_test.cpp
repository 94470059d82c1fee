// /healthz over real HTTP (issue 11): it must say 503 when no write transaction can start,
// e.g. while another process holds the database's write lock, and ok again once it is free.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>

#include "integration/server_support.hpp"

namespace lct::testing {
namespace {

// A second connection to the server's database, as another process would hold it.
class OtherConnection {
 public:
  explicit OtherConnection(const std::string& path) {
    EXPECT_EQ(sqlite3_open(path.c_str(), &db_), SQLITE_OK);
  }
  OtherConnection(const OtherConnection&) = delete;
  OtherConnection& operator=(const OtherConnection&) = delete;
  ~OtherConnection() { sqlite3_close(db_); }
  int Exec(const char* sql) { return sqlite3_exec(db_, sql, nullptr, nullptr, nullptr); }

 private:
  sqlite3* db_ = nullptr;
};

TEST(Health, Is503WhileAnotherProcessHoldsTheWriteLockAndOkAfter) {
  ServerProcess server;
  ASSERT_EQ(Get(server.port(), "/healthz").status, 200);
  OtherConnection other(server.db_path());
  ASSERT_EQ(other.Exec("BEGIN IMMEDIATE"), SQLITE_OK);  // takes the write lock and keeps it
  const auto locked = Get(server.port(), "/healthz");
  EXPECT_EQ(locked.status, 503);
  EXPECT_NE(locked.body.find("\"status\":\"unavailable\""), std::string::npos) << locked.body;
  EXPECT_NE(locked.body.find("writ"), std::string::npos) << locked.body;
  // Reading still works meanwhile.
  EXPECT_EQ(Get(server.port(), "/places/E08000012").status, 200);
  ASSERT_EQ(other.Exec("ROLLBACK"), SQLITE_OK);
  const auto free = Get(server.port(), "/healthz");
  EXPECT_EQ(free.status, 200);
  EXPECT_NE(free.body.find("\"status\":\"ok\""), std::string::npos) << free.body;
}

}  // namespace
}  // namespace lct::testing
