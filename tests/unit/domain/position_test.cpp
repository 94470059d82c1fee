#include "domain/position.hpp"
#include "domain/place.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace lct::domain {
namespace {

TEST(Position, HigherIsBetterRanksLargestFirst) {
  const std::vector<double> values = {10, 30, 20, 40};
  const auto p = RankAmong(30, values, Direction::kHigherIsBetter);
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->rank, 2);
  EXPECT_EQ(p->count, 4);
}

TEST(Position, LowerIsBetterRanksSmallestFirst) {
  const std::vector<double> values = {10, 30, 20, 40};
  EXPECT_EQ(RankAmong(30, values, Direction::kLowerIsBetter)->rank, 3);
}

TEST(Position, TiesShareTheBetterRankAndNaNIsIgnored) {
  const std::vector<double> values = {5, 5, 1, NAN};
  const auto p = RankAmong(5, values, Direction::kHigherIsBetter);
  EXPECT_EQ(p->rank, 1);
  EXPECT_EQ(p->count, 3);
}

TEST(Position, NothingToCompare) {
  EXPECT_FALSE(RankAmong(NAN, std::vector<double>{1}, Direction::kHigherIsBetter).has_value());
  EXPECT_FALSE(RankAmong(1, std::vector<double>{}, Direction::kHigherIsBetter).has_value());
}

TEST(Position, QuintileLabels) {
  EXPECT_STREQ(QuintileLabel({1, 100}, Direction::kHigherIsBetter), "best fifth");
  EXPECT_STREQ(QuintileLabel({100, 100}, Direction::kHigherIsBetter), "worst fifth");
  EXPECT_STREQ(QuintileLabel({50, 100}, Direction::kLowerIsBetter), "middle fifth");
  EXPECT_STREQ(QuintileLabel({1, 100}, Direction::kNeutral), "highest fifth");
}

TEST(AreaKind, FromCodePrefix) {
  EXPECT_EQ(AreaKindFromCode("E08000012"), AreaKind::kMetropolitanDistrict);
  EXPECT_EQ(AreaKindFromCode("W06000011"), AreaKind::kWelshPrincipalArea);
  EXPECT_EQ(AreaKindFromCode("E12000002"), AreaKind::kRegion);
  EXPECT_FALSE(AreaKindFromCode("S12000036").has_value());
  EXPECT_FALSE(AreaKindFromCode("E08").has_value());
}

}  // namespace
}  // namespace lct::domain
