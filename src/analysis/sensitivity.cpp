#include "analysis/sensitivity.hpp"

#include <algorithm>
#include <cmath>

#include "analysis/detail/monte_carlo.hpp"
#include "analysis/random.hpp"
#include "analysis/statistics.hpp"

namespace lct::analysis {
namespace {

// Row j of block A or B of the design.
void DesignRow(std::uint64_t seed, RandomPurpose block, std::size_t j, std::span<double> u) {
  RandomStream random(seed, block, j);
  for (double& value : u) value = random.NextUniform();
}

// Row `row` of [A; B; AB_1; ...; AB_d].
void SaltelliRow(std::uint64_t seed, std::size_t n, std::size_t row, std::span<double> u) {
  const std::size_t block = row / n;
  const std::size_t j = row % n;
  if (block == 1) {
    DesignRow(seed, RandomPurpose::kSaltelliB, j, u);
    return;
  }
  DesignRow(seed, RandomPurpose::kSaltelliA, j, u);
  if (block >= 2) {
    std::vector<double> b(u.size());
    DesignRow(seed, RandomPurpose::kSaltelliB, j, b);
    u[block - 2] = b[block - 2];
  }
}

double SampleVariance(std::span<const double> a, std::span<const double> b) {
  std::vector<double> all(a.begin(), a.end());
  all.insert(all.end(), b.begin(), b.end());
  const double sd = SampleSd(all);
  return sd * sd;
}

struct BootstrapBands {
  double first_q05, first_q95, total_q05, total_q95;
};

// 5 % and 95 % quantiles of bootstrap replicates of the estimators of one input.
BootstrapBands Bootstrap(std::span<const double> first_terms, std::span<const double> total_terms,
                         double variance, std::size_t resamples, std::uint64_t seed,
                         std::size_t input) {
  const std::size_t n = first_terms.size();
  std::vector<double> first(resamples);
  std::vector<double> total(resamples);
  for (std::size_t b = 0; b < resamples; ++b) {
    RandomStream random(seed, RandomPurpose::kBootstrap, input * resamples + b);
    double first_sum = 0;
    double total_sum = 0;
    for (std::size_t k = 0; k < n; ++k) first_sum += first_terms[random.NextIndex(n)];
    for (std::size_t k = 0; k < n; ++k) {
      const double d = total_terms[random.NextIndex(n)];
      total_sum += d * d;
    }
    first[b] = first_sum / static_cast<double>(n) / variance;
    total[b] = total_sum / (2 * static_cast<double>(n) * variance);
  }
  return BootstrapBands{Quantile(first, 0.05), Quantile(first, 0.95), Quantile(total, 0.05),
                        Quantile(total, 0.95)};
}

}  // namespace

std::vector<double> SaltelliSample(std::size_t n, std::size_t d, std::uint64_t seed) {
  std::vector<double> design(n * (d + 2) * d);
  for (std::size_t row = 0; row < n * (d + 2); ++row) {
    SaltelliRow(seed, n, row, std::span<double>(design.data() + row * d, d));
  }
  return design;
}

SobolEstimate EstimateSobolIndices(std::span<const double> y, std::size_t n, std::size_t d,
                                   std::size_t bootstrap, std::uint64_t seed) {
  SobolEstimate estimate;
  const std::span<const double> ya = y.subspan(0, n);
  const std::span<const double> yb = y.subspan(n, n);
  const bool missing = std::any_of(y.begin(), y.end(), [](double v) { return std::isnan(v); });
  estimate.variance = missing ? kMissing : SampleVariance(ya, yb);
  std::vector<double> first_terms(n);
  std::vector<double> total_terms(n);
  for (std::size_t i = 0; i < d; ++i) {
    const std::span<const double> yab = y.subspan((2 + i) * n, n);
    double first_sum = 0;
    double total_sum = 0;
    for (std::size_t j = 0; j < n; ++j) {
      first_terms[j] = yb[j] * (yab[j] - ya[j]);
      total_terms[j] = ya[j] - yab[j];
      first_sum += first_terms[j];
      total_sum += total_terms[j] * total_terms[j];
    }
    SobolIndex index;
    index.first_order = first_sum / static_cast<double>(n) / estimate.variance;
    index.total = total_sum / (2 * static_cast<double>(n) * estimate.variance);
    if (bootstrap > 0 && !missing) {
      const BootstrapBands bands =
          Bootstrap(first_terms, total_terms, estimate.variance, bootstrap, seed, i);
      index.first_order_q05 = bands.first_q05;
      index.first_order_q95 = bands.first_q95;
      index.total_q05 = bands.total_q05;
      index.total_q95 = bands.total_q95;
    }
    estimate.indices.push_back(index);
  }
  return estimate;
}

Result<SensitivityResult> RunSensitivity(const IndexInput& input, const IndexFramework& framework,
                                         const PipelineSpec& nominal,
                                         std::span<const UncertainInput> inputs,
                                         const MonteCarloOptions& options) {
  if (options.replications < 2) return InvalidArgument("a sensitivity analysis needs N >= 2");
  Result<detail::MonteCarloPlan> plan =
      detail::PrepareMonteCarlo(input, framework, nominal, inputs, options);
  if (!plan) return plan.error();
  const std::size_t n = options.replications;
  const std::size_t d = inputs.size();
  const std::uint64_t seed = options.seed;
  const detail::Sampler sampler = [seed, n](std::size_t row, std::span<double> u) {
    SaltelliRow(seed, n, row, u);
  };
  Result<UncertaintyResult> runs =
      detail::RunMonteCarlo(*plan, options, n * (d + 2), sampler, 2 * n);
  if (!runs) return runs.error();
  SensitivityResult result;
  const SobolEstimate estimate =
      EstimateSobolIndices(runs->rank_shift, n, d, options.bootstrap, seed);
  result.variance = estimate.variance;
  for (std::size_t i = 0; i < d; ++i) {
    result.indices.push_back(SensitivityIndex{inputs[i].name, estimate.indices[i]});
  }
  result.runs = std::move(*runs);
  return result;
}

}  // namespace lct::analysis
