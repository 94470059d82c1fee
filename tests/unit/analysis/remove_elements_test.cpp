#include "analysis/remove_elements.hpp"

#include <gtest/gtest.h>

#include "analysis/ranking.hpp"
#include "small_index.hpp"

namespace lct::analysis {
namespace {

TEST(RemoveElements, ZeroWeightRebuildsMatchManualRuns) {
  const IndexInput input = testing::SmallInput();
  const IndexFramework framework = testing::SmallFramework();
  const PipelineSpec spec = testing::SmallPipeline();
  const Result<ElementRemoval> removal = RemoveElements(input, framework, spec, 2);
  ASSERT_TRUE(removal.ok()) << removal.error().ToString();
  ASSERT_EQ(removal->elements.size(), 2U);
  const std::size_t index = *framework.Find("Index");
  const std::vector<double> nominal = NodeRanks(*BuildIndex(input, framework, spec), index, 12);
  for (std::size_t e = 0; e < 2; ++e) {
    PipelineSpec without = spec;
    without.weights.values = framework.Weights();
    without.weights.values[removal->elements[e]] = 0;
    const Result<PipelineResult> manual = BuildIndex(input, framework, without);
    const std::vector<double> scores = NodeScores(*manual, index, 12);
    const std::vector<double> ranks = SportRanks(scores);
    double change = 0;
    for (std::size_t i = 0; i < 12; ++i) {
      EXPECT_EQ(removal->scores(i, e), scores[i]);
      change += std::abs(ranks[i] - nominal[i]);
    }
    EXPECT_DOUBLE_EQ(removal->mean_absolute_rank_change[e], change / 12);
  }
  EXPECT_FALSE(RemoveElements(input, framework, spec, 3).ok());
}

}  // namespace
}  // namespace lct::analysis
