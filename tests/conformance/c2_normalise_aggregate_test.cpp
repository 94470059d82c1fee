// C2 of composite-index.md §11: normalisation and aggregation primitives, on the ASEM raw data
// and on the closed-form cases of §8.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "analysis/aggregate.hpp"
#include "analysis/aggregation_functions.hpp"
#include "analysis/normalise.hpp"
#include "analysis/statistics.hpp"
#include "asem_data.hpp"

namespace lct::analysis {
namespace {

std::vector<double> Column(const testing::AsemData& asem, const std::string& code) {
  const auto column = asem.input.indicators.Column(*asem.framework.Find(code));
  return {column.begin(), column.end()};
}

std::size_t Row(const testing::AsemData& asem, const std::string& unit) {
  const auto& codes = asem.input.unit_codes;
  return static_cast<std::size_t>(std::find(codes.begin(), codes.end(), unit) - codes.begin());
}

// The reference values are printed to 7 significant digits: agree to 1e-6 relative.
void ExpectClose(double actual, double expected) {
  EXPECT_NEAR(actual, expected, 1e-6 * std::max(1.0, std::abs(expected)));
}

TEST(C2Primitives, BordaZScoreMinMaxOnAsemRawData) {
  const testing::AsemData asem = testing::LoadAsem();
  const std::vector<double> borda = BordaScores(Column(asem, "LPI"));
  const std::vector<double> zscore = ZScore(Column(asem, "Flights"), 10, 2);
  const std::vector<double> minmax = MinMax(Column(asem, "Ship"), 0, 100);
  struct Expected {
    const char* unit;
    double borda, zscore, minmax;
  };
  const Expected expected[] = {
      {"AUS", 36, 9.889993, 66.14497}, {"AUT", 44, 9.588735, 0},  {"BEL", 45, 9.711512, 97.14314},
      {"BGD", 4, 8.529810, 45.80661},  {"CHE", 42, 10.563483, 0}, {"CHN", 30, 13.235114, 100},
  };
  for (const Expected& e : expected) {
    SCOPED_TRACE(e.unit);
    const std::size_t row = Row(asem, e.unit);
    EXPECT_EQ(borda[row], e.borda);
    ExpectClose(zscore[row], e.zscore);
    ExpectClose(minmax[row], e.minmax);
  }
}

TEST(C2Primitives, HarmonicMeanOfMinMaxOneToHundred) {
  const testing::AsemData asem = testing::LoadAsem();
  const char* codes[] = {"LPI", "Flights", "Ship", "Bord"};
  Matrix x(asem.input.indicators.rows(), 4);
  for (std::size_t c = 0; c < 4; ++c) {
    const std::vector<double> scaled = MinMax(Column(asem, codes[c]), 1, 100);
    std::copy(scaled.begin(), scaled.end(), x.Column(c).begin());
  }
  const std::vector<double> w = {1, 1, 2, 1};
  const std::map<std::string, double> expected = {
      {"AUT", 2.36}, {"BEL", 41.5}, {"BGR", 14.3}, {"HRV", 17.4}, {"CYP", 3.93}};
  for (const auto& [unit, value] : expected) {
    SCOPED_TRACE(unit);
    const std::size_t row = Row(asem, unit);
    const std::vector<double> values = {x(row, 0), x(row, 1), x(row, 2), x(row, 3)};
    const Result<double> mean = HarmonicMean(values, w);
    ASSERT_TRUE(mean.ok());
    // Three significant digits.
    EXPECT_NEAR(*mean, value, 0.5 * std::pow(10.0, std::floor(std::log10(value)) - 2));
  }
}

TEST(C2ClosedForm, DistanceToTarget) {
  const std::vector<double> x = {0, 5, 11};
  EXPECT_EQ(DistanceToTarget(x, 10, Direction::kPositive, Cap::kNone),
            (std::vector<double>{0, 0.5, 1.1}));
  EXPECT_EQ(DistanceToTarget(x, 10, Direction::kPositive, Cap::kAtOne),
            (std::vector<double>{0, 0.5, 1}));
  const std::vector<double> y = {-1, 1, 10};
  const std::vector<double> reversed = DistanceToTarget(y, 0, Direction::kNegative, Cap::kNone);
  EXPECT_DOUBLE_EQ(reversed[0], 1.1);
  EXPECT_DOUBLE_EQ(reversed[1], 0.9);
  EXPECT_DOUBLE_EQ(reversed[2], 0);
  const std::vector<double> capped = DistanceToTarget(y, 0, Direction::kNegative, Cap::kAtOne);
  EXPECT_EQ(capped[0], 1);
  EXPECT_DOUBLE_EQ(capped[1], 0.9);
}

TEST(C2ClosedForm, Goalposts) {
  const std::vector<double> x = {1, 11, -1};
  EXPECT_EQ(Goalposts(x, 0, 10, 1, Direction::kPositive, Truncation::kToPosts),
            (std::vector<double>{0.1, 1, 0}));
  const std::vector<double> reversed =
      Goalposts(x, 0, 10, 1, Direction::kNegative, Truncation::kToPosts);
  EXPECT_DOUBLE_EQ(reversed[0], 0.9);
  EXPECT_EQ(reversed[1], 0);
  EXPECT_EQ(reversed[2], 1);
}

TEST(C2ClosedForm, MinMaxAndZScore) {
  std::vector<double> x;
  for (int i = 1; i <= 10; ++i) x.push_back(i);
  const std::vector<double> scaled = MinMax(x, 2, 7);
  EXPECT_EQ(scaled.front(), 2);
  EXPECT_EQ(scaled.back(), 7);
  const std::vector<double> z = ZScore(x, 5, 2);
  EXPECT_NEAR(Mean(z), 5, 1e-12);
  EXPECT_NEAR(SampleSd(z), 2, 1e-12);
}

TEST(C2ClosedForm, Means) {
  const std::vector<double> x = {1, 2, 3};
  const std::vector<double> ones = {1, 1, 1};
  EXPECT_NEAR(*GeometricMean(x, ones), std::cbrt(6.0), 1e-15);
  EXPECT_NEAR(*GeometricMean(x, std::vector<double>{1, 1, 2}), std::pow(18.0, 0.25), 1e-15);
  EXPECT_NEAR(*HarmonicMean(x, std::vector<double>{2, 1, 1}), 4 / (2 + 1.0 / 2 + 1.0 / 3), 1e-15);
  EXPECT_NEAR(*GeneralisedMean(x, ones, -1), *HarmonicMean(x, ones), 1e-15);
  EXPECT_NEAR(*GeneralisedMean(x, ones, 1), 2, 1e-15);
  EXPECT_FALSE(GeneralisedMean(x, ones, 0).ok());
  EXPECT_FALSE(GeometricMean(std::vector<double>{1, 0, 3}, ones).ok());
  EXPECT_FALSE(HarmonicMean(std::vector<double>{1, 0, 3}, ones).ok());
}

TEST(C2ClosedForm, OutrankingMatrixAndCopeland) {
  Matrix x(4, 3);
  const double x1[] = {1, 2, 3, 4};
  const double x2[] = {3, 2, 1, 5};
  const double x3[] = {2, 3, 1, 4};
  for (std::size_t i = 0; i < 4; ++i) {
    x(i, 0) = x1[i];
    x(i, 1) = x2[i];
    x(i, 2) = x3[i];
  }
  const std::vector<double> w = {1, 1, 1};
  const Outranking outranking = OutrankingMatrix(x, w);
  EXPECT_NEAR(outranking.matrix(1, 0), 2.0 / 3, 1e-15);
  EXPECT_NEAR(outranking.matrix(2, 0), 1.0 / 3, 1e-15);
  EXPECT_NEAR(outranking.matrix(3, 0), 1, 1e-15);
  EXPECT_EQ(outranking.dominant_pairs, 3U);
  EXPECT_DOUBLE_EQ(outranking.dominant_fraction, 0.5);

  Matrix opposite(2, 2);
  opposite(0, 0) = 1;
  opposite(0, 1) = 2;
  opposite(1, 0) = 2;
  opposite(1, 1) = 1;
  EXPECT_EQ(CopelandScores(opposite, std::vector<double>{1, 1}), (std::vector<double>{0, 0}));
}

TEST(C2ClosedForm, DataThresholdMakesSparseRowMissing) {
  std::vector<FrameworkNode> nodes;
  for (int i = 1; i <= 5; ++i) nodes.push_back({"i" + std::to_string(i), 1, "Index"});
  nodes.push_back({"Index", 2, ""});
  const IndexFramework framework = *IndexFramework::Create(nodes);
  Matrix x(2, 5, 1.0);
  for (std::size_t j = 1; j < 5; ++j) x(0, j) = kMissing;  // 1 of 5 present
  AggregationSpec spec;
  spec.levels[0].data_threshold = 0.5;
  const Result<Matrix> aggregated = Aggregate(x, framework, {}, spec, {});
  ASSERT_TRUE(aggregated.ok());
  EXPECT_TRUE(std::isnan((*aggregated)(0, 5)));
  EXPECT_EQ((*aggregated)(1, 5), 1.0);
}

}  // namespace
}  // namespace lct::analysis
