#include "analysis/outliers.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "analysis/matrix.hpp"
#include "analysis/treat.hpp"

namespace lct::analysis {
namespace {

std::vector<double> Sequence(int from, int to) {
  std::vector<double> x;
  for (int i = from; i <= to; ++i) x.push_back(i);
  return x;
}

TEST(Outliers, OneOutlierWinsorisedToTheNextValue) {
  std::vector<double> x = Sequence(1, 10);
  x.push_back(100);
  EXPECT_FALSE(CheckSkewKurtosis(x, 2, 3.5).passes);
  const WinsoriseResult out = Winsorise(x, WinsoriseSpec{});
  EXPECT_EQ(out.values.back(), 10);
  EXPECT_EQ(out.high, 1U);  // 100 became 10; one point clipped
  EXPECT_TRUE(CheckSkewKurtosis(out.values, 2, 3.5).passes);
  EXPECT_EQ(out.points.back(), PointTreatment::kWinsorisedHigh);
}

TEST(Outliers, WinmaxOneIsNotEnoughAndLogFollowsOnTheOriginal) {
  std::vector<double> x = Sequence(1, 20);
  x.push_back(100);
  x.push_back(200);
  const WinsoriseResult once = Winsorise(x, WinsoriseSpec{.winmax = 1});
  EXPECT_FALSE(CheckSkewKurtosis(once.values, 2, 3.5).passes);
  const TreatedVector treated =
      TreatVector(x, TreatSpec{.winmax = 1, .second_stage = Transform::kLog});
  EXPECT_EQ(treated.record.transform, Transform::kLog);
  EXPECT_EQ(treated.record.winsorised_high, 0U);
  for (std::size_t i = 0; i < x.size(); ++i) EXPECT_EQ(treated.values[i], std::log(x[i]));
}

TEST(Outliers, ForcedWinsorisationTreatsExactlyWinmaxPoints) {
  const std::vector<double> x = Sequence(1, 10);
  const WinsoriseResult out = Winsorise(x, WinsoriseSpec{.winmax = 3, .force = true});
  EXPECT_EQ(out.high + out.low, 3U);
}

TEST(Outliers, LowSideWinsorisation) {
  std::vector<double> x = Sequence(1, 10);
  for (double& v : x) v = -v;
  x.push_back(-100);
  const WinsoriseResult out = Winsorise(x, WinsoriseSpec{});
  EXPECT_GT(out.low, 0U);
  EXPECT_EQ(out.high, 0U);
}

TEST(Outliers, Transforms) {
  const std::vector<double> x = {1, 2, kMissing, 11};
  const std::vector<double> ct = LogCT(x);
  EXPECT_DOUBLE_EQ(ct[0], std::log(0.1));
  EXPECT_DOUBLE_EQ(ct[3], std::log(10.1));
  EXPECT_TRUE(std::isnan(ct[2]));
  EXPECT_DOUBLE_EQ(LogCTOrig(x)[1], std::log(2.0));
  EXPECT_DOUBLE_EQ(LogGII(x)[1], std::log(10.0 * 1 / 10 + 1));
  EXPECT_DOUBLE_EQ(BoxCox(x, 0)[3], std::log(11.0));
  EXPECT_DOUBLE_EQ(BoxCox(x, 2)[1], (4.0 - 1) / 2);
  const std::vector<double> z = {3, 5};
  EXPECT_DOUBLE_EQ(BoxCox(z, 2)[1], (9.0 - 1) / 2);  // shifted: 5 - 3 + 1 = 3
  EXPECT_DOUBLE_EQ(BoxCox(z, 2, BoxCoxShift::kNone)[1], (25.0 - 1) / 2);
  // log_CT_plus on negatively skewed data reflects: -ln(max + a - x).
  const std::vector<double> y = {1, 10, 10, 10, 11};
  EXPECT_DOUBLE_EQ(LogCTPlus(y)[0], -std::log(11 + 0.1 - 1));
}

}  // namespace
}  // namespace lct::analysis
