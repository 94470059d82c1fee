#include "analysis/rank_intervals.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "analysis/distributions.hpp"
#include "analysis/random.hpp"
#include "analysis/ranking.hpp"

namespace lct::analysis {
namespace {

struct Bounds {
  std::vector<double> lower;
  std::vector<double> upper;
};

// Each place's interval, the value itself where there is none; errors as documented.
Result<Bounds> CheckedBounds(std::span<const double> values, std::span<const double> lower,
                             std::span<const double> upper) {
  if (lower.size() != upper.size() || (!lower.empty() && lower.size() != values.size())) {
    return InvalidArgument("rank intervals: values and interval bounds differ in length");
  }
  Bounds b{std::vector<double>(values.begin(), values.end()),
           std::vector<double>(values.begin(), values.end())};
  for (std::size_t i = 0; i < lower.size(); ++i) {
    if (std::isnan(values[i]) || std::isnan(lower[i]) || std::isnan(upper[i])) continue;
    if (!(lower[i] <= values[i] && values[i] <= upper[i])) {
      return InvalidArgument("rank intervals: the interval of row " + std::to_string(i + 1) +
                                 " does not contain its value",
                             ErrorLocation{"", static_cast<std::int64_t>(i + 1), ""});
    }
    b.lower[i] = lower[i];
    b.upper[i] = upper[i];
  }
  return b;
}

// Sport ranks in the chosen order.
std::vector<double> PointRanks(std::span<const double> values, RankOrder order) {
  if (order == RankOrder::kHighestFirst) return SportRanks(values);
  std::vector<double> negated(values.begin(), values.end());
  for (double& v : negated) v = -v;
  return SportRanks(negated);
}

// Uniform on (0, 1), never 0 or 1, so that its normal quantile is finite.
double OpenUniform(RandomStream& stream) {
  return (static_cast<double>(stream.NextBits() >> 11U) + 0.5) * 0x1.0p-53;
}

// Smallest rank whose empirical CDF reaches p (sorted ranks).
double EmpiricalQuantile(const std::vector<double>& sorted, double p) {
  const double position = std::ceil(p * static_cast<double>(sorted.size()) - 1e-9);
  const auto index = static_cast<std::size_t>(std::max(1.0, position)) - 1;
  return sorted[std::min(index, sorted.size() - 1)];
}

}  // namespace

Result<std::vector<RankRange>> OverlapRankIntervals(std::span<const double> values,
                                                    std::span<const double> lower,
                                                    std::span<const double> upper,
                                                    RankOrder order) {
  Result<Bounds> bounds = CheckedBounds(values, lower, upper);
  if (!bounds) return bounds.error();
  const std::vector<double> ranks = PointRanks(values, order);
  const bool high_first = order == RankOrder::kHighestFirst;
  std::vector<RankRange> out(values.size());
  std::size_t present = 0;
  for (const double v : values) present += std::isnan(v) ? 0 : 1;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (std::isnan(values[i])) continue;
    std::size_t ahead = 0;
    std::size_t behind = 0;
    for (std::size_t j = 0; j < values.size(); ++j) {
      if (j == i || std::isnan(values[j])) continue;
      const bool above = bounds->lower[j] > bounds->upper[i];
      const bool below = bounds->upper[j] < bounds->lower[i];
      if (high_first ? above : below) ++ahead;
      if (high_first ? below : above) ++behind;
    }
    out[i].rank = ranks[i];
    out[i].best = static_cast<double>(1 + ahead);
    out[i].worst = static_cast<double>(present - behind);
  }
  return out;
}

Result<std::vector<RankRange>> SimulatedRankIntervals(std::span<const double> values,
                                                      std::span<const double> lower,
                                                      std::span<const double> upper,
                                                      RankOrder order,
                                                      const RankSimulationOptions& options) {
  if (options.replications == 0) {
    return InvalidArgument("rank intervals: at least one replication is needed");
  }
  if (!(options.interval_level > 0 && options.interval_level < 1) ||
      !(options.coverage > 0 && options.coverage < 1)) {
    return InvalidArgument("rank intervals: the interval level and coverage must be in (0, 1)");
  }
  Result<Bounds> bounds = CheckedBounds(values, lower, upper);
  if (!bounds) return bounds.error();
  const double z = NormalQuantile((1.0 + options.interval_level) / 2.0);
  const std::size_t n = values.size();
  std::vector<double> sd(n, 0.0);
  for (std::size_t i = 0; i < n; ++i) sd[i] = (bounds->upper[i] - bounds->lower[i]) / (2.0 * z);

  std::vector<std::vector<double>> ranks(n);
  std::vector<double> draw(n);
  for (std::size_t r = 0; r < options.replications; ++r) {
    RandomStream stream(options.seed, RandomPurpose::kRankSimulation, r);
    for (std::size_t i = 0; i < n; ++i) {
      // Draw for every place, so a place's draws do not depend on which others are missing.
      const double u = OpenUniform(stream);
      draw[i] = std::isnan(values[i]) ? kMissing : values[i] + sd[i] * NormalQuantile(u);
    }
    const std::vector<double> replicate = PointRanks(draw, order);
    for (std::size_t i = 0; i < n; ++i) {
      if (!std::isnan(values[i])) ranks[i].push_back(replicate[i]);
    }
  }
  const std::vector<double> point = PointRanks(values, order);
  const double tail = (1.0 - options.coverage) / 2.0;
  std::vector<RankRange> out(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (std::isnan(values[i])) continue;
    std::vector<double>& sample = ranks[i];
    double sum = 0;
    for (const double v : sample) sum += v;
    std::sort(sample.begin(), sample.end());
    out[i].rank = point[i];
    out[i].best = EmpiricalQuantile(sample, tail);
    out[i].worst = EmpiricalQuantile(sample, 1.0 - tail);
    out[i].mean_rank = sum / static_cast<double>(sample.size());
  }
  return out;
}

}  // namespace lct::analysis
