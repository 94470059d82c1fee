// Variance-based sensitivity analysis: the Saltelli design and the first-order (Saltelli 2010)
// and total-effect (Jansen) estimators, with bootstrap intervals. composite-index.md §4.2-4.4.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "analysis/uncertainty.hpp"
#include "base/result.hpp"

namespace lct::analysis {

// The N (d + 2) x d design, row-major: rows [A; B; AB_1; ...; AB_d], AB_i = A with column i
// from B. Row j of A and of B depends only on (seed, j).
[[nodiscard]] std::vector<double> SaltelliSample(std::size_t n, std::size_t d, std::uint64_t seed);

struct SobolIndex {
  double first_order = 0;             // S_i = mean(yB (yAB_i - yA)) / V
  double total = 0;                   // ST_i = sum (yA - yAB_i)^2 / (2 N V)
  double first_order_q05 = kMissing;  // bootstrap 5 % / 95 % quantiles (NaN without bootstrap)
  double first_order_q95 = kMissing;
  double total_q05 = kMissing;
  double total_q95 = kMissing;
};

struct SobolEstimate {
  double variance = 0;                // sample variance of yA and yB together (denominator 2N - 1)
  std::vector<SobolIndex> indices{};  // one per input
};

// Estimates the indices from the outputs y of a Saltelli design (length N (d + 2)). With
// `bootstrap` > 0, the N per-row terms are resampled with replacement that many times (draws
// depend only on `seed`). A missing output makes the affected estimates NaN.
[[nodiscard]] SobolEstimate EstimateSobolIndices(std::span<const double> y, std::size_t n,
                                                 std::size_t d, std::size_t bootstrap,
                                                 std::uint64_t seed);

struct SensitivityIndex {
  std::string input{};
  SobolIndex index{};
};

struct SensitivityResult {
  UncertaintyResult runs{};  // rows [A; B; AB_1; ...]; rank statistics over A and B
  double variance = 0;       // of the mean absolute rank shift
  std::vector<SensitivityIndex> indices{};
};

// The SA of get_sensitivity(SA_type = "SA"): N (d + 2) replications of the Saltelli design; the
// output of a replication is its mean absolute rank shift against the nominal ranks.
[[nodiscard]] Result<SensitivityResult> RunSensitivity(const IndexInput& input,
                                                       const IndexFramework& framework,
                                                       const PipelineSpec& nominal,
                                                       std::span<const UncertainInput> inputs,
                                                       const MonteCarloOptions& options);

}  // namespace lct::analysis
