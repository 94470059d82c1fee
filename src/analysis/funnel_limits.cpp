#include "analysis/funnel_limits.hpp"

#include <algorithm>
#include <cmath>

#include "analysis/distributions.hpp"

namespace lct::analysis {
namespace {

constexpr double kP998Low = 0.001;
constexpr double kP95Low = 0.025;
constexpr double kP95High = 0.975;
constexpr double kP998High = 0.999;

double Clamp(FunnelMeasure measure, double limit) {
  if (std::isnan(limit)) return limit;
  const double low = std::max(0.0, limit);
  return measure == FunnelMeasure::kProportion ? std::min(1.0, low) : low;
}

Interval Around(FunnelMeasure measure, double theta0, double half_width) {
  return {Clamp(measure, theta0 - half_width), Clamp(measure, theta0 + half_width)};
}

FunnelLimits Symmetric(FunnelMeasure measure, double theta0, double sd) {
  return {Around(measure, theta0, kFunnelZ95 * sd), Around(measure, theta0, kFunnelZ998 * sd)};
}

double Cdf(FunnelMeasure measure, double theta0, double n, double r) {
  if (measure == FunnelMeasure::kProportion) return BinomialCdf(r, n, theta0);
  return PoissonCdf(r, theta0 * n);
}

// Smallest whole r >= 0 with F(r) >= p, by doubling then bisection.
double SmallestR(FunnelMeasure measure, double theta0, double n, double p) {
  double low = 0;
  if (Cdf(measure, theta0, n, low) >= p) return low;
  double high = 1;
  while (Cdf(measure, theta0, n, high) < p) {
    low = high;
    high *= 2;
    if (measure == FunnelMeasure::kProportion && high >= n) {
      high = n;  // F(n) = 1
      break;
    }
  }
  // Invariant: F(low) < p <= F(high).
  while (high - low > 1) {
    const double mid = std::floor((low + high) / 2);
    if (Cdf(measure, theta0, n, mid) >= p) {
      high = mid;
    } else {
      low = mid;
    }
  }
  return high;
}

}  // namespace

bool NeedsExactLimits(FunnelMeasure measure, double theta0) {
  if (measure == FunnelMeasure::kProportion) return theta0 == 0.0 || theta0 == 1.0;
  return theta0 == 0.0;
}

double FunnelVariance(FunnelMeasure measure, double theta0, double n) {
  if (measure == FunnelMeasure::kProportion) return theta0 * (1.0 - theta0) / n;
  return theta0 / n;
}

FunnelLimits NormalFunnelLimits(FunnelMeasure measure, double theta0, double n) {
  return Symmetric(measure, theta0, std::sqrt(FunnelVariance(measure, theta0, n)));
}

ExactLimit ExactFunnelLimit(FunnelMeasure measure, double theta0, double n,
                            double tail_probability) {
  ExactLimit out;
  if (!(n > 0) || !(tail_probability > 0 && tail_probability < 1)) return out;
  const double trials = measure == FunnelMeasure::kProportion ? std::round(n) : n;
  if (!(trials > 0)) return out;
  const double r = SmallestR(measure, theta0, trials, tail_probability);
  const double at_r = Cdf(measure, theta0, trials, r);
  const double below = Cdf(measure, theta0, trials, r - 1);
  const double step = at_r - below;
  out.r = r;
  out.a = step > 0 ? (at_r - tail_probability) / step : 0.0;
  out.unclamped = (r - out.a) / trials;
  out.limit = Clamp(measure, out.unclamped);
  return out;
}

FunnelLimits ExactFunnelLimits(FunnelMeasure measure, double theta0, double n) {
  return {{ExactFunnelLimit(measure, theta0, n, kP95Low).limit,
           ExactFunnelLimit(measure, theta0, n, kP95High).limit},
          {ExactFunnelLimit(measure, theta0, n, kP998Low).limit,
           ExactFunnelLimit(measure, theta0, n, kP998High).limit}};
}

FunnelLimits MultiplicativeFunnelLimits(FunnelMeasure measure, double theta0, double n,
                                        double phi) {
  return Symmetric(measure, theta0, std::sqrt(phi * FunnelVariance(measure, theta0, n)));
}

FunnelLimits AdditiveFunnelLimits(FunnelMeasure measure, double theta0, double n, double tau2) {
  return Symmetric(measure, theta0, std::sqrt(FunnelVariance(measure, theta0, n) + tau2));
}

FunnelLimits FunnelLimitsAt(const FunnelModel& model, double n) {
  if (NeedsExactLimits(model.measure, model.theta0)) {
    return ExactFunnelLimits(model.measure, model.theta0, n);
  }
  switch (model.adjustment) {
    case OverdispersionAdjustment::kMultiplicative:
      return MultiplicativeFunnelLimits(model.measure, model.theta0, n, model.phi);
    case OverdispersionAdjustment::kAdditive:
      return AdditiveFunnelLimits(model.measure, model.theta0, n, model.tau2);
    case OverdispersionAdjustment::kNone:
      break;
  }
  return model.method == FunnelLimitMethod::kExact
             ? ExactFunnelLimits(model.measure, model.theta0, n)
             : NormalFunnelLimits(model.measure, model.theta0, n);
}

}  // namespace lct::analysis
