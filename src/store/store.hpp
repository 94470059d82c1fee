// Store: the product's only door to its database. Two implementations share this interface
// (SQLite embedded, PostgreSQL shared); no SQL or driver type appears here.
// Thread safety: every method may be called from any thread at once.
#pragma once

#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "base/ids.hpp"
#include "base/result.hpp"
#include "domain/framework_record.hpp"
#include "domain/indicator.hpp"
#include "domain/network.hpp"
#include "domain/place.hpp"

namespace lct::store {

// The writes available inside one transaction (see Store::Write).
class StoreWriter {
 public:
  virtual ~StoreWriter() = default;
  // Inserts or updates by slug/code and returns the row's id.
  virtual Result<NetworkId> UpsertNetwork(const domain::Network& network) = 0;
  virtual Result<PlaceId> UpsertPlace(const domain::Place& place) = 0;
  virtual Result<IndicatorId> UpsertIndicator(const domain::Indicator& indicator) = 0;
  virtual Status SetMembership(NetworkId network, const domain::Membership& membership) = 0;
  // Inserts or replaces the observation for (indicator, place, period).
  virtual Status UpsertObservation(const domain::Observation& observation) = 0;
  // Stores one version of a framework (imported_at is set to now when empty). Writing the same
  // (slug, version) again with the same YAML text changes nothing; with other text it is a
  // kConflict error, since a published version never changes.
  virtual Status PutFramework(const domain::FrameworkRecord& framework) = 0;
};

class Store {
 public:
  virtual ~Store() = default;

  // The highest migration applied.
  [[nodiscard]] virtual Result<int> SchemaVersion() = 0;
  // Cheap round trip to the database, for /healthz.
  [[nodiscard]] virtual Status Ping() = 0;

  // Runs `body` in one transaction: committed only when `body` returns ok and the commit
  // succeeds, rolled back otherwise, so a failed import changes nothing. When Write returns
  // ok the data is durable.
  [[nodiscard]] virtual Status Write(const std::function<Status(StoreWriter&)>& body) = 0;

  [[nodiscard]] virtual Result<std::vector<domain::Network>> ListNetworks() = 0;
  [[nodiscard]] virtual Result<std::vector<domain::Membership>> ListMemberships(
      NetworkId network) = 0;
  [[nodiscard]] virtual Result<std::vector<domain::Place>> ListPlaces() = 0;
  // NotFound when no place has `code`.
  [[nodiscard]] virtual Result<domain::Place> GetPlace(std::string_view code) = 0;
  [[nodiscard]] virtual Result<std::vector<domain::Indicator>> ListIndicators() = 0;
  [[nodiscard]] virtual Result<std::vector<domain::Observation>> ListObservationsForPlace(
      PlaceId place) = 0;
  // Every place's observation of `indicator` for `period`.
  [[nodiscard]] virtual Result<std::vector<domain::Observation>> ListObservationsForPeriod(
      IndicatorId indicator, std::string_view period) = 0;

  // Every stored version of every framework, ordered by slug, then version (oldest first).
  [[nodiscard]] virtual Result<std::vector<domain::FrameworkRecord>> ListFrameworks() = 0;
  // One version of a framework, or its highest version when `version` is empty.
  // NotFound when there is no such framework or version.
  [[nodiscard]] virtual Result<domain::FrameworkRecord> GetFramework(
      std::string_view slug, std::optional<int> version) = 0;
};

}  // namespace lct::store
