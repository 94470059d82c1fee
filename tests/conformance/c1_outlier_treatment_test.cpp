// C1 of composite-index.md §11: outlier statistics and treatment, against COINr 1.1.14.
#include <gtest/gtest.h>

#include <vector>

#include "analysis/outliers.hpp"
#include "analysis/treat.hpp"
#include "asem_data.hpp"

namespace lct::analysis {
namespace {

constexpr double kTol = 1e-6;

std::vector<double> RawColumn(const testing::AsemData& asem, const std::string& code) {
  const std::size_t j = *asem.framework.Find(code);
  const auto column = asem.input.indicators.Column(j);
  return {column.begin(), column.end()};
}

TEST(C1OutlierTreatment, TwoOutliersFailThenPassAfterOneWinsorisedPoint) {
  std::vector<double> x;
  for (int i = 1; i <= 10; ++i) x.push_back(i);
  x.push_back(30);
  x.push_back(100);
  const SkewKurtosisCheck before = CheckSkewKurtosis(x, 2.0, 3.5);
  EXPECT_NEAR(before.skewness, 3.063241, kTol);
  EXPECT_NEAR(before.kurtosis, 9.741391, kTol);
  EXPECT_FALSE(before.passes);

  const WinsoriseResult winsorised = Winsorise(x, WinsoriseSpec{2, 2.0, 3.5, false});
  EXPECT_EQ(winsorised.high, 1U);
  EXPECT_EQ(winsorised.low, 0U);
  EXPECT_EQ(winsorised.values[11], 30.0);
  const SkewKurtosisCheck after = CheckSkewKurtosis(winsorised.values, 2.0, 3.5);
  EXPECT_NEAR(after.skewness, 1.712038, kTol);
  EXPECT_NEAR(after.kurtosis, 1.815781, kTol);
  EXPECT_TRUE(after.passes);
}

struct AsemCase {
  const char* code;
  double skew_before;
  double kurt_before;
  std::size_t winsorised;
  double skew_after;
  double kurt_after;
};

TEST(C1OutlierTreatment, AsemRawColumnsWithDefaults) {
  const testing::AsemData asem = testing::LoadAsem();
  const AsemCase cases[] = {
      {"Flights", 2.103287, 4.508879, 1, 1.900658, 3.336065},
      {"Goods", 2.649973, 8.266610, 2, 1.140608, 0.1572047},
      {"Services", 1.701085, 2.375656, 0, 1.701085, 2.375656},
  };
  for (const AsemCase& c : cases) {
    SCOPED_TRACE(c.code);
    const TreatedVector treated = TreatVector(RawColumn(asem, c.code), TreatSpec{});
    EXPECT_NEAR(treated.record.before.skewness, c.skew_before, kTol);
    EXPECT_NEAR(treated.record.before.kurtosis, c.kurt_before, kTol);
    EXPECT_EQ(treated.record.winsorised_high, c.winsorised);
    EXPECT_EQ(treated.record.winsorised_low, 0U);
    EXPECT_EQ(treated.record.transform, Transform::kNone);
    EXPECT_NEAR(treated.record.after.skewness, c.skew_after, kTol);
    EXPECT_NEAR(treated.record.after.kurtosis, c.kurt_after, kTol);
    EXPECT_TRUE(treated.record.after.passes);
  }
}

}  // namespace
}  // namespace lct::analysis
