#include "domain/place_profile.hpp"

#include <algorithm>
#include <tuple>
#include <utility>

#include "domain/period.hpp"

namespace lct::domain {
namespace {

// NetworkPlaces looked up by place code and id; points into the NetworkPlaces it was made from.
struct PlaceIndex {
  const NetworkPlaces* network;
  std::map<std::string, const Place*, std::less<>> by_code;
  std::map<std::int64_t, const Place*> by_id;
  std::map<std::int64_t, const Membership*> memberships;  // by place id
};

PlaceIndex IndexOf(const NetworkPlaces& network) {
  PlaceIndex index{&network, {}, {}, {}};
  for (const auto& p : network.places) {
    index.by_code[p.code] = &p;
    index.by_id[p.id.value] = &p;
  }
  for (const auto& m : network.memberships) index.memberships[m.place.value] = &m;
  return index;
}

std::optional<double> ContextOf(const std::optional<ContextValue>& v) {
  return v ? std::optional<double>(v->value) : std::nullopt;
}

// Compares two summaries by the chosen key; missing numbers sort last.
bool Less(const PlaceSummary& a, const PlaceSummary& b, PlaceSort sort) {
  const auto by_number = [&](const std::optional<double>& x, const std::optional<double>& y) {
    if (x.has_value() != y.has_value()) return x.has_value();
    if (x && *x != *y) return *x < *y;
    return a.place.name < b.place.name;
  };
  switch (sort) {
    case PlaceSort::kName:
      return a.place.name < b.place.name;
    case PlaceSort::kCode:
      return a.place.code < b.place.code;
    case PlaceSort::kRegion:
      return std::tie(a.nation_name, a.region_name, a.place.name) <
             std::tie(b.nation_name, b.region_name, b.place.name);
    case PlaceSort::kPopulation:
      return by_number(ContextOf(a.place.population_2021), ContextOf(b.place.population_2021));
    case PlaceSort::kDensity:
      return by_number(ContextOf(a.place.density_2021), ContextOf(b.place.density_2021));
    case PlaceSort::kImdEducation:
      return by_number(ContextOf(a.place.imd_education), ContextOf(b.place.imd_education));
    case PlaceSort::kMembership:
      if (a.role != b.role) return a.role == MembershipRole::kMember;
      return a.place.name < b.place.name;
  }
  return false;
}

std::string NameOf(const PlaceIndex& index, const std::string& code) {
  const auto it = index.by_code.find(code);
  return it == index.by_code.end() ? std::string() : it->second->name;
}

PlaceSummary Summarise(const PlaceIndex& index, const Place& place) {
  PlaceSummary s;
  s.place = place;
  s.region_name = NameOf(index, place.region_code);
  s.nation_name = NameOf(index, place.nation_code);
  if (const auto it = index.memberships.find(place.id.value); it != index.memberships.end()) {
    s.role = it->second->role;
    s.reason = it->second->reason;
  }
  return s;
}

SeriesPoint ToPoint(const Observation& o) {
  SeriesPoint p;
  p.period = o.period;
  if (auto period = ParsePeriod(o.period)) {
    p.label = PeriodLabel(*period);
    p.sort_key = PeriodSortKey(*period);
  } else {
    p.label = o.period;
  }
  p.value = o.value;
  p.lower = o.lower;
  p.upper = o.upper;
  p.status = o.status;
  p.note = o.note;
  return p;
}

// Each indicator's series, oldest first, by indicator id. LatestPeriods and BuildPlaceProfile
// both read the latest point from it, so they agree on it.
std::map<std::int64_t, std::vector<SeriesPoint>> SeriesOf(
    const std::vector<Observation>& observations) {
  std::map<std::int64_t, std::vector<SeriesPoint>> series;
  for (const auto& o : observations) series[o.indicator.value].push_back(ToPoint(o));
  for (auto& [id, points] : series) {
    std::sort(points.begin(), points.end(),
              [](const auto& a, const auto& b) { return a.sort_key < b.sort_key; });
  }
  return series;
}

// The latest point with a value.
std::optional<SeriesPoint> LatestOf(const std::vector<SeriesPoint>& series) {
  std::optional<SeriesPoint> latest;
  for (const auto& point : series) {
    if (point.value) latest = point;
  }
  return latest;
}

// The value of area `code` among `rows` (one indicator, one period), if the area is held.
std::optional<AreaValue> AreaValueFor(const PlaceIndex& index, const std::string& code,
                                      const std::vector<Observation>& rows) {
  const auto it = index.by_code.find(code);
  if (code.empty() || it == index.by_code.end()) return std::nullopt;
  AreaValue out{{code, it->second->name}, std::nullopt, std::nullopt, std::nullopt};
  for (const auto& o : rows) {
    if (o.place == it->second->id) {
      out.value = o.value;
      out.lower = o.lower;
      out.upper = o.upper;
    }
  }
  return out;
}

// The region's and nation's values and the rank among the nation's local authorities of
// `profile`'s latest value, from `peers` (every place's values in that period).
void Compare(const PlaceIndex& index, const Place& place, const std::vector<Observation>& peers,
             IndicatorProfile& profile) {
  profile.region = AreaValueFor(index, place.region_code, peers);
  if (place.nation_code != place.code) {
    profile.nation = AreaValueFor(index, place.nation_code, peers);
  }
  std::vector<double> values;
  for (const auto& o : peers) {
    const auto other = index.by_id.find(o.place.value);
    if (other == index.by_id.end() || !o.value) continue;
    if (!IsLocalAuthority(other->second->kind) || other->second->nation_code != place.nation_code) {
      continue;
    }
    values.push_back(*o.value);
  }
  if (IsLocalAuthority(place.kind)) {
    profile.rank = RankAmong(*profile.latest->value, values, profile.indicator.direction);
    profile.rank_scope = "local authorities in " + NameOf(index, place.nation_code);
  }
}

}  // namespace

PlaceList BuildPlaceList(const NetworkPlaces& network, const PlaceListQuery& query) {
  const PlaceIndex index = IndexOf(network);
  PlaceList list;
  list.network = network.network;
  list.query = query;
  for (const auto& place : network.places) {
    if (place.kind == AreaKind::kRegion) list.regions.push_back({place.code, place.name});
    if (!IsLocalAuthority(place.kind)) continue;
    PlaceSummary s = Summarise(index, place);
    (s.role == MembershipRole::kMember ? list.member_count : list.comparator_count)++;
    if (!query.region_code.empty() && place.region_code != query.region_code &&
        place.nation_code != query.region_code) {
      continue;
    }
    if (!query.nation_code.empty() && place.nation_code != query.nation_code) continue;
    if (query.role && s.role != *query.role) continue;
    list.places.push_back(std::move(s));
  }
  std::sort(list.regions.begin(), list.regions.end(),
            [](const auto& a, const auto& b) { return a.name < b.name; });
  if (index.by_code.contains("W92000004")) list.regions.push_back({"W92000004", "Wales"});
  std::stable_sort(
      list.places.begin(), list.places.end(),
      [&](const PlaceSummary& a, const PlaceSummary& b) { return Less(a, b, query.sort); });
  if (query.order == SortOrder::kDescending) {
    std::reverse(list.places.begin(), list.places.end());
  }
  return list;
}

std::map<std::int64_t, std::string> LatestPeriods(const std::vector<Observation>& observations) {
  std::map<std::int64_t, std::string> periods;
  for (const auto& [id, series] : SeriesOf(observations)) {
    if (auto latest = LatestOf(series)) periods[id] = std::move(latest->period);
  }
  return periods;
}

PlaceProfile BuildPlaceProfile(const NetworkPlaces& network, const Place& place,
                               const std::vector<Indicator>& indicators,
                               const std::vector<Observation>& observations,
                               const LatestObservations& latest) {
  const PlaceIndex index = IndexOf(network);
  PlaceProfile profile;
  profile.summary = Summarise(index, place);
  auto series = SeriesOf(observations);
  for (const auto& indicator : indicators) {
    auto it = series.find(indicator.id.value);
    if (it == series.end()) continue;
    IndicatorProfile ip;
    ip.indicator = indicator;
    ip.series = std::move(it->second);
    ip.latest = LatestOf(ip.series);
    if (ip.latest) {
      const auto peers = latest.find(indicator.id.value);
      if (peers != latest.end()) Compare(index, place, peers->second, ip);
    }
    profile.indicators.push_back(std::move(ip));
  }
  return profile;
}

}  // namespace lct::domain
