#include "analysis/random.hpp"

#include <gtest/gtest.h>

namespace lct::analysis {
namespace {

TEST(Random, StreamsArePureFunctionsOfTheirKey) {
  RandomStream a(42, RandomPurpose::kUncertaintySample, 7);
  RandomStream b(42, RandomPurpose::kUncertaintySample, 7);
  RandomStream c(42, RandomPurpose::kUncertaintySample, 8);
  RandomStream d(42, RandomPurpose::kBootstrap, 7);
  const double first = a.NextUniform();
  EXPECT_EQ(first, b.NextUniform());
  EXPECT_NE(first, c.NextUniform());
  EXPECT_NE(first, d.NextUniform());
}

TEST(Random, UniformsAndIndicesStayInRange) {
  RandomStream random(1, RandomPurpose::kSyntheticData, 0);
  double sum = 0;
  for (int i = 0; i < 10000; ++i) {
    const double u = random.NextUniform();
    ASSERT_GE(u, 0.0);
    ASSERT_LT(u, 1.0);
    sum += u;
    ASSERT_LT(random.NextIndex(3), 3U);
  }
  EXPECT_NEAR(sum / 10000, 0.5, 0.02);
}

}  // namespace
}  // namespace lct::analysis
