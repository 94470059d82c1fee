#include "analysis/distributions.hpp"

#include <gtest/gtest.h>

#include <cmath>

// methods.md §3.2 t check values and the §3.4 normal and chi-squared quantiles.
namespace lct::analysis {
namespace {

constexpr double kTol = 1e-6;

TEST(StudentTQuantile, MatchesTheCheckValuesOfMethods32) {
  EXPECT_NEAR(StudentTQuantile(0.975, 5), 2.570582, kTol);
  EXPECT_NEAR(StudentTQuantile(0.975, 6), 2.446912, kTol);
  EXPECT_NEAR(StudentTQuantile(0.975, 10), 2.228139, kTol);
  EXPECT_NEAR(StudentTQuantile(0.999, 6), 5.207626, kTol);
  EXPECT_NEAR(StudentTQuantile(0.975, 1), 12.706205, kTol);
}

TEST(StudentTQuantile, InvertsTheCdfAndIsSymmetric) {
  for (const double df : {1.0, 2.5, 7.0, 30.0, 1000.0}) {
    for (const double p : {0.001, 0.025, 0.5, 0.9, 0.999}) {
      EXPECT_NEAR(StudentTCdf(StudentTQuantile(p, df), df), p, 1e-12);
      EXPECT_NEAR(StudentTQuantile(1 - p, df), -StudentTQuantile(p, df), 1e-9);
    }
  }
}

TEST(StudentTQuantile, BadArgumentsGiveNaNNotExceptions) {
  EXPECT_TRUE(std::isnan(StudentTQuantile(0.975, 0)));
  EXPECT_TRUE(std::isnan(StudentTQuantile(1.5, 5)));
  EXPECT_TRUE(std::isinf(StudentTQuantile(1.0, 5)));
  EXPECT_TRUE(std::isnan(StudentTCdf(1.0, -1)));
}

TEST(NormalQuantile, GivesTheFunnelZValues) {
  EXPECT_NEAR(NormalQuantile(0.975), 1.959964, kTol);
  EXPECT_NEAR(NormalQuantile(0.999), 3.090232, kTol);
  EXPECT_NEAR(NormalCdf(1.959963984540054), 0.975, 1e-12);
  EXPECT_EQ(NormalQuantile(0.0), -INFINITY);
  EXPECT_TRUE(std::isnan(NormalQuantile(-0.1)));
}

TEST(ChiSquared, CriticalValueOfTheOverdispersionExample) {
  EXPECT_NEAR(ChiSquaredQuantile(0.95, 9), 16.918978, kTol);  // methods.md §3.4: 16.919
  EXPECT_NEAR(ChiSquaredCdf(16.918978, 9), 0.95, 1e-6);
  EXPECT_EQ(ChiSquaredCdf(-1, 3), 0.0);
}

TEST(BinomialCdf, SumsTheProbabilities) {
  // P(X <= 1) for n = 3, p = 0.5: (1 + 3)/8.
  EXPECT_NEAR(BinomialCdf(1, 3, 0.5), 0.5, 1e-15);
  EXPECT_EQ(BinomialCdf(-1, 3, 0.5), 0.0);
  EXPECT_EQ(BinomialCdf(3, 3, 0.5), 1.0);
  EXPECT_NEAR(BinomialCdf(0, 25, 0.2), std::pow(0.8, 25), 1e-15);
  // Degenerate probabilities.
  EXPECT_EQ(BinomialCdf(0, 10, 0.0), 1.0);
  EXPECT_EQ(BinomialCdf(9, 10, 1.0), 0.0);
  EXPECT_EQ(BinomialCdf(10, 10, 1.0), 1.0);
}

TEST(PoissonCdf, SumsTheProbabilities) {
  // P(X <= 1) for mean 2: e^-2 (1 + 2).
  EXPECT_NEAR(PoissonCdf(1, 2), 3 * std::exp(-2.0), 1e-15);
  EXPECT_EQ(PoissonCdf(-1, 2), 0.0);
  EXPECT_EQ(PoissonCdf(0, 0), 1.0);
  EXPECT_TRUE(std::isnan(PoissonCdf(1, -1)));
}

}  // namespace
}  // namespace lct::analysis
