#include "analysis/rank_intervals.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace lct::analysis {
namespace {

constexpr double kNaN = kMissing;

// Four places: A clearly first, B and C overlapping, D last; E has no value.
const std::vector<double> kValue = {90, 70, 65, 40, kNaN};
const std::vector<double> kLower = {85, 60, 55, 35, kNaN};
const std::vector<double> kUpper = {95, 80, 75, 45, kNaN};

TEST(OverlapRankIntervals, RangeOfRanksConsistentWithTheIntervals) {
  const Result<std::vector<RankRange>> r =
      OverlapRankIntervals(kValue, kLower, kUpper, RankOrder::kHighestFirst);
  ASSERT_TRUE(r.ok());
  const std::vector<double> rank = {1, 2, 3, 4};
  const std::vector<double> best = {1, 2, 2, 4};
  const std::vector<double> worst = {1, 3, 3, 4};
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_EQ((*r)[i].rank, rank[i]) << i;
    EXPECT_EQ((*r)[i].best, best[i]) << i;
    EXPECT_EQ((*r)[i].worst, worst[i]) << i;
  }
  EXPECT_TRUE(std::isnan((*r)[4].rank));
  EXPECT_TRUE(std::isnan((*r)[4].best));
}

TEST(OverlapRankIntervals, LowestFirstReversesTheOrder) {
  const Result<std::vector<RankRange>> r =
      OverlapRankIntervals(kValue, kLower, kUpper, RankOrder::kLowestFirst);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ((*r)[3].rank, 1);
  EXPECT_EQ((*r)[1].best, 2);
  EXPECT_EQ((*r)[1].worst, 3);
  EXPECT_EQ((*r)[0].rank, 4);
  EXPECT_EQ((*r)[0].best, 4);
}

TEST(OverlapRankIntervals, WideIntervalSpansManyRanks) {
  const std::vector<double> v = {50, 60, 40, 30};
  const std::vector<double> lo = {0, 59, 39, 29};
  const std::vector<double> hi = {100, 61, 41, 31};
  const Result<std::vector<RankRange>> r =
      OverlapRankIntervals(v, lo, hi, RankOrder::kHighestFirst);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ((*r)[0].rank, 2);
  EXPECT_EQ((*r)[0].best, 1);
  EXPECT_EQ((*r)[0].worst, 4);
  EXPECT_EQ((*r)[1].best, 1);
  EXPECT_EQ((*r)[1].worst, 2);
}

TEST(OverlapRankIntervals, NoIntervalsGivePointRanksAndTiesShareTheBest) {
  const std::vector<double> v = {5, 7, 7, 1};
  const Result<std::vector<RankRange>> r =
      OverlapRankIntervals(v, {}, {}, RankOrder::kHighestFirst);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ((*r)[1].rank, 1);
  EXPECT_EQ((*r)[2].rank, 1);
  EXPECT_EQ((*r)[1].best, 1);
  EXPECT_EQ((*r)[1].worst, 2);  // tied with C: either order is consistent
  EXPECT_EQ((*r)[0].best, 3);
  EXPECT_EQ((*r)[0].worst, 3);
}

TEST(OverlapRankIntervals, BadInputIsAnError) {
  const std::vector<double> v = {5, 7};
  const std::vector<double> lo = {6, 6};
  const std::vector<double> hi = {8, 8};
  EXPECT_FALSE(OverlapRankIntervals(v, lo, hi, RankOrder::kHighestFirst).ok());
  const std::vector<double> short_lo = {1};
  EXPECT_FALSE(OverlapRankIntervals(v, short_lo, hi, RankOrder::kHighestFirst).ok());
}

TEST(SimulatedRankIntervals, RepeatableWithASeed) {
  const RankSimulationOptions options{.replications = 500, .seed = 42};
  const Result<std::vector<RankRange>> a =
      SimulatedRankIntervals(kValue, kLower, kUpper, RankOrder::kHighestFirst, options);
  const Result<std::vector<RankRange>> b =
      SimulatedRankIntervals(kValue, kLower, kUpper, RankOrder::kHighestFirst, options);
  ASSERT_TRUE(a.ok());
  ASSERT_TRUE(b.ok());
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_EQ((*a)[i].best, (*b)[i].best);
    EXPECT_EQ((*a)[i].worst, (*b)[i].worst);
    EXPECT_EQ((*a)[i].mean_rank, (*b)[i].mean_rank);
  }
  // A and D are separated from everyone: their ranks never change.
  EXPECT_EQ((*a)[0].best, 1);
  EXPECT_EQ((*a)[0].worst, 1);
  EXPECT_EQ((*a)[3].best, 4);
  EXPECT_EQ((*a)[3].worst, 4);
  // B and C overlap: each takes ranks 2 and 3, B more often 2.
  EXPECT_EQ((*a)[1].best, 2);
  EXPECT_EQ((*a)[1].worst, 3);
  EXPECT_EQ((*a)[2].best, 2);
  EXPECT_EQ((*a)[2].worst, 3);
  EXPECT_LT((*a)[1].mean_rank, (*a)[2].mean_rank);
  EXPECT_TRUE(std::isnan((*a)[4].rank));
}

TEST(SimulatedRankIntervals, IdenticalIntervalsShareTheRanksEvenly) {
  const std::vector<double> v = {10, 10};
  const std::vector<double> lo = {8, 8};
  const std::vector<double> hi = {12, 12};
  const Result<std::vector<RankRange>> r = SimulatedRankIntervals(
      v, lo, hi, RankOrder::kHighestFirst, RankSimulationOptions{.replications = 4000, .seed = 7});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ((*r)[0].best, 1);
  EXPECT_EQ((*r)[0].worst, 2);
  EXPECT_NEAR((*r)[0].mean_rank + (*r)[1].mean_rank, 3.0, 1e-12);
  EXPECT_NEAR((*r)[0].mean_rank, 1.5, 0.05);  // a binomial share of 4000 draws
}

TEST(SimulatedRankIntervals, BadOptionsAreErrors) {
  EXPECT_FALSE(SimulatedRankIntervals(kValue, kLower, kUpper, RankOrder::kHighestFirst,
                                      RankSimulationOptions{.replications = 0})
                   .ok());
  EXPECT_FALSE(SimulatedRankIntervals(kValue, kLower, kUpper, RankOrder::kHighestFirst,
                                      RankSimulationOptions{.coverage = 1.0})
                   .ok());
}

}  // namespace
}  // namespace lct::analysis
