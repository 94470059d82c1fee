#include "analysis/treat.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "small_index.hpp"

namespace lct::analysis {
namespace {

TEST(Treat, PerIndicatorSpecsOverrideTheGlobalOne) {
  const IndexFramework framework = testing::SmallFramework();
  const IndexInput input = testing::SmallInput();
  TreatmentSpec spec;
  const Result<TreatResult> treated = Treat(input.indicators, framework, input.unit_codes, spec);
  ASSERT_TRUE(treated.ok());
  EXPECT_GT(treated->records[0].winsorised_high, 0U);  // a1 has the outlier
  EXPECT_LT(treated->values(11, 0), 2000);
  spec.per_indicator["a1"] = NoTreatment();
  const Result<TreatResult> untouched = Treat(input.indicators, framework, input.unit_codes, spec);
  EXPECT_EQ(untouched->values(11, 0), 2000);
  EXPECT_EQ(untouched->records[0].winsorised_high, 0U);
}

TEST(Treat, CombinedStagesLogTheWinsorisedValues) {
  std::vector<double> x;
  for (int i = 1; i <= 20; ++i) x.push_back(i);
  x.push_back(100);
  x.push_back(200);
  TreatSpec spec{.winmax = 1,
                 .second_stage = Transform::kLog,
                 .combination = StageCombination::kSecondOnWinsorised};
  const TreatedVector treated = TreatVector(x, spec);
  EXPECT_EQ(treated.record.winsorised_high, 1U);
  EXPECT_EQ(treated.values.back(), std::log(100.0));
}

TEST(Treat, AnUndefinedTransformNamesTheIndicatorAndUnits) {
  const std::vector<FrameworkNode> nodes = {{.code = "x", .parent = "T"},
                                            {.code = "T", .level = 2}};
  const IndexFramework framework = *IndexFramework::Create(nodes);
  Matrix values(12, 1);
  for (std::size_t i = 0; i < 11; ++i) values(i, 0) = static_cast<double>(i);  // 0 at unit u0
  values(11, 0) = 1000;
  std::vector<std::string> codes;
  for (std::size_t i = 0; i < 12; ++i) codes.push_back("u" + std::to_string(i));
  TreatmentSpec spec;
  spec.global.first_stage = FirstStage::kNone;
  spec.global.second_stage = Transform::kLog;
  const Result<TreatResult> treated = Treat(values, framework, codes, spec);
  ASSERT_FALSE(treated.ok());
  EXPECT_NE(treated.error().message().find("'x'"), std::string::npos);
  EXPECT_NE(treated.error().message().find("u0"), std::string::npos);
}

}  // namespace
}  // namespace lct::analysis
