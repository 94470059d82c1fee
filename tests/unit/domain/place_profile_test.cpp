// domain/place_profile: the place list and a place's profile built from hand-made values (no
// store): filtering, sorting and counting; series order, latest value, region and nation values
// and the rank among the nation's local authorities.
#include "domain/place_profile.hpp"

#include <gtest/gtest.h>

namespace lct::domain {
namespace {

constexpr const char* kEngland = "E92000001";
constexpr const char* kNorthWest = "E12000002";
constexpr const char* kWales = "W92000004";

Place Area(std::int64_t id, const std::string& code, const std::string& name, AreaKind kind,
           const std::string& region, const std::string& nation,
           std::optional<double> population = std::nullopt) {
  Place p;
  p.id = PlaceId{id};
  p.code = code;
  p.name = name;
  p.kind = kind;
  p.region_code = region;
  p.nation_code = nation;
  if (population) p.population_2021 = ContextValue{*population, "test", ""};
  return p;
}

// England, Wales, the North West; Liverpool (member), Manchester and Wigan in the North West;
// Cardiff in Wales.
NetworkPlaces Network() {
  NetworkPlaces n;
  n.network.id = NetworkId{1};
  n.network.name = "Test network";
  n.places = {Area(1, kEngland, "England", AreaKind::kNation, "", kEngland),
              Area(2, kWales, "Wales", AreaKind::kNation, "", kWales),
              Area(3, kNorthWest, "North West", AreaKind::kRegion, "", kEngland),
              Area(4, "E08000012", "Liverpool", AreaKind::kMetropolitanDistrict, kNorthWest,
                   kEngland, 486'100),
              Area(5, "E08000003", "Manchester", AreaKind::kMetropolitanDistrict, kNorthWest,
                   kEngland, 551'900),
              Area(6, "E08000010", "Wigan", AreaKind::kMetropolitanDistrict, kNorthWest, kEngland),
              Area(7, "W06000015", "Cardiff", AreaKind::kWelshPrincipalArea, "", kWales, 362'400)};
  n.memberships = {{PlaceId{4}, MembershipRole::kMember, "Named in the toolkit", ""}};
  return n;
}

Observation Value(std::int64_t indicator, std::int64_t place, const std::string& period,
                  std::optional<double> value) {
  Observation o;
  o.indicator = IndicatorId{indicator};
  o.place = PlaceId{place};
  o.period = period;
  o.value = value;
  return o;
}

TEST(BuildPlaceList, FiltersSortsAndCountsLocalAuthoritiesOnly) {
  PlaceListQuery query;
  query.sort = PlaceSort::kPopulation;
  query.order = SortOrder::kDescending;
  const PlaceList all = BuildPlaceList(Network(), query);
  EXPECT_EQ(all.network.name, "Test network");
  EXPECT_EQ(all.member_count, 1);
  EXPECT_EQ(all.comparator_count, 3);
  ASSERT_EQ(all.places.size(), 4U);  // no nation or region
  // Ascending puts Wigan (no population) last; descending reverses that.
  EXPECT_EQ(all.places[0].place.name, "Wigan");
  EXPECT_EQ(all.places[1].place.name, "Manchester");
  EXPECT_EQ(all.places[2].place.name, "Liverpool");
  EXPECT_EQ(all.places[2].role, MembershipRole::kMember);
  EXPECT_EQ(all.places[2].reason, "Named in the toolkit");
  EXPECT_EQ(all.places[2].region_name, "North West");
  EXPECT_EQ(all.places[2].nation_name, "England");
  ASSERT_EQ(all.regions.size(), 2U);
  EXPECT_EQ(all.regions[0].code, kNorthWest);
  EXPECT_EQ(all.regions[1].code, kWales);

  query = {};
  query.region_code = kWales;  // Wales is offered as a region: it matches on the nation
  const PlaceList welsh = BuildPlaceList(Network(), query);
  ASSERT_EQ(welsh.places.size(), 1U);
  EXPECT_EQ(welsh.places[0].place.name, "Cardiff");
  EXPECT_EQ(welsh.member_count, 1);  // counted before filtering

  query = {};
  query.role = MembershipRole::kMember;
  EXPECT_EQ(BuildPlaceList(Network(), query).places.size(), 1U);
}

TEST(BuildPlaceProfile, SeriesLatestValueAreasAndRank) {
  const NetworkPlaces network = Network();
  const Place& liverpool = network.places[3];
  Indicator skills;
  skills.id = IndicatorId{10};
  skills.code = "skills";
  skills.direction = Direction::kLowerIsBetter;
  Indicator unused;
  unused.id = IndicatorId{11};
  unused.code = "unused";
  // Out of order, and the newest period has no value: the latest value is 2022's.
  const std::vector<Observation> observations = {Value(10, 4, "2022-08-01/P1Y", 12.0),
                                                 Value(10, 4, "2023-08-01/P1Y", std::nullopt),
                                                 Value(10, 4, "2021-08-01/P1Y", 15.0)};
  const auto periods = LatestPeriods(observations);
  ASSERT_EQ(periods.size(), 1U);
  EXPECT_EQ(periods.at(10), "2022-08-01/P1Y");
  LatestObservations latest;
  latest[10] = {Value(10, 1, "2022-08-01/P1Y", 11.0), Value(10, 3, "2022-08-01/P1Y", 13.0),
                Value(10, 4, "2022-08-01/P1Y", 12.0), Value(10, 5, "2022-08-01/P1Y", 9.0),
                Value(10, 6, "2022-08-01/P1Y", 20.0), Value(10, 7, "2022-08-01/P1Y", 1.0)};

  const PlaceProfile profile =
      BuildPlaceProfile(network, liverpool, {skills, unused}, observations, latest);
  EXPECT_EQ(profile.summary.place.code, "E08000012");
  EXPECT_EQ(profile.summary.role, MembershipRole::kMember);
  ASSERT_EQ(profile.indicators.size(), 1U);  // "unused" has no data for the place
  const IndicatorProfile& ip = profile.indicators[0];
  ASSERT_EQ(ip.series.size(), 3U);
  EXPECT_EQ(ip.series[0].period, "2021-08-01/P1Y");
  EXPECT_EQ(ip.series[2].period, "2023-08-01/P1Y");
  ASSERT_TRUE(ip.latest.has_value());
  EXPECT_EQ(ip.latest->value, 12.0);
  ASSERT_TRUE(ip.region.has_value());
  EXPECT_EQ(ip.region->area.name, "North West");
  EXPECT_EQ(ip.region->value, 13.0);
  ASSERT_TRUE(ip.nation.has_value());
  EXPECT_EQ(ip.nation->value, 11.0);
  // Among England's three local authorities (Cardiff and the areas are not), lower is better:
  // Manchester 9, Liverpool 12, Wigan 20.
  ASSERT_TRUE(ip.rank.has_value());
  EXPECT_EQ(ip.rank->rank, 2);
  EXPECT_EQ(ip.rank->count, 3);
  EXPECT_EQ(ip.rank_scope, "local authorities in England");
}

TEST(BuildPlaceProfile, ANationHasNoNationValueAndNoRank) {
  const NetworkPlaces network = Network();
  Indicator skills;
  skills.id = IndicatorId{10};
  const std::vector<Observation> observations = {Value(10, 1, "2022-08-01/P1Y", 11.0)};
  LatestObservations latest;
  latest[10] = observations;
  const PlaceProfile profile =
      BuildPlaceProfile(network, network.places[0], {skills}, observations, latest);
  ASSERT_EQ(profile.indicators.size(), 1U);
  EXPECT_FALSE(profile.indicators[0].nation.has_value());
  EXPECT_FALSE(profile.indicators[0].region.has_value());
  EXPECT_FALSE(profile.indicators[0].rank.has_value());
}

}  // namespace
}  // namespace lct::domain
