#include "domain/geography.hpp"

#include <gtest/gtest.h>

namespace lct::domain {
namespace {

Geography Uk() {
  return {{{"nation", "Nation"}, {"region", "Region"}, {"local-authority", "Local authority"}},
          {"region", "nation"}};
}

TEST(Geography, FindsLevelsByKeyWidestFirst) {
  const Geography g = Uk();
  EXPECT_EQ(g.IndexOf("nation"), 0U);
  EXPECT_EQ(g.IndexOf("local-authority"), 2U);
  EXPECT_FALSE(g.IndexOf("ward").has_value());
  ASSERT_NE(g.Find("region"), nullptr);
  EXPECT_EQ(g.Find("region")->name, "Region");
  EXPECT_TRUE(CheckGeography(g).empty());
}

TEST(Geography, LevelKeysAreLowerCaseWordsWithHyphens) {
  EXPECT_TRUE(IsLevelKey("city"));
  EXPECT_TRUE(IsLevelKey("unesco-region"));
  EXPECT_TRUE(IsLevelKey("nuts3"));
  EXPECT_FALSE(IsLevelKey(""));
  EXPECT_FALSE(IsLevelKey("City"));
  EXPECT_FALSE(IsLevelKey("local authority"));
  EXPECT_FALSE(IsLevelKey("-city"));
  EXPECT_FALSE(IsLevelKey(std::string(41, 'a')));
}

TEST(Geography, ReportsEveryProblemWithItsField) {
  Geography g{{{"country", "Country"}, {"Country", ""}, {"country", "Country"}, {"city", "City"}},
              {"city", "planet", "country", "country"}};
  const std::vector<GeographyProblem> problems = CheckGeography(g);
  std::vector<std::string> fields;
  for (const auto& p : problems) fields.push_back(p.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"levels[1].key", "levels[1].name", "levels[2].key",
                                              "levels[2].name", "compare_within[0]",
                                              "compare_within[1]", "compare_within[3]"}));
  EXPECT_NE(problems[4].message.find("narrowest"), std::string::npos);
  EXPECT_NE(problems[5].message.find("not one of the levels"), std::string::npos);
}

TEST(Geography, NeedsALevel) {
  const auto problems = CheckGeography({});
  ASSERT_EQ(problems.size(), 1U);
  EXPECT_EQ(problems[0].field, "levels");
}

}  // namespace
}  // namespace lct::domain
