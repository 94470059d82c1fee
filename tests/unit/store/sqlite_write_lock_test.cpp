// The SQLite store while another process holds the database's write lock (issue 11): the health
// check says so quickly, writes nothing, and leaves ordinary writes their usual patience.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "store/sqlite/sqlite_store.hpp"

namespace lct::store {
namespace {

class SqliteWriteLock : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (std::filesystem::temp_directory_path() /
             ("lct-write-lock-" + std::to_string(::getpid()) + ".db"))
                .string();
    Remove();
    // One pooled connection, so the write below uses the connection the health check used.
    auto store = OpenSqliteStore({path_, 1, 5000});
    ASSERT_TRUE(store.ok()) << store.error().ToString();
    store_ = std::move(*store);
    ASSERT_EQ(sqlite3_open(path_.c_str(), &other_), SQLITE_OK);
  }
  void TearDown() override {
    sqlite3_close(other_);
    store_.reset();
    Remove();
  }
  void Remove() const {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }
  int OtherExec(const char* sql) const {
    return sqlite3_exec(other_, sql, nullptr, nullptr, nullptr);
  }

  std::string path_;
  std::unique_ptr<Store> store_;
  sqlite3* other_ = nullptr;  // another process's connection, as far as SQLite can tell
};

TEST_F(SqliteWriteLock, CheckWritableIsUnavailableWhileAnotherConnectionHoldsTheLock) {
  ASSERT_EQ(OtherExec("BEGIN IMMEDIATE"), SQLITE_OK);
  const Status locked = store_->CheckWritable(std::chrono::milliseconds(50));
  ASSERT_FALSE(locked.ok());
  EXPECT_EQ(locked.error().code(), ErrorCode::kUnavailable);
  ASSERT_EQ(OtherExec("ROLLBACK"), SQLITE_OK);
  EXPECT_TRUE(store_->CheckWritable(std::chrono::milliseconds(50)).ok());
}

TEST_F(SqliteWriteLock, AWriteAfterAHealthCheckStillWaitsItsUsualTimeForTheLock) {
  ASSERT_EQ(OtherExec("BEGIN IMMEDIATE"), SQLITE_OK);
  EXPECT_FALSE(store_->CheckWritable(std::chrono::milliseconds(10)).ok());
  // The lock is let go well within the store's 5 s timeout (but well after 10 ms).
  std::thread release([this] {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    EXPECT_EQ(OtherExec("ROLLBACK"), SQLITE_OK);
  });
  const Status written = store_->Write([](StoreWriter& w) -> Status {
    domain::Place place;
    place.code = "E08000012";
    place.name = "Liverpool";
    auto id = w.UpsertPlace(place);
    return id.ok() ? Ok() : Status(id.error());
  });
  release.join();
  EXPECT_TRUE(written.ok()) << written.error().ToString();
  EXPECT_TRUE(store_->GetPlace("E08000012").ok());
}

}  // namespace
}  // namespace lct::store
