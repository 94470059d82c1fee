// Funnel plot control limits around a target theta0 at a given denominator (methods.md §3.4,
// Spiegelhalter 2005): normal and exact (binomial or Poisson, with interpolation) limits at 95%
// and 99.8%, and the overdispersion-adjusted (multiplicative, additive) normal limits. Lower
// limits are clamped at 0 and, for proportions, upper limits at 1. Used for the units of a
// funnel analysis and, by the charts, to draw the funnel curves.
#pragma once

#include "analysis/interval.hpp"

namespace lct::analysis {

enum class FunnelMeasure {
  kProportion,  // y = r/n, binomial; theta0 in [0, 1]
  kRate,        // y = count/population, Poisson count; theta0 >= 0
  kRatio,       // standardised ratio y = O/E, Poisson O with mean theta0 E; theta0 usually 1
};

enum class FunnelLimitMethod { kNormal, kExact };

enum class OverdispersionAdjustment { kNone, kMultiplicative, kAdditive };

// The two-sided levels: z = 1.959964 (0.975 quantile) and 3.090232 (0.999 quantile).
inline constexpr double kFunnelZ95 = 1.959963984540054;
inline constexpr double kFunnelZ998 = 3.090232306167813;

struct FunnelLimits {
  Interval p95{};   // "alert" limits
  Interval p998{};  // "alarm" limits
  bool operator==(const FunnelLimits&) const = default;
};

// s^2 at denominator n: theta0(1 - theta0)/n for proportions, theta0/n for rates and ratios.
[[nodiscard]] double FunnelVariance(FunnelMeasure measure, double theta0, double n);

// theta0 +- z sqrt(s^2), clamped.
[[nodiscard]] FunnelLimits NormalFunnelLimits(FunnelMeasure measure, double theta0, double n);

// One exact limit for tail probability P (0.001, 0.025, 0.975 or 0.999): r_P = smallest r with
// F(r) >= P, a = (F(r_P) - P)/(F(r_P) - F(r_P - 1)), limit = (r_P - a)/n, clamped. F is the
// binomial(n, theta0) CDF for proportions (n rounded to a whole number) and the Poisson
// (theta0 n) CDF for rates and ratios. `unclamped` keeps (r_P - a)/n for reports and tests.
struct ExactLimit {
  double limit = kMissing;
  double unclamped = kMissing;
  double r = kMissing;  // r_P
  double a = kMissing;  // the interpolation weight (not the test's alpha)
};
[[nodiscard]] ExactLimit ExactFunnelLimit(FunnelMeasure measure, double theta0, double n,
                                          double tail_probability);
[[nodiscard]] FunnelLimits ExactFunnelLimits(FunnelMeasure measure, double theta0, double n);

// theta0 +- z sqrt(phi) s (multiplicative overdispersion).
[[nodiscard]] FunnelLimits MultiplicativeFunnelLimits(FunnelMeasure measure, double theta0,
                                                      double n, double phi);
// theta0 +- z sqrt(s^2 + tau^2) (additive, random-effects overdispersion).
[[nodiscard]] FunnelLimits AdditiveFunnelLimits(FunnelMeasure measure, double theta0, double n,
                                                double tau2);

// Everything that fixes a funnel's limits, so a chart can draw the curves a result used.
struct FunnelModel {
  FunnelMeasure measure = FunnelMeasure::kProportion;
  double theta0 = 0;
  FunnelLimitMethod method = FunnelLimitMethod::kNormal;
  OverdispersionAdjustment adjustment = OverdispersionAdjustment::kNone;
  double phi = 1;   // used by kMultiplicative
  double tau2 = 0;  // used by kAdditive
};

// The limits a unit with denominator n is classified by: the adjusted limits when the model has
// an adjustment, else normal or exact by `method`. theta0 in {0, 1} (proportions) or theta0 = 0
// (rates, ratios) always gives exact limits, since the normal limits have no width there.
[[nodiscard]] FunnelLimits FunnelLimitsAt(const FunnelModel& model, double n);

// True when the normal approximation has no width at theta0, so only exact limits apply.
[[nodiscard]] bool NeedsExactLimits(FunnelMeasure measure, double theta0);

}  // namespace lct::analysis
