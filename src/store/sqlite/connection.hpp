// RAII wrappers over one SQLite connection and its cached prepared statements.
// Private to store/sqlite: nothing outside this folder includes it.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/result.hpp"

namespace lct::store::sqlite {

struct DbCloser {
  void operator()(sqlite3* db) const noexcept { sqlite3_close_v2(db); }
};
struct StmtFinalizer {
  void operator()(sqlite3_stmt* stmt) const noexcept { sqlite3_finalize(stmt); }
};
using DbHandle = std::unique_ptr<sqlite3, DbCloser>;
using StmtHandle = std::unique_ptr<sqlite3_stmt, StmtFinalizer>;

// A statement borrowed from the connection's cache; reset and unbound when it goes out of scope.
class Statement {
 public:
  explicit Statement(sqlite3_stmt* stmt) : stmt_(stmt) {}
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  // Binds by 1-based index.
  Statement& Bind(int index, std::string_view text);
  Statement& Bind(int index, std::int64_t value);
  Statement& Bind(int index, double value);
  Statement& Bind(int index, std::optional<double> value);
  Statement& BindNull(int index);
  // Passes `pointer` to an SQL function or virtual table that asks for `type` (a string with
  // static storage duration); SQL itself sees NULL. The pointer must outlive the statement's run.
  Statement& BindPointer(int index, void* pointer, const char* type);

  // Advances: true when a row is ready, false when done, error on failure.
  [[nodiscard]] Result<bool> Step();
  // Runs to completion, ignoring rows.
  [[nodiscard]] Status Run();

  [[nodiscard]] std::string Text(int column) const;
  [[nodiscard]] std::int64_t Int(int column) const;
  [[nodiscard]] std::optional<double> OptionalDouble(int column) const;

 private:
  sqlite3_stmt* stmt_;
};

class Connection {
 public:
  // Opens `path` with WAL, foreign keys and a busy timeout.
  [[nodiscard]] static Result<std::unique_ptr<Connection>> Open(const std::string& path,
                                                                int busy_timeout_ms);

  // Executes SQL text with no parameters (schema, pragmas, transaction control).
  [[nodiscard]] Status Exec(std::string_view sql);
  // A cached prepared statement for `sql`, which must have static storage duration.
  [[nodiscard]] Result<std::unique_ptr<Statement>> Prepare(const char* sql);

  [[nodiscard]] std::int64_t LastInsertId() const;
  // Rows inserted, updated or deleted by the last such statement.
  [[nodiscard]] std::int64_t Changes() const;
  [[nodiscard]] std::string LastError() const;
  // True while a transaction is open on this connection (SQLite is not in autocommit mode).
  [[nodiscard]] bool InTransaction() const;
  // The SQLite handle, to register functions and virtual tables on; the connection keeps it.
  [[nodiscard]] sqlite3* handle() const { return db_.get(); }

  // How long a statement waits for another connection's lock before failing with SQLITE_BUSY.
  [[nodiscard]] int busy_timeout_ms() const { return busy_timeout_ms_; }
  void SetBusyTimeout(int milliseconds);

 private:
  Connection(DbHandle db, int busy_timeout_ms)
      : db_(std::move(db)), busy_timeout_ms_(busy_timeout_ms) {}
  DbHandle db_;
  int busy_timeout_ms_;
  std::map<const char*, StmtHandle> cache_;
};

// One transaction on a connection, owned: rolled back when it goes out of scope unless Commit
// succeeded, whether the scope ends by return or by exception (issue 11: a body that threw
// once left its transaction open and every later write waited for the lock).
class Transaction {
 public:
  enum class Mode {
    kDeferred,   // takes the write lock at the first write
    kImmediate,  // takes the write lock at once, so a busy database fails here, not mid-way
  };
  [[nodiscard]] static Result<Transaction> Begin(Connection& connection, Mode mode);
  Transaction(Transaction&& other) noexcept;
  Transaction& operator=(Transaction&&) = delete;
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();

  // Commits; on failure the transaction is rolled back (by the destructor) and the error
  // returned.
  [[nodiscard]] Status Commit();

 private:
  explicit Transaction(Connection& connection) : connection_(&connection) {}
  Connection* connection_;  // null once committed or moved from
};

// Wraps an SQLite result code as an Error, with `what` saying what was being done.
[[nodiscard]] Error SqliteError(sqlite3* db, std::string_view what);

}  // namespace lct::store::sqlite
