#include "analysis/funnel.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "analysis/distributions.hpp"
#include "analysis/statistics.hpp"

namespace lct::analysis {
namespace {

constexpr double kWinsorLow = 0.10;
constexpr double kWinsorHigh = 0.90;
constexpr double kTestLevel = 0.95;

Status CheckInput(std::span<const std::string> ids, std::span<const double> numerators,
                  std::span<const double> denominators, const FunnelOptions& options) {
  if (numerators.size() != ids.size() || denominators.size() != ids.size()) {
    return InvalidArgument("funnel plot: " + std::to_string(ids.size()) + " places, " +
                           std::to_string(numerators.size()) + " numerators and " +
                           std::to_string(denominators.size()) + " denominators");
  }
  const bool proportion = options.measure == FunnelMeasure::kProportion;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const double r = numerators[i];
    const double n = denominators[i];
    if (r < 0 || n < 0 || std::isinf(r) || std::isinf(n)) {
      return InvalidArgument(
          "funnel plot: place '" + ids[i] + "' has a negative or infinite numerator or denominator",
          ErrorLocation{"", static_cast<std::int64_t>(i + 1), ids[i]});
    }
    if (proportion && r > n) {
      return InvalidArgument("funnel plot: place '" + ids[i] + "' has numerator " +
                                 std::to_string(r) + " above its denominator " + std::to_string(n) +
                                 " (a proportion cannot exceed 1)",
                             ErrorLocation{"", static_cast<std::int64_t>(i + 1), ids[i]});
    }
  }
  if (options.target) {
    const double t = *options.target;
    if (!(t >= 0) || std::isinf(t) || (proportion && t > 1)) {
      return InvalidArgument(proportion ? "funnel plot: the target proportion must be in [0, 1]"
                                        : "funnel plot: the target must be a number >= 0");
    }
  }
  if (options.min_units_for_overdispersion < 2) {
    return InvalidArgument("funnel plot: overdispersion needs at least 2 places");
  }
  return Ok();
}

// Winsorised z, phi, the chi-squared test and tau^2 (§3.4 "Overdispersion").
Overdispersion EstimateOverdispersion(std::vector<FunnelUnit>& units, const FunnelModel& model,
                                      std::size_t min_units) {
  Overdispersion od;
  od.units = units.size();
  if (units.size() < min_units) {
    od.note = "fewer than " + std::to_string(min_units) + " places (" +
              std::to_string(units.size()) +
              "): overdispersion is not estimated, phi = 1 (no adjustment)";
    return od;
  }
  if (NeedsExactLimits(model.measure, model.theta0)) {
    od.note = "the target is at the edge of its range, so z-scores are not defined: phi = 1";
    return od;
  }
  std::vector<double> sorted;
  sorted.reserve(units.size());
  for (const FunnelUnit& u : units) sorted.push_back(u.z);
  std::sort(sorted.begin(), sorted.end());
  od.winsor_bounds = {QuantileSorted(sorted, kWinsorLow), QuantileSorted(sorted, kWinsorHigh)};
  double sum_w2 = 0;
  double sum_z2 = 0;
  double sum_w = 0;
  double sum_w_squared = 0;
  for (FunnelUnit& u : units) {
    u.winsorised_z = std::clamp(u.z, od.winsor_bounds.lower, od.winsor_bounds.upper);
    sum_w2 += u.winsorised_z * u.winsorised_z;
    sum_z2 += u.z * u.z;
    const double w = 1.0 / (u.sd * u.sd);
    sum_w += w;
    sum_w_squared += w * w;
  }
  const auto count = static_cast<double>(units.size());
  od.estimated = true;
  od.phi = sum_w2 / count;
  od.phi_unwinsorised = sum_z2 / count;
  od.statistic = count * od.phi;
  od.df = count - 1;
  od.p_value = 1.0 - ChiSquaredCdf(od.statistic, od.df);
  od.critical_95 = ChiSquaredQuantile(kTestLevel, od.df);
  od.significant = od.statistic > od.critical_95;
  od.tau2 = std::max(0.0, (od.statistic - od.df) / (sum_w - sum_w_squared / sum_w));
  return od;
}

FunnelClass Classify(double y, const FunnelLimits& limits) {
  if (y > limits.p998.upper) return FunnelClass::kAlarmHigh;
  if (y < limits.p998.lower) return FunnelClass::kAlarmLow;
  if (y > limits.p95.upper) return FunnelClass::kAlertHigh;
  if (y < limits.p95.lower) return FunnelClass::kAlertLow;
  return FunnelClass::kWithin;
}

// Every kind of limit at the unit's denominator, the adjusted z and the classification.
void FillLimits(const FunnelModel& model, FunnelUnit& u) {
  const double n = u.denominator;
  u.normal = NormalFunnelLimits(model.measure, model.theta0, n);
  u.exact = ExactFunnelLimits(model.measure, model.theta0, n);
  u.multiplicative = MultiplicativeFunnelLimits(model.measure, model.theta0, n, model.phi);
  u.additive = AdditiveFunnelLimits(model.measure, model.theta0, n, model.tau2);
  const double adjusted_sd = std::sqrt(u.sd * u.sd + model.tau2);
  u.adjusted_z = adjusted_sd > 0 ? (u.value - model.theta0) / adjusted_sd : kMissing;
  u.used = FunnelLimitsAt(model, n);
  u.classification = Classify(u.value, u.used);
}

std::vector<FunnelUnit> Assessable(std::span<const std::string> ids,
                                   std::span<const double> numerators,
                                   std::span<const double> denominators,
                                   std::vector<SkippedUnit>& skipped) {
  std::vector<FunnelUnit> units;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (std::isnan(numerators[i]) || std::isnan(denominators[i])) {
      skipped.push_back({i, ids[i], "missing numerator or denominator"});
      continue;
    }
    if (denominators[i] == 0) {
      skipped.push_back({i, ids[i], "denominator is 0"});
      continue;
    }
    FunnelUnit u;
    u.row = i;
    u.id = ids[i];
    u.numerator = numerators[i];
    u.denominator = denominators[i];
    u.value = u.numerator / u.denominator;
    units.push_back(std::move(u));
  }
  return units;
}

}  // namespace

const char* FunnelClassName(FunnelClass c) {
  switch (c) {
    case FunnelClass::kAlarmHigh:
      return "alarm (high)";
    case FunnelClass::kAlertHigh:
      return "alert (high)";
    case FunnelClass::kWithin:
      return "within";
    case FunnelClass::kAlertLow:
      return "alert (low)";
    case FunnelClass::kAlarmLow:
      return "alarm (low)";
  }
  return "within";
}

Result<FunnelResult> AnalyseFunnel(std::span<const std::string> unit_ids,
                                   std::span<const double> numerators,
                                   std::span<const double> denominators,
                                   const FunnelOptions& options) {
  if (Status ok = CheckInput(unit_ids, numerators, denominators, options); !ok) return ok.error();
  FunnelResult result;
  result.units = Assessable(unit_ids, numerators, denominators, result.skipped);
  FunnelModel& model = result.model;
  model.measure = options.measure;
  model.method = options.method;
  model.adjustment = options.adjustment;
  if (result.units.empty()) {
    result.status = MethodStatus::kInsufficientData;
    result.status_reason = "no place has a numerator and a denominator above 0";
    return result;
  }
  if (options.target) {
    model.theta0 = *options.target;
  } else {
    double sum_r = 0;
    double sum_n = 0;
    for (const FunnelUnit& u : result.units) {
      sum_r += u.numerator;
      sum_n += u.denominator;
    }
    model.theta0 = sum_r / sum_n;
    result.pooled_target = true;
  }
  if (NeedsExactLimits(model.measure, model.theta0)) {
    model.method = FunnelLimitMethod::kExact;
    result.notes.emplace_back("The target is at the edge of its range: exact limits only.");
  }
  for (FunnelUnit& u : result.units) {
    u.sd = std::sqrt(FunnelVariance(model.measure, model.theta0, u.denominator));
    u.z = u.sd > 0 ? (u.value - model.theta0) / u.sd : kMissing;
  }
  result.overdispersion =
      EstimateOverdispersion(result.units, model, options.min_units_for_overdispersion);
  model.phi = result.overdispersion.phi;
  model.tau2 = result.overdispersion.tau2;
  if (!result.overdispersion.note.empty()) result.notes.push_back(result.overdispersion.note);

  for (FunnelUnit& u : result.units) FillLimits(model, u);
  return result;
}

}  // namespace lct::analysis
