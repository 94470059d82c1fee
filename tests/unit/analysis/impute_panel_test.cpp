#include "analysis/impute_panel.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "analysis/matrix.hpp"

namespace lct::analysis {
namespace {

constexpr double kNa = kMissing;

TEST(ImputePanel, LinearAndConstantAsCoinrTests) {
  const std::vector<double> gap = {3, kNa, 5};
  EXPECT_EQ(*ImputePanel(gap, PanelImputation::kLinear), (std::vector<double>{3, 4, 5}));
  EXPECT_EQ(*ImputePanel(gap, PanelImputation::kConstant), (std::vector<double>{3, 3, 5}));
  const std::vector<double> ends = {kNa, 2, kNa, 6, kNa};
  EXPECT_EQ(*ImputePanel(ends, PanelImputation::kLinear), (std::vector<double>{2, 2, 4, 6, 6}));
  EXPECT_EQ(*ImputePanel(ends, PanelImputation::kConstant), (std::vector<double>{2, 2, 2, 6, 6}));
}

TEST(ImputePanel, SingleObservation) {
  const std::vector<double> one = {kNa, 7, kNa};
  EXPECT_FALSE(ImputePanel(one, PanelImputation::kLinear).ok());
  EXPECT_EQ(*ImputePanel(one, PanelImputation::kLinearConstant), (std::vector<double>{7, 7, 7}));
}

TEST(ImputePanel, LatestLooksBackAtMostMaxTime) {
  const std::vector<double> x = {kNa, 1, kNa, kNa, kNa};
  const std::vector<double> out = *ImputePanel(x, PanelImputation::kLatest, 2);
  EXPECT_TRUE(std::isnan(out[0]));
  EXPECT_EQ(out[2], 1);
  EXPECT_EQ(out[3], 1);
  EXPECT_TRUE(std::isnan(out[4]));
  EXPECT_EQ((*ImputePanel(x, PanelImputation::kLatest))[4], 1);
}

}  // namespace
}  // namespace lct::analysis
