#include "services/demo_network.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "services/database.hpp"
#include "services/demo_round.hpp"
#include "services/network_service.hpp"
#include "store/store.hpp"
#include "unit/test_support.hpp"

namespace lct::services {
namespace {

TEST(DemoNetwork, HasTheMembersTheToolkitNamesAndEveryOtherAuthority) {
  auto list = ListPlaces(testing::DemoStore(), {});
  ASSERT_TRUE(list.ok()) << list.error().ToString();
  EXPECT_EQ(list->network.name, "UK Learning City Network");
  EXPECT_EQ(list->member_count, 12);
  EXPECT_GE(list->comparator_count, 300);
  std::set<std::string> members;
  for (const auto& s : list->places) {
    if (s.role == domain::MembershipRole::kMember) members.insert(s.place.code);
  }
  const std::set<std::string> expected = {"E08000012", "E08000039", "E06000010", "W06000011",
                                          "E07000148", "E07000171", "E08000025", "E06000023",
                                          "E06000014", "E06000045", "E09000011", "E06000037"};
  EXPECT_EQ(members, expected);
}

TEST(DemoNetwork, LiverpoolHasItsRealContextAndIndicators) {
  auto profile = GetPlaceProfile(testing::DemoStore(), "E08000012");
  ASSERT_TRUE(profile.ok());
  const auto& place = profile->summary.place;
  EXPECT_EQ(place.population_2021->value, 486100);
  EXPECT_EQ(place.population_2011->value, 466415);
  EXPECT_EQ(profile->summary.region_name, "North West");
  EXPECT_EQ(profile->summary.nation_name, "England");
  ASSERT_TRUE(place.imd_education.has_value());
  std::map<std::string, const domain::IndicatorProfile*> by_code;
  for (const auto& ip : profile->indicators) by_code[ip.indicator.code] = &ip;
  for (const char* code : {"fe-participation", "fe-achievements", "level-3-qualifications",
                           "no-qualifications", "library-walk"}) {
    ASSERT_TRUE(by_code.contains(code)) << code;
    EXPECT_TRUE(by_code[code]->latest.has_value()) << code;
  }
  const auto& fe = *by_code["fe-participation"];
  EXPECT_EQ(fe.latest->period, "2024-08-01/P1Y");
  EXPECT_EQ(fe.latest->value, 7069);
  EXPECT_EQ(fe.series.size(), 6U);
  EXPECT_EQ(fe.nation->value, 5174);
  EXPECT_EQ(fe.region->area.name, "North West");
  ASSERT_TRUE(fe.rank.has_value());
  EXPECT_GT(fe.rank->count, 250);
  EXPECT_EQ(fe.indicator.source_org, "Department for Education");
  const auto& l3 = *by_code["level-3-qualifications"];
  EXPECT_TRUE(l3.latest->lower.has_value());  // APS estimates carry a 95% interval
  EXPECT_EQ(by_code["library-walk"]->latest->value, 97);
}

TEST(DemoNetwork, RecodedSheffieldKeepsDataPublishedUnderItsOldCode) {
  auto profile = GetPlaceProfile(testing::DemoStore(), "E08000039");
  ASSERT_TRUE(profile.ok());
  ASSERT_TRUE(profile->summary.place.population_2021.has_value());
  EXPECT_NE(profile->summary.place.population_2021->note.find("previous code"), std::string::npos);
  bool employment = false;
  for (const auto& ip : profile->indicators) {
    if (ip.indicator.code == "employment-rate") employment = ip.series.size() > 10;
  }
  EXPECT_TRUE(employment);
}

TEST(DemoNetwork, MergedUnitaryPopulationIsTheLabelledSumOfItsDistricts) {
  auto profile = GetPlaceProfile(testing::DemoStore(), "E06000063");  // Cumberland
  ASSERT_TRUE(profile.ok());
  const auto& pop = profile->summary.place.population_2021;
  ASSERT_TRUE(pop.has_value());
  // Allerdale 96,100 + Carlisle 110,000 + Copeland 67,100 (Census 2021, rounded to 100).
  EXPECT_EQ(pop->value, 96100 + 110000 + 67100);
  EXPECT_NE(pop->note.find("Allerdale"), std::string::npos);
}

TEST(DemoNetwork, WalesRanksAmongWelshAuthorities) {
  auto profile = GetPlaceProfile(testing::DemoStore(), "W06000011");
  ASSERT_TRUE(profile.ok());
  EXPECT_EQ(profile->summary.nation_name, "Wales");
  for (const auto& ip : profile->indicators) {
    if (ip.rank) {
      EXPECT_LE(ip.rank->count, 22) << ip.indicator.code;
      EXPECT_EQ(ip.rank_scope, "local authorities in Wales");
    }
  }
}

TEST(DemoNetwork, FiltersAndSorts) {
  domain::PlaceListQuery q;
  q.role = domain::MembershipRole::kMember;
  q.sort = domain::PlaceSort::kPopulation;
  q.order = domain::SortOrder::kDescending;
  auto list = ListPlaces(testing::DemoStore(), q);
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->places.size(), 12U);
  EXPECT_EQ(list->places.front().place.name, "Birmingham");
  domain::PlaceListQuery wales;
  wales.region_code = "W92000004";
  auto welsh = ListPlaces(testing::DemoStore(), wales);
  EXPECT_EQ(welsh->places.size(), 22U);
}

TEST(DemoNetwork, MissingFileChangesNothing) {
  const auto dir = std::filesystem::temp_directory_path() / "lct-broken-demo";
  std::filesystem::remove_all(dir);
  std::filesystem::copy(std::string(LCT_SOURCE_DIR) + "/data/demo", dir,
                        std::filesystem::copy_options::recursive);
  std::filesystem::remove(dir / "ons-local-indicators" / "library-walk.csv");
  auto store = OpenDatabase({":memory:", 1});
  ASSERT_TRUE(store.ok());
  auto loaded = LoadDemoNetwork(**store, dir.string());
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.error().message().find("library-walk.csv"), std::string::npos);
  EXPECT_TRUE((*store)->ListPlaces()->empty());
  EXPECT_TRUE((*store)->ListNetworks()->empty());
}

TEST(DemoNetwork, MalformedRowNamesFileLineAndFieldAndChangesNothing) {
  const auto dir = std::filesystem::temp_directory_path() / "lct-broken-demo-row";
  std::filesystem::remove_all(dir);
  std::filesystem::copy(std::string(LCT_SOURCE_DIR) + "/data/demo", dir,
                        std::filesystem::copy_options::recursive);
  {
    std::ofstream out(dir / "ons-local-indicators" / "library-walk.csv", std::ios::app);
    out << "E08000012,Liverpool,Local Authority District,Residents within a 30 minute walk of "
           "their nearest library,2024-05-15,ninety,Percentage,%,,,,\n";
  }
  auto store = OpenDatabase({":memory:", 1});
  ASSERT_TRUE(store.ok());
  auto loaded = LoadDemoNetwork(**store, dir.string());
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.error().location().line, 364);
  EXPECT_EQ(loaded.error().location().field, "observation");
  EXPECT_TRUE((*store)->ListPlaces()->empty());
}

// Issue 11: the loader promises one transaction. A write that fails at the very end (the
// illustrative round's last step, refused here by a trigger) must leave nothing behind: no
// frameworks, no network, no places.
TEST(DemoNetwork, AFailureAtTheLastWriteLeavesTheDatabaseAsItWas) {
  const auto path = (std::filesystem::temp_directory_path() /
                     ("lct-demo-late-failure-" + std::to_string(::getpid()) + ".db"))
                        .string();
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  ASSERT_TRUE(OpenDatabase({path, 1}).ok());  // the schema only
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    EXPECT_EQ(sqlite3_exec(db,
                           "CREATE TRIGGER refuse_close BEFORE UPDATE OF closed_at ON "
                           "assessment_rounds BEGIN SELECT RAISE(ABORT, 'injected failure'); END",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);
  }
  auto store = OpenDatabase({path, 2});
  ASSERT_TRUE(store.ok());
  auto loaded = LoadDemoNetwork(**store, std::string(LCT_SOURCE_DIR) + "/data/demo");
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.error().message().find("injected failure"), std::string::npos)
      << loaded.error().ToString();
  EXPECT_TRUE((*store)->ListFrameworks()->empty());
  EXPECT_TRUE((*store)->ListNetworks()->empty());
  EXPECT_TRUE((*store)->ListPlaces()->empty());
  EXPECT_TRUE((*store)->ListIndicators()->empty());
  EXPECT_TRUE((*store)->ListRounds(kDemoRoundPlace)->empty());
  store->reset();
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}

TEST(DemoNetwork, LoadingTwiceChangesNothing) {
  auto store = OpenDatabase({":memory:", 1});
  ASSERT_TRUE(store.ok());
  const std::string dir = std::string(LCT_SOURCE_DIR) + "/data/demo";
  auto first = LoadDemoNetwork(**store, dir);
  ASSERT_TRUE(first.ok());
  auto second = LoadDemoNetwork(**store, dir);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(first->observations, second->observations);
  EXPECT_EQ((*store)->ListPlaces()->size(), static_cast<std::size_t>(first->places));
}

}  // namespace
}  // namespace lct::services
