#include "analysis/normalise.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "analysis/statistics.hpp"
#include "small_index.hpp"

namespace lct::analysis {
namespace {

const std::vector<double> kX = {2, 4, kMissing, 10};

TEST(Normalise, DirectionIsAppliedFirst) {
  const NormaliseSpec minmax{.lower = 0, .upper = 1};
  const std::vector<double> reversed =
      NormaliseVector(kX, Direction::kNegative, kMissing, 0, minmax);
  EXPECT_DOUBLE_EQ(reversed[0], 1);  // (max - x)/(max - min)
  EXPECT_DOUBLE_EQ(reversed[1], 0.75);
  EXPECT_TRUE(std::isnan(reversed[2]));
  EXPECT_DOUBLE_EQ(reversed[3], 0);
  const NormaliseSpec rank{.method = NormaliseMethod::kRank};
  EXPECT_EQ(NormaliseVector(kX, Direction::kNegative, kMissing, 0, rank)[0], 3);
}

TEST(Normalise, GoalpostsAndTargetsFollowTheDirection) {
  const NormaliseSpec posts{.method = NormaliseMethod::kGoalposts,
                            .goalpost_lower = 2,
                            .goalpost_upper = 6,
                            .goalpost_scale = 100};
  const std::vector<double> up = NormaliseVector(kX, Direction::kPositive, kMissing, 0, posts);
  EXPECT_DOUBLE_EQ(up[1], 50);
  EXPECT_DOUBLE_EQ(up[3], 100);
  const std::vector<double> down = NormaliseVector(kX, Direction::kNegative, kMissing, 0, posts);
  EXPECT_DOUBLE_EQ(down[0], 100);  // (u - x)/(u - l)
  EXPECT_DOUBLE_EQ(down[1], 50);
  EXPECT_DOUBLE_EQ(down[3], 0);
  const NormaliseSpec target{.method = NormaliseMethod::kDistanceToTarget};
  EXPECT_DOUBLE_EQ(NormaliseVector(kX, Direction::kPositive, 6, 0, target)[1], 0.5);
  EXPECT_DOUBLE_EQ(NormaliseVector(kX, Direction::kNegative, 4, 0, target)[3], 0);
  EXPECT_DOUBLE_EQ(NormaliseVector(kX, Direction::kNegative, 4, 0, target)[0], 8.0 / 6);
}

TEST(Normalise, OtherMethods) {
  EXPECT_DOUBLE_EQ(FractionOfMax(kX)[0], 0.2);
  EXPECT_DOUBLE_EQ(DistanceToMax(kX)[1], 0.25);
  EXPECT_DOUBLE_EQ(Scaled(kX, 0, 20, 100)[3], 50);
  EXPECT_DOUBLE_EQ(PercentileRanks(kX)[1], 0.5);
  EXPECT_DOUBLE_EQ(DistanceToReference(kX, 1, Cap::kNone)[3], 4);
  EXPECT_DOUBLE_EQ(DistanceToReference(kX, 1, Cap::kAtOne)[3], 1);
  const NormaliseSpec ratio{.method = NormaliseMethod::kRatioToTarget};
  EXPECT_DOUBLE_EQ(NormaliseVector(kX, Direction::kPositive, 4, 0, ratio)[3], 2.5);
  EXPECT_DOUBLE_EQ(NormaliseVector(kX, Direction::kNegative, 4, 0, ratio)[3], 0.4);
  EXPECT_TRUE(std::isnan(MinMax(std::vector<double>{3, 3}, 0, 100)[0]));  // zero range
}

TEST(Normalise, TableUsesTargetsAndReferenceUnitsByCode) {
  const IndexFramework framework = testing::SmallFramework();
  const IndexInput input = testing::SmallInput();
  NormalisationSpec spec;
  spec.per_indicator["a1"] =
      NormaliseSpec{.method = NormaliseMethod::kDistanceToReference, .reference_unit = "U03"};
  const Result<Matrix> out = Normalise(input.indicators, framework, input.unit_codes, spec);
  ASSERT_TRUE(out.ok());
  EXPECT_DOUBLE_EQ((*out)(2, 0), 1);
  EXPECT_DOUBLE_EQ(Min(out->Column(0)), 0);
  EXPECT_DOUBLE_EQ(Max(out->Column(4)), 100);
  spec.per_indicator["a1"].reference_unit = "nowhere";
  EXPECT_FALSE(Normalise(input.indicators, framework, input.unit_codes, spec).ok());
  spec.per_indicator["a1"] = NormaliseSpec{.method = NormaliseMethod::kDistanceToTarget};
  const Result<Matrix> no_target = Normalise(input.indicators, framework, input.unit_codes, spec);
  ASSERT_FALSE(no_target.ok());
  EXPECT_EQ(no_target.error().location().field, "a1.Target");
}

}  // namespace
}  // namespace lct::analysis
