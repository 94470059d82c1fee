#include "analysis/aggregate.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "analysis/aggregation_functions.hpp"
#include "small_index.hpp"

namespace lct::analysis {
namespace {

Matrix Positive(std::size_t units) {
  Matrix values(units, 6);
  for (std::size_t i = 0; i < units; ++i) {
    for (std::size_t j = 0; j < 6; ++j) {
      values(i, j) = 1 + static_cast<double>((i * 7 + j * 3) % 11) + 0.1 * static_cast<double>(j);
    }
  }
  return values;
}

TEST(Aggregate, TreeMatchesTheVectorFunctionsBitForBit) {
  const IndexFramework framework = testing::SmallFramework();
  Matrix values = Positive(5);
  values(1, 1) = kMissing;
  const std::vector<double> weights = framework.Weights();
  for (const AggregationMethod method :
       {AggregationMethod::kArithmetic, AggregationMethod::kGeometric,
        AggregationMethod::kHarmonic}) {
    AggregationSpec spec;
    spec.levels[0].method = method;
    const Result<Matrix> out = Aggregate(values, framework, {}, spec, {});
    ASSERT_TRUE(out.ok());
    const std::size_t a = *framework.Find("A");
    for (std::size_t i = 0; i < 5; ++i) {
      const std::vector<double> x = {values(i, 0), values(i, 1), values(i, 2)};
      const std::vector<double> w = {weights[0], weights[1], weights[2]};
      const double expected = method == AggregationMethod::kArithmetic  ? ArithmeticMean(x, w)
                              : method == AggregationMethod::kGeometric ? *GeometricMean(x, w)
                                                                        : *HarmonicMean(x, w);
      EXPECT_EQ((*out)(i, a), expected);
    }
  }
}

TEST(Aggregate, MissingChildrenDropWithTheirWeights) {
  const IndexFramework framework = testing::SmallFramework();
  Matrix values(1, 6, 10.0);
  values(0, 2) = kMissing;  // a3, weight 2
  values(0, 0) = 40;
  const Result<Matrix> out = Aggregate(values, framework, {}, AggregationSpec{}, {});
  EXPECT_DOUBLE_EQ((*out)(0, *framework.Find("A")), 25);
  // Index = (1 * A + 0.5 * B) / 1.5
  EXPECT_DOUBLE_EQ((*out)(0, *framework.Find("Index")), (25 + 0.5 * 10) / 1.5);
}

TEST(Aggregate, GeneralisedMeanIsMissingWithAnyMissingChild) {
  const IndexFramework framework = testing::SmallFramework();
  Matrix values = Positive(2);
  values(0, 0) = kMissing;
  AggregationSpec spec;
  spec.levels = {LevelAggregation{AggregationMethod::kGeneralised, 2.0}, LevelAggregation{}};
  const Result<Matrix> out = Aggregate(values, framework, {}, spec, {});
  ASSERT_TRUE(out.ok());
  EXPECT_TRUE(std::isnan((*out)(0, *framework.Find("A"))));
  EXPECT_FALSE(std::isnan((*out)(1, *framework.Find("A"))));
  spec.levels[0].power = 0;
  EXPECT_FALSE(Aggregate(values, framework, {}, spec, {}).ok());
}

TEST(Aggregate, GeometricMeanErrorNamesAggregateIndicatorAndUnits) {
  const IndexFramework framework = testing::SmallFramework();
  Matrix values = Positive(3);
  values(0, 4) = 0;
  values(2, 4) = -1;
  AggregationSpec spec;
  spec.levels[0].method = AggregationMethod::kGeometric;
  const std::vector<std::string> codes = {"AAA", "BBB", "CCC"};
  const Result<Matrix> out = Aggregate(values, framework, {}, spec, codes);
  ASSERT_FALSE(out.ok());
  const std::string& message = out.error().message();
  EXPECT_NE(message.find("'B'"), std::string::npos) << message;
  EXPECT_NE(message.find("'b2'"), std::string::npos) << message;
  EXPECT_NE(message.find("AAA, CCC"), std::string::npos) << message;
  EXPECT_EQ(out.error().location().field, "b2");
}

TEST(Aggregate, PerLevelAndPerAggregateMethods) {
  const IndexFramework framework = testing::SmallFramework();
  const Matrix values = Positive(4);
  AggregationSpec spec;
  spec.levels = {LevelAggregation{}, LevelAggregation{AggregationMethod::kGeometric}};
  spec.per_aggregate["B"] = LevelAggregation{AggregationMethod::kCopeland};
  // Copeland scores can be <= 0, which the geometric mean of the level above refuses.
  EXPECT_FALSE(Aggregate(values, framework, {}, spec, {}).ok());
  spec.levels[1].method = AggregationMethod::kArithmetic;
  const Result<Matrix> out = Aggregate(values, framework, {}, spec, {});
  ASSERT_TRUE(out.ok());
  Matrix group(4, 3);
  for (std::size_t i = 0; i < 4; ++i) {
    for (std::size_t c = 0; c < 3; ++c) group(i, c) = values(i, 3 + c);
  }
  const std::vector<double> copeland = CopelandScores(group, std::vector<double>{1, 1, 1});
  for (std::size_t i = 0; i < 4; ++i) EXPECT_EQ((*out)(i, *framework.Find("B")), copeland[i]);
  AggregationSpec wrong;
  wrong.levels = {LevelAggregation{}, LevelAggregation{}, LevelAggregation{}};
  EXPECT_FALSE(Aggregate(values, framework, {}, wrong, {}).ok());
  wrong.levels = {LevelAggregation{}};
  wrong.per_aggregate["a1"] = LevelAggregation{};
  EXPECT_FALSE(Aggregate(values, framework, {}, wrong, {}).ok());
}

}  // namespace
}  // namespace lct::analysis
