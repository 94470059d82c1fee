// People, their roles for places, sessions, API tokens and one-time tokens (issue 7).
// Secrets never appear here: sessions and tokens are held only as the SHA-256 of the
// token, passwords only as their argon2id hash. Times are Unix seconds (UTC).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/ids.hpp"

namespace lct {
using UserId = Id<struct UserTag>;
}  // namespace lct

namespace lct::domain {

// A person's role for one place, ordered: a higher role includes the lower ones.
enum class PlaceRole { kViewer = 1, kPartner = 2, kCoordinator = 3 };

[[nodiscard]] const char* PlaceRoleKey(PlaceRole role);  // "viewer", "partner", "coordinator"
[[nodiscard]] std::optional<PlaceRole> PlaceRoleFromKey(std::string_view key);

struct User {
  UserId id;
  std::string email;  // lower-case, unique
  std::string display_name;
  std::string password_hash;  // argon2id string; empty: cannot sign in until a reset
  bool admin = false;         // a network administrator
  std::int64_t created_at = 0;
  bool disabled = false;

  bool operator==(const User&) const = default;
};

struct PlaceGrant {
  std::string place_code;
  PlaceRole role = PlaceRole::kViewer;

  bool operator==(const PlaceGrant&) const = default;
};

struct SessionRecord {
  std::string token_hash;
  UserId user;
  std::int64_t created_at = 0;
  std::int64_t last_seen_at = 0;
  std::int64_t expires_at = 0;  // the absolute expiry
  std::string csrf_token;       // random; sent back by the person's forms

  bool operator==(const SessionRecord&) const = default;
};

// What an API token may do: everything (admin), or one role for one place.
struct TokenScope {
  bool admin = false;
  std::optional<PlaceRole> role;
  std::string place_code;

  bool operator==(const TokenScope&) const = default;
};

struct ApiToken {
  std::int64_t id = 0;
  std::string token_hash;
  std::string name;
  UserId user;
  TokenScope scope;
  std::int64_t created_at = 0;
  bool revoked = false;

  bool operator==(const ApiToken&) const = default;
};

enum class OneTimePurpose { kReset, kInvite };

[[nodiscard]] const char* OneTimePurposeKey(OneTimePurpose purpose);  // "reset", "invite"
[[nodiscard]] std::optional<OneTimePurpose> OneTimePurposeFromKey(std::string_view key);

// A password-reset or invitation link's token. An invitation carries what the new account
// gets: admin, or a role for a place.
struct OneTimeToken {
  std::string token_hash;
  OneTimePurpose purpose = OneTimePurpose::kReset;
  std::string email;
  TokenScope grant;
  std::int64_t expires_at = 0;
  bool used = false;

  bool operator==(const OneTimeToken&) const = default;
};

}  // namespace lct::domain
