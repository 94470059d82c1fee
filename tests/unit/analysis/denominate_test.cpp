#include "analysis/denominate.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "small_index.hpp"

namespace lct::analysis {
namespace {

TEST(Denominate, DividesByTheScaledDenominator) {
  const std::vector<FrameworkNode> nodes = {
      {.code = "x", .parent = "T", .denominator = "pop", .scale_factor = 1000},
      {.code = "y", .parent = "T"},
      {.code = "T", .level = 2}};
  const IndexFramework framework = *IndexFramework::Create(nodes);
  Matrix values(2, 2, 6.0);
  values(1, 0) = kMissing;
  const std::vector<NamedColumn> denominators = {{"pop", {2000, 3000}}};
  const Result<Matrix> out = Denominate(values, framework, denominators);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ((*out)(0, 0), 3.0);  // 6 / (2000 / 1000)
  EXPECT_TRUE(std::isnan((*out)(1, 0)));
  EXPECT_EQ((*out)(0, 1), 6.0);
  EXPECT_FALSE(Denominate(values, framework, {}).ok());
}

}  // namespace
}  // namespace lct::analysis
