#include "analysis/weights.hpp"

#include <gtest/gtest.h>

#include "small_index.hpp"

namespace lct::analysis {
namespace {

TEST(Weights, EffectiveWeightsSumToOnePerLevel) {
  const IndexFramework framework = testing::SmallFramework();
  const std::vector<double> effective = EffectiveWeights(framework, framework.Weights());
  for (int level = 1; level <= 3; ++level) {
    double sum = 0;
    for (const std::size_t node : framework.NodesAtLevel(level)) sum += effective[node];
    EXPECT_NEAR(sum, 1, 1e-15) << level;
  }
  // a3 has weight 2 of 4 in A, and A has 1 of 1.5 at level 2.
  EXPECT_NEAR(effective[2], 0.5 * (1 / 1.5), 1e-15);
}

TEST(Weights, NoisyWeightsStayInBandAndRepeat) {
  const IndexFramework framework = testing::SmallFramework();
  const std::vector<double> nominal = framework.Weights();
  const WeightNoise noise[] = {{2, 0.25}};
  const std::vector<WeightSet> sets = NoisyWeights(framework, nominal, noise, 50, 9);
  ASSERT_EQ(sets.size(), 50U);
  for (const WeightSet& set : sets) {
    for (std::size_t i = 0; i < nominal.size(); ++i) {
      if (framework.node(i).level == 2) {
        EXPECT_GE(set.values[i], nominal[i] * 0.75);
        EXPECT_LE(set.values[i], nominal[i] * 1.25);
      } else {
        EXPECT_EQ(set.values[i], nominal[i]);
      }
    }
  }
  EXPECT_EQ(NoisyWeights(framework, nominal, noise, 50, 9)[17].values, sets[17].values);
  EXPECT_NE(NoisyWeights(framework, nominal, noise, 50, 10)[17].values, sets[17].values);
}

}  // namespace
}  // namespace lct::analysis
