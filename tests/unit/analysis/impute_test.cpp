#include "analysis/impute.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "small_index.hpp"

namespace lct::analysis {
namespace {

TEST(Impute, ColumnMeanAndMedian) {
  const IndexFramework framework = testing::SmallFramework();
  Matrix values(4, 6, 1.0);
  values(0, 0) = 1;
  values(1, 0) = 2;
  values(2, 0) = 9;
  values(3, 0) = kMissing;
  const Result<ImputeResult> mean = Impute(values, framework, {}, ImputeSpec{});
  ASSERT_TRUE(mean.ok());
  EXPECT_EQ(mean->values(3, 0), 4);
  EXPECT_EQ(mean->imputed_cells, 1U);
  const Result<ImputeResult> median =
      Impute(values, framework, {}, ImputeSpec{.method = ImputeMethod::kColumnMedian});
  EXPECT_EQ(median->values(3, 0), 2);
  EXPECT_EQ(median->values(0, 0), 1);
}

TEST(Impute, GroupMeanLeavesUnitsWithoutAGroupAlone) {
  const IndexFramework framework = testing::SmallFramework();
  Matrix values(5, 6, 1.0);
  const double column[] = {1, 3, kMissing, 10, kMissing};
  for (std::size_t i = 0; i < 5; ++i) values(i, 0) = column[i];
  const std::vector<std::string> groups = {"x", "x", "x", "y", ""};
  const Result<ImputeResult> out =
      Impute(values, framework, groups, ImputeSpec{.method = ImputeMethod::kGroupMean});
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out->values(2, 0), 2);
  EXPECT_TRUE(std::isnan(out->values(4, 0)));
  EXPECT_EQ(out->remaining_missing, 1U);
  EXPECT_FALSE(Impute(values, framework, {}, ImputeSpec{.method = ImputeMethod::kGroupMean}).ok());
}

TEST(Impute, RowMeanOnScaledColumnsMapsBack) {
  const IndexFramework framework = testing::SmallFramework();
  Matrix values(3, 6);
  // Column j runs from 0 to 10 * (j + 1) (a2 and b3 are negative: scaled the other way).
  for (std::size_t j = 0; j < 6; ++j) {
    const double top = 10.0 * static_cast<double>(j + 1);
    values(0, j) = 0;
    values(1, j) = top / 2;
    values(2, j) = top;
  }
  values(1, 0) = kMissing;
  values(1, 2) = 0.25 * 30;  // a3 scaled to 0.25
  const ImputeSpec spec{.method = ImputeMethod::kRowMean, .group_level = 2};
  const Result<ImputeResult> out = Impute(values, framework, {}, spec);
  ASSERT_TRUE(out.ok());
  // Within pillar A the row's other scaled values are 0.5 (a2, reversed) and 0.25: mean 0.375.
  EXPECT_DOUBLE_EQ(out->values(1, 0), 0.375 * 10);
  EXPECT_FALSE(
      Impute(values, framework, {}, ImputeSpec{.method = ImputeMethod::kRowMean, .group_level = 7})
          .ok());
  const ImputeSpec unscaled{.method = ImputeMethod::kRowMedian, .row_scaling = RowScaling::kNone};
  const Result<ImputeResult> raw = Impute(values, framework, {}, unscaled);
  EXPECT_DOUBLE_EQ(raw->values(1, 0), 20);  // median of 10, 7.5, 20, 25, 30
}

}  // namespace
}  // namespace lct::analysis
