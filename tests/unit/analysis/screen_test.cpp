#include "analysis/screen.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

namespace lct::analysis {
namespace {

TEST(Screen, DropsUnitsBelowTheThresholds) {
  Matrix values(3, 4, 1.0);
  values(0, 0) = kMissing;
  values(0, 1) = kMissing;                               // 50 % available
  for (std::size_t j = 0; j < 4; ++j) values(1, j) = 0;  // all zero
  const std::vector<std::string> codes = {"a", "b", "c"};
  const ScreenReport by_missing = ScreenUnits(values, codes, ScreenSpec{.data_threshold = 0.6});
  EXPECT_EQ(by_missing.kept_rows, (std::vector<std::size_t>{1, 2}));
  EXPECT_DOUBLE_EQ(by_missing.data_availability[0], 0.5);
  EXPECT_DOUBLE_EQ(by_missing.non_zero[1], 0);
  const ScreenReport by_zeros =
      ScreenUnits(values, codes, ScreenSpec{.rule = ScreenRule::kByZeros});
  EXPECT_EQ(by_zeros.kept_rows, (std::vector<std::size_t>{0, 2}));
  const ScreenReport both = ScreenUnits(
      values, codes, ScreenSpec{.rule = ScreenRule::kByMissingAndZeros, .data_threshold = 0.6});
  EXPECT_EQ(both.kept_rows, (std::vector<std::size_t>{2}));
  ScreenSpec forced{.rule = ScreenRule::kByMissingAndZeros, .data_threshold = 0.6};
  forced.force = {{"a", ForceDecision::kInclude}, {"c", ForceDecision::kExclude}};
  EXPECT_EQ(ScreenUnits(values, codes, forced).kept_rows, (std::vector<std::size_t>{0}));
}

}  // namespace
}  // namespace lct::analysis
