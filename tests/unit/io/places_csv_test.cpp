#include "io/places_csv.hpp"

#include <gtest/gtest.h>

#include "io/network_yaml.hpp"
#include "unit/project_file.hpp"

namespace lct::io {
namespace {

TEST(PlacesFile, ReadsEveryColumn) {
  const PlacesFileRead read = ReadPlacesFile(
      "code,name,level,parent,membership,membership_date,membership_reason,latitude,longitude,"
      "predecessors,retired,note\r\n"
      "W92000004,Wales,nation,,,,,,,,,\r\n"
      "W06000011,Swansea,principal-area,W92000004,member,1998-01-01,\"Founding member, 1998\","
      "51.62,-3.94,W05000001; W05000002,,A note\r\n",
      "places.csv");
  ASSERT_TRUE(read.errors.empty()) << read.errors.front().ToString();
  ASSERT_EQ(read.entries.size(), 2U);
  const domain::PlaceEntry& s = read.entries[1];
  EXPECT_EQ(s.line, 3);
  EXPECT_EQ(s.code, "W06000011");
  EXPECT_EQ(s.parent, "W92000004");
  EXPECT_EQ(s.membership, domain::MembershipRole::kMember);
  EXPECT_EQ(s.membership_reason, "Founding member, 1998");
  EXPECT_DOUBLE_EQ(*s.latitude, 51.62);
  EXPECT_DOUBLE_EQ(*s.longitude, -3.94);
  EXPECT_EQ(s.predecessors, (std::vector<std::string>{"W05000001", "W05000002"}));
  EXPECT_EQ(s.note, "A note");
  EXPECT_FALSE(read.entries[0].membership.has_value());
}

TEST(PlacesFile, OnlyCodeNameAndLevelAreRequired) {
  const PlacesFileRead read = ReadPlacesFile("level,name,code\nnation,Wales,W92000004\n", "p.csv");
  ASSERT_TRUE(read.errors.empty());
  EXPECT_EQ(read.entries[0].code, "W92000004");
  EXPECT_EQ(read.entries[0].level, "nation");
}

TEST(PlacesFile, HeaderProblemsNameTheColumn) {
  const PlacesFileRead read = ReadPlacesFile("code,name,parnet,code\nA,B,C,D\n", "h.csv");
  std::vector<std::string> found;
  for (const Error& e : read.errors) found.push_back(e.ToString());
  ASSERT_EQ(found.size(), 3U) << ::testing::PrintToString(found);
  EXPECT_NE(found[0].find("missing column 'level'"), std::string::npos);
  EXPECT_NE(found[1].find("h.csv:1:3"), std::string::npos) << found[1];
  EXPECT_NE(found[1].find("unknown column 'parnet'"), std::string::npos);
  EXPECT_NE(found[2].find("h.csv:1:4"), std::string::npos) << found[2];
  EXPECT_TRUE(read.entries.empty());
}

TEST(PlacesFile, FieldProblemsNameLineAndColumn) {
  const PlacesFileRead read = ReadPlacesFile(
      "code,name,level,membership,latitude,longitude\n"
      "A,Alpha,city,partner,north,1\n"
      "B,Beta,city\n",
      "f.csv");
  std::vector<std::string> found;
  for (const Error& e : read.errors) found.push_back(e.ToString());
  ASSERT_EQ(found.size(), 3U) << ::testing::PrintToString(found);
  EXPECT_NE(found[0].find("f.csv:2:4"), std::string::npos) << found[0];
  EXPECT_NE(found[0].find("'partner' is not a membership"), std::string::npos);
  EXPECT_NE(found[1].find("f.csv:2:5"), std::string::npos) << found[1];
  EXPECT_NE(found[2].find("f.csv:3"), std::string::npos) << found[2];
}

TEST(PlacesFile, DomainProblemsArePutBackOnTheirColumn) {
  const PlacesFileRead read = ReadPlacesFile(
      "code,name,level,parent\nW06000011,Swansea,principal-area,W92000004\n", "d.csv");
  ASSERT_TRUE(read.errors.empty());
  const domain::Geography wales{{{"nation", "Nation"}, {"principal-area", "Principal area"}}, {}};
  const auto problems = domain::CheckPlaceEntries(wales, read.entries, {});
  ASSERT_EQ(problems.size(), 1U);
  const Error error = LocatePlaceProblem(problems[0], "d.csv", read.header);
  EXPECT_EQ(error.location().line, 2);
  EXPECT_EQ(error.location().column, 4);
  EXPECT_EQ(error.location().field, "parent");
}

TEST(PlacesFile, RefusesEmptyFilesAndBadBytes) {
  EXPECT_FALSE(ReadPlacesFile("", "e.csv").errors.empty());
  EXPECT_FALSE(ReadPlacesFile("code,name,level\n", "h.csv").errors.empty());
  EXPECT_FALSE(ReadPlacesFile("code,name,level\nA,\xff,city\n", "u.csv").errors.empty());
}

}  // namespace
}  // namespace lct::io

namespace lct::io {
namespace {

using testing::ReadProjectFile;

TEST(ShippedExample, TheWelshNetworkReadsAndChecksClean) {
  const NetworkFileRead network =
      ReadNetworkFile(ReadProjectFile("examples/wales/network.yaml"), "network.yaml");
  ASSERT_TRUE(network.errors.empty()) << network.errors.front().ToString();
  const PlacesFileRead places =
      ReadPlacesFile(ReadProjectFile("examples/wales/places.csv"), "places.csv");
  ASSERT_TRUE(places.errors.empty()) << places.errors.front().ToString();
  EXPECT_EQ(places.entries.size(), 23U);  // Wales and its 22 principal areas
  EXPECT_TRUE(domain::CheckPlaceEntries(network.definition.geography, places.entries, {}).empty());
}

}  // namespace
}  // namespace lct::io
