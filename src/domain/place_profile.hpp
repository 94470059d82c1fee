// Read models for the network's pages: a list of places and one place's profile, and the pure
// functions that build them from what services read from the store (NetworkPlaces, the
// catalogue, observations). Rendered by render/ and web/.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/indicator.hpp"
#include "domain/network.hpp"
#include "domain/place.hpp"
#include "domain/position.hpp"

namespace lct::domain {

struct PlaceSummary {
  Place place;
  std::string region_name;  // empty where the place has no region (Wales)
  std::string nation_name;
  MembershipRole role = MembershipRole::kComparator;
  std::string reason;
};

enum class PlaceSort { kName, kCode, kRegion, kPopulation, kDensity, kImdEducation, kMembership };
enum class SortOrder { kAscending, kDescending };

struct PlaceListQuery {
  std::string region_code;             // empty: every region
  std::optional<MembershipRole> role;  // nullopt: members and comparators
  std::string nation_code;             // empty: every nation
  PlaceSort sort = PlaceSort::kName;
  SortOrder order = SortOrder::kAscending;
};

struct AreaName {
  std::string code;
  std::string name;
};

struct PlaceList {
  Network network;
  PlaceListQuery query;
  std::vector<PlaceSummary> places;  // filtered and sorted
  std::vector<AreaName> regions;     // for the filter: English regions, then Wales
  int member_count = 0;              // in the whole network, before filtering
  int comparator_count = 0;
};

struct SeriesPoint {
  std::string period;  // as published
  std::string label;   // as a reader expects it
  int sort_key = 0;
  std::optional<double> value;
  std::optional<double> lower;
  std::optional<double> upper;
  ObservationStatus status = ObservationStatus::kNormal;
  std::string note;
};

struct AreaValue {
  AreaName area;
  std::optional<double> value;
  std::optional<double> lower;
  std::optional<double> upper;
};

struct IndicatorProfile {
  Indicator indicator;
  std::vector<SeriesPoint> series;    // oldest first
  std::optional<SeriesPoint> latest;  // the latest point with a value
  std::optional<AreaValue> region;    // same period as `latest`
  std::optional<AreaValue> nation;
  std::optional<Position> rank;  // among local authorities of the same nation
  std::string rank_scope;        // e.g. "local authorities in England"
};

struct PlaceProfile {
  PlaceSummary summary;
  std::vector<IndicatorProfile> indicators;
};

// The network's places as read from the store: what the list and a profile are built from.
struct NetworkPlaces {
  Network network;                      // the first network held; empty when there is none
  std::vector<Place> places;            // every area held: authorities, regions, nations
  std::vector<Membership> memberships;  // of `network`; a place without one is a comparator
};

// The local authorities of `network`, filtered and sorted as `query` asks (missing numbers sort
// last; descending reverses the ascending order), the English regions by name then Wales (when
// held) for the filter, and the members and comparators counted before filtering.
[[nodiscard]] PlaceList BuildPlaceList(const NetworkPlaces& network, const PlaceListQuery& query);

// The period of the latest value of each indicator among one place's `observations`, by indicator
// id: the periods whose observations BuildPlaceProfile compares the place in.
[[nodiscard]] std::map<std::int64_t, std::string> LatestPeriods(
    const std::vector<Observation>& observations);

// Every place's observations of one indicator in its LatestPeriods period, by indicator id.
using LatestObservations = std::map<std::int64_t, std::vector<Observation>>;

// The profile of `place` (one of network.places) from its `observations`: each of `indicators`
// it has data for, in catalogue order, with its series (oldest first), latest value, that
// period's value for the place's region and nation (when they are held) and, for a local
// authority, its rank among the local authorities of its nation, from `latest`.
[[nodiscard]] PlaceProfile BuildPlaceProfile(const NetworkPlaces& network, const Place& place,
                                             const std::vector<Indicator>& indicators,
                                             const std::vector<Observation>& observations,
                                             const LatestObservations& latest);

}  // namespace lct::domain
