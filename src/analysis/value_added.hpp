// Value added: is a place doing better or worse than its context predicts? (methods.md §3.2)
// Leave-one-out value added from one OLS fit in closed form, its standard error and interval
// with t at n - p - 1 df, and the flag rule: "above" only if the lower bound > 0, "below" only
// if the upper bound < 0. A place does not help set its own expectation.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "analysis/interval.hpp"
#include "analysis/ols.hpp"
#include "base/result.hpp"

namespace lct::analysis {

enum class ValueAddedFlag {
  kAbove,          // interval entirely above 0
  kBelow,          // interval entirely below 0
  kAsExpected,     // interval contains 0
  kNotAssessable,  // h_ii > 1 - 1e-10, or n = p + 1 (no df for s_(i)); see ValueAddedUnit::note
};

// "above expectation", "below expectation", "as expected", "not assessable".
[[nodiscard]] const char* ValueAddedFlagName(ValueAddedFlag flag);

struct ValueAddedOptions {
  double alpha = 0.05;  // 0.05 gives 95% intervals; 0.002 (99.8%) for strong claims
};

// Every figure a results table needs for one place used in the fit.
struct ValueAddedUnit {
  std::size_t row = 0;  // position in the input
  std::string id;
  double y = 0;
  double fitted = 0;
  double residual = 0;
  double leverage = 0;
  bool high_leverage = false;        // h_ii > 2p/n
  Interval prediction{};             // in-sample prediction interval at 1 - alpha (t at n - p df)
  double value_added = kMissing;     // VA_i = e_i/(1 - h_ii) = y_i - y-hat_(i)
  double expected = kMissing;        // y-hat_(i) = y_i - VA_i, the leave-one-out prediction
  double loo_sd = kMissing;          // s_(i)
  double standard_error = kMissing;  // s_(i)/sqrt(1 - h_ii)
  double studentised = kMissing;     // t_i = VA_i / SE_i, the externally studentised residual
  Interval interval{};               // VA_i +- t_{1-alpha/2, n-p-1} SE_i
  ValueAddedFlag flag = ValueAddedFlag::kNotAssessable;
  std::string note;  // why the place is not assessable; empty otherwise
};

struct DroppedUnit {
  std::size_t row = 0;
  std::string id;
  std::string reason;  // e.g. "missing 'density'"
};

struct ValueAddedResult {
  OlsFit fit{};  // coefficients, SEs, s, df, R^2, n, p (its rows are repeated in `units`)
  std::vector<ValueAddedUnit> units;  // the places used, in input order
  std::vector<DroppedUnit> dropped;   // listwise deletion, in input order
  double alpha = 0.05;
  double interval_df = 0;        // n - p - 1
  double t_critical = kMissing;  // t_{1-alpha/2, n-p-1}; NaN when n = p + 1
  std::size_t assessed = 0;      // places with a flag other than kNotAssessable
  std::size_t above = 0;
  std::size_t below = 0;
  double expected_flagged_by_chance = 0;  // alpha x assessed: flags to expect with no real effect
  std::vector<std::string> notes;         // plain-words caveats for the page
};

// Fits `outcome` on the context variables (with an intercept) over the places with complete
// data and computes each place's leave-one-out value added. unit_ids name the rows.
// Errors: ids and columns of different lengths, alpha outside (0, 1), and every error of
// FitOls (n <= p: refused; rank-deficient X: names the columns).
[[nodiscard]] Result<ValueAddedResult> ComputeValueAdded(std::span<const std::string> unit_ids,
                                                         const NamedValues& outcome,
                                                         std::span<const NamedValues> context,
                                                         const ValueAddedOptions& options = {});

}  // namespace lct::analysis
