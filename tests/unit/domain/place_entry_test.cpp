#include "domain/place_entry.hpp"

#include <gtest/gtest.h>

namespace lct::domain {
namespace {

Geography Wales() {
  return {{{"nation", "Nation"}, {"principal-area", "Principal area"}}, {"nation"}};
}

PlaceEntry Entry(std::int64_t line, std::string code, std::string level, std::string parent) {
  PlaceEntry e;
  e.line = line;
  e.code = std::move(code);
  e.name = "Place " + e.code;
  e.level = std::move(level);
  e.parent = std::move(parent);
  return e;
}

std::vector<std::string> Summaries(const std::vector<PlaceProblem>& problems) {
  std::vector<std::string> out;
  for (const auto& p : problems) out.push_back(std::to_string(p.line) + " " + p.field);
  return out;
}

TEST(PlaceEntry, CodesOfAnySchemeAreAccepted) {
  for (const char* code : {"W06000011", "UKD72", "GB-LIV", "FR-75", "city_042", "lau:12345"}) {
    EXPECT_TRUE(IsPlaceCode(code)) << code;
  }
  for (const char* code : {"", "two words", "a/b", "x?y", "caf\xc3\xa9", "a,b"}) {
    EXPECT_FALSE(IsPlaceCode(code)) << code;
  }
  EXPECT_FALSE(IsPlaceCode(std::string(65, 'A')));
}

TEST(PlaceEntry, AWellFormedNetworkHasNoProblems) {
  std::vector<PlaceEntry> entries = {Entry(2, "W92000004", "nation", ""),
                                     Entry(3, "W06000011", "principal-area", "W92000004"),
                                     Entry(4, "W06000015", "principal-area", "W92000004")};
  entries[1].membership = MembershipRole::kMember;
  entries[1].membership_date = "1998-01-01";
  entries[1].membership_reason = "Founding member";
  entries[1].latitude = 51.62;
  entries[1].longitude = -3.94;
  entries[2].membership = MembershipRole::kFormerMember;
  entries[2].membership_date = "2020-03-31";
  EXPECT_TRUE(CheckPlaceEntries(Wales(), entries, {}).empty());
}

TEST(PlaceEntry, ParentMayBeAStoredPlace) {
  const std::vector<PlaceEntry> entries = {Entry(2, "W06000011", "principal-area", "W92000004")};
  EXPECT_TRUE(CheckPlaceEntries(Wales(), entries, {{"W92000004", "nation"}}).empty());
  const auto problems = CheckPlaceEntries(Wales(), entries, {});
  ASSERT_EQ(problems.size(), 1U);
  EXPECT_EQ(problems[0].field, "parent");
  EXPECT_NE(problems[0].message.find("unknown parent 'W92000004'"), std::string::npos);
}

TEST(PlaceEntry, ReportsDuplicatesLevelsAndParentsByLine) {
  const std::vector<PlaceEntry> entries = {
      Entry(2, "W92000004", "nation", "X"),                  // the widest level has no parent
      Entry(3, "W06000011", "principal-area", ""),           // needs a parent
      Entry(4, "W06000011", "principal-area", "W92000004"),  // duplicate
      Entry(5, "W06000015", "county", "W92000004"),          // unknown level
      Entry(6, "W06000016", "principal-area", "W06000011"),  // parent not wider
      Entry(7, "bad code", "principal-area", "W92000004"),
  };
  EXPECT_EQ(Summaries(CheckPlaceEntries(Wales(), entries, {})),
            (std::vector<std::string>{"2 parent", "3 parent", "4 code", "5 level", "6 parent",
                                      "7 code"}));
}

TEST(PlaceEntry, FindsACycleOfParentsOnce) {
  const Geography flat{{{"area", "Area"}, {"area-2", "Area 2"}}, {}};
  // Each is the other's parent: each parent is also at the same level, so that is reported too.
  const std::vector<PlaceEntry> entries = {Entry(2, "A", "area-2", "B"),
                                           Entry(3, "B", "area-2", "A")};
  const auto problems = CheckPlaceEntries(flat, entries, {});
  int cycles = 0;
  for (const auto& p : problems) {
    if (p.message.find("cycle: A -> B -> A") != std::string::npos) ++cycles;
  }
  EXPECT_EQ(cycles, 1);
}

TEST(PlaceEntry, ChecksMembershipDatesAndCoordinates) {
  std::vector<PlaceEntry> entries = {
      Entry(2, "W92000004", "nation", ""), Entry(3, "A1", "principal-area", "W92000004"),
      Entry(4, "A2", "principal-area", "W92000004"), Entry(5, "A3", "principal-area", "W92000004"),
      Entry(6, "A4", "principal-area", "W92000004")};
  entries[1].membership = MembershipRole::kFormerMember;  // no date
  entries[2].membership_date = "2020-13-01";              // not a date, and no membership
  entries[3].latitude = 91;                               // out of range, and alone
  entries[4].retired = "2023-04-01";
  entries[4].membership = MembershipRole::kMember;  // retired but a member
  entries[4].predecessors = {"A4", "ok-code"};
  EXPECT_EQ(
      Summaries(CheckPlaceEntries(Wales(), entries, {})),
      (std::vector<std::string>{"3 membership_date", "4 membership_date", "4 membership",
                                "5 longitude", "5 latitude", "6 membership", "6 predecessors"}));
}

}  // namespace
}  // namespace lct::domain
