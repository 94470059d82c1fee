// One entry of the append-only audit log (issue 7): who changed what, when, before and after.
// Every service that changes data appends one inside the same write transaction, with
// StoreWriter::AppendAudit, so a change and its record commit or roll back together.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace lct::domain {

struct AuditEntry {
  std::int64_t id = 0;  // assigned by the store
  std::string at;       // UTC "YYYY-MM-DDTHH:MM:SSZ"; the store fills it in when empty
  std::optional<std::int64_t> actor_user_id;  // the signed-in person; empty for the CLI/system
  std::string actor;        // what to show: the person's email, "cli", "respondent link"...
  std::string action;       // a verb phrase key: "user.create", "assessment.submit", ...
  std::string entity;       // the kind of thing changed: "user", "api_token", "round", ...
  std::string entity_id;    // its id or key, as text
  std::string place_code;   // the place it belongs to; empty when it belongs to none
  std::string before_json;  // the state before (a JSON object), empty for a creation
  std::string after_json;   // the state after (a JSON object), empty for a deletion

  bool operator==(const AuditEntry&) const = default;
};

// Which entries to list: newest first, at most `limit`.
struct AuditQuery {
  std::optional<std::string> place_code;  // only this place's entries
  int limit = 500;
};

}  // namespace lct::domain
