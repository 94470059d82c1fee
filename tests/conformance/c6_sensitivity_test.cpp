// C6 of composite-index.md §11: the Monte Carlo layer (statistical checks of the estimators, and
// exact zeros for an input without effect).
#include <gtest/gtest.h>

#include <vector>

#include "analysis/sensitivity.hpp"
#include "asem_data.hpp"

namespace lct::analysis {
namespace {

std::vector<double> Evaluate(const std::vector<double>& design, std::size_t d,
                             const std::vector<double>& coefficients) {
  std::vector<double> y(design.size() / d);
  for (std::size_t r = 0; r < y.size(); ++r) {
    for (std::size_t i = 0; i < d; ++i) y[r] += coefficients[i] * design[r * d + i];
  }
  return y;
}

TEST(C6Sensitivity, LinearTestFunctionMatchesAnalyticIndices) {
  constexpr std::size_t kN = 100000;
  const std::vector<double> design = SaltelliSample(kN, 3, 20240611);
  const SobolEstimate estimate = EstimateSobolIndices(Evaluate(design, 3, {1, 2, 3}), kN, 3, 0, 1);
  const double analytic[] = {1.0 / 14, 4.0 / 14, 9.0 / 14};
  for (std::size_t i = 0; i < 3; ++i) {
    SCOPED_TRACE(i);
    EXPECT_NEAR(estimate.indices[i].first_order, analytic[i], 0.03);
    EXPECT_NEAR(estimate.indices[i].total, analytic[i], 0.015);
  }
}

TEST(C6Sensitivity, DummyInputGetsExactlyZero) {
  constexpr std::size_t kN = 1000;
  const std::vector<double> design = SaltelliSample(kN, 3, 7);
  const SobolEstimate estimate =
      EstimateSobolIndices(Evaluate(design, 3, {1, 10, 0}), kN, 3, 100, 7);
  EXPECT_EQ(estimate.indices[2].first_order, 0.0);
  EXPECT_EQ(estimate.indices[2].total, 0.0);
  EXPECT_EQ(estimate.indices[2].first_order_q05, 0.0);
  EXPECT_EQ(estimate.indices[2].total_q95, 0.0);
  EXPECT_GT(estimate.indices[1].total, 0.9);
}

TEST(C6Sensitivity, DummyInputOnAsemGetsExactlyZero) {
  const testing::AsemData asem = testing::LoadAsem();
  const PipelineSpec nominal = testing::AsemDefaultPipeline();
  const std::size_t limits[] = {1, 2, 3, 4, 5};
  NormalisationSpec minmax;
  const std::vector<UncertainInput> inputs = {
      WinsorisationLimits("winmax", *nominal.treat, limits),
      UncertainInput{"dummy", DiscreteChoice{{minmax, minmax}}},
  };
  MonteCarloOptions options;
  options.replications = 50;
  options.seed = 3;
  options.threads = 2;
  const Result<SensitivityResult> result =
      RunSensitivity(asem.input, asem.framework, nominal, inputs, options);
  ASSERT_TRUE(result.ok()) << result.error().ToString();
  EXPECT_EQ(result->runs.replications, 50U * 4);
  EXPECT_EQ(result->indices[1].input, "dummy");
  EXPECT_EQ(result->indices[1].index.first_order, 0.0);
  EXPECT_EQ(result->indices[1].index.total, 0.0);
  EXPECT_GT(result->indices[0].index.total, 0.0);
}

}  // namespace
}  // namespace lct::analysis
