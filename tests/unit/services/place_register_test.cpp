// The place register (issue 13): places imported from a places file against the stored network
// definition, all or nothing and idempotent, exported in the same layout, and listed.
#include "services/place_register.hpp"

#include <gtest/gtest.h>

#include <string>

#include "services/network_definition_service.hpp"
#include "store/store.hpp"
#include "unit/guide_test_support.hpp"

namespace lct::services {
namespace {

const Actor kActor{std::nullopt, "test"};

// Synthetic codes of no real scheme: nothing in the register assumes one.
constexpr const char* kNetwork = R"(name: Synthetic network
levels:
  - {key: country, name: Country}
  - {key: region, name: Region}
  - {key: city, name: City}
compare_within: [country, region]
)";

constexpr const char* kPlaces =
    "code,name,level,parent,membership,membership_date,membership_reason,latitude,longitude,"
    "predecessors,retired,note\n"
    "C1,Country one,country,,,,,,,,,\n"
    "R1,Region one,region,C1,,,,,,,,\n"
    "X1,City one,city,R1,member,2020-09-01,Founding member.,51.62,-3.94,,,\n"
    "X2,\"City two, old\",city,C1,comparator,,,,,X0 X00,,A note\n"
    "X3,City three,city,R1,former,2024-04-01,Left.,,,,2024-03-31,\n";

class PlaceRegisterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = testing::EmptyStore();
    const NetworkDefinitionSet set = SetNetworkDefinition(*store_, kNetwork, "net.yaml", kActor);
    ASSERT_TRUE(set.errors.empty()) << set.errors.front().ToString();
  }

  PlaceImportReport Import(const std::string& csv, PlaceImportMode mode = PlaceImportMode::kWrite) {
    return ImportPlaces(*store_, csv, "places.csv", mode, kActor);
  }

  std::unique_ptr<store::Store> store_;
};

std::string Messages(const PlaceImportReport& report) {
  std::string text;
  for (const Error& e : report.errors) text += e.ToString() + "\n";
  return text;
}

TEST(PlaceRegister, NeedsAStoredNetworkDefinition) {
  auto store = testing::EmptyStore();
  const PlaceImportReport report =
      ImportPlaces(*store, kPlaces, "places.csv", PlaceImportMode::kWrite, kActor);
  ASSERT_EQ(report.errors.size(), 1U);
  EXPECT_NE(report.errors.front().message().find("no network definition"), std::string::npos);
  EXPECT_FALSE(report.written);
  EXPECT_TRUE(store->ListPlaces()->empty());
  EXPECT_FALSE(ExportPlaces(*store).ok());
  EXPECT_FALSE(ListRegisterPlaces(*store, std::nullopt).ok());
}

TEST_F(PlaceRegisterTest, ImportsEveryFieldOfThePlacesFile) {
  const PlaceImportReport report = Import(kPlaces);
  ASSERT_TRUE(report.errors.empty()) << Messages(report);
  EXPECT_TRUE(report.written);
  EXPECT_EQ(report.added, 5);
  EXPECT_EQ(report.changed, 0);
  EXPECT_EQ(report.unchanged, 0);

  auto x1 = store_->GetPlace("X1");
  ASSERT_TRUE(x1.ok());
  EXPECT_EQ(x1->level, "city");
  EXPECT_EQ(x1->parent_code, "R1");
  EXPECT_EQ(x1->latitude, 51.62);
  EXPECT_EQ(x1->longitude, -3.94);
  // Pages that still read kind, region and nation get them from the geography.
  EXPECT_EQ(x1->region_code, "R1");
  EXPECT_EQ(x1->nation_code, "C1");
  EXPECT_EQ(store_->GetPlace("C1")->kind, domain::AreaKind::kNation);
  EXPECT_EQ(store_->GetPlace("X2")->predecessor_codes, "X0 X00");
  EXPECT_EQ(store_->GetPlace("X2")->name, "City two, old");
  EXPECT_EQ(store_->GetPlace("X3")->retired, "2024-03-31");

  auto networks = store_->ListNetworks();
  ASSERT_EQ(networks->size(), 1U);
  auto memberships = store_->ListMemberships(networks->front().id);
  ASSERT_TRUE(memberships.ok());
  ASSERT_EQ(memberships->size(), 3U);
  EXPECT_EQ(memberships->at(0).role, domain::MembershipRole::kMember);
  EXPECT_EQ(memberships->at(0).since, "2020-09-01");
  EXPECT_EQ(memberships->at(0).reason, "Founding member.");
  EXPECT_EQ(memberships->at(2).role, domain::MembershipRole::kFormerMember);
}

TEST_F(PlaceRegisterTest, ImportingTheSameFileAgainChangesNothing) {
  ASSERT_TRUE(Import(kPlaces).errors.empty());
  const auto version = store_->DataVersion();
  const PlaceImportReport again = Import(kPlaces);
  ASSERT_TRUE(again.errors.empty()) << Messages(again);
  EXPECT_EQ(again.added, 0);
  EXPECT_EQ(again.changed, 0);
  EXPECT_EQ(again.unchanged, 5);
  EXPECT_EQ(*store_->DataVersion(), *version);
  // One audit entry per import, with its counts.
  auto audit = store_->ListAudit({});
  ASSERT_TRUE(audit.ok());
  ASSERT_EQ(audit->size(), 3U);  // network.set, then the two imports (newest first)
  EXPECT_EQ(audit->at(0).action, "places.import");
  EXPECT_NE(audit->at(0).after_json.find("\"unchanged\":5"), std::string::npos)
      << audit->at(0).after_json;
  EXPECT_NE(audit->at(1).after_json.find("\"added\":5"), std::string::npos);
}

TEST_F(PlaceRegisterTest, AnExportImportsBackWithNoChange) {
  ASSERT_TRUE(Import(kPlaces).errors.empty());
  auto csv = ExportPlaces(*store_);
  ASSERT_TRUE(csv.ok());
  EXPECT_EQ(csv->substr(0, csv->find("\r\n")),
            "code,name,level,parent,membership,membership_date,membership_reason,latitude,"
            "longitude,predecessors,retired,note");
  EXPECT_NE(csv->find("X1,City one,city,R1,member,2020-09-01,Founding member.,51.62,-3.94,,,"),
            std::string::npos)
      << *csv;
  const PlaceImportReport back = Import(*csv);
  ASSERT_TRUE(back.errors.empty()) << Messages(back);
  EXPECT_EQ(back.added + back.changed, 0);
  EXPECT_EQ(back.unchanged, 5);
}

TEST_F(PlaceRegisterTest, TextThatLooksLikeAFormulaSurvivesExportAndImport) {
  ASSERT_TRUE(Import("code,name,level\nC1,=Country,country\n").errors.empty());
  auto csv = ExportPlaces(*store_);
  ASSERT_TRUE(csv.ok());
  EXPECT_NE(csv->find("\"'=Country\""), std::string::npos) << *csv;
  const PlaceImportReport back = Import(*csv);
  ASSERT_TRUE(back.errors.empty()) << Messages(back);
  EXPECT_EQ(back.unchanged, 1);
  EXPECT_EQ(store_->GetPlace("C1")->name, "=Country");
}

TEST_F(PlaceRegisterTest, ChangesAreCountedAndAMembershipCanBeEnded) {
  ASSERT_TRUE(Import(kPlaces).errors.empty());
  const PlaceImportReport report = Import(
      "code,name,level,parent,membership\n"
      "X1,City one renamed,city,R1,\n"
      "X2,\"City two, old\",city,C1,comparator\n");
  ASSERT_TRUE(report.errors.empty()) << Messages(report);
  EXPECT_EQ(report.changed, 2);  // X1 renamed and no longer a member; X2 lost its note
  EXPECT_EQ(report.unchanged, 0);
  EXPECT_EQ(store_->GetPlace("X1")->name, "City one renamed");
  EXPECT_FALSE(store_->GetPlace("X1")->latitude.has_value());
  auto memberships = store_->ListMemberships(store_->ListNetworks()->front().id);
  ASSERT_EQ(memberships->size(), 2U);  // X2 and X3
  // Places the file leaves out stay as they were.
  EXPECT_EQ(store_->GetPlace("X3")->retired, "2024-03-31");
}

TEST_F(PlaceRegisterTest, ADryRunCountsAndStoresNothing) {
  const PlaceImportReport report = Import(kPlaces, PlaceImportMode::kDryRun);
  ASSERT_TRUE(report.errors.empty());
  EXPECT_EQ(report.added, 5);
  EXPECT_FALSE(report.written);
  EXPECT_TRUE(store_->ListPlaces()->empty());
}

TEST_F(PlaceRegisterTest, AParentMayBeAStoredPlace) {
  ASSERT_TRUE(Import("code,name,level,parent\nC1,Country one,country,\n").errors.empty());
  const PlaceImportReport report = Import("code,name,level,parent\nR1,Region one,region,C1\n");
  ASSERT_TRUE(report.errors.empty()) << Messages(report);
  EXPECT_EQ(report.added, 1);
}

TEST_F(PlaceRegisterTest, EveryProblemIsNamedByLineAndColumnAndNothingIsStored) {
  const PlaceImportReport report = Import(
      "code,name,level,parent\n"
      "C1,Country one,country,\n"
      "X1,City one,city,R9\n"        // line 3: unknown parent
      "C1,Country again,country,\n"  // line 4: duplicate code
      "X2,City two,,C1\n"            // line 5: missing level
      "R1,Region one,region,R2\n"    // line 6: a cycle R1 -> R2 -> R1
      "R2,Region two,region,R1\n");
  ASSERT_FALSE(report.errors.empty());
  const std::string text = Messages(report);
  EXPECT_NE(text.find("places.csv:3:4: parent: unknown parent 'R9'"), std::string::npos) << text;
  EXPECT_NE(text.find("places.csv:4:1: code: the code 'C1' is given twice"), std::string::npos)
      << text;
  EXPECT_NE(text.find("places.csv:5:3: level: the level is empty"), std::string::npos) << text;
  EXPECT_NE(text.find("places.csv:6:4: parent: the parents go round in a cycle"), std::string::npos)
      << text;
  EXPECT_FALSE(report.written);
  EXPECT_TRUE(store_->ListPlaces()->empty());
  EXPECT_EQ(store_->ListAudit({})->size(), 1U);  // only network.set
}

TEST_F(PlaceRegisterTest, AStoredChildKeepsItsParentWider) {
  ASSERT_TRUE(Import(kPlaces).errors.empty());
  // R1 becomes a city, but stored cities X1 and X3 (not in this file) have R1 as parent.
  const PlaceImportReport report = Import("code,name,level,parent\nR1,Region one,city,C1\n");
  ASSERT_FALSE(report.errors.empty());
  EXPECT_EQ(report.errors.front().location().line, 2);
  EXPECT_EQ(report.errors.front().location().field, "level");
  EXPECT_EQ(store_->GetPlace("R1")->level, "region");
}

TEST_F(PlaceRegisterTest, ListsWidestFirstAndByLevel) {
  ASSERT_TRUE(Import(kPlaces).errors.empty());
  auto all = ListRegisterPlaces(*store_, std::nullopt);
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 5U);
  EXPECT_EQ(all->front().place.code, "C1");
  EXPECT_EQ(all->at(1).place.code, "R1");
  auto cities = ListRegisterPlaces(*store_, std::string("city"));
  ASSERT_TRUE(cities.ok());
  ASSERT_EQ(cities->size(), 3U);
  ASSERT_TRUE(cities->front().membership.has_value());
  EXPECT_EQ(cities->front().membership->role, domain::MembershipRole::kMember);
  auto unknown = ListRegisterPlaces(*store_, std::string("town"));
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.error().message().find("country, region, city"), std::string::npos);
}

PlaceFields CityFields(const std::string& code, const std::string& name) {
  return {{"code", code},           {"name", name},        {"level", "city"},   {"parent", "R1"},
          {"membership", "member"}, {"latitude", "-33.5"}, {"longitude", "151"}};
}

TEST_F(PlaceRegisterTest, AFormAddsAndEditsAPlaceWithAFilesChecks) {
  ASSERT_TRUE(Import(kPlaces).errors.empty());
  const PlaceImportReport added =
      SavePlace(*store_, CityFields("X9", "City nine"), PlaceFormMode::kAdd, kActor);
  ASSERT_TRUE(added.errors.empty()) << Messages(added);
  EXPECT_EQ(added.added, 1);
  EXPECT_EQ(store_->GetPlace("X9")->latitude, -33.5);
  auto fields = GetPlaceFields(*store_, "X9");
  ASSERT_TRUE(fields.ok());
  EXPECT_EQ(fields->at("latitude"), "-33.5");
  EXPECT_EQ(fields->at("membership"), "member");

  const PlaceImportReport twice =
      SavePlace(*store_, CityFields("X9", "City nine"), PlaceFormMode::kAdd, kActor);
  ASSERT_EQ(twice.errors.size(), 1U);
  EXPECT_EQ(twice.errors.front().location().field, "code");

  PlaceFields bad = CityFields("X9", "City nine");
  bad["latitude"] = "south";
  bad["parent"] = "R9";
  const PlaceImportReport refused = SavePlace(*store_, bad, PlaceFormMode::kEdit, kActor);
  ASSERT_FALSE(refused.errors.empty());
  EXPECT_EQ(refused.errors.front().location().field, "latitude");
  EXPECT_EQ(refused.errors.front().location().line, 0);
  EXPECT_EQ(store_->GetPlace("X9")->parent_code, "R1");

  const PlaceImportReport edited =
      SavePlace(*store_, CityFields("X9", "City nine renamed"), PlaceFormMode::kEdit, kActor);
  ASSERT_TRUE(edited.errors.empty()) << Messages(edited);
  EXPECT_EQ(edited.changed, 1);
  EXPECT_EQ(store_->GetPlace("X9")->name, "City nine renamed");
  const PlaceImportReport unknown =
      SavePlace(*store_, CityFields("X8", "Not stored"), PlaceFormMode::kEdit, kActor);
  ASSERT_EQ(unknown.errors.size(), 1U);
  EXPECT_EQ(unknown.errors.front().code(), ErrorCode::kNotFound);
}

TEST_F(PlaceRegisterTest, ARetiredMemberBecomesAFormerMemberAndKeepsItsPlace) {
  ASSERT_TRUE(Import(kPlaces).errors.empty());
  const PlaceImportReport bad = RetirePlace(*store_, "X1", "31/12/2025", kActor);
  ASSERT_FALSE(bad.errors.empty());
  EXPECT_EQ(bad.errors.front().location().field, "retired");
  const PlaceImportReport retired = RetirePlace(*store_, "X1", "2025-12-31", kActor);
  ASSERT_TRUE(retired.errors.empty()) << Messages(retired);
  EXPECT_EQ(store_->GetPlace("X1")->retired, "2025-12-31");
  auto memberships = store_->ListMemberships(store_->ListNetworks()->front().id);
  ASSERT_TRUE(memberships.ok());
  EXPECT_EQ(memberships->at(0).role, domain::MembershipRole::kFormerMember);
  EXPECT_EQ(memberships->at(0).since, "2025-12-31");
  EXPECT_EQ(memberships->at(0).reason, "Founding member.");
  EXPECT_EQ(RetirePlace(*store_, "NOPE", "2025-12-31", kActor).errors.front().code(),
            ErrorCode::kNotFound);
}

}  // namespace
}  // namespace lct::services
