// Funnel plot analysis of a set of places (methods.md §3.4, Spiegelhalter 2005): target theta0
// (external or pooled), each place's limits and classification (alarm, alert, within; high or
// low), and the overdispersion estimate (winsorised z, phi, chi-squared test, tau^2) with
// multiplicative and additive adjusted limits.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "analysis/funnel_limits.hpp"
#include "analysis/method_status.hpp"
#include "base/result.hpp"

namespace lct::analysis {

enum class FunnelClass {
  kAlarmHigh,  // above the 99.8% limit
  kAlertHigh,  // above the 95% limit only
  kWithin,     // on or inside the 95% limits
  kAlertLow,
  kAlarmLow,
};

// "alarm (high)", "alert (high)", "within", "alert (low)", "alarm (low)".
[[nodiscard]] const char* FunnelClassName(FunnelClass c);

struct FunnelOptions {
  FunnelMeasure measure = FunnelMeasure::kProportion;
  // External benchmark theta0; nullopt = pooled sum(r)/sum(n) over the units assessed. For
  // standardised ratios O/E the usual external target is 1.
  std::optional<double> target{};
  FunnelLimitMethod method = FunnelLimitMethod::kNormal;  // limits when not adjusting
  // Which limits classify the places; the estimates are reported whatever this says.
  OverdispersionAdjustment adjustment = OverdispersionAdjustment::kNone;
  std::size_t min_units_for_overdispersion = 10;  // I < this: phi = 1 (and said so)
};

struct FunnelUnit {
  std::size_t row = 0;  // position in the input
  std::string id;
  double numerator = 0;    // r, count or O
  double denominator = 0;  // n, population or E
  double value = 0;        // y = numerator / denominator
  double sd = 0;           // s_i = sqrt(FunnelVariance(theta0, n_i))
  double z = kMissing;     // (y - theta0)/s_i; NaN when s_i = 0
  double winsorised_z = kMissing;
  double adjusted_z = kMissing;  // (y - theta0)/sqrt(s_i^2 + tau^2)
  FunnelLimits normal{};
  FunnelLimits exact{};
  FunnelLimits multiplicative{};  // with phi (1 when not estimated)
  FunnelLimits additive{};        // with tau^2 (0 when not estimated)
  FunnelLimits used{};            // the limits of `classification`
  FunnelClass classification = FunnelClass::kWithin;
};

struct SkippedUnit {
  std::size_t row = 0;
  std::string id;
  std::string reason;  // "denominator is 0", "missing numerator"
};

struct Overdispersion {
  bool estimated = false;    // false when I < min units or theta0 gives s_i = 0: phi = 1, tau^2 = 0
  std::size_t units = 0;     // I
  Interval winsor_bounds{};  // the 10th and 90th percentiles (type 7) of z
  double phi = 1;            // (1/I) sum z_w^2
  double phi_unwinsorised = kMissing;  // (1/I) sum z^2, for reference
  double statistic = kMissing;         // I phi, referred to chi-squared on I - 1 df
  double df = kMissing;
  double p_value = kMissing;
  double critical_95 = kMissing;  // chi^2_{I-1, 0.95}
  bool significant = false;       // statistic > critical_95
  double tau2 = 0;                // max(0, (I phi - (I - 1)) / (sum w - sum w^2 / sum w))
  std::string note;               // why it was not estimated
};

struct FunnelResult {
  MethodStatus status = MethodStatus::kOk;
  std::string status_reason;
  FunnelModel model{};  // theta0 and the limits used, for drawing the curves (FunnelLimitsAt)
  bool pooled_target = false;
  std::vector<FunnelUnit> units;  // in input order
  std::vector<SkippedUnit> skipped;
  Overdispersion overdispersion{};
  std::vector<std::string> notes;
};

// Errors: lengths differ; a negative numerator or denominator; for proportions r > n; an
// external target outside [0, 1] (proportions) or below 0; min units < 2. Units with a missing
// value or n_i = 0 are skipped and listed. kInsufficientData when no unit is left, or the
// pooled target has no denominator.
[[nodiscard]] Result<FunnelResult> AnalyseFunnel(std::span<const std::string> unit_ids,
                                                 std::span<const double> numerators,
                                                 std::span<const double> denominators,
                                                 const FunnelOptions& options = {});

}  // namespace lct::analysis
