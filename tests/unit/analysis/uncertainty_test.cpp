#include "analysis/uncertainty.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>

#include "analysis/statistics.hpp"
#include "small_index.hpp"

namespace lct::analysis {
namespace {

// Equal bit for bit (NaN equals NaN).
template <typename T>
bool SameBits(const std::vector<T>& a, const std::vector<T>& b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(T)) == 0;
}

struct McSetup {
  IndexInput input = testing::SmallInput();
  IndexFramework framework = testing::SmallFramework();
  PipelineSpec nominal = testing::SmallPipeline();
  std::vector<UncertainInput> inputs;
};

// COINr's four example inputs on the small index, plus a continuous one.
McSetup CoinrLikeSetup() {
  McSetup setup;
  const std::size_t limits[] = {1, 2, 3, 4, 5};
  NormalisationSpec minmax;
  minmax.global.lower = 1;
  NormalisationSpec zscore;
  zscore.global = NormaliseSpec{.method = NormaliseMethod::kZScore, .mean = 10, .sd = 2};
  const WeightNoise noise[] = {{2, 0.25}, {3, 0.25}};
  const std::vector<WeightSet> weights =
      NoisyWeights(setup.framework, setup.framework.Weights(), noise, 20, 5);
  AggregationSpec geometric;
  geometric.levels[0].method = AggregationMethod::kGeometric;
  setup.nominal.normalise = minmax;
  setup.inputs = {
      WinsorisationLimits("winmax", *setup.nominal.treat, limits),
      UncertainInput{"normalisation", DiscreteChoice{{minmax, zscore}}},
      WeightChoices("weights", weights),
      UncertainInput{"aggregation", DiscreteChoice{{AggregationSpec{}, geometric}}},
      UncertainInput{"skew", ContinuousRange{ContinuousParameter::kSkewThreshold, 1.5, 2.5}},
  };
  return setup;
}

UncertaintyResult RunMc(const McSetup& setup, const MonteCarloOptions& options) {
  Result<UncertaintyResult> result =
      RunUncertainty(setup.input, setup.framework, setup.nominal, setup.inputs, options);
  EXPECT_TRUE(result.ok()) << result.error().ToString();
  return std::move(*result);
}

TEST(Uncertainty, ResultsDoNotDependOnTheNumberOfThreads) {
  const McSetup setup = CoinrLikeSetup();
  MonteCarloOptions options;
  options.replications = 400;
  options.seed = 11;
  options.threads = 1;
  const UncertaintyResult one = RunMc(setup, options);
  for (const std::size_t threads : {2, 3, 8}) {
    options.threads = threads;
    const UncertaintyResult many = RunMc(setup, options);
    EXPECT_TRUE(SameBits(one.scores, many.scores)) << threads;
    EXPECT_TRUE(SameBits(one.ranks, many.ranks)) << threads;
    EXPECT_TRUE(SameBits(one.parameters, many.parameters)) << threads;
    EXPECT_TRUE(SameBits(one.rank_shift, many.rank_shift)) << threads;
    for (std::size_t c = 0; c < one.units; ++c) {
      EXPECT_EQ(one.rank_statistics[c].median, many.rank_statistics[c].median);
      EXPECT_EQ(one.rank_statistics[c].q95, many.rank_statistics[c].q95);
    }
  }
  options.cache_bytes = 0;  // nothing cached: every stage recomputed
  EXPECT_TRUE(SameBits(one.scores, RunMc(setup, options).scores));
  options.seed = 12;
  EXPECT_FALSE(SameBits(one.parameters, RunMc(setup, options).parameters));
}

TEST(Uncertainty, EachReplicationEqualsAFreshBuildWithItsChoices) {
  const McSetup setup = CoinrLikeSetup();
  MonteCarloOptions options;
  options.replications = 40;
  options.threads = 2;
  const UncertaintyResult result = RunMc(setup, options);
  EXPECT_EQ(result.failed_replications, 0U);
  const std::size_t index = *setup.framework.Find("Index");
  for (std::size_t r = 0; r < result.replications; ++r) {
    PipelineSpec spec = setup.nominal;
    const double* p = &result.parameters[r * result.inputs];
    const auto pick = [&](std::size_t input) {
      return std::get<DiscreteChoice>(setup.inputs[input].distribution)
          .alternatives[static_cast<std::size_t>(p[input])];
    };
    spec.treat = std::get<TreatmentSpec>(pick(0));
    spec.treat->global.skew_threshold = p[4];
    spec.normalise = std::get<NormalisationSpec>(pick(1));
    spec.weights = std::get<WeightSet>(pick(2));
    spec.aggregate = std::get<AggregationSpec>(pick(3));
    const Result<PipelineResult> fresh = BuildIndex(setup.input, setup.framework, spec);
    ASSERT_TRUE(fresh.ok());
    const std::vector<double> scores = NodeScores(*fresh, index, result.units);
    for (std::size_t c = 0; c < result.units; ++c) EXPECT_EQ(result.Score(r, c), scores[c]);
  }
}

TEST(Uncertainty, VaryingAStepAbsentFromTheNominalPipelineIsAnError) {
  McSetup setup = CoinrLikeSetup();
  setup.nominal.treat.reset();
  const Result<UncertaintyResult> result = RunUncertainty(
      setup.input, setup.framework, setup.nominal, setup.inputs, MonteCarloOptions{});
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().message().find("'winmax'"), std::string::npos);
  EXPECT_NE(result.error().message().find("outlier treatment"), std::string::npos);
}

TEST(Uncertainty, MalformedInputsAreErrors) {
  McSetup setup = CoinrLikeSetup();
  const auto run = [&](std::vector<UncertainInput> inputs) {
    return RunUncertainty(setup.input, setup.framework, setup.nominal, inputs, MonteCarloOptions{})
        .ok();
  };
  EXPECT_FALSE(run({}));
  EXPECT_FALSE(run({UncertainInput{"empty", DiscreteChoice{}}}));
  EXPECT_FALSE(run({UncertainInput{"mixed", DiscreteChoice{{AggregationSpec{}, WeightSet{}}}}}));
  EXPECT_FALSE(run({UncertainInput{"short", DiscreteChoice{{WeightSet{{1, 2}}}}}}));
  EXPECT_FALSE(run(
      {UncertainInput{"p", ContinuousRange{ContinuousParameter::kGeneralisedMeanPower, 1, 2}}}));
  MonteCarloOptions options;
  options.target = "nowhere";
  EXPECT_FALSE(
      RunUncertainty(setup.input, setup.framework, setup.nominal, setup.inputs, options).ok());
}

TEST(Uncertainty, FailedReplicationsGiveMissingScoresAndAreReported) {
  McSetup setup = CoinrLikeSetup();
  NormalisationSpec zscore;
  zscore.global = NormaliseSpec{.method = NormaliseMethod::kZScore};  // negative values
  AggregationSpec geometric;
  geometric.levels[0].method = AggregationMethod::kGeometric;
  setup.inputs = {
      UncertainInput{"normalisation", DiscreteChoice{{*setup.nominal.normalise, zscore}}},
      UncertainInput{"aggregation", DiscreteChoice{{AggregationSpec{}, geometric}}}};
  MonteCarloOptions options;
  options.replications = 200;
  options.threads = 2;
  std::size_t last_progress = 0;
  options.progress = [&](std::size_t done, std::size_t total) {
    EXPECT_GT(done, last_progress);
    EXPECT_EQ(total, 200U);
    last_progress = done;
  };
  const UncertaintyResult result = RunMc(setup, options);
  EXPECT_EQ(last_progress, 200U);
  EXPECT_GT(result.failed_replications, 0U);
  ASSERT_TRUE(result.first_failure.has_value());
  EXPECT_NE(result.first_failure->message().find("geometric mean"), std::string::npos);
  std::size_t failed = 0;
  for (std::size_t r = 0; r < result.replications; ++r) {
    const bool z = result.parameters[r * 2] == 1;
    const bool geo = result.parameters[r * 2 + 1] == 1;
    if (z && geo) {
      ++failed;
      EXPECT_TRUE(std::isnan(result.Score(r, 0)));
      EXPECT_TRUE(std::isnan(result.rank_shift[r]));
    }
  }
  EXPECT_EQ(failed, result.failed_replications);
}

TEST(Uncertainty, RanksOnlyStorageAndRankStatistics) {
  const McSetup setup = CoinrLikeSetup();
  MonteCarloOptions options;
  options.replications = 100;
  options.storage = ReplicateStorage::kRanksOnly;
  options.target = "A";
  const UncertaintyResult result = RunMc(setup, options);
  EXPECT_TRUE(result.scores.empty());
  EXPECT_EQ(result.ranks.size(), 100U * 12);
  EXPECT_EQ(result.target_node, *setup.framework.Find("A"));
  for (const RankStatistics& stats : result.rank_statistics) {
    EXPECT_LE(stats.q05, stats.median);
    EXPECT_LE(stats.median, stats.q95);
    EXPECT_GE(stats.q05, 1);
    EXPECT_LE(stats.q95, 12);
  }
}

TEST(Uncertainty, RankStatisticsAreRType7OverTheReplications) {
  const McSetup setup = CoinrLikeSetup();
  for (const std::size_t replications : {5, 300}) {  // fewer and more replications than units
    MonteCarloOptions options;
    options.replications = replications;
    const UncertaintyResult result = RunMc(setup, options);
    for (std::size_t c = 0; c < result.units; ++c) {
      std::vector<double> ranks;
      for (std::size_t r = 0; r < replications; ++r) ranks.push_back(result.Rank(r, c));
      const RankStatistics& stats = result.rank_statistics[c];
      EXPECT_DOUBLE_EQ(stats.mean, Mean(ranks));
      EXPECT_EQ(stats.median, Median(ranks));
      EXPECT_EQ(stats.q05, Quantile(ranks, 0.05));
      EXPECT_EQ(stats.q95, Quantile(ranks, 0.95));
      EXPECT_EQ(stats.nominal, result.nominal_ranks[c]);
    }
  }
}

}  // namespace
}  // namespace lct::analysis
