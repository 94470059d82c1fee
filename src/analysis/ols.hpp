// Ordinary least squares with an intercept (methods.md §3.1), solved by Householder QR (Eigen):
// coefficients and their SEs, s, df, R^2, leverage with the high-leverage flag, and in-sample
// prediction and mean intervals. Rows with a missing value are dropped (listwise deletion).
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "analysis/interval.hpp"
#include "base/result.hpp"

namespace lct::analysis {

// A named column of numbers, one per row (unit); NaN = missing. A view: the caller's data must
// outlive the call that takes it.
struct NamedValues {
  std::string name;
  std::span<const double> values;
};

struct OlsOptions {
  double confidence = 0.95;  // level of the in-sample prediction and mean intervals
};

struct OlsRow {
  std::size_t row = 0;  // position in the input
  double y = 0;
  double fitted = 0;           // y-hat
  double residual = 0;         // e = y - y-hat
  double leverage = 0;         // h_ii = x_i'(X'X)^-1 x_i
  bool high_leverage = false;  // h_ii > 2p/n
  Interval prediction{};       // y-hat +- t_{1-a/2, n-p} s sqrt(1 + h)
  Interval mean{};             // y-hat +- t_{1-a/2, n-p} s sqrt(h)
};

struct DroppedRow {
  std::size_t row = 0;
  std::string reason;  // names the missing variables, e.g. "missing 'y', 'density'"
};

struct OlsFit {
  std::vector<std::string> coefficient_names;  // "(Intercept)", then the regressors in order
  std::vector<double> coefficients;            // beta-hat
  std::vector<double> standard_errors;         // s sqrt([(X'X)^-1]_jj)
  std::size_t n = 0;                           // rows used
  std::size_t p = 0;                           // coefficients, with the intercept
  std::size_t df = 0;                          // n - p
  double s = 0;                                // residual standard error, sqrt(SSE / (n - p))
  double sse = 0;
  double sst = 0;                 // total sum of squares about the mean of y
  double r_squared = kMissing;    // 1 - SSE/SST; NaN when y does not vary (SST = 0)
  double leverage_threshold = 0;  // 2p/n
  double confidence = 0.95;
  double t_critical = 0;            // t_{(1+confidence)/2, n-p}
  std::vector<OlsRow> rows;         // the rows used, in input order
  std::vector<DroppedRow> dropped;  // the rows left out, in input order
};

// Errors (each a clear message): columns of different lengths; an infinite value; confidence
// outside (0, 1); n <= p after listwise deletion ("refuse"); a rank-deficient X, naming the
// columns that are constant or linear combinations of earlier ones (tolerance 1e-7 relative to
// each column's norm, as R's lm).
[[nodiscard]] Result<OlsFit> FitOls(const NamedValues& outcome,
                                    std::span<const NamedValues> regressors,
                                    const OlsOptions& options = {});

}  // namespace lct::analysis
