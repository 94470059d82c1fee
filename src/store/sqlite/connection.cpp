#include "store/sqlite/connection.hpp"

#include <string>
#include <utility>

namespace lct::store::sqlite {

Error SqliteError(sqlite3* db, std::string_view what) {
  const int code = db != nullptr ? sqlite3_extended_errcode(db) : SQLITE_ERROR;
  const std::string message =
      std::string(what) + ": " + (db != nullptr ? sqlite3_errmsg(db) : "cannot open database");
  const int primary = code & 0xff;
  if (primary == SQLITE_CONSTRAINT) return {ErrorCode::kConflict, message};
  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED || primary == SQLITE_CANTOPEN ||
      primary == SQLITE_FULL || primary == SQLITE_IOERR || primary == SQLITE_READONLY) {
    return {ErrorCode::kUnavailable, message};
  }
  return {ErrorCode::kInternal, message};
}

Statement::~Statement() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

Statement& Statement::Bind(int index, std::string_view text) {
  sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::Bind(int index, std::int64_t value) {
  sqlite3_bind_int64(stmt_, index, value);
  return *this;
}

Statement& Statement::Bind(int index, double value) {
  sqlite3_bind_double(stmt_, index, value);
  return *this;
}

Statement& Statement::Bind(int index, std::optional<double> value) {
  if (value) return Bind(index, *value);
  return BindNull(index);
}

Statement& Statement::BindNull(int index) {
  sqlite3_bind_null(stmt_, index);
  return *this;
}

Statement& Statement::BindPointer(int index, void* pointer, const char* type) {
  sqlite3_bind_pointer(stmt_, index, pointer, type, nullptr);
  return *this;
}

Result<bool> Statement::Step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return SqliteError(sqlite3_db_handle(stmt_), "running a statement");
}

Status Statement::Run() {
  while (true) {
    auto step = Step();
    if (!step) return step.error();
    if (!*step) return Ok();
  }
}

std::string Statement::Text(int column) const {
  const auto* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return {};
  return {reinterpret_cast<const char*>(text),
          static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))};
}

std::int64_t Statement::Int(int column) const { return sqlite3_column_int64(stmt_, column); }

std::optional<double> Statement::OptionalDouble(int column) const {
  if (sqlite3_column_type(stmt_, column) == SQLITE_NULL) return std::nullopt;
  return sqlite3_column_double(stmt_, column);
}

Result<std::unique_ptr<Connection>> Connection::Open(const std::string& path, int busy_timeout_ms) {
  sqlite3* raw = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  DbHandle db(raw);
  if (rc != SQLITE_OK) {
    return Error(ErrorCode::kUnavailable,
                 "cannot open database '" + path +
                     "': " + (raw != nullptr ? sqlite3_errmsg(raw) : "out of memory"));
  }
  sqlite3_busy_timeout(db.get(), busy_timeout_ms);
  sqlite3_extended_result_codes(db.get(), 1);
  std::unique_ptr<Connection> connection(  // NOLINT: private ctor
      new Connection(std::move(db), busy_timeout_ms));
  // WAL lets readers run while one writer writes; synchronous=FULL makes every
  // acknowledged commit durable, even across a power cut.
  for (const char* pragma :
       {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=FULL"}) {
    if (auto status = connection->Exec(pragma); !status) return status.error();
  }
  return connection;
}

Status Connection::Exec(std::string_view sql) {
  const std::string text(sql);
  char* message = nullptr;
  const int rc = sqlite3_exec(db_.get(), text.c_str(), nullptr, nullptr, &message);
  if (rc != SQLITE_OK) {
    sqlite3_free(message);
    return SqliteError(db_.get(), "executing SQL");
  }
  return Ok();
}

Result<std::unique_ptr<Statement>> Connection::Prepare(const char* sql) {
  auto it = cache_.find(sql);
  if (it == cache_.end()) {
    sqlite3_stmt* raw = nullptr;
    const int rc = sqlite3_prepare_v3(db_.get(), sql, -1, SQLITE_PREPARE_PERSISTENT, &raw, nullptr);
    if (rc != SQLITE_OK) return SqliteError(db_.get(), "preparing a statement");
    it = cache_.emplace(sql, StmtHandle(raw)).first;
  }
  return std::make_unique<Statement>(it->second.get());
}

std::int64_t Connection::LastInsertId() const { return sqlite3_last_insert_rowid(db_.get()); }

std::int64_t Connection::Changes() const { return sqlite3_changes64(db_.get()); }

std::string Connection::LastError() const { return sqlite3_errmsg(db_.get()); }

void Connection::SetBusyTimeout(int milliseconds) {
  sqlite3_busy_timeout(db_.get(), milliseconds);
  busy_timeout_ms_ = milliseconds;
}

bool Connection::InTransaction() const { return sqlite3_get_autocommit(db_.get()) == 0; }

Result<Transaction> Transaction::Begin(Connection& connection, Mode mode) {
  if (auto begin = connection.Exec(mode == Mode::kImmediate ? "BEGIN IMMEDIATE" : "BEGIN");
      !begin) {
    return begin.error();
  }
  return Transaction(connection);
}

Transaction::Transaction(Transaction&& other) noexcept
    : connection_(std::exchange(other.connection_, nullptr)) {}

Transaction::~Transaction() {
  // SQLite may already have rolled back after some errors; ROLLBACK is then a harmless error.
  if (connection_ != nullptr && connection_->InTransaction()) (void)connection_->Exec("ROLLBACK");
}

Status Transaction::Commit() {
  if (connection_ == nullptr) return Internal("the transaction was already committed");
  if (auto status = connection_->Exec("COMMIT"); !status) return status;
  connection_ = nullptr;
  return Ok();
}

}  // namespace lct::store::sqlite
