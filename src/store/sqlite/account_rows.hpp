// Reading and writing users, place roles, sessions, API tokens, one-time tokens and the audit
// log (issue 7). The SqliteStore delegates to these; writes run inside its transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "domain/account.hpp"
#include "domain/audit.hpp"
#include "store/sqlite/connection.hpp"

namespace lct::store::sqlite {

[[nodiscard]] Status AppendAudit(Connection& db, const domain::AuditEntry& entry);
[[nodiscard]] Result<std::vector<domain::AuditEntry>> ListAudit(Connection& db,
                                                                const domain::AuditQuery& query);

[[nodiscard]] Result<UserId> InsertUser(Connection& db, const domain::User& user);
[[nodiscard]] Status UpdateUser(Connection& db, const domain::User& user);
[[nodiscard]] Result<domain::User> GetUser(Connection& db, UserId id);
[[nodiscard]] Result<domain::User> GetUserByEmail(Connection& db, std::string_view email);
[[nodiscard]] Result<std::vector<domain::User>> ListUsers(Connection& db);

[[nodiscard]] Status SetPlaceRole(Connection& db, UserId user, std::string_view place_code,
                                  std::optional<domain::PlaceRole> role);
[[nodiscard]] Result<std::vector<domain::PlaceGrant>> ListPlaceRoles(Connection& db, UserId user);

[[nodiscard]] Status PutSession(Connection& db, const domain::SessionRecord& session);
[[nodiscard]] Result<domain::SessionRecord> GetSession(Connection& db, std::string_view token_hash);
[[nodiscard]] Status DeleteSession(Connection& db, std::string_view token_hash);
[[nodiscard]] Status DeleteUserSessions(Connection& db, UserId user);

[[nodiscard]] Result<std::int64_t> InsertApiToken(Connection& db, const domain::ApiToken& token);
[[nodiscard]] Status RevokeApiToken(Connection& db, std::int64_t id, std::optional<UserId> user);
[[nodiscard]] Result<domain::ApiToken> GetApiToken(Connection& db, std::string_view token_hash);
[[nodiscard]] Result<std::vector<domain::ApiToken>> ListApiTokens(Connection& db,
                                                                  std::optional<UserId> user);

[[nodiscard]] Status InsertOneTimeToken(Connection& db, const domain::OneTimeToken& token);
[[nodiscard]] Status UseOneTimeToken(Connection& db, std::string_view token_hash);
[[nodiscard]] Status EndOneTimeTokens(Connection& db, std::string_view email,
                                      domain::OneTimePurpose purpose);
[[nodiscard]] Result<domain::OneTimeToken> GetOneTimeToken(Connection& db,
                                                           std::string_view token_hash);

}  // namespace lct::store::sqlite
