#include "analysis/ols.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

// methods.md §3.1 and §3.3: the fit of the worked example, and the OLS edge cases of §3.2.
namespace lct::analysis {
namespace {

constexpr double kTol = 1e-6;
constexpr double kTol4 = 0.5e-4 + 1e-12;
constexpr double kTol3 = 0.5e-3 + 1e-12;
constexpr double kNaN = kMissing;

const std::vector<double> kX = {10, 12, 15, 18, 20, 22, 25, 30};
const std::vector<double> kY = {42, 40, 41, 33, 35, 30, 36, 24};

OlsFit Fit(std::span<const double> y, std::span<const NamedValues> x) {
  Result<OlsFit> fit = FitOls({"participation", y}, x);
  EXPECT_TRUE(fit.ok()) << fit.error().message();
  return std::move(fit).value();
}

TEST(Ols, WorkedExampleCoefficientsAndFit) {
  const std::vector<NamedValues> x = {{"low qualifications", kX}};
  const OlsFit fit = Fit(kY, x);
  EXPECT_EQ(fit.coefficient_names, (std::vector<std::string>{"(Intercept)", "low qualifications"}));
  EXPECT_NEAR(fit.coefficients[0], 50.252389, kTol);
  EXPECT_NEAR(fit.coefficients[1], -0.796178, kTol);
  EXPECT_NEAR(fit.standard_errors[0], 3.624318, kTol);
  EXPECT_NEAR(fit.standard_errors[1], 0.181159, kTol);
  EXPECT_NEAR(fit.s, 3.210151, kTol);
  EXPECT_EQ(fit.df, 6U);
  EXPECT_EQ(fit.n, 8U);
  EXPECT_EQ(fit.p, 2U);
  EXPECT_NEAR(fit.r_squared, 0.762988, kTol);
  EXPECT_NEAR(fit.sse, 61.830414, kTol);
  EXPECT_NEAR(fit.t_critical, 2.446912, kTol);  // t_{0.975, 6}
  EXPECT_TRUE(fit.dropped.empty());
}

TEST(Ols, WorkedExampleRows) {
  const std::vector<NamedValues> x = {{"low qualifications", kX}};
  const OlsFit fit = Fit(kY, x);
  ASSERT_EQ(fit.rows.size(), 8U);
  // Units A, C, D, G, H of the §3.3 table: y-hat, e, h, in-sample 95% PI.
  struct Expected {
    std::size_t row;
    double fitted, residual, leverage, lower, upper;
  };
  const std::vector<Expected> expected = {{0, 42.2906, -0.2906, 0.3830, 33.053, 51.528},
                                          {2, 38.3097, 2.6903, 0.1760, 29.792, 46.828},
                                          {3, 35.9212, -2.9212, 0.1282, 27.578, 44.264},
                                          {6, 30.3479, 5.6521, 0.2396, 21.602, 39.094},
                                          {7, 26.3670, -2.3670, 0.5104, 16.714, 36.020}};
  for (const Expected& e : expected) {
    const OlsRow& row = fit.rows[e.row];
    EXPECT_EQ(row.row, e.row);
    EXPECT_NEAR(row.fitted, e.fitted, kTol4) << e.row;
    EXPECT_NEAR(row.residual, e.residual, kTol4) << e.row;
    EXPECT_NEAR(row.leverage, e.leverage, kTol4) << e.row;
    EXPECT_NEAR(row.prediction.lower, e.lower, kTol3) << e.row;
    EXPECT_NEAR(row.prediction.upper, e.upper, kTol3) << e.row;
  }
  // The naive in-sample PI for G contains y = 36 (hence the leave-one-out rule).
  EXPECT_TRUE(fit.rows[6].prediction.Contains(36.0));
  // Leverage: sum h = p; h_ii = 1/n + (x - xbar)^2/Sxx; H alone exceeds 2p/n = 0.5.
  double sum_h = 0;
  for (const OlsRow& row : fit.rows) {
    sum_h += row.leverage;
    EXPECT_NEAR(row.leverage, 1.0 / 8 + (kX[row.row] - 19) * (kX[row.row] - 19) / 314, 1e-12);
    EXPECT_EQ(row.high_leverage, row.row == 7) << row.row;
  }
  EXPECT_NEAR(sum_h, 2.0, 1e-12);
  EXPECT_DOUBLE_EQ(fit.leverage_threshold, 0.5);
  // Mean (confidence) interval uses sqrt(h).
  const OlsRow& g = fit.rows[6];
  EXPECT_NEAR(g.mean.upper - g.fitted, 2.446912 * 3.210151 * std::sqrt(g.leverage), 1e-5);
}

TEST(Ols, ListwiseDeletionReportsRowsUsedAndDropped) {
  std::vector<double> y = kY;
  std::vector<double> x = kX;
  y.push_back(kNaN);
  x.push_back(11);
  y.push_back(30);
  x.push_back(kNaN);
  const std::vector<NamedValues> regressors = {{"low qualifications", x}};
  const OlsFit fit = Fit(y, regressors);
  EXPECT_EQ(fit.n, 8U);
  ASSERT_EQ(fit.dropped.size(), 2U);
  EXPECT_EQ(fit.dropped[0].row, 8U);
  EXPECT_EQ(fit.dropped[0].reason, "missing 'participation'");
  EXPECT_EQ(fit.dropped[1].row, 9U);
  EXPECT_EQ(fit.dropped[1].reason, "missing 'low qualifications'");
  EXPECT_NEAR(fit.coefficients[1], -0.796178, kTol);
}

TEST(Ols, RefusesWhenNotMorePlacesThanCoefficients) {
  const std::vector<double> y = {1, 2};
  const std::vector<double> x = {1, 3};
  const std::vector<NamedValues> regressors = {{"x", x}};
  const Result<OlsFit> fit = FitOls({"y", y}, regressors);
  ASSERT_FALSE(fit.ok());
  EXPECT_NE(fit.error().message().find("needs more places than coefficients"), std::string::npos);
}

TEST(Ols, RankDeficientXNamesTheColumns) {
  std::vector<double> twice(kX.size());
  for (std::size_t i = 0; i < kX.size(); ++i) {
    const double v = kX[i];
    twice[i] = 2 * v + 1;
  }
  const std::vector<double> constant(8, 7.0);
  {
    const std::vector<NamedValues> x = {{"a", kX}, {"b", twice}};
    const Result<OlsFit> fit = FitOls({"y", kY}, x);
    ASSERT_FALSE(fit.ok());
    EXPECT_NE(fit.error().message().find("'b' is a linear combination of '(Intercept)' and 'a'"),
              std::string::npos)
        << fit.error().message();
  }
  {
    const std::vector<NamedValues> x = {{"a", kX}, {"flat", constant}};
    const Result<OlsFit> fit = FitOls({"y", kY}, x);
    ASSERT_FALSE(fit.ok());
    EXPECT_NE(fit.error().message().find("'flat' has the same value for every place"),
              std::string::npos)
        << fit.error().message();
  }
}

TEST(Ols, ConstantOutcomeHasUndefinedRSquared) {
  const std::vector<double> y(8, 5.0);
  const std::vector<NamedValues> x = {{"a", kX}};
  const OlsFit fit = Fit(y, x);
  EXPECT_TRUE(std::isnan(fit.r_squared));
  EXPECT_NEAR(fit.coefficients[0], 5.0, 1e-12);
}

TEST(Ols, BadInputIsAnError) {
  const std::vector<double> short_x = {1, 2, 3};
  const std::vector<NamedValues> x = {{"a", short_x}};
  EXPECT_FALSE(FitOls({"y", kY}, x).ok());
  std::vector<double> inf_x = kX;
  inf_x[2] = INFINITY;
  const std::vector<NamedValues> xi = {{"a", inf_x}};
  const Result<OlsFit> fit = FitOls({"y", kY}, xi);
  ASSERT_FALSE(fit.ok());
  EXPECT_EQ(fit.error().location().line, 3);
  const std::vector<NamedValues> ok_x = {{"a", kX}};
  EXPECT_FALSE(FitOls({"y", kY}, ok_x, OlsOptions{.confidence = 1.0}).ok());
}

TEST(Ols, TwoRegressorsMatchTheNormalEquations) {
  // y = 1 + 2 a - b exactly plus a known residual pattern orthogonal to X is hard to build by
  // hand; instead check X'e = 0 and sum h = p.
  const std::vector<double> a = {1, 2, 3, 4, 5, 6, 7};
  const std::vector<double> b = {2, 1, 4, 3, 6, 5, 9};
  const std::vector<double> y = {3, 4, 2, 6, 5, 9, 8};
  const std::vector<NamedValues> x = {{"a", a}, {"b", b}};
  const OlsFit fit = Fit(y, x);
  double e_sum = 0;
  double ea = 0;
  double eb = 0;
  double h = 0;
  for (const OlsRow& row : fit.rows) {
    e_sum += row.residual;
    ea += row.residual * a[row.row];
    eb += row.residual * b[row.row];
    h += row.leverage;
  }
  EXPECT_NEAR(e_sum, 0, 1e-10);
  EXPECT_NEAR(ea, 0, 1e-10);
  EXPECT_NEAR(eb, 0, 1e-10);
  EXPECT_NEAR(h, 3, 1e-10);
}

}  // namespace
}  // namespace lct::analysis
