#include "services/account_service.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>

#include <nlohmann/json.hpp>

#include "base/text.hpp"
#include "domain/audit.hpp"
#include "render/json_text.hpp"
#include "store/store.hpp"

namespace lct::services {
namespace {

constexpr const char* kBadSignIn = "The email or password is not right.";

// "Too many attempts..." with the wait in words.
std::string ThrottledMessage(std::int64_t seconds) {
  const std::int64_t minutes = (seconds + 59) / 60;
  const std::string wait = seconds < 60
                               ? std::to_string(seconds) + (seconds == 1 ? " second" : " seconds")
                               : std::to_string(minutes) + (minutes == 1 ? " minute" : " minutes");
  return "Too many attempts to sign in from this address. Please wait " + wait + " and try again.";
}

// The throttle key of one account from one address.
std::string PairKey(std::string_view email, std::string_view address) {
  return std::string(email) + '\n' + std::string(address);
}

Error Denied(std::string message, std::string field = {}) {
  return {ErrorCode::kPermissionDenied, std::move(message), {"", 0, std::move(field)}};
}

std::string ScopeText(const domain::TokenScope& scope) {
  if (scope.admin) return "admin";
  if (!scope.role) return "";
  return std::string(domain::PlaceRoleKey(*scope.role)) + "@" + scope.place_code;
}

domain::AuditEntry Audit(const Actor& actor, std::string action, std::string entity,
                         std::string entity_id, std::string place_code = {}) {
  domain::AuditEntry e;
  if (actor.user) e.actor_user_id = actor.user->value;
  e.actor = actor.name;
  e.action = std::move(action);
  e.entity = std::move(entity);
  e.entity_id = std::move(entity_id);
  e.place_code = std::move(place_code);
  return e;
}

std::string DefaultName(std::string_view email) {
  return std::string(email.substr(0, email.find('@')));
}

Result<std::string> CheckDisplayName(std::string_view name, std::string_view email) {
  std::string out(name);
  out.erase(0, out.find_first_not_of(" \t"));
  out.erase(out.find_last_not_of(" \t") + 1);
  if (out.empty()) return DefaultName(email);
  if (out.size() > 200)
    return InvalidArgument("a name has at most 200 characters", {"", 0, "name"});
  for (const char c : out) {
    if (static_cast<unsigned char>(c) < 0x20) {
      return InvalidArgument("a name cannot contain control characters", {"", 0, "name"});
    }
  }
  return out;
}

}  // namespace

AccountOptions AccountOptions::ForTests() {
  AccountOptions options;
  options.password_cost = PasswordCost::Fast();
  return options;
}

Status CheckPasswordRules(std::string_view password) {
  if (password.size() < 10) {
    return InvalidArgument("a password needs at least 10 characters", {"", 0, "password"});
  }
  if (password.size() > 1024) {
    return InvalidArgument("a password has at most 1,024 characters", {"", 0, "password"});
  }
  return Ok();
}

Result<std::string> NormaliseEmail(std::string_view email) {
  std::string out = text::AsciiLower(text::Trim(email));
  const std::size_t at = out.find('@');
  const bool bad_char = std::any_of(out.begin(), out.end(), [](char c) {
    return static_cast<unsigned char>(c) <= 0x20 || c == '<' || c == '>' || c == '"';
  });
  if (out.empty() || out.size() > 254 || at == std::string::npos || at == 0 ||
      at + 1 == out.size() || out.find('@', at + 1) != std::string::npos || bad_char) {
    return InvalidArgument("enter an email address such as name@example.org", {"", 0, "email"});
  }
  return out;
}

std::string UserAuditJson(const domain::User& user) {
  return render::JsonText(nlohmann::json{{"email", user.email},
                                         {"display_name", user.display_name},
                                         {"admin", user.admin},
                                         {"disabled", user.disabled}});
}

AccountService::AccountService(store::Store& store, AccountOptions options)
    : store_(store),
      options_(std::move(options)),
      by_account_and_address_({options_.free_failures_per_account_address,
                               options_.throttle_first_delay, options_.throttle_max_delay,
                               options_.throttle_forget_after}),
      by_address_({options_.free_failures_per_address, options_.throttle_first_delay,
                   options_.throttle_max_delay, options_.throttle_forget_after}) {}

std::int64_t AccountService::Now() const {
  if (options_.clock) return options_.clock();
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

Result<domain::User> AccountService::GetUser(UserId id) const { return store_.GetUser(id); }
Result<std::vector<domain::PlaceGrant>> AccountService::ListPlaceRoles(UserId id) const {
  return store_.ListPlaceRoles(id);
}
Result<std::vector<domain::ApiToken>> AccountService::ListApiTokens(
    std::optional<UserId> owner) const {
  return store_.ListApiTokens(owner);
}
Result<std::vector<domain::User>> AccountService::ListUsers() const { return store_.ListUsers(); }
Result<std::vector<domain::Place>> AccountService::ListPlaces() const {
  return store_.ListPlaces();
}
Result<domain::Place> AccountService::GetPlace(std::string_view code) const {
  return store_.GetPlace(code);
}
Result<std::vector<domain::AuditEntry>> AccountService::ListAudit(
    const domain::AuditQuery& query) const {
  return store_.ListAudit(query);
}

Result<Identity> AccountService::IdentityOf(domain::User user) const {
  if (user.disabled) return NotFound("the account is disabled");
  auto roles = store_.ListPlaceRoles(user.id);
  if (!roles) return roles.error();
  return Identity{std::move(user), std::move(*roles), {}, std::nullopt};
}

Result<NewSession> AccountService::SignIn(std::string_view email, std::string_view password,
                                          std::string_view address) {
  const std::int64_t now = Now();
  auto normalised = NormaliseEmail(email);
  if (!normalised) return Denied(kBadSignIn, "email");
  const std::string account_key = *normalised;
  const std::string pair_key = PairKey(account_key, address);
  if (const std::int64_t wait = std::max(by_account_and_address_.WaitSeconds(pair_key, now),
                                         by_address_.WaitSeconds(address, now));
      wait > 0) {
    return Denied(ThrottledMessage(wait));
  }
  auto user = store_.GetUserByEmail(account_key);
  if (!user && user.error().code() != ErrorCode::kNotFound) return user.error();
  // An unknown email still costs a hash at the configured cost, so timing does not tell which
  // emails exist (made once per process, with the first service's cost).
  static const std::string kDummyHash =
      HashPassword("not a real password", options_.password_cost).value();
  const bool ok = user ? VerifyPassword(password, user->password_hash) && !user->disabled
                       : (static_cast<void>(VerifyPassword(password, kDummyHash)), false);
  if (!ok) {
    by_account_and_address_.RecordFailure(pair_key, now);
    by_address_.RecordFailure(address, now);
    return Denied(kBadSignIn, "password");
  }
  by_account_and_address_.Clear(pair_key);
  NewSession session;
  session.token = RandomToken();
  session.record = {HashToken(session.token),
                    user->id,
                    now,
                    now,
                    now + options_.session_absolute.count(),
                    RandomToken()};
  auto status = store_.Write([&](store::StoreWriter& w) -> Status {
    if (auto put = w.PutSession(session.record); !put) return put;
    return w.AppendAudit(
        Audit({user->id, user->email}, "session.sign_in", "user", std::to_string(user->id.value)));
  });
  if (!status) return status.error();
  return session;
}

std::int64_t AccountService::SignInWait(std::string_view email, std::string_view address) const {
  auto normalised = NormaliseEmail(email);
  const std::int64_t now = Now();
  const std::int64_t by_address = by_address_.WaitSeconds(address, now);
  if (!normalised) return by_address;
  return std::max(by_account_and_address_.WaitSeconds(PairKey(*normalised, address), now),
                  by_address);
}

Result<Identity> AccountService::ResumeSession(std::string_view token) {
  if (token.empty()) return NotFound("no session");
  const std::int64_t now = Now();
  const std::string hash = HashToken(token);
  auto session = store_.GetSession(hash);
  if (!session) return session.error();
  if (now >= session->expires_at || now - session->last_seen_at >= options_.session_idle.count()) {
    (void)store_.Write([&](store::StoreWriter& w) { return w.DeleteSession(hash); });
    return NotFound("the session has expired");
  }
  auto user = store_.GetUser(session->user);
  if (!user) return user.error();
  auto identity = IdentityOf(std::move(*user));
  if (!identity) return identity.error();
  identity->csrf_token = session->csrf_token;
  // Record activity at most once a minute, to keep requests from all writing.
  if (now - session->last_seen_at >= 60) {
    session->last_seen_at = now;
    (void)store_.Write([&](store::StoreWriter& w) { return w.PutSession(*session); });
  }
  return identity;
}

Status AccountService::SignOut(std::string_view token) {
  if (token.empty()) return Ok();
  const std::string hash = HashToken(token);
  auto session = store_.GetSession(hash);
  if (!session) return session.error().code() == ErrorCode::kNotFound ? Ok() : session.error();
  return store_.Write([&](store::StoreWriter& w) -> Status {
    if (auto del = w.DeleteSession(hash); !del) return del;
    return w.AppendAudit(Audit({session->user, ""}, "session.sign_out", "user",
                               std::to_string(session->user.value)));
  });
}

Status AccountService::ChangePassword(UserId user_id, std::string_view current,
                                      std::string_view new_password,
                                      std::string_view keep_session_token) {
  auto user = store_.GetUser(user_id);
  if (!user) return user.error();
  if (!VerifyPassword(current, user->password_hash)) {
    return Denied("The current password is not right.", "current_password");
  }
  if (auto rules = CheckPasswordRules(new_password); !rules) {
    return InvalidArgument(rules.error().message(), {"", 0, "new_password"});
  }
  auto hash = HashPassword(new_password, options_.password_cost);
  if (!hash) return hash.error();
  user->password_hash = *hash;
  auto keep = store_.GetSession(HashToken(keep_session_token));
  return store_.Write([&](store::StoreWriter& w) -> Status {
    if (auto update = w.UpdateUser(*user); !update) return update;
    if (auto del = w.DeleteUserSessions(user->id); !del) return del;
    if (auto ended = w.EndOneTimeTokens(user->email, domain::OneTimePurpose::kReset); !ended) {
      return ended;
    }
    if (keep) {
      if (auto put = w.PutSession(*keep); !put) return put;
    }
    return w.AppendAudit(Audit({user->id, user->email}, "user.change_password", "user",
                               std::to_string(user->id.value)));
  });
}

Result<UserId> AccountService::AddUser(std::string_view email, std::string_view display_name,
                                       std::string_view password, const domain::TokenScope& grant,
                                       const Actor& actor) {
  auto normalised = NormaliseEmail(email);
  if (!normalised) return normalised.error();
  auto name = CheckDisplayName(display_name, *normalised);
  if (!name) return name.error();
  domain::User user;
  user.email = *normalised;
  user.display_name = *name;
  user.admin = grant.admin;
  user.created_at = Now();
  if (!password.empty()) {
    if (auto rules = CheckPasswordRules(password); !rules) return rules.error();
    auto hash = HashPassword(password, options_.password_cost);
    if (!hash) return hash.error();
    user.password_hash = *hash;
  }
  UserId id;
  auto status = store_.Write([&](store::StoreWriter& w) -> Status {
    auto inserted = w.InsertUser(user);
    if (!inserted) return inserted.error();
    id = *inserted;
    user.id = id;
    auto entry = Audit(actor, "user.create", "user", std::to_string(id.value), grant.place_code);
    entry.after_json = UserAuditJson(user);
    if (auto audit = w.AppendAudit(entry); !audit) return audit;
    if (grant.role && !grant.place_code.empty()) {
      if (auto role = w.SetPlaceRole(id, grant.place_code, grant.role); !role) return role;
      auto grant_entry =
          Audit(actor, "role.grant", "user", std::to_string(id.value), grant.place_code);
      grant_entry.after_json =
          render::JsonText(nlohmann::json{{"role", domain::PlaceRoleKey(*grant.role)}});
      return w.AppendAudit(grant_entry);
    }
    return Ok();
  });
  if (!status) return status.error();
  return id;
}

Status AccountService::SetPlaceRole(UserId user, std::string_view place_code,
                                    std::optional<domain::PlaceRole> role, const Actor& actor) {
  auto before = store_.ListPlaceRoles(user);
  if (!before) return before.error();
  std::string before_json;
  for (const auto& g : *before) {
    if (g.place_code == place_code) {
      before_json = render::JsonText(nlohmann::json{{"role", domain::PlaceRoleKey(g.role)}});
    }
  }
  return store_.Write([&](store::StoreWriter& w) -> Status {
    if (auto set = w.SetPlaceRole(user, place_code, role); !set) return set;
    auto entry = Audit(actor, role ? "role.grant" : "role.revoke", "user",
                       std::to_string(user.value), std::string(place_code));
    entry.before_json = before_json;
    if (role) {
      entry.after_json = render::JsonText(nlohmann::json{{"role", domain::PlaceRoleKey(*role)}});
    }
    return w.AppendAudit(entry);
  });
}

Result<std::string> AccountService::CreateLink(domain::OneTimeToken token, const Actor& actor) {
  const std::string secret = RandomToken();
  token.token_hash = HashToken(secret);
  const char* action =
      token.purpose == domain::OneTimePurpose::kInvite ? "invitation.create" : "reset.create";
  auto status = store_.Write([&](store::StoreWriter& w) -> Status {
    if (auto put = w.InsertOneTimeToken(token); !put) return put;
    auto entry = Audit(actor, action, "user", token.email, token.grant.place_code);
    entry.after_json = render::JsonText(nlohmann::json{{"email", token.email},
                                                       {"grant", ScopeText(token.grant)},
                                                       {"expires_at", token.expires_at}});
    return w.AppendAudit(entry);
  });
  if (!status) return status.error();
  return secret;
}

Result<std::string> AccountService::CreateReset(std::string_view email, const Actor& actor) {
  auto normalised = NormaliseEmail(email);
  if (!normalised) return normalised.error();
  auto user = store_.GetUserByEmail(*normalised);
  if (!user) return user.error();
  domain::OneTimeToken token;
  token.purpose = domain::OneTimePurpose::kReset;
  token.email = user->email;
  token.expires_at = Now() + options_.reset_lifetime.count();
  return CreateLink(std::move(token), actor);
}

Result<std::string> AccountService::CreateInvitation(std::string_view email,
                                                     const domain::TokenScope& grant,
                                                     const Actor& actor) {
  auto normalised = NormaliseEmail(email);
  if (!normalised) return normalised.error();
  if (auto existing = store_.GetUserByEmail(*normalised); existing) {
    return Error(ErrorCode::kConflict, "an account with this email exists already",
                 {"", 0, "email"});
  }
  if (!grant.admin && (!grant.role || grant.place_code.empty())) {
    return InvalidArgument("choose a place and a role", {"", 0, "place"});
  }
  if (!grant.admin) {
    if (auto place = store_.GetPlace(grant.place_code); !place) {
      return InvalidArgument(place.error().message(), {"", 0, "place"});
    }
  }
  domain::OneTimeToken token;
  token.purpose = domain::OneTimePurpose::kInvite;
  token.email = *normalised;
  token.grant = grant;
  token.expires_at = Now() + options_.invite_lifetime.count();
  return CreateLink(std::move(token), actor);
}

Result<domain::OneTimeToken> AccountService::CheckLink(std::string_view token,
                                                       domain::OneTimePurpose purpose) {
  auto record = store_.GetOneTimeToken(HashToken(token));
  if (!record) return record.error();
  if (record->purpose != purpose || record->used || Now() >= record->expires_at) {
    return NotFound("this link has expired or has been used");
  }
  return record;
}

Status AccountService::ResetPassword(std::string_view token, std::string_view new_password) {
  auto link = CheckLink(token, domain::OneTimePurpose::kReset);
  if (!link) return link.error();
  if (auto rules = CheckPasswordRules(new_password); !rules) return rules;
  auto user = store_.GetUserByEmail(link->email);
  if (!user) return user.error();
  auto before = UserAuditJson(*user);
  auto hash = HashPassword(new_password, options_.password_cost);
  if (!hash) return hash.error();
  user->password_hash = *hash;
  return store_.Write([&](store::StoreWriter& w) -> Status {
    if (auto used = w.UseOneTimeToken(link->token_hash); !used) return used;
    if (auto ended = w.EndOneTimeTokens(user->email, domain::OneTimePurpose::kReset); !ended) {
      return ended;
    }
    if (auto update = w.UpdateUser(*user); !update) return update;
    if (auto del = w.DeleteUserSessions(user->id); !del) return del;
    return w.AppendAudit(Audit({user->id, user->email}, "user.reset_password", "user",
                               std::to_string(user->id.value)));
  });
}

Result<UserId> AccountService::AcceptInvitation(std::string_view token,
                                                std::string_view display_name,
                                                std::string_view password) {
  auto link = CheckLink(token, domain::OneTimePurpose::kInvite);
  if (!link) return link.error();
  if (auto rules = CheckPasswordRules(password); !rules) return rules.error();
  auto name = CheckDisplayName(display_name, link->email);
  if (!name) return name.error();
  auto hash = HashPassword(password, options_.password_cost);
  if (!hash) return hash.error();
  domain::User user;
  user.email = link->email;
  user.display_name = *name;
  user.password_hash = *hash;
  user.admin = link->grant.admin;
  user.created_at = Now();
  auto status = store_.Write([&](store::StoreWriter& w) -> Status {
    if (auto used = w.UseOneTimeToken(link->token_hash); !used) return used;
    auto id = w.InsertUser(user);
    if (!id) return id.error();
    user.id = *id;
    if (link->grant.role && !link->grant.place_code.empty()) {
      if (auto role = w.SetPlaceRole(*id, link->grant.place_code, link->grant.role); !role) {
        return role;
      }
    }
    auto entry = Audit({*id, user.email}, "invitation.accept", "user", std::to_string(id->value),
                       link->grant.place_code);
    auto after = nlohmann::json::parse(UserAuditJson(user));
    after["grant"] = ScopeText(link->grant);
    entry.after_json = render::JsonText(after);
    return w.AppendAudit(entry);
  });
  if (!status) return status.error();
  return user.id;
}

Result<std::string> AccountService::CreateApiToken(UserId owner, std::string_view name,
                                                   const domain::TokenScope& scope,
                                                   const Actor& actor) {
  auto user = store_.GetUser(owner);
  if (!user) return user.error();
  auto identity = IdentityOf(*user);
  if (!identity) return identity.error();
  std::string clean_name(name);
  if (clean_name.empty() || clean_name.size() > 100) {
    return InvalidArgument("give the token a name of 1 to 100 characters", {"", 0, "name"});
  }
  if (scope.admin) {
    if (!user->admin) return Denied("only administrators can create admin tokens", "scope");
  } else {
    if (!scope.role || scope.place_code.empty()) {
      return InvalidArgument("choose a place and a role for the token", {"", 0, "scope"});
    }
    const bool holds = user->admin || std::any_of(identity->roles.begin(), identity->roles.end(),
                                                  [&](const domain::PlaceGrant& g) {
                                                    return g.place_code == scope.place_code &&
                                                           g.role >= *scope.role;
                                                  });
    if (!holds) return Denied("a token cannot have more rights than its owner", "scope");
  }
  const std::string secret = "lct_" + RandomToken();
  domain::ApiToken token;
  token.token_hash = HashToken(secret);
  token.name = clean_name;
  token.user = owner;
  token.scope = scope;
  token.created_at = Now();
  auto status = store_.Write([&](store::StoreWriter& w) -> Status {
    auto id = w.InsertApiToken(token);
    if (!id) return id.error();
    auto entry =
        Audit(actor, "api_token.create", "api_token", std::to_string(*id), scope.place_code);
    entry.after_json = render::JsonText(
        nlohmann::json{{"name", token.name}, {"owner", user->email}, {"scope", ScopeText(scope)}});
    return w.AppendAudit(entry);
  });
  if (!status) return status.error();
  return secret;
}

Status AccountService::RevokeApiToken(std::int64_t id, std::optional<UserId> owner,
                                      const Actor& actor) {
  return store_.Write([&](store::StoreWriter& w) -> Status {
    if (auto revoke = w.RevokeApiToken(id, owner); !revoke) return revoke;
    auto entry = Audit(actor, "api_token.revoke", "api_token", std::to_string(id));
    entry.after_json = R"({"revoked":true})";
    return w.AppendAudit(entry);
  });
}

Result<Identity> AccountService::AuthenticateApiToken(std::string_view token) {
  if (token.empty()) return NotFound("no token");
  auto record = store_.GetApiToken(HashToken(token));
  if (!record) return record.error();
  if (record->revoked) return NotFound("the token has been revoked");
  auto user = store_.GetUser(record->user);
  if (!user) return user.error();
  auto identity = IdentityOf(std::move(*user));
  if (!identity) return identity.error();
  identity->token_scope = record->scope;
  return identity;
}

}  // namespace lct::services
