#include "analysis/funnel.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

// methods.md §3.4: the overdispersion example (theta0, winsorising bounds, phi with and without
// winsorising, the chi-squared test, tau^2, the two units' limits and results) and the edge
// cases (n_i = 0, I < 10, theta0 in {0, 1}, pooled and external targets).
namespace lct::analysis {
namespace {

constexpr double kTol = 1e-6;
constexpr double kTol4 = 0.5e-4 + 1e-12;
constexpr double kTol3 = 0.5e-3 + 1e-12;
constexpr double kTol2 = 0.5e-2 + 1e-12;

const std::vector<std::string> kIds = {"U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9", "U10"};
const std::vector<double> kR = {12, 30, 45, 50, 80, 95, 70, 130, 110, 160};
const std::vector<double> kN = {60, 150, 200, 300, 350, 400, 450, 500, 600, 700};
constexpr std::size_t kU70 = 6;   // 70/450
constexpr std::size_t kU130 = 7;  // 130/500

FunnelResult Analyse(const FunnelOptions& options = {}) {
  Result<FunnelResult> result = AnalyseFunnel(kIds, kR, kN, options);
  EXPECT_TRUE(result.ok()) << result.error().message();
  return std::move(result).value();
}

TEST(Funnel, PooledTargetOfTheOverdispersionExample) {
  const FunnelResult result = Analyse();
  EXPECT_EQ(result.status, MethodStatus::kOk);
  EXPECT_TRUE(result.pooled_target);
  EXPECT_NEAR(result.model.theta0, 782.0 / 3710.0, 1e-15);
  EXPECT_NEAR(result.model.theta0, 0.210782, kTol);
}

TEST(Funnel, OverdispersionEstimate) {
  const Overdispersion od = Analyse().overdispersion;
  ASSERT_TRUE(od.estimated);
  EXPECT_EQ(od.units, 10U);
  EXPECT_NEAR(od.winsor_bounds.lower, -1.9733, kTol4);
  EXPECT_NEAR(od.winsor_bounds.upper, 1.4490, kTol4);
  EXPECT_NEAR(od.phi, 1.632437, kTol);
  EXPECT_NEAR(od.phi_unwinsorised, 2.586230, kTol);
  EXPECT_NEAR(od.statistic, 16.32, kTol2);
  EXPECT_EQ(od.df, 9.0);
  EXPECT_NEAR(od.critical_95, 16.919, kTol3);
  EXPECT_FALSE(od.significant);  // not significant at 5%
  EXPECT_GT(od.p_value, 0.05);
  EXPECT_NEAR(od.tau2, 0.000375977, 0.5e-9);
  EXPECT_TRUE(od.note.empty());
}

TEST(Funnel, UnitsOfTheExampleUnderThePlainLimits) {
  const FunnelResult result = Analyse();
  const FunnelUnit& a = result.units[kU70];
  EXPECT_NEAR(a.value, 0.1556, kTol4);
  EXPECT_NEAR(a.z, -2.872, kTol3);
  EXPECT_NEAR(a.normal.p95.lower, 0.1731, kTol4);
  EXPECT_NEAR(a.normal.p95.upper, 0.2485, kTol4);
  EXPECT_EQ(a.classification, FunnelClass::kAlertLow);
  const FunnelUnit& b = result.units[kU130];
  EXPECT_NEAR(b.value, 0.2600, kTol4);
  EXPECT_NEAR(b.z, 2.698, kTol3);
  EXPECT_NEAR(b.normal.p95.lower, 0.1750, kTol4);
  EXPECT_NEAR(b.normal.p95.upper, 0.2465, kTol4);
  EXPECT_NEAR(b.normal.p998.upper, 0.2671, kTol4);
  EXPECT_EQ(b.classification, FunnelClass::kAlertHigh);  // alert, not alarm
  for (std::size_t i = 0; i < kIds.size(); ++i) {
    if (i == kU70 || i == kU130) continue;
    EXPECT_EQ(result.units[i].classification, FunnelClass::kWithin) << kIds[i];
  }
}

TEST(Funnel, MultiplicativeAdjustment) {
  const FunnelResult result =
      Analyse(FunnelOptions{.adjustment = OverdispersionAdjustment::kMultiplicative});
  EXPECT_NEAR(result.model.phi, 1.632437, kTol);
  const FunnelUnit& a = result.units[kU70];
  EXPECT_NEAR(a.multiplicative.p95.lower, 0.1626, kTol4);
  EXPECT_NEAR(a.multiplicative.p95.upper, 0.2589, kTol4);
  EXPECT_EQ(a.used, a.multiplicative);
  EXPECT_EQ(a.classification, FunnelClass::kAlertLow);
  const FunnelUnit& b = result.units[kU130];
  EXPECT_NEAR(b.multiplicative.p95.lower, 0.1651, kTol4);
  EXPECT_NEAR(b.multiplicative.p95.upper, 0.2565, kTol4);
  EXPECT_EQ(b.classification, FunnelClass::kAlertHigh);
  for (std::size_t i = 0; i < kIds.size(); ++i) {
    if (i == kU70 || i == kU130) continue;
    EXPECT_EQ(result.units[i].classification, FunnelClass::kWithin) << kIds[i];
  }
}

TEST(Funnel, AdditiveAdjustment) {
  const FunnelResult result =
      Analyse(FunnelOptions{.adjustment = OverdispersionAdjustment::kAdditive});
  const FunnelUnit& a = result.units[kU70];
  EXPECT_NEAR(a.additive.p95.lower, 0.1573, kTol4);
  EXPECT_NEAR(a.additive.p95.upper, 0.2643, kTol4);
  EXPECT_NEAR(a.additive.p998.lower, 0.1264, kTol4);
  EXPECT_NEAR(a.additive.p998.upper, 0.2952, kTol4);
  EXPECT_NEAR(a.adjusted_z, -2.022, kTol3);
  EXPECT_EQ(a.classification, FunnelClass::kAlertLow);  // stays after adjustment
  const FunnelUnit& b = result.units[kU130];
  EXPECT_NEAR(b.additive.p95.lower, 0.1586, kTol4);
  EXPECT_NEAR(b.additive.p95.upper, 0.2630, kTol4);
  EXPECT_NEAR(b.additive.p998.lower, 0.1285, kTol4);
  EXPECT_NEAR(b.additive.p998.upper, 0.2930, kTol4);
  EXPECT_EQ(b.classification, FunnelClass::kWithin);  // gone after the additive adjustment
  for (std::size_t i = 0; i < kIds.size(); ++i) {
    if (i == kU70 || i == kU130) continue;
    EXPECT_EQ(result.units[i].classification, FunnelClass::kWithin) << kIds[i];
  }
}

TEST(Funnel, ExternalTargetAndExactLimits) {
  const FunnelResult result =
      Analyse(FunnelOptions{.target = 0.2, .method = FunnelLimitMethod::kExact});
  EXPECT_FALSE(result.pooled_target);
  EXPECT_EQ(result.model.theta0, 0.2);
  const FunnelUnit& u = result.units[4];  // 80/350
  EXPECT_EQ(u.used, ExactFunnelLimits(FunnelMeasure::kProportion, 0.2, 350));
  EXPECT_EQ(u.exact, u.used);
  EXPECT_EQ(u.normal, NormalFunnelLimits(FunnelMeasure::kProportion, 0.2, 350));
}

TEST(Funnel, ZeroDenominatorIsSkipped) {
  std::vector<std::string> ids = kIds;
  std::vector<double> r = kR;
  std::vector<double> n = kN;
  ids.emplace_back("empty");
  r.push_back(0);
  n.push_back(0);
  const Result<FunnelResult> result = AnalyseFunnel(ids, r, n, {});
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->units.size(), 10U);
  ASSERT_EQ(result->skipped.size(), 1U);
  EXPECT_EQ(result->skipped[0].id, "empty");
  EXPECT_EQ(result->skipped[0].reason, "denominator is 0");
  EXPECT_NEAR(result->overdispersion.phi, 1.632437, kTol);  // unchanged: I = 10
}

TEST(Funnel, FewerThanTenUnitsKeepPhiOneAndSaySo) {
  const std::vector<std::string> ids(kIds.begin(), kIds.begin() + 9);
  const std::vector<double> r(kR.begin(), kR.begin() + 9);
  const std::vector<double> n(kN.begin(), kN.begin() + 9);
  const Result<FunnelResult> result = AnalyseFunnel(
      ids, r, n, FunnelOptions{.adjustment = OverdispersionAdjustment::kMultiplicative});
  ASSERT_TRUE(result.ok());
  EXPECT_FALSE(result->overdispersion.estimated);
  EXPECT_EQ(result->overdispersion.phi, 1.0);
  EXPECT_EQ(result->overdispersion.tau2, 0.0);
  EXPECT_NE(result->overdispersion.note.find("fewer than 10"), std::string::npos);
  ASSERT_FALSE(result->notes.empty());
  for (const FunnelUnit& u : result->units) EXPECT_EQ(u.used, u.normal);
}

TEST(Funnel, TargetOfZeroUsesExactLimitsAndNoOverdispersion) {
  const std::vector<double> zero(10, 0.0);
  const Result<FunnelResult> result = AnalyseFunnel(kIds, zero, kN, {});
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->model.theta0, 0.0);
  EXPECT_EQ(result->model.method, FunnelLimitMethod::kExact);
  EXPECT_FALSE(result->overdispersion.estimated);
  for (const FunnelUnit& u : result->units) {
    EXPECT_TRUE(std::isnan(u.z));
    EXPECT_EQ(u.classification, FunnelClass::kWithin);
    EXPECT_EQ(u.used.p95.lower, 0.0);
  }
}

TEST(Funnel, StandardisedRatiosAgainstOne) {
  const std::vector<std::string> ids = {"a", "b", "c"};
  const std::vector<double> observed = {30, 10, 2};
  const std::vector<double> expected = {10, 10, 10};
  const Result<FunnelResult> result = AnalyseFunnel(
      ids, observed, expected, FunnelOptions{.measure = FunnelMeasure::kRatio, .target = 1.0});
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->units[0].classification,
            FunnelClass::kAlarmHigh);  // 3.0 > 1 + 3.090232/sqrt(10) = 1.977
  EXPECT_EQ(result->units[1].classification, FunnelClass::kWithin);
  // 0.2 < 0.380205 (95%) but > 1 - 3.090232/sqrt(10) = 0.0228: alert, low.
  EXPECT_EQ(result->units[2].classification, FunnelClass::kAlertLow);
  EXPECT_NEAR(result->units[0].normal.p95.lower, 0.380205, kTol);
}

TEST(Funnel, BadInputIsAnError) {
  const std::vector<double> r = {5, 20};
  const std::vector<double> n = {10, 10};
  const std::vector<std::string> ids = {"a", "b"};
  const Result<FunnelResult> over = AnalyseFunnel(ids, r, n, {});
  ASSERT_FALSE(over.ok());  // 20 > 10 for a proportion
  EXPECT_NE(over.error().message().find("'b'"), std::string::npos);
  const std::vector<double> negative = {-1, 2};
  EXPECT_FALSE(AnalyseFunnel(ids, negative, n, {}).ok());
  const std::vector<double> ok_r = {5, 2};
  EXPECT_FALSE(AnalyseFunnel(ids, ok_r, n, FunnelOptions{.target = 1.5}).ok());
  const std::vector<double> one = {1};
  EXPECT_FALSE(AnalyseFunnel(ids, one, n, {}).ok());
}

TEST(Funnel, NoUsableUnitIsInsufficientData) {
  const std::vector<std::string> ids = {"a"};
  const std::vector<double> r = {0};
  const std::vector<double> n = {0};
  const Result<FunnelResult> result = AnalyseFunnel(ids, r, n, {});
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->status, MethodStatus::kInsufficientData);
}

TEST(Funnel, ClassNames) {
  EXPECT_STREQ(FunnelClassName(FunnelClass::kAlarmHigh), "alarm (high)");
  EXPECT_STREQ(FunnelClassName(FunnelClass::kAlertLow), "alert (low)");
  EXPECT_STREQ(FunnelClassName(FunnelClass::kWithin), "within");
}

}  // namespace
}  // namespace lct::analysis
