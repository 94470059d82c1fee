#include "analysis/sensitivity.hpp"

#include <gtest/gtest.h>

#include <cstring>

#include "small_index.hpp"

namespace lct::analysis {
namespace {

TEST(Sensitivity, SaltelliDesignFreezesAllButOneColumn) {
  const std::size_t n = 8;
  const std::size_t d = 3;
  const std::vector<double> x = SaltelliSample(n, d, 4);
  ASSERT_EQ(x.size(), n * (d + 2) * d);
  const auto at = [&](std::size_t row, std::size_t col) { return x[row * d + col]; };
  for (std::size_t i = 0; i < d; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      const std::size_t row = (2 + i) * n + j;
      for (std::size_t c = 0; c < d; ++c) {
        EXPECT_EQ(at(row, c), c == i ? at(n + j, c) : at(j, c));
      }
    }
  }
  EXPECT_NE(at(0, 0), at(n, 0));
}

TEST(Sensitivity, BootstrapIntervalsBracketTheEstimates) {
  const std::size_t n = 2000;
  const std::vector<double> x = SaltelliSample(n, 2, 8);
  std::vector<double> y(x.size() / 2);
  for (std::size_t r = 0; r < y.size(); ++r) y[r] = x[r * 2] + 3 * x[r * 2 + 1] * x[r * 2 + 1];
  const SobolEstimate estimate = EstimateSobolIndices(y, n, 2, 200, 8);
  for (const SobolIndex& index : estimate.indices) {
    EXPECT_LT(index.first_order_q05, index.first_order_q95);
    EXPECT_LE(index.total_q05, index.total);
    EXPECT_GE(index.total_q95, index.total);
  }
  EXPECT_EQ(EstimateSobolIndices(y, n, 2, 200, 8).indices[0].total_q05,
            estimate.indices[0].total_q05);
}

TEST(Sensitivity, RunIsIndependentOfThreadsAndUsesABRowsForRankStatistics) {
  const IndexInput input = testing::SmallInput();
  const IndexFramework framework = testing::SmallFramework();
  const PipelineSpec nominal = testing::SmallPipeline();
  const std::size_t limits[] = {1, 3, 5};
  AggregationSpec harmonic;
  harmonic.levels[0].method = AggregationMethod::kHarmonic;
  NormalisationSpec ranks;
  ranks.global.method = NormaliseMethod::kPercentileRank;
  const std::vector<UncertainInput> inputs = {
      WinsorisationLimits("winmax", *nominal.treat, limits),
      UncertainInput{"normalisation", DiscreteChoice{{*nominal.normalise, ranks}}},
  };
  MonteCarloOptions options;
  options.replications = 60;
  options.bootstrap = 50;
  options.threads = 1;
  const Result<SensitivityResult> one = RunSensitivity(input, framework, nominal, inputs, options);
  ASSERT_TRUE(one.ok()) << one.error().ToString();
  options.threads = 4;
  const Result<SensitivityResult> four = RunSensitivity(input, framework, nominal, inputs, options);
  EXPECT_EQ(one->runs.replications, 60U * 4);
  EXPECT_EQ(one->runs.failed_replications, 0U)
      << (one->runs.first_failure ? one->runs.first_failure->ToString() : "");
  EXPECT_EQ(std::memcmp(one->runs.rank_shift.data(), four->runs.rank_shift.data(),
                        one->runs.rank_shift.size() * sizeof(double)),
            0);
  EXPECT_EQ(one->indices[1].index.total, four->indices[1].index.total);
  EXPECT_EQ(one->indices[1].index.first_order_q05, four->indices[1].index.first_order_q05);
  EXPECT_EQ(one->indices[0].input, "winmax");
  EXPECT_GT(one->indices[1].index.total, 0);
}

}  // namespace
}  // namespace lct::analysis
