// Use cases for reading the network: the list of places and one place's profile (read from the
// store here, built by domain/place_profile.hpp's BuildPlaceList and BuildPlaceProfile).
#pragma once

#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "domain/indicator.hpp"
#include "domain/place_profile.hpp"
#include "services/store_handle.hpp"

namespace lct::services {

// The network's places, filtered and sorted as `query` asks. An empty database gives an
// empty list with an empty network name, not an error.
[[nodiscard]] Result<domain::PlaceList> ListPlaces(store::Store& store,
                                                   const domain::PlaceListQuery& query);

// One place with every indicator it has data for: series, latest value, the same period's
// value for its region and nation, and its rank among local authorities of its nation.
// NotFound when no place has `code`.
[[nodiscard]] Result<domain::PlaceProfile> GetPlaceProfile(store::Store& store,
                                                           std::string_view code);

// The indicator catalogue.
[[nodiscard]] Result<std::vector<domain::Indicator>> ListIndicators(store::IndicatorReads& store);

// One place by its code; NotFound when no place has it.
[[nodiscard]] Result<domain::Place> GetPlace(store::NetworkReads& store, std::string_view code);

// One indicator by its code; NotFound when no indicator has it.
[[nodiscard]] Result<domain::Indicator> GetIndicator(store::IndicatorReads& store,
                                                     std::string_view code);

}  // namespace lct::services
