#include "analysis/ranking.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "analysis/matrix.hpp"

namespace lct::analysis {
namespace {

TEST(Ranking, MinRanksGiveTiesTheLowestRank) {
  const std::vector<double> ranks = MinRanks(std::vector<double>{3, 1, 3, kMissing, 2});
  EXPECT_EQ(ranks[0], 3);
  EXPECT_EQ(ranks[1], 1);
  EXPECT_EQ(ranks[2], 3);
  EXPECT_TRUE(std::isnan(ranks[3]));
  EXPECT_EQ(ranks[4], 2);
}

TEST(Ranking, AverageRanksSplitTies) {
  EXPECT_EQ(AverageRanks(std::vector<double>{3, 1, 3, 2}), (std::vector<double>{3.5, 1, 3.5, 2}));
}

TEST(Ranking, SportRanksPutTheHighestScoreFirst) {
  const std::vector<double> ranks = SportRanks(std::vector<double>{50, 70, 50, kMissing, 10});
  EXPECT_EQ(ranks[1], 1);
  EXPECT_EQ(ranks[0], 2);
  EXPECT_EQ(ranks[2], 2);
  EXPECT_EQ(ranks[4], 4);
  EXPECT_TRUE(std::isnan(ranks[3]));
}

TEST(Ranking, GroupRanksRankWithinEachGroup) {
  const std::vector<double> scores = {1, 2, 3, 4, 5};
  const std::vector<std::string> groups = {"x", "y", "x", "", "y"};
  const std::vector<double> ranks = GroupSportRanks(scores, groups);
  EXPECT_EQ(ranks[0], 2);
  EXPECT_EQ(ranks[2], 1);
  EXPECT_EQ(ranks[1], 2);
  EXPECT_EQ(ranks[4], 1);
  EXPECT_TRUE(std::isnan(ranks[3]));
}

}  // namespace
}  // namespace lct::analysis
