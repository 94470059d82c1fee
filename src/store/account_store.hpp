// The store's part for people, their roles, sessions, API and one-time tokens, and the audit log:
// what services read (AccountReads) and what they write inside one Store::Write transaction
// (AccountWrites). Store and StoreWriter (store/store.hpp) inherit every part, so a service can
// take only the part it reads and a second implementation can be written part by part
// (docs/architecture.md, "The store, by aggregate"). Thread safety: as Store.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/ids.hpp"
#include "base/result.hpp"
#include "domain/account.hpp"
#include "domain/audit.hpp"

namespace lct::store {

class AccountReads {
 public:
  virtual ~AccountReads() = default;

  [[nodiscard]] virtual Result<domain::User> GetUser(UserId id) = 0;
  [[nodiscard]] virtual Result<domain::User> GetUserByEmail(std::string_view email) = 0;
  [[nodiscard]] virtual Result<std::vector<domain::User>> ListUsers() = 0;  // by email
  [[nodiscard]] virtual Result<std::vector<domain::PlaceGrant>> ListPlaceRoles(UserId user) = 0;
  [[nodiscard]] virtual Result<domain::SessionRecord> GetSession(std::string_view token_hash) = 0;
  [[nodiscard]] virtual Result<domain::ApiToken> GetApiToken(std::string_view token_hash) = 0;
  [[nodiscard]] virtual Result<std::vector<domain::ApiToken>> ListApiTokens(
      std::optional<UserId> user) = 0;  // newest first; every user's when empty
  [[nodiscard]] virtual Result<domain::OneTimeToken> GetOneTimeToken(
      std::string_view token_hash) = 0;
  [[nodiscard]] virtual Result<std::vector<domain::AuditEntry>> ListAudit(
      const domain::AuditQuery& query) = 0;
};

class AccountWrites {
 public:
  virtual ~AccountWrites() = default;

  // Appends one audit entry (`at` is set to now when empty). The log is append-only: there
  // is no update or delete.
  virtual Status AppendAudit(const domain::AuditEntry& entry) = 0;
  // kConflict when the email is taken. Returns the new id.
  virtual Result<UserId> InsertUser(const domain::User& user) = 0;
  // Updates every field but id and created_at. NotFound for an unknown id.
  virtual Status UpdateUser(const domain::User& user) = 0;
  // Sets the user's role for the place, or removes it when `role` is empty. NotFound for an
  // unknown place code.
  virtual Status SetPlaceRole(UserId user, std::string_view place_code,
                              std::optional<domain::PlaceRole> role) = 0;
  // Inserts or replaces the session with this token hash.
  virtual Status PutSession(const domain::SessionRecord& session) = 0;
  virtual Status DeleteSession(std::string_view token_hash) = 0;
  virtual Status DeleteUserSessions(UserId user) = 0;
  // Returns the new token's id. NotFound for an unknown scope place.
  virtual Result<std::int64_t> InsertApiToken(const domain::ApiToken& token) = 0;
  // NotFound unless `user` owns the token (or `user` is empty: any owner).
  virtual Status RevokeApiToken(std::int64_t id, std::optional<UserId> user) = 0;
  virtual Status InsertOneTimeToken(const domain::OneTimeToken& token) = 0;
  // Marks an unused token used; kConflict when it was used already, NotFound when unknown.
  virtual Status UseOneTimeToken(std::string_view token_hash) = 0;
  // Marks every unused token for `email` with `purpose` used (none is fine).
  virtual Status EndOneTimeTokens(std::string_view email, domain::OneTimePurpose purpose) = 0;
};

}  // namespace lct::store
