#include "io/network_yaml.hpp"

#include <gtest/gtest.h>

namespace lct::io {
namespace {

constexpr std::string_view kWales = R"(name: Learning Wales
description: The 22 principal areas of Wales.
language: en-GB
number_format: "1,234.5"
levels:
  - key: nation
    name: Nation
  - key: principal-area
    name: Principal area
compare_within: [nation]
)";

TEST(NetworkFile, ReadsEveryField) {
  const NetworkFileRead read = ReadNetworkFile(kWales, "network.yaml");
  ASSERT_TRUE(read.errors.empty()) << read.errors.front().ToString();
  const domain::NetworkDefinition& d = read.definition;
  EXPECT_EQ(d.name, "Learning Wales");
  EXPECT_EQ(d.language, "en-GB");
  EXPECT_EQ(d.number_format.Example(), "1,234.5");
  ASSERT_EQ(d.geography.levels.size(), 2U);
  EXPECT_EQ(d.geography.levels[1].key, "principal-area");
  EXPECT_EQ(d.geography.compare_within, (std::vector<std::string>{"nation"}));
}

TEST(NetworkFile, WritingThenReadingGivesTheSameDefinition) {
  domain::NetworkDefinition d = ReadNetworkFile(kWales, "a.yaml").definition;
  d.number_format = *domain::NumberFormatFromExample("1 234,5");
  d.description = "Line one: with a colon.\nLine two.";
  const NetworkFileRead again = ReadNetworkFile(WriteNetworkFile(d), "b.yaml");
  ASSERT_TRUE(again.errors.empty()) << again.errors.front().ToString();
  EXPECT_EQ(again.definition, d);
}

TEST(NetworkFile, ReportsEachProblemWithLineAndField) {
  const NetworkFileRead read = ReadNetworkFile(R"(name: X
language: english
number_format: 1'234.5
levels:
  - key: City
    name: City
compare_within: [country]
colour: red
)",
                                               "bad.yaml");
  std::vector<std::string> found;
  for (const Error& e : read.errors) found.push_back(e.ToString());
  ASSERT_EQ(found.size(), 3U) << ::testing::PrintToString(found);
  EXPECT_NE(found[0].find("bad.yaml:8"), std::string::npos) << found[0];  // unknown field
  EXPECT_NE(found[1].find("bad.yaml:2"), std::string::npos) << found[1];
  EXPECT_NE(found[2].find("bad.yaml:3"), std::string::npos) << found[2];
}

TEST(NetworkFile, ChecksTheGeographyOnceTheLayoutIsRight) {
  const NetworkFileRead read = ReadNetworkFile(R"(name: X
levels:
  - key: City
    name: City
compare_within: [country]
)",
                                               "geo.yaml");
  ASSERT_EQ(read.errors.size(), 2U);
  EXPECT_EQ(read.errors[0].location().line, 3);
  EXPECT_EQ(read.errors[0].location().field, "levels[0].key");
  EXPECT_EQ(read.errors[1].location().line, 5);
  EXPECT_EQ(read.errors[1].location().field, "compare_within[0]");
}

TEST(NetworkFile, EmptyOrBrokenFilesAreRefused) {
  EXPECT_FALSE(ReadNetworkFile("", "e.yaml").errors.empty());
  EXPECT_FALSE(ReadNetworkFile("name: [", "s.yaml").errors.empty());
  EXPECT_FALSE(ReadNetworkFile("name: X\n", "n.yaml").errors.empty());  // no levels
}

}  // namespace
}  // namespace lct::io
