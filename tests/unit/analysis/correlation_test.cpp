#include "analysis/correlation.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace lct::analysis {
namespace {

TEST(Correlation, ThreeMethodsOnKnownData) {
  const std::vector<double> x = {1, 2, 3, 4, 5, kMissing};
  const std::vector<double> y = {2, 1, 4, 3, 7, 100};
  // Pearson 12 / sqrt(10 * 21.2); Spearman 1 - 6 * 4 / 120; Kendall (8 - 2) / 10.
  EXPECT_NEAR(Correlation(x, y), 12 / std::sqrt(212.0), 1e-15);
  EXPECT_NEAR(Correlation(x, y, CorrelationMethod::kSpearman), 0.8, 1e-15);
  EXPECT_NEAR(Correlation(x, y, CorrelationMethod::kKendall), 0.6, 1e-15);
  EXPECT_TRUE(std::isnan(Correlation(std::vector<double>{1}, std::vector<double>{2})));
}

TEST(Correlation, KendallTauBWithTies) {
  // R: cor(c(1, 1, 2, 3), c(1, 2, 2, 3), method = "kendall") = 0.8
  EXPECT_NEAR(Correlation(std::vector<double>{1, 1, 2, 3}, std::vector<double>{1, 2, 2, 3},
                          CorrelationMethod::kKendall),
              0.8, 1e-15);
}

TEST(Correlation, MatrixIsSymmetricWithUnitDiagonal) {
  Matrix data(4, 3);
  for (std::size_t i = 0; i < 4; ++i) {
    data(i, 0) = static_cast<double>(i);
    data(i, 1) = static_cast<double>(i * i);
    data(i, 2) = -static_cast<double>(i);
  }
  const Matrix r = CorrelationMatrix(data);
  EXPECT_EQ(r(0, 0), 1);
  EXPECT_EQ(r(0, 1), r(1, 0));
  EXPECT_NEAR(r(0, 2), -1, 1e-15);
}

}  // namespace
}  // namespace lct::analysis
