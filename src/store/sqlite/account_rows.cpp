#include "store/sqlite/account_rows.hpp"

#include <string>

#include "store/sqlite/account_sql.hpp"

namespace lct::store::sqlite {
namespace {

// Runs a prepared statement and reads every row with `read`.
template <typename T, typename ReadFn>
Result<std::vector<T>> ReadAll(Statement& stmt, const ReadFn& read) {
  std::vector<T> out;
  while (true) {
    auto row = stmt.Step();
    if (!row) return row.error();
    if (!*row) break;
    out.push_back(read(stmt));
  }
  return out;
}

// The first row read with `read`, or NotFound(`missing`).
template <typename T, typename ReadFn>
Result<T> ReadOne(Statement& stmt, const ReadFn& read, const std::string& missing) {
  auto row = stmt.Step();
  if (!row) return row.error();
  if (!*row) return NotFound(missing);
  return read(stmt);
}

// Steps a statement with RETURNING: true when it changed a row.
Result<bool> ChangedARow(Statement& stmt) {
  auto row = stmt.Step();
  if (!row) return row.error();
  const bool changed = *row;
  if (auto rest = stmt.Run(); !rest) return rest.error();
  return changed;
}

domain::User ReadUser(const Statement& s) {
  domain::User u;
  u.id = UserId{s.Int(0)};
  u.email = s.Text(1);
  u.display_name = s.Text(2);
  u.password_hash = s.Text(3);
  u.admin = s.Int(4) != 0;
  u.created_at = s.Int(5);
  u.disabled = s.Int(6) != 0;
  return u;
}

// The role column of api_tokens / one_time_tokens: "admin", a place role, or "".
std::string ScopeKey(const domain::TokenScope& scope) {
  if (scope.admin) return "admin";
  return scope.role ? domain::PlaceRoleKey(*scope.role) : "";
}

domain::TokenScope ReadScope(std::string_view key, std::string place_code) {
  domain::TokenScope scope;
  scope.admin = key == "admin";
  scope.role = domain::PlaceRoleFromKey(key);
  scope.place_code = std::move(place_code);
  return scope;
}

domain::ApiToken ReadApiToken(const Statement& s) {
  domain::ApiToken t;
  t.id = s.Int(0);
  t.token_hash = s.Text(1);
  t.name = s.Text(2);
  t.user = UserId{s.Int(3)};
  t.scope = ReadScope(s.Text(4), s.Text(5));
  t.created_at = s.Int(6);
  t.revoked = s.Int(7) != 0;
  return t;
}

// The id of the place with `code`, or nullopt for an empty code; NotFound for an unknown one.
Result<std::optional<std::int64_t>> PlaceIdFor(Connection& db, std::string_view code) {
  if (code.empty()) return std::optional<std::int64_t>();
  auto stmt = db.Prepare(sql::kPlaceIdByCode);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, code);
  auto id = ReadOne<std::int64_t>(
      **stmt, [](const Statement& s) { return s.Int(0); },
      "no place has the code '" + std::string(code) + "'");
  if (!id) return id.error();
  return std::optional<std::int64_t>(*id);
}

void BindOptionalId(Statement& stmt, int index, std::optional<std::int64_t> id) {
  if (id) {
    stmt.Bind(index, *id);
  } else {
    stmt.BindNull(index);
  }
}

}  // namespace

Status AppendAudit(Connection& db, const domain::AuditEntry& e) {
  auto stmt = db.Prepare(sql::kInsertAudit);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, e.at);
  BindOptionalId(**stmt, 2, e.actor_user_id);
  (*stmt)
      ->Bind(3, e.actor)
      .Bind(4, e.action)
      .Bind(5, e.entity)
      .Bind(6, e.entity_id)
      .Bind(7, e.place_code)
      .Bind(8, e.before_json)
      .Bind(9, e.after_json);
  return (*stmt)->Run();
}

Result<std::vector<domain::AuditEntry>> ListAudit(Connection& db, const domain::AuditQuery& q) {
  auto stmt = db.Prepare(q.place_code ? sql::kListAuditForPlace : sql::kListAudit);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, static_cast<std::int64_t>(q.limit));
  if (q.place_code) (*stmt)->Bind(2, *q.place_code);
  return ReadAll<domain::AuditEntry>(**stmt, [](const Statement& s) {
    domain::AuditEntry e;
    e.id = s.Int(0);
    e.at = s.Text(1);
    if (s.Int(2) != 0) e.actor_user_id = s.Int(2);
    e.actor = s.Text(3);
    e.action = s.Text(4);
    e.entity = s.Text(5);
    e.entity_id = s.Text(6);
    e.place_code = s.Text(7);
    e.before_json = s.Text(8);
    e.after_json = s.Text(9);
    return e;
  });
}

Result<UserId> InsertUser(Connection& db, const domain::User& u) {
  auto stmt = db.Prepare(sql::kInsertUser);
  if (!stmt) return stmt.error();
  (*stmt)
      ->Bind(1, u.email)
      .Bind(2, u.display_name)
      .Bind(3, u.password_hash)
      .Bind(4, std::int64_t{u.admin ? 1 : 0})
      .Bind(5, u.created_at)
      .Bind(6, std::int64_t{u.disabled ? 1 : 0});
  auto row = (*stmt)->Step();
  if (!row) {
    if (row.error().code() == ErrorCode::kConflict) {
      return Error(ErrorCode::kConflict, "an account with the email '" + u.email + "' exists",
                   {"", 0, "email"});
    }
    return row.error();
  }
  const UserId id{(*stmt)->Int(0)};
  if (auto rest = (*stmt)->Run(); !rest) return rest.error();
  return id;
}

Status UpdateUser(Connection& db, const domain::User& u) {
  auto stmt = db.Prepare(sql::kUpdateUser);
  if (!stmt) return stmt.error();
  (*stmt)
      ->Bind(1, u.id.value)
      .Bind(2, u.email)
      .Bind(3, u.display_name)
      .Bind(4, u.password_hash)
      .Bind(5, std::int64_t{u.admin ? 1 : 0})
      .Bind(6, std::int64_t{u.disabled ? 1 : 0});
  auto changed = ChangedARow(**stmt);
  if (!changed) return changed.error();
  if (!*changed) return NotFound("no account has the id " + std::to_string(u.id.value));
  return Ok();
}

Result<domain::User> GetUser(Connection& db, UserId id) {
  auto stmt = db.Prepare(sql::kGetUser);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, id.value);
  return ReadOne<domain::User>(**stmt, ReadUser,
                               "no account has the id " + std::to_string(id.value));
}

Result<domain::User> GetUserByEmail(Connection& db, std::string_view email) {
  auto stmt = db.Prepare(sql::kGetUserByEmail);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, email);
  return ReadOne<domain::User>(**stmt, ReadUser,
                               "no account has the email '" + std::string(email) + "'");
}

Result<std::vector<domain::User>> ListUsers(Connection& db) {
  auto stmt = db.Prepare(sql::kListUsers);
  if (!stmt) return stmt.error();
  return ReadAll<domain::User>(**stmt, ReadUser);
}

Status SetPlaceRole(Connection& db, UserId user, std::string_view place_code,
                    std::optional<domain::PlaceRole> role) {
  auto place = PlaceIdFor(db, place_code);
  if (!place) return place.error();
  if (!*place) return InvalidArgument("a role needs a place", {"", 0, "place"});
  auto stmt = db.Prepare(role ? sql::kSetPlaceRole : sql::kDeletePlaceRole);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, user.value).Bind(2, **place);
  if (role) (*stmt)->Bind(3, domain::PlaceRoleKey(*role));
  return (*stmt)->Run();
}

Result<std::vector<domain::PlaceGrant>> ListPlaceRoles(Connection& db, UserId user) {
  auto stmt = db.Prepare(sql::kListPlaceRoles);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, user.value);
  return ReadAll<domain::PlaceGrant>(**stmt, [](const Statement& s) {
    return domain::PlaceGrant{
        s.Text(0), domain::PlaceRoleFromKey(s.Text(1)).value_or(domain::PlaceRole::kViewer)};
  });
}

Status PutSession(Connection& db, const domain::SessionRecord& session) {
  auto stmt = db.Prepare(sql::kPutSession);
  if (!stmt) return stmt.error();
  (*stmt)
      ->Bind(1, session.token_hash)
      .Bind(2, session.user.value)
      .Bind(3, session.created_at)
      .Bind(4, session.last_seen_at)
      .Bind(5, session.expires_at)
      .Bind(6, session.csrf_token);
  return (*stmt)->Run();
}

Result<domain::SessionRecord> GetSession(Connection& db, std::string_view token_hash) {
  auto stmt = db.Prepare(sql::kGetSession);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, token_hash);
  return ReadOne<domain::SessionRecord>(
      **stmt,
      [](const Statement& s) {
        return domain::SessionRecord{s.Text(0), UserId{s.Int(1)}, s.Int(2),
                                     s.Int(3),  s.Int(4),         s.Text(5)};
      },
      "no such session");
}

Status DeleteSession(Connection& db, std::string_view token_hash) {
  auto stmt = db.Prepare(sql::kDeleteSession);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, token_hash);
  return (*stmt)->Run();
}

Status DeleteUserSessions(Connection& db, UserId user) {
  auto stmt = db.Prepare(sql::kDeleteUserSessions);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, user.value);
  return (*stmt)->Run();
}

Result<std::int64_t> InsertApiToken(Connection& db, const domain::ApiToken& t) {
  auto place = PlaceIdFor(db, t.scope.place_code);
  if (!place) return place.error();
  auto stmt = db.Prepare(sql::kInsertApiToken);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, t.token_hash).Bind(2, t.name).Bind(3, t.user.value).Bind(4, ScopeKey(t.scope));
  BindOptionalId(**stmt, 5, *place);
  (*stmt)->Bind(6, t.created_at);
  auto row = (*stmt)->Step();
  if (!row) return row.error();
  const std::int64_t id = (*stmt)->Int(0);
  if (auto rest = (*stmt)->Run(); !rest) return rest.error();
  return id;
}

Status RevokeApiToken(Connection& db, std::int64_t id, std::optional<UserId> user) {
  auto stmt = db.Prepare(sql::kRevokeApiToken);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, id).Bind(2, user ? user->value : std::int64_t{0});
  auto changed = ChangedARow(**stmt);
  if (!changed) return changed.error();
  if (!*changed) return NotFound("no API token has the id " + std::to_string(id));
  return Ok();
}

Result<domain::ApiToken> GetApiToken(Connection& db, std::string_view token_hash) {
  auto stmt = db.Prepare(sql::kGetApiToken);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, token_hash);
  return ReadOne<domain::ApiToken>(**stmt, ReadApiToken, "no such API token");
}

Result<std::vector<domain::ApiToken>> ListApiTokens(Connection& db, std::optional<UserId> user) {
  auto stmt = db.Prepare(sql::kListApiTokens);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, user ? user->value : std::int64_t{0});
  return ReadAll<domain::ApiToken>(**stmt, ReadApiToken);
}

Status InsertOneTimeToken(Connection& db, const domain::OneTimeToken& t) {
  auto place = PlaceIdFor(db, t.grant.place_code);
  if (!place) return place.error();
  auto stmt = db.Prepare(sql::kInsertOneTimeToken);
  if (!stmt) return stmt.error();
  (*stmt)
      ->Bind(1, t.token_hash)
      .Bind(2, domain::OneTimePurposeKey(t.purpose))
      .Bind(3, t.email)
      .Bind(4, ScopeKey(t.grant));
  BindOptionalId(**stmt, 5, *place);
  (*stmt)->Bind(6, t.expires_at);
  return (*stmt)->Run();
}

Status UseOneTimeToken(Connection& db, std::string_view token_hash) {
  {
    auto existing = GetOneTimeToken(db, token_hash);
    if (!existing) return existing.error();
  }
  auto stmt = db.Prepare(sql::kUseOneTimeToken);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, token_hash);
  auto changed = ChangedARow(**stmt);
  if (!changed) return changed.error();
  if (!*changed) return Error(ErrorCode::kConflict, "this link has been used already");
  return Ok();
}

Status EndOneTimeTokens(Connection& db, std::string_view email, domain::OneTimePurpose purpose) {
  auto stmt = db.Prepare(sql::kEndOneTimeTokens);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, email).Bind(2, domain::OneTimePurposeKey(purpose));
  return (*stmt)->Run();
}

Result<domain::OneTimeToken> GetOneTimeToken(Connection& db, std::string_view token_hash) {
  auto stmt = db.Prepare(sql::kGetOneTimeToken);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, token_hash);
  return ReadOne<domain::OneTimeToken>(
      **stmt,
      [](const Statement& s) {
        domain::OneTimeToken t;
        t.token_hash = s.Text(0);
        t.purpose =
            domain::OneTimePurposeFromKey(s.Text(1)).value_or(domain::OneTimePurpose::kReset);
        t.email = s.Text(2);
        t.grant = ReadScope(s.Text(3), s.Text(4));
        t.expires_at = s.Int(5);
        t.used = s.Int(6) != 0;
        return t;
      },
      "this link is not valid");
}

}  // namespace lct::store::sqlite
