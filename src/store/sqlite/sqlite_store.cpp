#include "store/sqlite/sqlite_store.hpp"

#include <cassert>
#include <condition_variable>
#include <map>
#include <mutex>
#include <utility>
#include <vector>

#include "store/migrations.hpp"
#include "store/sqlite/account_rows.hpp"
#include "store/sqlite/assessment_rows.hpp"
#include "store/sqlite/connection.hpp"
#include "store/sqlite/framework_rows.hpp"
#include "store/sqlite/import_rows.hpp"
#include "store/sqlite/import_write.hpp"
#include "store/sqlite/indicator_sql.hpp"
#include "store/sqlite/indicator_store.hpp"
#include "store/sqlite/place_rows.hpp"
#include "store/sqlite/row_mapping.hpp"
#include "store/sqlite/setting_rows.hpp"
#include "store/sqlite/sql.hpp"

namespace lct::store {
namespace {

using sqlite::Connection;

// Hands out connections one per caller; callers wait when all are busy.
class ConnectionPool {
 public:
  class Lease {
   public:
    Lease(ConnectionPool& pool, std::unique_ptr<Connection> connection)
        : pool_(pool), connection_(std::move(connection)) {}
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease() { pool_.Release(std::move(connection_)); }
    Connection& operator*() { return *connection_; }
    Connection* operator->() { return connection_.get(); }

   private:
    ConnectionPool& pool_;
    std::unique_ptr<Connection> connection_;
  };

  explicit ConnectionPool(std::vector<std::unique_ptr<Connection>> connections)
      : idle_(std::move(connections)) {}

  Lease Acquire() {
    std::unique_lock lock(mutex_);
    available_.wait(lock, [this] { return !idle_.empty(); });
    auto connection = std::move(idle_.back());
    idle_.pop_back();
    return {*this, std::move(connection)};
  }

 private:
  void Release(std::unique_ptr<Connection> connection) {
    // Every transaction is owned by a sqlite::Transaction, so none should be open here; should
    // one be, it is rolled back before another caller gets the connection.
    if (connection->InTransaction()) (void)connection->Exec("ROLLBACK");
    assert(!connection->InTransaction());
    {
      const std::lock_guard lock(mutex_);
      idle_.push_back(std::move(connection));
    }
    available_.notify_one();
  }

  std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<Connection>> idle_;
};

// Sets a connection's busy timeout for one scope (a health check must not wait as long as a
// write may), and puts the usual one back when the scope ends, however it ends.
class ShortBusyTimeout {
 public:
  ShortBusyTimeout(Connection& connection, std::chrono::milliseconds wait)
      : connection_(connection), usual_ms_(connection.busy_timeout_ms()) {
    connection_.SetBusyTimeout(static_cast<int>(wait.count()));
  }
  ShortBusyTimeout(const ShortBusyTimeout&) = delete;
  ShortBusyTimeout& operator=(const ShortBusyTimeout&) = delete;
  ~ShortBusyTimeout() { connection_.SetBusyTimeout(usual_ms_); }

 private:
  Connection& connection_;
  int usual_ms_;
};

// Runs `body` in one immediate transaction: committed only when `body` returns ok, rolled back
// when it fails or throws (the exception then goes on to the caller).
Status InTransaction(Connection& connection, const std::function<Status()>& body) {
  auto transaction = sqlite::Transaction::Begin(connection, sqlite::Transaction::Mode::kImmediate);
  if (!transaction) return transaction.error();
  if (Status status = body(); !status) return status;
  return transaction->Commit();
}

Status ApplyMigrations(Connection& connection) {
  if (auto status = connection.Exec(
          "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
          "description TEXT NOT NULL, applied_at TEXT NOT NULL)");
      !status) {
    return status;
  }
  auto current = connection.Prepare(sqlite::sql::kSchemaVersion);
  if (!current) return current.error();
  auto row = (*current)->Step();
  if (!row) return row.error();
  const std::int64_t applied = (*current)->Int(0);
  current->reset();
  for (const Migration& migration : Migrations()) {
    if (migration.version <= applied) continue;
    auto status = InTransaction(connection, [&]() -> Status {
      if (auto exec = connection.Exec(migration.sql); !exec) return exec;
      auto record = connection.Prepare(sqlite::sql::kRecordMigration);
      if (!record) return record.error();
      (*record)
          ->Bind(1, static_cast<std::int64_t>(migration.version))
          .Bind(2, migration.description);
      return (*record)->Run();
    });
    if (!status) {
      return Error(status.error().code(), "migration " + std::to_string(migration.version) +
                                              " failed: " + status.error().message());
    }
  }
  return Ok();
}

// Binds `text`, or NULL when it is empty (a date not known, or a place not retired).
void BindTextOrNull(sqlite::Statement& stmt, int index, std::string_view text) {
  if (text.empty()) {
    stmt.BindNull(index);
  } else {
    stmt.Bind(index, text);
  }
}

class SqliteWriter final : public StoreWriter {
 public:
  explicit SqliteWriter(Connection& connection) : db_(connection) {}

  // True once a method that changes shown data was called (Store::Write then bumps the data
  // version). Sessions, API tokens, one-time tokens, pending imports and the audit log show
  // on no shared page, so writing only those leaves the version alone.
  [[nodiscard]] bool changed_data() const { return changed_data_; }

  Result<NetworkId> UpsertNetwork(const domain::Network& network) override {
    changed_data_ = true;
    auto stmt = db_.Prepare(sqlite::sql::kUpsertNetwork);
    if (!stmt) return stmt.error();
    (*stmt)->Bind(1, network.slug).Bind(2, network.name).Bind(3, network.description);
    auto id = ReturningId(**stmt);
    if (!id) return id.error();
    return NetworkId{*id};
  }

  Result<PlaceId> UpsertPlace(const domain::Place& place) override {
    changed_data_ = true;
    auto stmt = db_.Prepare(sqlite::sql::kUpsertPlace);
    if (!stmt) return stmt.error();
    (*stmt)
        ->Bind(1, place.code)
        .Bind(2, place.name)
        .Bind(3, sqlite::AreaKindKey(place.kind))
        .Bind(4, place.region_code)
        .Bind(5, place.nation_code)
        .Bind(6, place.predecessor_codes)
        .Bind(7, place.note)
        .Bind(8, place.level)
        .Bind(9, place.parent_code)
        .Bind(10, place.latitude)
        .Bind(11, place.longitude);
    BindTextOrNull(**stmt, 12, place.retired);
    auto id = ReturningId(**stmt);
    if (!id) return id.error();
    stmt->reset();
    if (auto status = sqlite::WriteContext(db_, PlaceId{*id}, place); !status)
      return status.error();
    return PlaceId{*id};
  }

  Result<IndicatorId> UpsertIndicator(const domain::Indicator& i) override {
    changed_data_ = true;
    return sqlite::WriteIndicator(db_, i);
  }

  Status SetMembership(NetworkId network, const domain::Membership& m) override {
    changed_data_ = true;
    auto stmt = db_.Prepare(sqlite::sql::kSetMembership);
    if (!stmt) return stmt.error();
    (*stmt)
        ->Bind(1, network.value)
        .Bind(2, m.place.value)
        .Bind(3, domain::MembershipRoleKey(m.role))
        .Bind(4, m.reason);
    BindTextOrNull(**stmt, 5, m.since);
    return (*stmt)->Run();
  }

  Status DeleteMembership(NetworkId network, PlaceId place) override {
    changed_data_ = true;
    auto stmt = db_.Prepare(sqlite::sql::kDeleteMembership);
    if (!stmt) return stmt.error();
    (*stmt)->Bind(1, network.value).Bind(2, place.value);
    return (*stmt)->Run();
  }

  Status UpsertObservation(const domain::Observation& o) override {
    changed_data_ = true;
    auto stmt = db_.Prepare(sqlite::sql::kUpsertObservation);
    if (!stmt) return stmt.error();
    (*stmt)
        ->Bind(1, o.indicator.value)
        .Bind(2, o.place.value)
        .Bind(3, o.period)
        .Bind(4, o.value)
        .Bind(5, o.lower)
        .Bind(6, o.upper)
        .Bind(7, sqlite::StatusKey(o.status))
        .Bind(8, o.note);
    return (*stmt)->Run();
  }

  Status PutFramework(const domain::FrameworkRecord& framework) override {
    changed_data_ = true;
    return sqlite::PutFramework(db_, framework);
  }

  // Indicator catalogue, observation import and targets (issue 5).
  Result<TargetId> UpsertTarget(const domain::Target& target) override {
    changed_data_ = true;
    return sqlite::WriteTarget(db_, target);
  }
  Status DeleteTarget(PlaceId place, IndicatorId indicator) override {
    changed_data_ = true;
    return sqlite::RemoveTarget(db_, place, indicator);
  }
  Status PutPendingImport(const PendingImport& pending) override {
    return sqlite::PutPendingImport(db_, pending);
  }
  Status DeletePendingImport(std::string_view id) override {
    return sqlite::DeletePendingImport(db_, id);
  }

  // Self-assessment rounds (issue 4): store/sqlite/assessment_rows.
  Result<domain::RoundId> CreateRound(const domain::AssessmentRound& round) override {
    changed_data_ = true;
    return sqlite::CreateRound(db_, round);
  }
  Status CloseRound(domain::RoundId round, std::string_view closed_at) override {
    changed_data_ = true;
    return sqlite::CloseRound(db_, round, closed_at);
  }
  Status FixComparisonRound(domain::RoundId round,
                            std::optional<domain::RoundId> previous) override {
    changed_data_ = true;
    return sqlite::FixComparisonRound(db_, round, previous);
  }
  Result<domain::Respondent> AddRespondent(const domain::Respondent& respondent,
                                           std::string_view token_hash) override {
    changed_data_ = true;
    return sqlite::AddRespondent(db_, respondent, token_hash);
  }
  Status UpsertAnswer(const domain::Answer& answer) override {
    changed_data_ = true;
    return sqlite::UpsertAnswer(db_, answer);
  }
  Status MarkSubmitted(domain::RespondentId respondent) override {
    changed_data_ = true;
    return sqlite::MarkSubmitted(db_, respondent);
  }

  // Accounts, sessions, API tokens and audit (issue 7): store/sqlite/account_rows.
  Status AppendAudit(const domain::AuditEntry& e) override { return sqlite::AppendAudit(db_, e); }
  Status PutNetworkSetting(std::string_view key, std::string_view value) override {
    changed_data_ = true;
    return sqlite::PutNetworkSetting(db_, key, value);
  }
  Status DeleteNetworkSetting(std::string_view key) override {
    changed_data_ = true;
    return sqlite::DeleteNetworkSetting(db_, key);
  }
  Result<UserId> InsertUser(const domain::User& u) override {
    changed_data_ = true;
    return sqlite::InsertUser(db_, u);
  }
  Status UpdateUser(const domain::User& u) override {
    changed_data_ = true;
    return sqlite::UpdateUser(db_, u);
  }
  Status SetPlaceRole(UserId user, std::string_view place_code,
                      std::optional<domain::PlaceRole> role) override {
    changed_data_ = true;
    return sqlite::SetPlaceRole(db_, user, place_code, role);
  }
  Status PutSession(const domain::SessionRecord& s) override { return sqlite::PutSession(db_, s); }
  Status DeleteSession(std::string_view h) override { return sqlite::DeleteSession(db_, h); }
  Status DeleteUserSessions(UserId u) override { return sqlite::DeleteUserSessions(db_, u); }
  Result<std::int64_t> InsertApiToken(const domain::ApiToken& t) override {
    return sqlite::InsertApiToken(db_, t);
  }
  Status RevokeApiToken(std::int64_t id, std::optional<UserId> user) override {
    return sqlite::RevokeApiToken(db_, id, user);
  }
  Status InsertOneTimeToken(const domain::OneTimeToken& t) override {
    return sqlite::InsertOneTimeToken(db_, t);
  }
  Status UseOneTimeToken(std::string_view h) override { return sqlite::UseOneTimeToken(db_, h); }
  Status EndOneTimeTokens(std::string_view email, domain::OneTimePurpose purpose) override {
    return sqlite::EndOneTimeTokens(db_, email, purpose);
  }

 private:
  static Result<std::int64_t> ReturningId(sqlite::Statement& stmt) {
    auto row = stmt.Step();
    if (!row) return row.error();
    if (!*row) return Internal("upsert returned no id");
    const std::int64_t id = stmt.Int(0);
    if (auto rest = stmt.Run(); !rest) return rest.error();
    return id;
  }

  Connection& db_;
  bool changed_data_ = false;
};

// Adds one to the data version (migration 9); called inside the transaction that changed data.
Status BumpDataVersion(Connection& db) {
  auto stmt = db.Prepare(sqlite::sql::kBumpDataVersion);
  if (!stmt) return stmt.error();
  return (*stmt)->Run();
}

domain::Observation ReadObservation(const sqlite::Statement& s) {
  domain::Observation o;
  o.indicator = IndicatorId{s.Int(0)};
  o.place = PlaceId{s.Int(1)};
  o.period = s.Text(2);
  o.value = s.OptionalDouble(3);
  o.lower = s.OptionalDouble(4);
  o.upper = s.OptionalDouble(5);
  o.status = sqlite::StatusFromKey(s.Text(6));
  o.note = s.Text(7);
  return o;
}

class SqliteStore final : public Store {
 public:
  explicit SqliteStore(std::vector<std::unique_ptr<Connection>> connections)
      : pool_(std::move(connections)) {}

  Result<int> SchemaVersion() override {
    auto db = pool_.Acquire();
    auto stmt = db->Prepare(sqlite::sql::kSchemaVersion);
    if (!stmt) return stmt.error();
    auto row = (*stmt)->Step();
    if (!row) return row.error();
    return static_cast<int>((*stmt)->Int(0));
  }

  Status Ping() override {
    auto version = SchemaVersion();
    if (!version) return version.error();
    return Ok();
  }

  Status CheckWritable(std::chrono::milliseconds wait) override {
    auto db = pool_.Acquire();
    const ShortBusyTimeout brief(*db, wait);
    auto transaction = sqlite::Transaction::Begin(*db, sqlite::Transaction::Mode::kImmediate);
    if (!transaction) return transaction.error();
    return Ok();  // the transaction rolls back as it goes out of scope: nothing was written
  }

  Status Write(const std::function<Status(StoreWriter&)>& body) override {
    auto db = pool_.Acquire();
    SqliteWriter writer(*db);
    return InTransaction(*db, [&]() -> Status {
      if (auto status = body(writer); !status) return status;
      return writer.changed_data() ? BumpDataVersion(*db) : Ok();
    });
  }

  Result<std::int64_t> DataVersion() override {
    auto db = pool_.Acquire();
    auto stmt = db->Prepare(sqlite::sql::kDataVersion);
    if (!stmt) return stmt.error();
    auto row = (*stmt)->Step();
    if (!row) return row.error();
    if (!*row) return Internal("the data_version table has no row");
    return (*stmt)->Int(0);
  }

  Result<std::vector<domain::Network>> ListNetworks() override {
    return Query<domain::Network>(
        sqlite::sql::kListNetworks, nullptr, [](const sqlite::Statement& s) {
          return domain::Network{NetworkId{s.Int(0)}, s.Text(1), s.Text(2), s.Text(3)};
        });
  }

  Result<std::vector<domain::Membership>> ListMemberships(NetworkId network) override {
    return Query<domain::Membership>(
        sqlite::sql::kListMemberships, [&](sqlite::Statement& s) { s.Bind(1, network.value); },
        [](const sqlite::Statement& s) {
          return domain::Membership{PlaceId{s.Int(0)},
                                    domain::MembershipRoleFromKey(s.Text(1)).value_or(
                                        domain::MembershipRole::kComparator),
                                    s.Text(2), s.Text(3)};
        });
  }

  Result<std::vector<domain::Place>> ListPlaces() override {
    auto db = pool_.Acquire();
    return sqlite::ReadPlaces(*db, sqlite::sql::kListPlaces, "");
  }

  Result<domain::Place> GetPlace(std::string_view code) override {
    auto db = pool_.Acquire();
    auto places = sqlite::ReadPlaces(*db, sqlite::sql::kGetPlace, code);
    if (!places) return places.error();
    if (places->empty()) return NotFound("no place has the code '" + std::string(code) + "'");
    return std::move(places->front());
  }

  Result<std::vector<domain::Indicator>> ListIndicators() override {
    auto db = pool_.Acquire();
    return sqlite::ReadIndicators(*db, std::nullopt);
  }

  Result<std::vector<domain::Observation>> ListObservationsForPlace(PlaceId place) override {
    return Query<domain::Observation>(
        sqlite::sql::kObservationsForPlace, [&](sqlite::Statement& s) { s.Bind(1, place.value); },
        ReadObservation);
  }

  Result<std::vector<domain::Observation>> ListObservationsForPeriod(
      IndicatorId indicator, std::string_view period) override {
    return Query<domain::Observation>(
        sqlite::sql::kObservationsForPeriod,
        [&](sqlite::Statement& s) { s.Bind(1, indicator.value).Bind(2, period); }, ReadObservation);
  }

  Result<std::vector<domain::FrameworkRecord>> ListFrameworks() override {
    auto db = pool_.Acquire();
    return sqlite::ListFrameworks(*db);
  }

  Result<domain::FrameworkRecord> GetFramework(std::string_view slug,
                                               std::optional<int> version) override {
    auto db = pool_.Acquire();
    return sqlite::GetFramework(*db, slug, version);
  }

  Result<std::optional<std::string>> GetNetworkSetting(std::string_view key) override {
    auto db = pool_.Acquire();
    return sqlite::GetNetworkSetting(*db, key);
  }

  // Indicator catalogue, observation import and targets (issue 5).
  Result<domain::Indicator> GetIndicator(std::string_view code) override {
    auto db = pool_.Acquire();
    auto found = sqlite::ReadIndicators(*db, code);
    if (!found) return found.error();
    if (found->empty()) return NotFound("no indicator has the code '" + std::string(code) + "'");
    return std::move(found->front());
  }
  Result<std::vector<domain::Observation>> ListObservationsForIndicator(
      IndicatorId indicator) override {
    return Query<domain::Observation>(
        sqlite::sql::kObservationsForIndicator,
        [&](sqlite::Statement& s) { s.Bind(1, indicator.value); }, ReadObservation);
  }
  Result<std::vector<domain::Target>> ListTargets(std::optional<PlaceId> place) override {
    auto db = pool_.Acquire();
    return sqlite::ReadTargets(*db, place);
  }
  Result<ImportCounts> ImportObservations(const ImportSteps& steps) override {
    // The rows are read and sorted before a connection is taken from the pool.
    sqlite::ImportSorter rows(sqlite::kImportMemoryBudget);
    if (auto status = sqlite::StageImport(rows, steps.fill); !status) return status.error();
    auto db = pool_.Acquire();
    return sqlite::WriteImport(*db, rows, steps);
  }
  Result<PendingImport> GetPendingImport(std::string_view id) override {
    auto db = pool_.Acquire();
    return sqlite::GetPendingImport(*db, id);
  }
  // Self-assessment rounds (issue 4): store/sqlite/assessment_rows.
  Result<std::vector<domain::AssessmentRound>> ListRounds(std::string_view place_code) override {
    auto db = pool_.Acquire();
    return sqlite::ListRounds(*db, place_code);
  }
  Result<domain::AssessmentRound> GetRound(domain::RoundId round) override {
    auto db = pool_.Acquire();
    return sqlite::GetRound(*db, round);
  }
  Result<std::vector<domain::Respondent>> ListRespondents(domain::RoundId round) override {
    auto db = pool_.Acquire();
    return sqlite::ListRespondents(*db, round);
  }
  Result<domain::Respondent> FindRespondent(std::string_view token_hash) override {
    auto db = pool_.Acquire();
    return sqlite::FindRespondent(*db, token_hash);
  }
  Result<std::vector<domain::Answer>> ListAnswers(domain::RoundId round) override {
    auto db = pool_.Acquire();
    return sqlite::ListAnswers(*db, round);
  }

  // Accounts, sessions, API tokens and audit (issue 7): store/sqlite/account_rows.
  Result<domain::User> GetUser(UserId id) override { return Read(sqlite::GetUser, id); }
  Result<domain::User> GetUserByEmail(std::string_view email) override {
    return Read(sqlite::GetUserByEmail, email);
  }
  Result<std::vector<domain::User>> ListUsers() override {
    auto db = pool_.Acquire();
    return sqlite::ListUsers(*db);
  }
  Result<std::vector<domain::PlaceGrant>> ListPlaceRoles(UserId u) override {
    return Read(sqlite::ListPlaceRoles, u);
  }
  Result<domain::SessionRecord> GetSession(std::string_view h) override {
    return Read(sqlite::GetSession, h);
  }
  Result<domain::ApiToken> GetApiToken(std::string_view h) override {
    return Read(sqlite::GetApiToken, h);
  }
  Result<std::vector<domain::ApiToken>> ListApiTokens(std::optional<UserId> u) override {
    return Read(sqlite::ListApiTokens, u);
  }
  Result<domain::OneTimeToken> GetOneTimeToken(std::string_view h) override {
    return Read(sqlite::GetOneTimeToken, h);
  }
  Result<std::vector<domain::AuditEntry>> ListAudit(const domain::AuditQuery& q) override {
    return Read(sqlite::ListAudit, q);
  }

 private:
  // Runs `fn(connection, arg)` on a pooled connection.
  template <typename Fn, typename Arg>
  auto Read(const Fn& fn, const Arg& arg) -> decltype(fn(std::declval<Connection&>(), arg)) {
    auto db = pool_.Acquire();
    return fn(*db, arg);
  }

  template <typename T, typename BindFn, typename ReadFn>
  Result<std::vector<T>> Query(const char* sql, const BindFn& bind, const ReadFn& read) {
    auto db = pool_.Acquire();
    auto stmt = db->Prepare(sql);
    if (!stmt) return stmt.error();
    if constexpr (!std::is_same_v<BindFn, std::nullptr_t>) bind(**stmt);
    std::vector<T> out;
    while (true) {
      auto row = (*stmt)->Step();
      if (!row) return row.error();
      if (!*row) break;
      out.push_back(read(**stmt));
    }
    return out;
  }

  ConnectionPool pool_;
};

}  // namespace

Result<std::unique_ptr<Store>> OpenSqliteStore(const SqliteOptions& options) {
  // A private in-memory database exists once per connection, so it gets exactly one.
  const int count = options.path == ":memory:" ? 1 : std::max(1, options.max_connections);
  std::vector<std::unique_ptr<Connection>> connections;
  for (int i = 0; i < count; ++i) {
    auto connection = Connection::Open(options.path, options.busy_timeout_ms);
    if (!connection) return connection.error();
    if (auto status = sqlite::RegisterImportRows(**connection); !status) return status.error();
    if (i == 0) {
      if (auto status = ApplyMigrations(**connection); !status) return status.error();
    }
    connections.push_back(std::move(*connection));
  }
  return std::unique_ptr<Store>(std::make_unique<SqliteStore>(std::move(connections)));
}

}  // namespace lct::store
