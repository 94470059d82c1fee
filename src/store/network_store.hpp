// The store's part for networks, places, memberships and network settings: what services read
// (NetworkReads) and what they write inside one Store::Write transaction (NetworkWrites). Store and
// StoreWriter (store/store.hpp) inherit every part, so a service can take only the part it reads
// and a second implementation can be written part by part (docs/architecture.md, "The store, by
// aggregate"). Thread safety: as Store.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/ids.hpp"
#include "base/result.hpp"
#include "domain/network.hpp"
#include "domain/place.hpp"

namespace lct::store {

class NetworkReads {
 public:
  virtual ~NetworkReads() = default;

  [[nodiscard]] virtual Result<std::vector<domain::Network>> ListNetworks() = 0;
  [[nodiscard]] virtual Result<std::vector<domain::Membership>> ListMemberships(
      NetworkId network) = 0;
  [[nodiscard]] virtual Result<std::vector<domain::Place>> ListPlaces() = 0;
  // NotFound when no place has `code`.
  [[nodiscard]] virtual Result<domain::Place> GetPlace(std::string_view code) = 0;
  // The network setting (issue 12) stored for `key`, or nothing when none is.
  [[nodiscard]] virtual Result<std::optional<std::string>> GetNetworkSetting(
      std::string_view key) = 0;
};

class NetworkWrites {
 public:
  virtual ~NetworkWrites() = default;

  // Inserts or updates by slug/code and returns the row's id.
  virtual Result<NetworkId> UpsertNetwork(const domain::Network& network) = 0;
  virtual Result<PlaceId> UpsertPlace(const domain::Place& place) = 0;
  virtual Status SetMembership(NetworkId network, const domain::Membership& membership) = 0;
  // Removes `place`'s membership of `network` (none is fine): the place is then held only as
  // an area containing others (issue 13).
  virtual Status DeleteMembership(NetworkId network, PlaceId place) = 0;
  // Inserts or replaces the value of `key`.
  virtual Status PutNetworkSetting(std::string_view key, std::string_view value) = 0;
  // Removes `key`'s value (none is fine): its bundled default applies again.
  virtual Status DeleteNetworkSetting(std::string_view key) = 0;
};

}  // namespace lct::store
