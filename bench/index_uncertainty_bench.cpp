// Benchmarks of the composite-index engine (issue 6): the nominal build and COINr's example
// uncertainty analysis on the ASEM data, and the same analysis on a large synthetic index.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <iostream>

#include "analysis/pipeline.hpp"
#include "analysis/uncertainty.hpp"
#include "analysis/weights.hpp"
#include "asem_data.hpp"
#include "synthetic_index.hpp"

namespace lct::bench {
namespace {

using analysis::AggregationMethod;
using analysis::AggregationSpec;
using analysis::DiscreteChoice;
using analysis::IndexFramework;
using analysis::NormalisationSpec;
using analysis::NormaliseMethod;
using analysis::NormaliseSpec;
using analysis::PipelineSpec;
using analysis::UncertainInput;

constexpr std::uint64_t kWeightSeed = 2024;

// COINr's example (composite-index.md §4.1): winsorisation limit 1-5; min-max onto [1, 100] or
// z-scores with mean 10 and sd 2; 100 noisy weight sets at +/-25 % on levels 2 and 3;
// arithmetic or geometric mean.
std::vector<UncertainInput> CoinrInputs(const IndexFramework& framework,
                                        const PipelineSpec& nominal) {
  const std::size_t limits[] = {1, 2, 3, 4, 5};
  NormalisationSpec minmax;
  minmax.global.lower = 1;
  NormalisationSpec zscore;
  zscore.global = NormaliseSpec{.method = NormaliseMethod::kZScore, .mean = 10, .sd = 2};
  const analysis::WeightNoise noise[] = {{2, 0.25}, {3, 0.25}};
  const std::vector<analysis::WeightSet> weights =
      analysis::NoisyWeights(framework, framework.Weights(), noise, 100, kWeightSeed);
  AggregationSpec geometric;
  geometric.levels[0].method = AggregationMethod::kGeometric;
  return {analysis::WinsorisationLimits("winmax", *nominal.treat, limits),
          UncertainInput{"normalisation", DiscreteChoice{{minmax, zscore}}},
          analysis::WeightChoices("weights", weights),
          UncertainInput{"aggregation", DiscreteChoice{{AggregationSpec{}, geometric}}}};
}

void RunAndCount(benchmark::State& state, const analysis::IndexInput& input,
                 const IndexFramework& framework, const PipelineSpec& nominal,
                 const analysis::MonteCarloOptions& options) {
  const std::vector<UncertainInput> inputs = CoinrInputs(framework, nominal);
  std::size_t failed = 0;
  for (auto _ : state) {
    const auto result = analysis::RunUncertainty(input, framework, nominal, inputs, options);
    if (!result) {
      state.SkipWithError(result.error().ToString().c_str());
      return;
    }
    failed = result->failed_replications;
    benchmark::DoNotOptimize(result->rank_statistics.data());
  }
  const auto n = static_cast<double>(options.replications);
  state.counters["replications_per_second"] =
      benchmark::Counter(n * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
  state.counters["failed_replications"] = static_cast<double>(failed);
}

void AsemBuild(benchmark::State& state) {
  const analysis::testing::AsemData asem = analysis::testing::LoadAsem();
  const PipelineSpec spec = analysis::testing::AsemDefaultPipeline();
  for (auto _ : state) {
    auto result = analysis::BuildIndex(asem.input, asem.framework, spec);
    benchmark::DoNotOptimize(result);
  }
}
BENCHMARK(AsemBuild)->Unit(benchmark::kMicrosecond);

// (a) ASEM, COINr's 4 uncertain inputs, N = 10,000; argument: threads.
void AsemUncertainty(benchmark::State& state) {
  const analysis::testing::AsemData asem = analysis::testing::LoadAsem();
  const PipelineSpec nominal = analysis::testing::AsemDefaultPipeline();
  analysis::MonteCarloOptions options;
  options.replications = 10000;
  options.seed = 1;
  options.threads = static_cast<std::size_t>(state.range(0));
  RunAndCount(state, asem.input, asem.framework, nominal, options);
}
BENCHMARK(AsemUncertainty)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

// (b) 35,000 units x 50 indicators x 3 aggregation levels (synthetic), N = 1,000; argument:
// threads. Ranks only are kept (scores would add 280 MB).
void SyntheticUncertainty(benchmark::State& state) {
  constexpr std::size_t kUnits = 35000;
  constexpr std::size_t kIndicators = 50;
  const IndexFramework framework = SyntheticFramework(kIndicators, 5);
  const analysis::IndexInput input = SyntheticInput(kUnits, kIndicators, 7);
  PipelineSpec nominal;
  nominal.impute = analysis::ImputeSpec{};
  nominal.treat = analysis::TreatmentSpec{};
  nominal.normalise = NormalisationSpec{};
  nominal.normalise->global.lower = 1;
  analysis::MonteCarloOptions options;
  options.replications = 1000;
  options.seed = 1;
  options.threads = static_cast<std::size_t>(state.range(0));
  options.storage = analysis::ReplicateStorage::kRanksOnly;
  options.cache_bytes = std::size_t{1} << 30U;
  RunAndCount(state, input, framework, nominal, options);
}
BENCHMARK(SyntheticUncertainty)->Arg(2)->Unit(benchmark::kSecond)->UseRealTime()->Iterations(1);

}  // namespace
}  // namespace lct::bench

BENCHMARK_MAIN();
