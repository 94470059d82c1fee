#include "analysis/pipeline.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "analysis/ranking.hpp"
#include "small_index.hpp"

namespace lct::analysis {
namespace {

TEST(Pipeline, RunsEveryStepAndKeepsIntermediateDataSets) {
  const IndexInput input = testing::SmallInput();
  const IndexFramework framework = testing::SmallFramework();
  const Result<PipelineResult> result = BuildIndex(input, framework, testing::SmallPipeline());
  ASSERT_TRUE(result.ok()) << result.error().ToString();
  ASSERT_TRUE(result->denominated && result->imputed && result->treated && result->normalised);
  EXPECT_FALSE(result->screened);
  EXPECT_EQ(result->imputed_cells, 2U);
  EXPECT_DOUBLE_EQ(result->denominated->values(0, 3), input.indicators(0, 3) / 10);
  EXPECT_EQ(result->aggregated.values.cols(), framework.node_count());
  const std::vector<double> ranks = NodeRanks(*result, *framework.Find("Index"), 12);
  EXPECT_EQ(*std::min_element(ranks.begin(), ranks.end()), 1);
}

TEST(Pipeline, ScreeningBeforeImputationDropsSparseUnits) {
  IndexInput input = testing::SmallInput();
  for (std::size_t j = 0; j < 4; ++j) input.indicators(5, j) = kMissing;
  PipelineSpec spec = testing::SmallPipeline();
  spec.screen = ScreenSpec{.data_threshold = 0.5};
  spec.screen_position = ScreenPosition::kBeforeImpute;
  const IndexFramework framework = testing::SmallFramework();
  const Result<PipelineResult> result = BuildIndex(input, framework, spec);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->aggregated.units.size(), 11U);
  const std::vector<double> scores = NodeScores(*result, *framework.Find("Index"), 12);
  EXPECT_TRUE(std::isnan(scores[5]));
  EXPECT_FALSE(result->screen_report->included[5]);
}

TEST(Pipeline, GeometricMeanOnMinMaxZerosFailsNamingIndicatorAndUnits) {
  const IndexInput input = testing::SmallInput();
  const IndexFramework framework = testing::SmallFramework();
  PipelineSpec spec = testing::SmallPipeline();
  spec.aggregate.levels[0].method = AggregationMethod::kGeometric;  // min-max [0, 100] has zeros
  const Result<PipelineResult> result = BuildIndex(input, framework, spec);
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().message().find("'a1'"), std::string::npos) << result.error().message();
  EXPECT_NE(result.error().message().find("for units U"), std::string::npos)
      << result.error().message();
}

TEST(Pipeline, RejectsDataThatDoNotFitTheFramework) {
  IndexInput input = testing::SmallInput();
  input.indicators = Matrix(12, 5);
  EXPECT_FALSE(BuildIndex(input, testing::SmallFramework(), PipelineSpec{}).ok());
}

}  // namespace
}  // namespace lct::analysis
