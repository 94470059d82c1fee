#include "analysis/value_added.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include "analysis/distributions.hpp"

namespace lct::analysis {
namespace {

// §3.2: a place whose leverage is this close to 1 decides its own fitted value.
constexpr double kMaxLeverage = 1.0 - 1e-10;
// SSE at or below this share of SST is rounding: the context predicts the outcome exactly.
constexpr double kExactFit = 1e-20;

std::string Fixed(double value, int decimals) {
  std::array<char, 64> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%.*f", decimals, value);
  return buffer.data();
}

std::string Percent(double confidence) {
  std::string text = Fixed(confidence * 100.0, 1);
  if (text.ends_with(".0")) text.resize(text.size() - 2);
  return text + "%";
}

bool ExactFit(const OlsFit& fit) { return !(fit.sst > 0) || fit.sse <= kExactFit * fit.sst; }

// VA_i, s_(i), SE_i, t_i, the interval and the flag for one place.
void AssessUnit(const OlsFit& fit, double t_critical, ValueAddedUnit& unit) {
  const double one_minus_h = 1.0 - unit.leverage;
  if (unit.leverage > kMaxLeverage) {
    unit.note = "not assessable: leverage " + Fixed(unit.leverage, 6) +
                " is 1, so the place alone sets its expected value";
    return;
  }
  unit.value_added = unit.residual / one_minus_h;
  unit.expected = unit.y - unit.value_added;
  if (ExactFit(fit)) {
    unit.note = "not assessable: the context variables predict the indicator exactly";
    return;
  }
  const std::size_t loo_df = fit.df - 1;
  if (loo_df == 0) {
    unit.note = "not assessable: with n = p + 1 places no degrees of freedom are left for s_(i)";
    return;
  }
  const double rest =
      static_cast<double>(fit.df) * fit.s * fit.s - unit.residual * unit.residual / one_minus_h;
  unit.loo_sd = std::sqrt(std::max(0.0, rest / static_cast<double>(loo_df)));
  unit.standard_error = unit.loo_sd / std::sqrt(one_minus_h);
  unit.studentised = unit.value_added / unit.standard_error;
  const double half = t_critical * unit.standard_error;
  unit.interval = {unit.value_added - half, unit.value_added + half};
  if (unit.interval.lower > 0) {
    unit.flag = ValueAddedFlag::kAbove;
  } else if (unit.interval.upper < 0) {
    unit.flag = ValueAddedFlag::kBelow;
  } else {
    unit.flag = ValueAddedFlag::kAsExpected;
  }
}

void AddNotes(ValueAddedResult& result) {
  const OlsFit& fit = result.fit;
  if (fit.df == 1) {
    result.notes.emplace_back(
        "Only one more place than coefficients: value added is shown but no place can be "
        "flagged (no degrees of freedom are left once a place is left out).");
  }
  const auto high = std::count_if(result.units.begin(), result.units.end(),
                                  [](const ValueAddedUnit& u) { return u.high_leverage; });
  if (ExactFit(fit)) {
    result.notes.emplace_back(
        "The context variables predict the indicator exactly (no residual variation): no place "
        "can be assessed.");
  }
  if (high > 0) {
    result.notes.push_back(std::to_string(high) + " place(s) have high leverage (h > 2p/n = " +
                           Fixed(fit.leverage_threshold, 3) +
                           "): their context is unusual, so the model says less about them.");
  }
  if (!result.dropped.empty()) {
    result.notes.push_back(std::to_string(result.dropped.size()) +
                           " place(s) left out for missing data (listwise deletion).");
  }
  result.notes.push_back("About " + Fixed(result.expected_flagged_by_chance, 1) + " of " +
                         std::to_string(result.assessed) +
                         " places would be flagged by chance alone at " +
                         Percent(1.0 - result.alpha) + " intervals.");
}

}  // namespace

const char* ValueAddedFlagName(ValueAddedFlag flag) {
  switch (flag) {
    case ValueAddedFlag::kAbove:
      return "above expectation";
    case ValueAddedFlag::kBelow:
      return "below expectation";
    case ValueAddedFlag::kAsExpected:
      return "as expected";
    case ValueAddedFlag::kNotAssessable:
      return "not assessable";
  }
  return "not assessable";
}

Result<ValueAddedResult> ComputeValueAdded(std::span<const std::string> unit_ids,
                                           const NamedValues& outcome,
                                           std::span<const NamedValues> context,
                                           const ValueAddedOptions& options) {
  if (!(options.alpha > 0 && options.alpha < 1)) {
    return InvalidArgument("value added: alpha must be between 0 and 1 (0.05 or 0.002)");
  }
  if (unit_ids.size() != outcome.values.size()) {
    return InvalidArgument("value added: " + std::to_string(unit_ids.size()) + " place ids for " +
                           std::to_string(outcome.values.size()) + " values of '" + outcome.name +
                           "'");
  }
  Result<OlsFit> fit = FitOls(outcome, context, OlsOptions{.confidence = 1.0 - options.alpha});
  if (!fit) return fit.error();

  ValueAddedResult result;
  result.fit = std::move(*fit);
  result.alpha = options.alpha;
  result.interval_df = static_cast<double>(result.fit.df) - 1.0;
  if (result.interval_df > 0) {
    result.t_critical = StudentTQuantile(1.0 - options.alpha / 2.0, result.interval_df);
  }
  for (const DroppedRow& d : result.fit.dropped) {
    result.dropped.push_back({d.row, unit_ids[d.row], d.reason});
  }
  for (const OlsRow& row : result.fit.rows) {
    ValueAddedUnit unit;
    unit.row = row.row;
    unit.id = unit_ids[row.row];
    unit.y = row.y;
    unit.fitted = row.fitted;
    unit.residual = row.residual;
    unit.leverage = row.leverage;
    unit.high_leverage = row.high_leverage;
    unit.prediction = row.prediction;
    AssessUnit(result.fit, result.t_critical, unit);
    if (unit.flag != ValueAddedFlag::kNotAssessable) ++result.assessed;
    if (unit.flag == ValueAddedFlag::kAbove) ++result.above;
    if (unit.flag == ValueAddedFlag::kBelow) ++result.below;
    result.units.push_back(std::move(unit));
  }
  result.expected_flagged_by_chance = options.alpha * static_cast<double>(result.assessed);
  AddNotes(result);
  return result;
}

}  // namespace lct::analysis
