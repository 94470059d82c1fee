// A place as a places file or an administrator's form gives it (docs/places-file.md), and the
// checks a set of them must pass before any is stored: codes of any scheme, levels from the
// network's geography, a parent at a wider level, membership with its date and reason.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/geography.hpp"
#include "domain/network.hpp"

namespace lct::domain {

struct PlaceEntry {
  std::string code;  // the network's own code: GSS, NUTS, ISO 3166-2 or any id
  std::string name;
  std::string level;   // a level key of the network's geography
  std::string parent;  // code of the nearest place containing it; empty at the widest level
  std::optional<MembershipRole> membership;  // empty: held only as a containing area
  std::string membership_date;               // YYYY-MM-DD it joined (or left, for a former member)
  std::string membership_reason;
  std::optional<double> latitude;         // WGS 84 degrees
  std::optional<double> longitude;        // WGS 84 degrees
  std::vector<std::string> predecessors;  // codes whose data it carries on (mergers, recodings)
  std::string retired;                    // YYYY-MM-DD it stopped existing; empty while it exists
  std::string note;
  std::int64_t line = 0;  // where it was read (0: from a form)

  bool operator==(const PlaceEntry&) const = default;
};

// One problem with an entry: its line (0 for a form), the field and what is wrong.
struct PlaceProblem {
  std::int64_t line = 0;
  std::string field;  // the column name of docs/places-file.md, e.g. "parent"
  std::string message;

  bool operator==(const PlaceProblem&) const = default;
};

// Whether `code` can be a place code: 1 to 64 ASCII letters, digits, '-', '_', '.' or ':'
// (enough for GSS, NUTS, ISO 3166-2, LAU and most networks' own ids; nothing that needs
// escaping in a web address or a CSV field).
[[nodiscard]] bool IsPlaceCode(std::string_view code);

// Every problem with `entries` against `geography`, in line order: a malformed or duplicate
// code, a missing name, an unknown level, a missing or unknown parent, a parent that is not at a
// wider level, a cycle of parents, a membership date that is not a date (or missing for a former
// member), coordinates out of range or given alone, a malformed predecessor code, a retired
// place that is still a member. `stored` gives the level of places already in the network, so a
// parent may be one of them; an entry's code may also be a stored place (it is then updated).
[[nodiscard]] std::vector<PlaceProblem> CheckPlaceEntries(
    const Geography& geography, const std::vector<PlaceEntry>& entries,
    const std::map<std::string, std::string, std::less<>>& stored);

}  // namespace lct::domain
