// Cumulative distribution and quantile functions used by the benchmarking methods
// (methods.md §3: t quantiles; §3.4: normal, binomial, Poisson and chi-squared). Thin wrappers
// over Boost.Math, so no Boost type reaches a header other layers include, and so that a bad
// argument gives NaN instead of an exception (the callers check their inputs first).
#pragma once

namespace lct::analysis {

// Standard normal: Phi(x) and its inverse. NormalQuantile(0) = -inf, (1) = +inf, else NaN
// outside [0, 1].
[[nodiscard]] double NormalCdf(double x);
[[nodiscard]] double NormalQuantile(double p);

// Student's t with df > 0 degrees of freedom (df need not be whole). NaN when df <= 0.
// StudentTQuantile(0.975, 5) = 2.570582 (methods.md §3.2 check values).
[[nodiscard]] double StudentTCdf(double x, double df);
[[nodiscard]] double StudentTQuantile(double p, double df);

// Chi-squared with df > 0 degrees of freedom. ChiSquaredQuantile(0.95, 9) = 16.918978.
[[nodiscard]] double ChiSquaredCdf(double x, double df);
[[nodiscard]] double ChiSquaredQuantile(double p, double df);

// Binomial with `trials` >= 0 and success probability in [0, 1]: P(X <= k). k < 0 gives 0,
// k >= trials gives 1. Degenerate probabilities 0 and 1 are handled exactly.
[[nodiscard]] double BinomialCdf(double k, double trials, double probability);

// Poisson with mean >= 0: P(X <= k). k < 0 gives 0; a mean of 0 gives 1 for every k >= 0.
[[nodiscard]] double PoissonCdf(double k, double mean);

}  // namespace lct::analysis
