#include "analysis/funnel_limits.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

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

struct Quantile {
  double r = 0;      // smallest whole r >= 0 with F(r) >= p
  double at = 0;     // F(r)
  double below = 0;  // F(r - 1), 0 when r = 0
};

// Starts from the normal approximation and walks one step at a time: the answer is within a
// few steps of it, so this takes two or three CDF calls, each reused for the interpolation.
Quantile SmallestR(FunnelMeasure measure, double theta0, double n, double p) {
  const double mean = theta0 * n;
  const double variance =
      measure == FunnelMeasure::kProportion ? n * theta0 * (1.0 - theta0) : mean;
  // Binomial counts stop at n; Poisson counts are unbounded.
  const double top = measure == FunnelMeasure::kProportion ? n : std::numeric_limits<double>::max();
  Quantile q;
  q.r = std::clamp(std::floor(mean + NormalQuantile(p) * std::sqrt(variance)), 0.0, top);
  q.at = Cdf(measure, theta0, n, q.r);
  if (q.at >= p) {
    while (true) {
      q.below = q.r > 0 ? Cdf(measure, theta0, n, q.r - 1) : 0.0;
      if (q.below < p) return q;
      q.r -= 1;
      q.at = q.below;
    }
  }
  while (q.at < p && q.r < top) {
    q.below = q.at;
    q.r += 1;
    q.at = Cdf(measure, theta0, n, q.r);
  }
  return q;
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
  const Quantile q = SmallestR(measure, theta0, trials, tail_probability);
  const double step = q.at - q.below;
  out.r = q.r;
  out.a = step > 0 ? (q.at - tail_probability) / step : 0.0;
  out.unclamped = (q.r - out.a) / trials;
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
