#include "analysis/funnel_limits.hpp"

#include <gtest/gtest.h>

#include <cmath>

// methods.md §3.4 test vectors at theta0 = 0.2 (n = 100, 400, 25) and the ratio O/E at E = 10.
namespace lct::analysis {
namespace {

constexpr double kTol = 1e-6;
constexpr FunnelMeasure kProp = FunnelMeasure::kProportion;

TEST(FunnelLimits, ZValues) {
  EXPECT_NEAR(kFunnelZ95, 1.959964, kTol);
  EXPECT_NEAR(kFunnelZ998, 3.090232, kTol);
}

TEST(FunnelLimits, NormalProportionLimits) {
  const FunnelLimits n100 = NormalFunnelLimits(kProp, 0.2, 100);
  EXPECT_NEAR(n100.p95.lower, 0.121601, kTol);
  EXPECT_NEAR(n100.p95.upper, 0.278399, kTol);
  EXPECT_NEAR(n100.p998.lower, 0.076391, kTol);
  EXPECT_NEAR(n100.p998.upper, 0.323609, kTol);
  const FunnelLimits n400 = NormalFunnelLimits(kProp, 0.2, 400);
  EXPECT_NEAR(n400.p95.lower, 0.160801, kTol);
  EXPECT_NEAR(n400.p95.upper, 0.239199, kTol);
  EXPECT_NEAR(n400.p998.lower, 0.138195, kTol);
  EXPECT_NEAR(n400.p998.upper, 0.261805, kTol);
  const FunnelLimits n25 = NormalFunnelLimits(kProp, 0.2, 25);
  EXPECT_NEAR(n25.p95.lower, 0.043203, kTol);
  EXPECT_NEAR(n25.p95.upper, 0.356797, kTol);
  EXPECT_EQ(n25.p998.lower, 0.0);  // -0.047219 clamped to 0
  EXPECT_NEAR(n25.p998.upper, 0.447219, kTol);
}

TEST(FunnelLimits, ExactBinomialWithInterpolationN100) {
  const ExactLimit low = ExactFunnelLimit(kProp, 0.2, 100, 0.025);
  EXPECT_EQ(low.r, 12.0);
  EXPECT_NEAR(low.a, 0.025777, kTol);
  EXPECT_NEAR(low.limit, 0.119742, kTol);
  const ExactLimit high = ExactFunnelLimit(kProp, 0.2, 100, 0.975);
  EXPECT_EQ(high.r, 28.0);
  EXPECT_NEAR(high.a, 0.352391, kTol);
  EXPECT_NEAR(high.limit, 0.276476, kTol);
  const FunnelLimits limits = ExactFunnelLimits(kProp, 0.2, 100);
  EXPECT_NEAR(limits.p95.lower, 0.119742, kTol);
  EXPECT_NEAR(limits.p95.upper, 0.276476, kTol);
  EXPECT_NEAR(limits.p998.lower, 0.080978, kTol);
  EXPECT_NEAR(limits.p998.upper, 0.326766, kTol);
}

TEST(FunnelLimits, ExactBinomialN400) {
  const FunnelLimits limits = ExactFunnelLimits(kProp, 0.2, 400);
  EXPECT_NEAR(limits.p95.lower, 0.160272, kTol);
  EXPECT_NEAR(limits.p95.upper, 0.238694, kTol);
  EXPECT_NEAR(limits.p998.lower, 0.139148, kTol);
  EXPECT_NEAR(limits.p998.upper, 0.262542, kTol);
}

TEST(FunnelLimits, ExactBinomialN25ClampsTheNegativeLowerLimit) {
  const FunnelLimits limits = ExactFunnelLimits(kProp, 0.2, 25);
  EXPECT_NEAR(limits.p95.lower, 0.035952, kTol);
  EXPECT_NEAR(limits.p95.upper, 0.349582, kTol);
  EXPECT_EQ(limits.p998.lower, 0.0);
  EXPECT_NEAR(limits.p998.upper, 0.458447, kTol);
  const ExactLimit low = ExactFunnelLimit(kProp, 0.2, 25, 0.001);
  EXPECT_EQ(low.r, 0.0);
  EXPECT_NEAR(low.unclamped, -0.029412, kTol);
}

TEST(FunnelLimits, StandardisedRatioAtE10) {
  const FunnelLimits normal = NormalFunnelLimits(FunnelMeasure::kRatio, 1.0, 10);
  EXPECT_NEAR(normal.p95.lower, 0.380205, kTol);
  EXPECT_NEAR(normal.p95.upper, 1.619795, kTol);
  const FunnelLimits exact = ExactFunnelLimits(FunnelMeasure::kRatio, 1.0, 10);
  EXPECT_NEAR(exact.p95.lower, 0.377519, kTol);
  EXPECT_NEAR(exact.p95.upper, 1.615995, kTol);
  EXPECT_NEAR(exact.p998.lower, 0.122053, kTol);
  EXPECT_NEAR(exact.p998.upper, 2.066200, kTol);
}

TEST(FunnelLimits, PoissonRateOverPopulation) {
  // A rate of 0.002 per head over 5000 people: mean count 10, the same as O/E at E = 10
  // scaled by theta0.
  const FunnelLimits normal = NormalFunnelLimits(FunnelMeasure::kRate, 0.002, 5000);
  EXPECT_NEAR(normal.p95.upper, 0.002 + kFunnelZ95 * std::sqrt(0.002 / 5000), 1e-15);
  const FunnelLimits exact = ExactFunnelLimits(FunnelMeasure::kRate, 0.002, 5000);
  EXPECT_NEAR(exact.p95.lower, 0.377519 * 0.002, 1e-9);
  EXPECT_NEAR(exact.p998.upper, 2.066200 * 0.002, 1e-9);
}

TEST(FunnelLimits, TargetAtTheEdgeUsesExactLimitsOnly) {
  EXPECT_TRUE(NeedsExactLimits(kProp, 0.0));
  EXPECT_TRUE(NeedsExactLimits(kProp, 1.0));
  EXPECT_FALSE(NeedsExactLimits(kProp, 0.5));
  EXPECT_TRUE(NeedsExactLimits(FunnelMeasure::kRatio, 0.0));
  const FunnelModel zero{.measure = kProp, .theta0 = 0.0};
  const FunnelLimits at_zero = FunnelLimitsAt(zero, 50);
  EXPECT_EQ(at_zero, ExactFunnelLimits(kProp, 0.0, 50));
  EXPECT_EQ(at_zero.p95.lower, 0.0);
  EXPECT_EQ(at_zero.p95.upper, 0.0);  // (0 - (1 - P))/n clamps to 0
  const FunnelLimits at_one = FunnelLimitsAt(FunnelModel{.measure = kProp, .theta0 = 1.0}, 50);
  EXPECT_NEAR(at_one.p95.upper, (50 - 1 + 0.975) / 50, 1e-12);
  EXPECT_NEAR(at_one.p95.lower, (50 - 1 + 0.025) / 50, 1e-12);
}

TEST(FunnelLimits, AdjustedLimits) {
  const FunnelLimits mult = MultiplicativeFunnelLimits(kProp, 0.2, 100, 4.0);
  EXPECT_NEAR(mult.p95.upper, 0.2 + 2 * kFunnelZ95 * 0.04, 1e-15);
  const FunnelLimits add = AdditiveFunnelLimits(kProp, 0.2, 100, 0.0009);
  EXPECT_NEAR(add.p95.upper, 0.2 + kFunnelZ95 * 0.05, 1e-15);  // sqrt(0.0016 + 0.0009)
  const FunnelModel model{.measure = kProp,
                          .theta0 = 0.2,
                          .method = FunnelLimitMethod::kExact,
                          .adjustment = OverdispersionAdjustment::kAdditive,
                          .phi = 4.0,
                          .tau2 = 0.0009};
  EXPECT_EQ(FunnelLimitsAt(model, 100), add);
}

TEST(FunnelLimits, LargePoissonMeansApproachTheNormalLimits) {
  // A mean count of 10^7: the exact limit is within rounding of the normal one.
  const ExactLimit high = ExactFunnelLimit(FunnelMeasure::kRate, 0.01, 1e9, 0.999);
  EXPECT_NEAR(high.limit, 0.01 + kFunnelZ998 * std::sqrt(0.01 / 1e9), 1e-7);
}

}  // namespace
}  // namespace lct::analysis
