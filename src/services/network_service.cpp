#include "services/network_service.hpp"

#include <algorithm>
#include <utility>

#include "store/store.hpp"

namespace lct::services {
namespace {

// The network's places and memberships (the first network's; none when no network is held).
Result<domain::NetworkPlaces> ReadNetworkPlaces(store::Store& store) {
  domain::NetworkPlaces snapshot;
  auto networks = store.ListNetworks();
  if (!networks) return networks.error();
  auto places = store.ListPlaces();
  if (!places) return places.error();
  snapshot.places = std::move(*places);
  if (networks->empty()) return snapshot;
  snapshot.network = networks->front();
  auto memberships = store.ListMemberships(snapshot.network.id);
  if (!memberships) return memberships.error();
  snapshot.memberships = std::move(*memberships);
  return snapshot;
}

}  // namespace

Result<domain::PlaceList> ListPlaces(store::Store& store, const domain::PlaceListQuery& query) {
  auto snapshot = ReadNetworkPlaces(store);
  if (!snapshot) return snapshot.error();
  return domain::BuildPlaceList(*snapshot, query);
}

Result<domain::PlaceProfile> GetPlaceProfile(store::Store& store, std::string_view code) {
  auto snapshot = ReadNetworkPlaces(store);
  if (!snapshot) return snapshot.error();
  const auto place = std::find_if(snapshot->places.begin(), snapshot->places.end(),
                                  [&](const domain::Place& p) { return p.code == code; });
  if (place == snapshot->places.end()) {
    return NotFound("no place has the code '" + std::string(code) + "'");
  }
  auto indicators = store.ListIndicators();
  if (!indicators) return indicators.error();
  auto observations = store.ListObservationsForPlace(place->id);
  if (!observations) return observations.error();
  // One read of each latest period serves the region, the nation and the ranking.
  domain::LatestObservations latest;
  for (const auto& [indicator, period] : domain::LatestPeriods(*observations)) {
    auto peers = store.ListObservationsForPeriod(IndicatorId{indicator}, period);
    if (!peers) return peers.error();
    latest[indicator] = std::move(*peers);
  }
  return domain::BuildPlaceProfile(*snapshot, *place, *indicators, *observations, latest);
}

Result<std::vector<domain::Indicator>> ListIndicators(store::IndicatorReads& store) {
  return store.ListIndicators();
}

Result<domain::Place> GetPlace(store::NetworkReads& store, std::string_view code) {
  return store.GetPlace(code);
}

Result<domain::Indicator> GetIndicator(store::IndicatorReads& store, std::string_view code) {
  return store.GetIndicator(code);
}

}  // namespace lct::services
