#include "analysis/pca_weights.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "small_index.hpp"

namespace lct::analysis {
namespace {

TEST(PcaWeights, PerfectlyCorrelatedColumnsShareTheLoading) {
  const IndexFramework framework = testing::SmallFramework();
  Matrix data(10, 6);
  for (std::size_t i = 0; i < 10; ++i) {
    const auto x = static_cast<double>(i);
    data(i, 0) = x;
    data(i, 1) = 2 * x + 1;
    data(i, 2) = -x;  // loads with the opposite sign
    data(i, 3) = x * x;
    data(i, 4) = std::sin(x);
    data(i, 5) = std::cos(x);
  }
  data(3, 4) = kMissing;  // that unit is dropped from B's PCA only
  const Result<std::vector<double>> weights = PcaWeights(data, framework, 1, framework.Weights());
  ASSERT_TRUE(weights.ok()) << weights.error().ToString();
  const double root_third = 1 / std::sqrt(3.0);
  EXPECT_NEAR((*weights)[0], root_third, 1e-12);
  EXPECT_NEAR((*weights)[1], root_third, 1e-12);
  EXPECT_NEAR((*weights)[2], -root_third, 1e-12);
  double norm = 0;
  for (std::size_t j = 3; j < 6; ++j) norm += (*weights)[j] * (*weights)[j];
  EXPECT_NEAR(norm, 1, 1e-12);
  EXPECT_EQ((*weights)[6], 1);  // other levels untouched
  EXPECT_FALSE(PcaWeights(data, framework, 3, framework.Weights()).ok());
}

TEST(PcaWeights, ColumnWithoutSpreadFails) {
  const IndexFramework framework = testing::SmallFramework();
  Matrix data(5, 6, 1.0);
  EXPECT_FALSE(PcaWeights(data, framework, 1, framework.Weights()).ok());
}

}  // namespace
}  // namespace lct::analysis
