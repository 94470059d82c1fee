#include "services/network_service.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

#include "domain/period.hpp"
#include "domain/position.hpp"
#include "store/store.hpp"

namespace lct::services {
namespace {

using domain::PlaceSort;
using domain::PlaceSummary;

std::optional<double> ContextOf(const std::optional<domain::ContextValue>& v) {
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
      if (a.role != b.role) return a.role == domain::MembershipRole::kMember;
      return a.place.name < b.place.name;
  }
  return false;
}

struct NetworkSnapshot {
  domain::Network network;
  std::vector<domain::Place> places;
  std::map<std::string, const domain::Place*> by_code;
  std::map<std::int64_t, const domain::Place*> by_id;
  std::map<std::int64_t, domain::Membership> memberships;  // by place id
};

Result<NetworkSnapshot> LoadSnapshot(store::Store& store) {
  NetworkSnapshot snap;
  auto networks = store.ListNetworks();
  if (!networks) return networks.error();
  auto places = store.ListPlaces();
  if (!places) return places.error();
  snap.places = std::move(*places);
  for (const auto& p : snap.places) {
    snap.by_code[p.code] = &p;
    snap.by_id[p.id.value] = &p;
  }
  if (networks->empty()) return snap;
  snap.network = networks->front();
  auto memberships = store.ListMemberships(snap.network.id);
  if (!memberships) return memberships.error();
  for (auto& m : *memberships) snap.memberships[m.place.value] = std::move(m);
  return snap;
}

std::string NameOf(const NetworkSnapshot& snap, const std::string& code) {
  const auto it = snap.by_code.find(code);
  return it == snap.by_code.end() ? std::string() : it->second->name;
}

PlaceSummary Summarise(const NetworkSnapshot& snap, const domain::Place& place) {
  PlaceSummary s;
  s.place = place;
  s.region_name = NameOf(snap, place.region_code);
  s.nation_name = NameOf(snap, place.nation_code);
  if (const auto it = snap.memberships.find(place.id.value); it != snap.memberships.end()) {
    s.role = it->second.role;
    s.reason = it->second.reason;
  }
  return s;
}

domain::SeriesPoint ToPoint(const domain::Observation& o) {
  domain::SeriesPoint p;
  p.period = o.period;
  if (auto period = domain::ParsePeriod(o.period)) {
    p.label = domain::PeriodLabel(*period);
    p.sort_key = domain::PeriodSortKey(*period);
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

// The value of area `code` among `rows` (one indicator, one period), if the area is held.
std::optional<domain::AreaValue> AreaValueFor(const NetworkSnapshot& snap, const std::string& code,
                                              const std::vector<domain::Observation>& rows) {
  const auto it = snap.by_code.find(code);
  if (code.empty() || it == snap.by_code.end()) return std::nullopt;
  domain::AreaValue out{{code, it->second->name}, std::nullopt, std::nullopt, std::nullopt};
  for (const auto& o : rows) {
    if (o.place == it->second->id) {
      out.value = o.value;
      out.lower = o.lower;
      out.upper = o.upper;
    }
  }
  return out;
}

}  // namespace

Result<domain::PlaceList> ListPlaces(store::Store& store, const domain::PlaceListQuery& query) {
  auto snap = LoadSnapshot(store);
  if (!snap) return snap.error();
  domain::PlaceList list;
  list.network = snap->network;
  list.query = query;
  for (const auto& place : snap->places) {
    if (place.kind == domain::AreaKind::kRegion) list.regions.push_back({place.code, place.name});
    if (!domain::IsLocalAuthority(place.kind)) continue;
    PlaceSummary s = Summarise(*snap, place);
    (s.role == domain::MembershipRole::kMember ? list.member_count : list.comparator_count)++;
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
  if (snap->by_code.contains("W92000004")) list.regions.push_back({"W92000004", "Wales"});
  std::stable_sort(
      list.places.begin(), list.places.end(),
      [&](const PlaceSummary& a, const PlaceSummary& b) { return Less(a, b, query.sort); });
  if (query.order == domain::SortOrder::kDescending) {
    std::reverse(list.places.begin(), list.places.end());
  }
  return list;
}

Result<domain::PlaceProfile> GetPlaceProfile(store::Store& store, std::string_view code) {
  auto snap = LoadSnapshot(store);
  if (!snap) return snap.error();
  const auto found = snap->by_code.find(std::string(code));
  if (found == snap->by_code.end())
    return NotFound("no place has the code '" + std::string(code) + "'");
  const domain::Place& place = *found->second;
  domain::PlaceProfile profile;
  profile.summary = Summarise(*snap, place);

  auto indicators = store.ListIndicators();
  if (!indicators) return indicators.error();
  auto observations = store.ListObservationsForPlace(place.id);
  if (!observations) return observations.error();
  std::map<std::int64_t, std::vector<domain::SeriesPoint>> series;
  for (const auto& o : *observations) series[o.indicator.value].push_back(ToPoint(o));

  for (const auto& indicator : *indicators) {
    auto it = series.find(indicator.id.value);
    if (it == series.end()) continue;
    domain::IndicatorProfile ip;
    ip.indicator = indicator;
    ip.series = std::move(it->second);
    std::sort(ip.series.begin(), ip.series.end(),
              [](const auto& a, const auto& b) { return a.sort_key < b.sort_key; });
    for (const auto& point : ip.series) {
      if (point.value) ip.latest = point;
    }
    if (ip.latest) {
      // One read of the period serves the region, the nation and the ranking.
      auto peers = store.ListObservationsForPeriod(indicator.id, ip.latest->period);
      if (!peers) return peers.error();
      ip.region = AreaValueFor(*snap, place.region_code, *peers);
      if (place.nation_code != place.code)
        ip.nation = AreaValueFor(*snap, place.nation_code, *peers);
      std::vector<double> values;
      for (const auto& o : *peers) {
        const auto other = snap->by_id.find(o.place.value);
        if (other == snap->by_id.end() || !o.value) continue;
        if (!domain::IsLocalAuthority(other->second->kind) ||
            other->second->nation_code != place.nation_code) {
          continue;
        }
        values.push_back(*o.value);
      }
      if (domain::IsLocalAuthority(place.kind)) {
        ip.rank = domain::RankAmong(*ip.latest->value, values, indicator.direction);
        ip.rank_scope = "local authorities in " + NameOf(*snap, place.nation_code);
      }
    }
    profile.indicators.push_back(std::move(ip));
  }
  return profile;
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
