// Places as the store keeps them (domain::Place and its Membership) and as a places file or a
// form gives them (domain::PlaceEntry), converted both ways, so that a stored place is checked,
// compared and exported as the entry it came from (docs/places-file.md).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "domain/network.hpp"
#include "domain/place.hpp"
#include "domain/place_entry.hpp"
#include "services/store_handle.hpp"

namespace lct::services {

// The stored places, each with its membership of the network (if any).
struct StoredPlace {
  domain::Place place;
  std::optional<domain::Membership> membership;
};

// The network (the first, as every page takes it; none before one is named) and every stored
// place with its membership of it, by code.
struct StoredRegister {
  std::optional<domain::Network> network;
  std::map<std::string, StoredPlace, std::less<>> places;
};
[[nodiscard]] Result<StoredRegister> LoadStoredRegister(store::NetworkReads& store);

// `stored` as a places file row would give it (line 0).
[[nodiscard]] domain::PlaceEntry EntryOf(const StoredPlace& stored);

// `stored` (a stored place, or a new one) with the register's fields of `entry` written over it;
// kind, region, nation and context values are kept (they are not part of the register).
[[nodiscard]] domain::Place PlaceFrom(const domain::PlaceEntry& entry, domain::Place stored);

// The membership `entry` gives the place `id`, or nothing when it is held only as an area.
[[nodiscard]] std::optional<domain::Membership> MembershipFrom(const domain::PlaceEntry& entry,
                                                               PlaceId id);

// Whether storing `entry` would change `stored` (any field of the places file).
[[nodiscard]] bool EntryChanges(const domain::PlaceEntry& entry, const StoredPlace& stored);

}  // namespace lct::services
