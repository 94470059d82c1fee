// Agreement among respondents (methods.md §1): Krippendorff's alpha for any metric, per-item
// dispersion with a consensus flag, and Fleiss' kappa. Plain functions of plain values; no I/O.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace lct::analysis {

enum class AlphaMetric { kNominal, kOrdinal, kInterval, kRatio };

enum class AgreementOutcome {
  kOk,                // the coefficient is defined and computed
  kInsufficientData,  // no unit has two or more values (alpha); k = 0 (dispersion)
  kUndefined,         // only one distinct pairable value (alpha), or expected agreement 1 (kappa)
};

struct AlphaResult {
  AgreementOutcome outcome = AgreementOutcome::kInsufficientData;
  double alpha = 0.0;                  // meaningful only when outcome is kOk
  double observed_disagreement = 0.0;  // D_o
  double expected_disagreement = 0.0;  // D_e
  double pairable_values = 0.0;        // n
  // The coincidence matrix behind the figures (methods.md §1.1 steps 2-3), over the distinct
  // values of pairable units in ascending order (for count-matrix input: the caller's values).
  std::vector<double> values;                     // the distinct values c
  std::vector<double> value_totals;               // n_c, one per entry of `values`
  std::vector<std::vector<double>> coincidences;  // o_ck, symmetric
};

// Reliability data: data[observer][unit], std::nullopt where the observer gave no value.
// Rows may differ in length (missing trailing units). For kOrdinal, values are ordered by number.
// A NaN value counts as missing. Units with fewer than two values are unpairable and dropped.
using ReliabilityData = std::vector<std::vector<std::optional<double>>>;

[[nodiscard]] AlphaResult KrippendorffAlpha(const ReliabilityData& data, AlphaMetric metric);

// The same with a caller's difference function delta2(c, k) (e.g. |c - k| for a custom metric).
[[nodiscard]] AlphaResult KrippendorffAlpha(const ReliabilityData& data,
                                            const std::function<double(double, double)>& delta2);

// Count-matrix input: counts[unit][j] = how many observers gave values[j] to that unit.
// `values` must be strictly increasing; a row whose width differs from `values` is a bug (assert).
[[nodiscard]] AlphaResult KrippendorffAlphaFromCounts(
    const std::vector<std::vector<double>>& counts, const std::vector<double>& values,
    AlphaMetric metric);

// A plain-words reading of alpha for a results page, by Krippendorff's conventional thresholds:
// >= .800 "reliable agreement", .667 to .800 "tentative agreement", 0 to .667 "low agreement",
// < 0 "systematic disagreement"; kInsufficientData reads "not enough answers ...", and
// kUndefined (one distinct pairable value) "complete agreement ...".
[[nodiscard]] std::string DescribeAlpha(const AlphaResult& result);

// Per-item dispersion of k responses on a 1..S scale (methods.md §1.2; quartiles by
// Hyndman-Fan type 7). consensus: IQR <= max_iqr and within1 >= min_within1 (a configurable
// Delphi-style convention, not a standard). NaN responses count as missing. With one response
// (k = 1) IQR is 0 and within1 is 1, but consensus stays false: single_respondent is set instead.
struct DispersionOptions {
  double max_iqr = 1.0;
  double min_within1 = 0.75;
};

struct Dispersion {
  AgreementOutcome outcome = AgreementOutcome::kInsufficientData;  // kInsufficientData when k = 0
  int count = 0;
  double median = 0.0;
  double q1 = 0.0;
  double q3 = 0.0;
  double iqr = 0.0;
  double within1 = 0.0;      // share of responses within 1 of the median
  std::optional<double> sd;  // sample standard deviation, when k >= 2
  bool consensus = false;
  bool single_respondent = false;
};

[[nodiscard]] Dispersion DescribeResponses(std::vector<double> responses,
                                           const DispersionOptions& options = {});

// Fleiss' kappa from a subjects x categories count matrix with the same number of raters per
// subject (methods.md §1.3). kUndefined when raters differ across subjects, fewer than 2 raters,
// or expected agreement is 1; kInsufficientData when there is no subject. Shorter rows count
// as zeros in the missing categories; counts must be >= 0 (assert).
struct KappaResult {
  AgreementOutcome outcome = AgreementOutcome::kInsufficientData;
  double kappa = 0.0;
  double observed_agreement = 0.0;  // P-bar
  double expected_agreement = 0.0;  // P-bar_e
};

[[nodiscard]] KappaResult FleissKappa(const std::vector<std::vector<int>>& counts);

}  // namespace lct::analysis
