#include "analysis/agreement.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstddef>
#include <utility>

namespace lct::analysis {
namespace {

using Matrix = std::vector<std::vector<double>>;
using Delta2 = std::function<double(double, double)>;

// Krippendorff's conventional reading of alpha (Krippendorff 2004/2011): data are reliable
// from .800, and support only tentative conclusions from .667.
constexpr double kReliableAlpha = 0.800;
constexpr double kTentativeAlpha = 0.667;

// The toolkit convention for a "consensus" item (methods.md §1.2): within one scale point.
constexpr double kWithinDistance = 1.0;

// An n x n matrix of zeros, row by row: the one-expression form trips GCC 12's
// -Wfree-nonheap-object false positive at -O2.
Matrix Zeros(std::size_t n) {
  Matrix m(n);
  for (auto& row : m) row.assign(n, 0.0);
  return m;
}

// methods.md §1.1 steps 1-3: the coincidence matrix o_ck from a units x values count matrix.
// Units with fewer than two values are unpairable and add nothing.
AlphaResult Coincidences(const Matrix& counts, std::vector<double> values) {
  AlphaResult result;
  const std::size_t width = values.size();
  result.values = std::move(values);
  result.value_totals.assign(width, 0.0);
  result.coincidences = Zeros(width);
  for (const auto& unit : counts) {
    assert(unit.size() == width);
    double m_u = 0.0;
    for (const double count : unit) m_u += count;
    if (m_u < 2.0) continue;
    for (std::size_t c = 0; c < width; ++c) {
      if (unit[c] == 0.0) continue;
      for (std::size_t k = 0; k < width; ++k) {
        const double pairs = unit[c] * (c == k ? unit[k] - 1.0 : unit[k]);
        result.coincidences[c][k] += pairs / (m_u - 1.0);
      }
    }
  }
  for (std::size_t c = 0; c < width; ++c) {
    for (std::size_t k = 0; k < width; ++k) result.value_totals[c] += result.coincidences[c][k];
    result.pairable_values += result.value_totals[c];
  }
  return result;
}

// The ordinal difference (methods.md §1.1 step 5), which depends on the marginals n_g.
Matrix OrdinalDeltas(const std::vector<double>& n) {
  const std::size_t width = n.size();
  Matrix delta = Zeros(width);
  for (std::size_t c = 0; c < width; ++c) {
    double between = 0.0;
    for (std::size_t k = c; k < width; ++k) {
      between += n[k];
      const double d = between - (n[c] + n[k]) / 2.0;
      delta[c][k] = d * d;
      delta[k][c] = d * d;
    }
  }
  return delta;
}

Matrix FunctionDeltas(const std::vector<double>& values, const Delta2& delta2) {
  Matrix delta = Zeros(values.size());
  for (std::size_t c = 0; c < values.size(); ++c) {
    for (std::size_t k = 0; k < values.size(); ++k) delta[c][k] = delta2(values[c], values[k]);
  }
  return delta;
}

double NominalDelta(double c, double k) { return c == k ? 0.0 : 1.0; }
double IntervalDelta(double c, double k) { return (c - k) * (c - k); }
double RatioDelta(double c, double k) {
  if (c + k == 0.0) return 0.0;
  const double d = (c - k) / (c + k);
  return d * d;
}

// methods.md §1.1 step 4, with the edge cases: no pairable unit, or D_e = 0.
AlphaResult Finish(AlphaResult result, const Matrix& delta) {
  const double n = result.pairable_values;
  if (n < 2.0) {
    result.outcome = AgreementOutcome::kInsufficientData;
    return result;
  }
  double observed = 0.0;
  double expected = 0.0;
  const std::size_t width = result.values.size();
  for (std::size_t c = 0; c < width; ++c) {
    for (std::size_t k = 0; k < width; ++k) {
      observed += result.coincidences[c][k] * delta[c][k];
      expected += result.value_totals[c] * result.value_totals[k] * delta[c][k];
    }
  }
  result.observed_disagreement = observed / n;
  result.expected_disagreement = expected / (n * (n - 1.0));
  if (result.expected_disagreement == 0.0) {
    result.outcome = AgreementOutcome::kUndefined;
    return result;
  }
  result.outcome = AgreementOutcome::kOk;
  result.alpha = 1.0 - result.observed_disagreement / result.expected_disagreement;
  return result;
}

Matrix MetricDeltas(const AlphaResult& coincidences, AlphaMetric metric) {
  switch (metric) {
    case AlphaMetric::kNominal:
      return FunctionDeltas(coincidences.values, NominalDelta);
    case AlphaMetric::kOrdinal:
      return OrdinalDeltas(coincidences.value_totals);
    case AlphaMetric::kInterval:
      return FunctionDeltas(coincidences.values, IntervalDelta);
    case AlphaMetric::kRatio:
      return FunctionDeltas(coincidences.values, RatioDelta);
  }
  return FunctionDeltas(coincidences.values, NominalDelta);
}

AlphaResult WithMetric(AlphaResult coincidences, AlphaMetric metric) {
  const Matrix delta = MetricDeltas(coincidences, metric);
  return Finish(std::move(coincidences), delta);
}

// Raw reliability data as a units x values count matrix over the values of pairable units only
// (a value seen only in an unpairable unit does not enter n_c). NaN counts as missing.
AlphaResult RawCoincidences(const ReliabilityData& data) {
  std::size_t units = 0;
  for (const auto& row : data) units = std::max(units, row.size());
  std::vector<std::vector<double>> by_unit(units);
  for (const auto& row : data) {
    for (std::size_t u = 0; u < row.size(); ++u) {
      if (row[u].has_value() && !std::isnan(*row[u])) by_unit[u].push_back(*row[u]);
    }
  }
  std::vector<double> values;
  for (const auto& unit : by_unit) {
    if (unit.size() >= 2) values.insert(values.end(), unit.begin(), unit.end());
  }
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());

  Matrix counts;
  for (const auto& unit : by_unit) {
    if (unit.size() < 2) continue;
    std::vector<double> row(values.size(), 0.0);
    for (const double v : unit) {
      const auto at = std::lower_bound(values.begin(), values.end(), v) - values.begin();
      row[static_cast<std::size_t>(at)] += 1.0;
    }
    counts.push_back(std::move(row));
  }
  return Coincidences(counts, std::move(values));
}

// Type 7 quantile of sorted values (methods.md §1.2): h = (k - 1) p, 0-based.
double Type7(const std::vector<double>& sorted, double p) {
  const double h = static_cast<double>(sorted.size() - 1) * p;
  const auto lo = static_cast<std::size_t>(std::floor(h));
  if (lo + 1 >= sorted.size()) return sorted[lo];
  return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[lo + 1] - sorted[lo]);
}

}  // namespace

AlphaResult KrippendorffAlpha(const ReliabilityData& data, AlphaMetric metric) {
  return WithMetric(RawCoincidences(data), metric);
}

AlphaResult KrippendorffAlpha(const ReliabilityData& data, const Delta2& delta2) {
  AlphaResult coincidences = RawCoincidences(data);
  const Matrix delta = FunctionDeltas(coincidences.values, delta2);
  return Finish(std::move(coincidences), delta);
}

AlphaResult KrippendorffAlphaFromCounts(const std::vector<std::vector<double>>& counts,
                                        const std::vector<double>& values, AlphaMetric metric) {
  assert(std::adjacent_find(values.begin(), values.end(), std::greater_equal<>()) == values.end());
  return WithMetric(Coincidences(counts, values), metric);
}

std::string DescribeAlpha(const AlphaResult& result) {
  switch (result.outcome) {
    case AgreementOutcome::kInsufficientData:
      return "not enough answers to measure agreement";
    case AgreementOutcome::kUndefined:
      // D_e = 0: every pairable value is the same. Alpha is undefined, but that is perfect
      // agreement, not a lack of answers (issue 11).
      return "complete agreement (all paired ratings are the same)";
    case AgreementOutcome::kOk:
      break;
  }
  // Krippendorff's conventional thresholds: >= .800 reliable, .667-.800 tentative.
  if (result.alpha >= kReliableAlpha) return "reliable agreement";
  if (result.alpha >= kTentativeAlpha) return "tentative agreement";
  if (result.alpha >= 0.0) return "low agreement";
  return "systematic disagreement";
}

Dispersion DescribeResponses(std::vector<double> responses, const DispersionOptions& options) {
  responses.erase(
      std::remove_if(responses.begin(), responses.end(), [](double v) { return std::isnan(v); }),
      responses.end());
  Dispersion out;
  out.count = static_cast<int>(responses.size());
  if (responses.empty()) return out;
  std::sort(responses.begin(), responses.end());
  out.outcome = AgreementOutcome::kOk;
  out.median = Type7(responses, 0.5);
  out.q1 = Type7(responses, 0.25);
  out.q3 = Type7(responses, 0.75);
  out.iqr = out.q3 - out.q1;
  const auto near = std::count_if(responses.begin(), responses.end(), [&](double v) {
    return std::abs(v - out.median) <= kWithinDistance;
  });
  out.within1 = static_cast<double>(near) / static_cast<double>(responses.size());
  if (responses.size() >= 2) {
    double mean = 0.0;
    for (const double v : responses) mean += v;
    mean /= static_cast<double>(responses.size());
    double squares = 0.0;
    for (const double v : responses) squares += (v - mean) * (v - mean);
    out.sd = std::sqrt(squares / static_cast<double>(responses.size() - 1));
  }
  out.single_respondent = responses.size() == 1;
  out.consensus =
      !out.single_respondent && out.iqr <= options.max_iqr && out.within1 >= options.min_within1;
  return out;
}

KappaResult FleissKappa(const std::vector<std::vector<int>>& counts) {
  KappaResult out;
  if (counts.empty()) return out;
  out.outcome = AgreementOutcome::kUndefined;
  std::size_t categories = 0;
  for (const auto& row : counts) categories = std::max(categories, row.size());
  long raters = -1;
  for (const auto& row : counts) {
    long sum = 0;
    for (const int c : row) {
      assert(c >= 0);
      sum += c;
    }
    if (raters >= 0 && sum != raters) return out;  // unequal raters: use alpha instead
    raters = sum;
  }
  if (raters < 2) return out;

  const auto n = static_cast<double>(raters);
  const auto subjects = static_cast<double>(counts.size());
  std::vector<double> totals(categories, 0.0);
  double agreement = 0.0;
  for (const auto& row : counts) {
    double squares = 0.0;
    for (std::size_t j = 0; j < row.size(); ++j) {
      squares += static_cast<double>(row[j]) * row[j];
      totals[j] += row[j];
    }
    agreement += (squares - n) / (n * (n - 1.0));
  }
  out.observed_agreement = agreement / subjects;
  for (const double total : totals) {
    const double p = total / (subjects * n);
    out.expected_agreement += p * p;
  }
  if (out.expected_agreement >= 1.0) return out;
  out.outcome = AgreementOutcome::kOk;
  out.kappa = (out.observed_agreement - out.expected_agreement) / (1.0 - out.expected_agreement);
  return out;
}

}  // namespace lct::analysis
