#include "analysis/value_added.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "analysis/distributions.hpp"

// methods.md §3.2-3.3: the value-added table for A, C, D, G, H, B/E/F as expected, s_(G), t_G,
// the refit check without G, and every edge case of §3.2.
namespace lct::analysis {
namespace {

constexpr double kTol4 = 0.5e-4 + 1e-12;
constexpr double kTol3 = 0.5e-3 + 1e-12;
constexpr double kNaN = kMissing;

const std::vector<std::string> kIds = {"A", "B", "C", "D", "E", "F", "G", "H"};
const std::vector<double> kX = {10, 12, 15, 18, 20, 22, 25, 30};
const std::vector<double> kY = {42, 40, 41, 33, 35, 30, 36, 24};

ValueAddedResult Compute(const ValueAddedOptions& options = {}) {
  const std::vector<NamedValues> context = {{"low qualifications", kX}};
  Result<ValueAddedResult> result =
      ComputeValueAdded(kIds, {"participation", kY}, context, options);
  EXPECT_TRUE(result.ok()) << result.error().message();
  return std::move(result).value();
}

TEST(ValueAdded, WorkedExampleTable) {
  const ValueAddedResult result = Compute();
  ASSERT_EQ(result.units.size(), 8U);
  EXPECT_EQ(result.interval_df, 5.0);
  EXPECT_NEAR(result.t_critical, 2.570582, 1e-6);
  struct Expected {
    std::size_t row;
    double va, se, lower, upper;
    ValueAddedFlag flag;
  };
  const std::vector<Expected> expected = {
      {0, -0.4710, 4.4718, -11.966, 11.024, ValueAddedFlag::kAsExpected},
      {2, 3.2647, 3.5882, -5.959, 12.488, ValueAddedFlag::kAsExpected},
      {3, -3.3507, 3.4553, -12.233, 5.531, ValueAddedFlag::kAsExpected},
      {6, 7.4335, 2.2830, 1.565, 13.302, ValueAddedFlag::kAbove},
      {7, -4.8341, 4.5366, -16.496, 6.828, ValueAddedFlag::kAsExpected}};
  for (const Expected& e : expected) {
    const ValueAddedUnit& u = result.units[e.row];
    EXPECT_EQ(u.id, kIds[e.row]);
    EXPECT_NEAR(u.value_added, e.va, kTol4) << u.id;
    EXPECT_NEAR(u.standard_error, e.se, kTol4) << u.id;
    EXPECT_NEAR(u.interval.lower, e.lower, kTol3) << u.id;
    EXPECT_NEAR(u.interval.upper, e.upper, kTol3) << u.id;
    EXPECT_EQ(u.flag, e.flag) << u.id;
    EXPECT_TRUE(u.note.empty());
  }
  for (const std::size_t row : {1U, 4U, 5U}) {  // B, E, F
    EXPECT_EQ(result.units[row].flag, ValueAddedFlag::kAsExpected) << kIds[row];
  }
  EXPECT_EQ(result.assessed, 8U);
  EXPECT_EQ(result.above, 1U);
  EXPECT_EQ(result.below, 0U);
  EXPECT_NEAR(result.expected_flagged_by_chance, 0.4, 1e-12);  // alpha n = 0.05 x 8
}

TEST(ValueAdded, FitAndInSampleFiguresAreCarried) {
  const ValueAddedResult result = Compute();
  EXPECT_NEAR(result.fit.r_squared, 0.762988, 1e-6);
  const ValueAddedUnit& h = result.units[7];
  EXPECT_NEAR(h.fitted, 26.3670, kTol4);
  EXPECT_NEAR(h.residual, -2.3670, kTol4);
  EXPECT_NEAR(h.leverage, 0.5104, kTol4);
  EXPECT_TRUE(h.high_leverage);  // 0.5104 > 2p/n = 0.5
  EXPECT_NEAR(h.prediction.lower, 16.714, kTol3);
  EXPECT_NEAR(h.prediction.upper, 36.020, kTol3);
  for (std::size_t i = 0; i < 7; ++i) EXPECT_FALSE(result.units[i].high_leverage);
}

TEST(ValueAdded, StudentisedResidualOfG) {
  const ValueAddedUnit g = Compute().units[6];
  EXPECT_NEAR(g.loo_sd, 1.9908, kTol4);       // s_(G)
  EXPECT_NEAR(g.studentised, 3.2560, kTol4);  // t_G
  // The flag rule equals |t_i| > t_crit.
  EXPECT_GT(std::abs(g.studentised), 2.570582);
}

TEST(ValueAdded, RefitWithoutGExcludesItsValue) {
  const ValueAddedUnit g = Compute().units[6];
  // The prediction of the model refitted without G, and its prediction interval.
  EXPECT_NEAR(g.expected, 28.5665, kTol4);
  const double half = 2.570582 * g.standard_error;
  EXPECT_NEAR(g.expected - half, 22.698, kTol3);
  EXPECT_NEAR(g.expected + half, 34.435, kTol3);
  EXPECT_FALSE(Interval({g.expected - half, g.expected + half}).Contains(36.0));
}

TEST(ValueAdded, ClosedFormEqualsBruteForceRefit) {
  const ValueAddedResult result = Compute();
  for (std::size_t i = 0; i < kIds.size(); ++i) {
    std::vector<double> x;
    std::vector<double> y;
    for (std::size_t j = 0; j < kIds.size(); ++j) {
      if (j == i) continue;
      x.push_back(kX[j]);
      y.push_back(kY[j]);
    }
    const std::vector<NamedValues> context = {{"x", x}};
    const Result<OlsFit> refit = FitOls({"y", y}, context);
    ASSERT_TRUE(refit.ok());
    const double prediction = refit->coefficients[0] + refit->coefficients[1] * kX[i];
    const ValueAddedUnit& u = result.units[i];
    EXPECT_NEAR(u.value_added, kY[i] - prediction, 1e-10) << kIds[i];
    EXPECT_NEAR(u.loo_sd, refit->s, 1e-10) << kIds[i];
    // SE_i^2 = s_(i)^2 (1 + x0'(X_(i)'X_(i))^-1 x0) for the refitted simple regression.
    double mean = 0;
    for (const double v : x) mean += v / 7.0;
    double sxx = 0;
    for (const double v : x) sxx += (v - mean) * (v - mean);
    const double se = refit->s * std::sqrt(1 + 1.0 / 7 + (kX[i] - mean) * (kX[i] - mean) / sxx);
    EXPECT_NEAR(u.standard_error, se, 1e-10) << kIds[i];
  }
}

TEST(ValueAdded, StrongClaimsAt998Percent) {
  const ValueAddedResult result = Compute(ValueAddedOptions{.alpha = 0.002});
  EXPECT_NEAR(result.t_critical, StudentTQuantile(0.999, 5), 1e-12);
  const ValueAddedUnit& g = result.units[6];
  EXPECT_LT(g.interval.lower, 0);  // 7.4335 - 5.893 x 2.2830 < 0
  EXPECT_EQ(g.flag, ValueAddedFlag::kAsExpected);
  EXPECT_EQ(result.above, 0U);
  EXPECT_NEAR(result.expected_flagged_by_chance, 0.016, 1e-12);
  // The in-sample prediction interval follows the same level (t_{0.999, 6}).
  EXPECT_NEAR(result.units[6].prediction.upper - result.units[6].fitted,
              5.207626 * 3.210151 * std::sqrt(1 + result.units[6].leverage), 1e-4);
}

TEST(ValueAdded, OneMorePlaceThanCoefficientsGivesNoFlags) {
  const std::vector<std::string> ids = {"A", "B", "C"};
  const std::vector<double> x = {1, 2, 4};
  const std::vector<double> y = {1, 3, 4};
  const std::vector<NamedValues> context = {{"x", x}};
  const Result<ValueAddedResult> result = ComputeValueAdded(ids, {"y", y}, context);
  ASSERT_TRUE(result.ok());
  EXPECT_TRUE(std::isnan(result->t_critical));
  EXPECT_EQ(result->assessed, 0U);
  EXPECT_EQ(result->expected_flagged_by_chance, 0.0);
  for (const ValueAddedUnit& u : result->units) {
    EXPECT_EQ(u.flag, ValueAddedFlag::kNotAssessable);
    EXPECT_FALSE(std::isnan(u.value_added));  // VA itself is still defined
    EXPECT_TRUE(std::isnan(u.standard_error));
    EXPECT_NE(u.note.find("n = p + 1"), std::string::npos);
  }
  EXPECT_FALSE(result->notes.empty());
}

TEST(ValueAdded, LeverageOfOneIsNotAssessable) {
  // A dummy regressor that is 1 for one place only gives that place h = 1.
  const std::vector<std::string> ids = {"A", "B", "C", "D", "E", "F"};
  const std::vector<double> x = {1, 2, 3, 4, 5, 6};
  const std::vector<double> dummy = {0, 0, 0, 0, 0, 1};
  const std::vector<double> y = {2, 4, 5, 9, 10, 3};
  const std::vector<NamedValues> context = {{"x", x}, {"dummy", dummy}};
  const Result<ValueAddedResult> result = ComputeValueAdded(ids, {"y", y}, context);
  ASSERT_TRUE(result.ok()) << result.error().message();
  const ValueAddedUnit& f = result->units[5];
  EXPECT_EQ(f.flag, ValueAddedFlag::kNotAssessable);
  EXPECT_NE(f.note.find("leverage"), std::string::npos);
  EXPECT_TRUE(std::isnan(f.value_added));
  EXPECT_EQ(result->assessed, 5U);
  for (std::size_t i = 0; i < 5; ++i)
    EXPECT_NE(result->units[i].flag, ValueAddedFlag::kNotAssessable);
}

TEST(ValueAdded, RefusesTooFewPlaces) {
  const std::vector<std::string> ids = {"A", "B"};
  const std::vector<double> x = {1, 2};
  const std::vector<double> y = {1, 3};
  const std::vector<NamedValues> context = {{"x", x}};
  EXPECT_FALSE(ComputeValueAdded(ids, {"y", y}, context).ok());
}

TEST(ValueAdded, RankDeficientContextIsAnErrorNamingTheColumns) {
  std::vector<double> copy = kX;
  const std::vector<NamedValues> context = {{"low qualifications", kX}, {"copy", copy}};
  const Result<ValueAddedResult> result = ComputeValueAdded(kIds, {"y", kY}, context);
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().message().find("'copy'"), std::string::npos);
}

TEST(ValueAdded, ListwiseDeletionNamesTheDroppedPlaces) {
  std::vector<std::string> ids = kIds;
  std::vector<double> x = kX;
  std::vector<double> y = kY;
  ids.emplace_back("I");
  x.push_back(kNaN);
  y.push_back(30);
  const std::vector<NamedValues> context = {{"low qualifications", x}};
  const Result<ValueAddedResult> result = ComputeValueAdded(ids, {"y", y}, context);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->fit.n, 8U);
  ASSERT_EQ(result->dropped.size(), 1U);
  EXPECT_EQ(result->dropped[0].id, "I");
  EXPECT_EQ(result->dropped[0].reason, "missing 'low qualifications'");
  EXPECT_NEAR(result->units[6].value_added, 7.4335, kTol4);
}

TEST(ValueAdded, ExactFitIsNotAssessable) {
  std::vector<double> y(kX.size());
  for (std::size_t i = 0; i < kX.size(); ++i) {
    const double v = kX[i];
    y[i] = 3 + 2 * v;
  }
  const std::vector<NamedValues> context = {{"x", kX}};
  const Result<ValueAddedResult> result = ComputeValueAdded(kIds, {"y", y}, context);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->assessed, 0U);
  for (const ValueAddedUnit& u : result->units) EXPECT_EQ(u.flag, ValueAddedFlag::kNotAssessable);
}

TEST(ValueAdded, BadArgumentsAreErrors) {
  const std::vector<NamedValues> context = {{"x", kX}};
  EXPECT_FALSE(ComputeValueAdded(kIds, {"y", kY}, context, ValueAddedOptions{.alpha = 0}).ok());
  const std::vector<std::string> few = {"A"};
  EXPECT_FALSE(ComputeValueAdded(few, {"y", kY}, context).ok());
}

TEST(ValueAdded, FlagNames) {
  EXPECT_STREQ(ValueAddedFlagName(ValueAddedFlag::kAbove), "above expectation");
  EXPECT_STREQ(ValueAddedFlagName(ValueAddedFlag::kAsExpected), "as expected");
}

}  // namespace
}  // namespace lct::analysis
