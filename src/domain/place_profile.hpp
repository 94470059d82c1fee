// Read models for the network's pages: a list of places and one place's profile.
// Built by services, rendered by render/ and web/; plain values, no behaviour.
#pragma once

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

}  // namespace lct::domain
