// Accounts (issue 7): sign-in, sessions, passwords, one-time reset and invitation links,
// API tokens, and the audit entries for each change. The web tier and the CLI call this;
// it checks everything itself (a person may only create tokens within their own roles, an
// expired or used link does nothing). Thread-safe as long as the Store is.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "domain/account.hpp"
#include "domain/audit.hpp"
#include "domain/place.hpp"
#include "services/auth_crypto.hpp"
#include "services/auth_throttle.hpp"
#include "services/store_handle.hpp"

namespace lct::services {

struct AccountOptions {
  PasswordCost password_cost;                                     // see auth_crypto.hpp
  std::chrono::seconds session_idle{std::chrono::minutes(30)};    // unused this long: ends
  std::chrono::seconds session_absolute{std::chrono::hours(12)};  // ends this long after sign-in
  std::chrono::seconds reset_lifetime{std::chrono::hours(1)};
  std::chrono::seconds invite_lifetime{std::chrono::hours(24 * 7)};
  // Sign-in throttling (auth_throttle.hpp): failures free of delay for one account from one
  // client address, and for one address across all accounts; then growing delays.
  int free_failures_per_account_address = 5;
  int free_failures_per_address = 20;
  std::chrono::seconds throttle_first_delay{1};
  std::chrono::seconds throttle_max_delay{std::chrono::minutes(15)};
  std::chrono::seconds throttle_forget_after{std::chrono::hours(1)};
  std::function<std::int64_t()> clock;  // Unix seconds; the system clock when empty

  // Fast password hashing, for tests.
  [[nodiscard]] static AccountOptions ForTests();
};

// Who made a change, for the audit log.
struct Actor {
  std::optional<UserId> user;
  std::string name;  // email, or "cli"
};

// Who is reading, for the reads a service limits to a place's own people (issue 12: the
// check lives in the service, not in a route handler).
struct Reader {
  bool network_admin = false;
  std::vector<std::string> places;  // codes of the places the person holds any role for

  // True for an administrator, or one of the place's people (any role).
  [[nodiscard]] bool MaySeePlace(std::string_view code) const {
    if (network_admin) return true;
    for (const auto& place : places) {
      if (place == code) return true;
    }
    return false;
  }
};

// The person behind a session or an API token.
struct Identity {
  domain::User user;
  std::vector<domain::PlaceGrant> roles;
  std::string csrf_token;                         // a session's; empty for an API token
  std::optional<domain::TokenScope> token_scope;  // an API token's scope
};

struct NewSession {
  std::string token;  // the cookie value; only its hash is stored
  domain::SessionRecord record;
};

// Passwords: at least 10 characters, at most 1,024 (kInvalidArgument, field "password").
[[nodiscard]] Status CheckPasswordRules(std::string_view password);
// Trimmed and lower-cased; kInvalidArgument (field "email") unless it looks like an address.
[[nodiscard]] Result<std::string> NormaliseEmail(std::string_view email);

class AccountService {
 public:
  // `store` must outlive the service.
  AccountService(store::Store& store, AccountOptions options);

  // Signs in and starts a new session (a fresh token every time: no fixation). `address` is
  // the client's address. Errors: kPermissionDenied "The email or password is not right."
  // (the same for an unknown email, a wrong password or a disabled account), or "Too many
  // attempts..." (with no field) while this email from this address, or this address, must
  // wait (SignInWait); the password is then not checked at all.
  [[nodiscard]] Result<NewSession> SignIn(std::string_view email, std::string_view password,
                                          std::string_view address);
  // Seconds before a sign-in for `email` from `address` would be considered (0: now).
  [[nodiscard]] std::int64_t SignInWait(std::string_view email, std::string_view address) const;
  // The session's person, extending its idle expiry. NotFound for an unknown, expired or
  // idle session (which is then deleted), or a disabled account.
  [[nodiscard]] Result<Identity> ResumeSession(std::string_view token);
  // Ends the session; unknown tokens are ignored.
  [[nodiscard]] Status SignOut(std::string_view token);

  // Checks the current password, sets the new one, ends every other session of the person and
  // every reset link still outstanding for the account.
  [[nodiscard]] Status ChangePassword(UserId user, std::string_view current,
                                      std::string_view new_password,
                                      std::string_view keep_session_token);

  // Adds an account (for `lct user add`): admin, or a role for a place. kConflict when the
  // email is taken. An empty password leaves the account unable to sign in until a reset.
  [[nodiscard]] Result<UserId> AddUser(std::string_view email, std::string_view display_name,
                                       std::string_view password, const domain::TokenScope& grant,
                                       const Actor& actor);
  // Grants (or, with an empty role, removes) a role for a place.
  [[nodiscard]] Status SetPlaceRole(UserId user, std::string_view place_code,
                                    std::optional<domain::PlaceRole> role, const Actor& actor);

  // A password-reset link's token for the account (NotFound when there is none).
  [[nodiscard]] Result<std::string> CreateReset(std::string_view email, const Actor& actor);
  // An invitation's token: whoever opens the link chooses a name and password and gets
  // `grant`. kConflict when the email already has an account.
  [[nodiscard]] Result<std::string> CreateInvitation(std::string_view email,
                                                     const domain::TokenScope& grant,
                                                     const Actor& actor);
  // The link's record when it is valid for `purpose`: NotFound for an unknown, expired or
  // used link.
  [[nodiscard]] Result<domain::OneTimeToken> CheckLink(std::string_view token,
                                                       domain::OneTimePurpose purpose);
  // Uses a reset link: sets the password and ends the account's sessions and every other reset
  // link still outstanding for it.
  [[nodiscard]] Status ResetPassword(std::string_view token, std::string_view new_password);
  // Uses an invitation: creates the account with its grant.
  [[nodiscard]] Result<UserId> AcceptInvitation(std::string_view token,
                                                std::string_view display_name,
                                                std::string_view password);

  // Creates an API token for `owner`, scoped to no more than the owner holds (else
  // kPermissionDenied). Returns the token, shown once; only its hash is stored.
  [[nodiscard]] Result<std::string> CreateApiToken(UserId owner, std::string_view name,
                                                   const domain::TokenScope& scope,
                                                   const Actor& actor);
  // `owner` empty: any owner's (an administrator or the CLI).
  [[nodiscard]] Status RevokeApiToken(std::int64_t id, std::optional<UserId> owner,
                                      const Actor& actor);
  // NotFound for an unknown or revoked token, or a disabled owner.
  [[nodiscard]] Result<Identity> AuthenticateApiToken(std::string_view token);

  // Reads for the account pages (the web tier does not see the Store).
  [[nodiscard]] Result<domain::User> GetUser(UserId id) const;
  [[nodiscard]] Result<std::vector<domain::PlaceGrant>> ListPlaceRoles(UserId id) const;
  [[nodiscard]] Result<std::vector<domain::ApiToken>> ListApiTokens(
      std::optional<UserId> owner) const;
  [[nodiscard]] Result<std::vector<domain::User>> ListUsers() const;
  [[nodiscard]] Result<std::vector<domain::Place>> ListPlaces() const;
  [[nodiscard]] Result<domain::Place> GetPlace(std::string_view code) const;
  [[nodiscard]] Result<std::vector<domain::AuditEntry>> ListAudit(
      const domain::AuditQuery& query) const;

  [[nodiscard]] std::int64_t Now() const;

 private:
  [[nodiscard]] Result<Identity> IdentityOf(domain::User user) const;
  [[nodiscard]] Result<std::string> CreateLink(domain::OneTimeToken token, const Actor& actor);

  store::Store& store_;
  AccountOptions options_;
  SignInThrottle by_account_and_address_;
  SignInThrottle by_address_;
};

// A user as a JSON object for the audit log (never with the password hash).
[[nodiscard]] std::string UserAuditJson(const domain::User& user);

}  // namespace lct::services
