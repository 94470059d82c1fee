#include "services/place_entries.hpp"

#include <utility>

#include "store/store.hpp"

namespace lct::services {
namespace {

std::string JoinCodes(const std::vector<std::string>& codes) {
  std::string text;
  for (const std::string& code : codes) text += (text.empty() ? "" : " ") + code;
  return text;
}

std::vector<std::string> SplitCodes(const std::string& text) {
  std::vector<std::string> codes;
  std::string current;
  for (const char c : text) {
    if (c == ' ' || c == ';' || c == '\t') {
      if (!current.empty()) codes.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) codes.push_back(std::move(current));
  return codes;
}

}  // namespace

Result<StoredRegister> LoadStoredRegister(store::NetworkReads& store) {
  StoredRegister out;
  auto networks = store.ListNetworks();
  if (!networks) return networks.error();
  auto places = store.ListPlaces();
  if (!places) return places.error();
  std::map<std::int64_t, std::string> code_of;
  for (domain::Place& place : *places) {
    code_of[place.id.value] = place.code;
    std::string code = place.code;
    out.places.emplace(std::move(code), StoredPlace{std::move(place), std::nullopt});
  }
  if (networks->empty()) return out;
  out.network = networks->front();
  auto memberships = store.ListMemberships(out.network->id);
  if (!memberships) return memberships.error();
  for (domain::Membership& m : *memberships) {
    const auto code = code_of.find(m.place.value);
    if (code != code_of.end()) out.places.at(code->second).membership = std::move(m);
  }
  return out;
}

domain::PlaceEntry EntryOf(const StoredPlace& stored) {
  const domain::Place& p = stored.place;
  domain::PlaceEntry e;
  e.code = p.code;
  e.name = p.name;
  e.level = p.level;
  e.parent = p.parent_code;
  if (stored.membership) {
    e.membership = stored.membership->role;
    e.membership_date = stored.membership->since;
    e.membership_reason = stored.membership->reason;
  }
  e.latitude = p.latitude;
  e.longitude = p.longitude;
  e.predecessors = SplitCodes(p.predecessor_codes);
  e.retired = p.retired;
  e.note = p.note;
  return e;
}

domain::Place PlaceFrom(const domain::PlaceEntry& entry, domain::Place stored) {
  stored.code = entry.code;
  stored.name = entry.name;
  stored.level = entry.level;
  stored.parent_code = entry.parent;
  stored.latitude = entry.latitude;
  stored.longitude = entry.longitude;
  stored.predecessor_codes = JoinCodes(entry.predecessors);
  stored.retired = entry.retired;
  stored.note = entry.note;
  return stored;
}

std::optional<domain::Membership> MembershipFrom(const domain::PlaceEntry& entry, PlaceId id) {
  if (!entry.membership) return std::nullopt;
  return domain::Membership{id, *entry.membership, entry.membership_reason, entry.membership_date};
}

bool EntryChanges(const domain::PlaceEntry& entry, const StoredPlace& stored) {
  domain::PlaceEntry before = EntryOf(stored);
  domain::PlaceEntry after = entry;
  before.line = after.line = 0;
  return before != after;
}

}  // namespace lct::services
