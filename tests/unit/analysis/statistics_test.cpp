#include "analysis/statistics.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "analysis/matrix.hpp"

namespace lct::analysis {
namespace {

TEST(Statistics, SkipMissingValues) {
  const std::vector<double> x = {1, kMissing, 3, 8};
  EXPECT_EQ(CountPresent(x), 3U);
  EXPECT_EQ(Min(x), 1);
  EXPECT_EQ(Max(x), 8);
  EXPECT_EQ(Mean(x), 4);
  EXPECT_EQ(Median(x), 3);
  EXPECT_NEAR(SampleSd(x), std::sqrt(13.0), 1e-15);
}

TEST(Statistics, TooFewValuesGiveNaN) {
  EXPECT_TRUE(std::isnan(Mean(std::vector<double>{kMissing})));
  EXPECT_TRUE(std::isnan(SampleSd(std::vector<double>{1})));
  EXPECT_TRUE(std::isnan(Skewness(std::vector<double>{1, 2})));
  EXPECT_TRUE(std::isnan(Kurtosis(std::vector<double>{1, 2, 3})));
}

TEST(Statistics, Type7QuantilesAsR) {
  // quantile(c(1, 2, 3, 4, 10), c(0.05, 0.5, 0.95)) in R: 1.2, 3, 8.8
  const std::vector<double> x = {10, 2, 1, 4, 3};
  EXPECT_DOUBLE_EQ(Quantile(x, 0.05), 1.2);
  EXPECT_DOUBLE_EQ(Quantile(x, 0.5), 3);
  EXPECT_DOUBLE_EQ(Quantile(x, 0.95), 8.8);
  // quantile(1:10, 0.95) = 9.55; median of an even sample is the mean of the middle two.
  std::vector<double> y;
  for (int i = 1; i <= 10; ++i) y.push_back(i);
  EXPECT_DOUBLE_EQ(Quantile(y, 0.95), 9.55);
  EXPECT_DOUBLE_EQ(Median(y), 5.5);
}

TEST(Statistics, SkewnessAndKurtosisOfSymmetricData) {
  const std::vector<double> x = {1, 2, 3, 4, 5};
  EXPECT_NEAR(Skewness(x), 0, 1e-15);
  EXPECT_NEAR(Kurtosis(x), -1.2, 1e-12);  // KURT(1..5) in a spreadsheet
}

}  // namespace
}  // namespace lct::analysis
