#include "analysis/detail/rank_statistics.hpp"

#include <algorithm>
#include <cmath>

#include "analysis/statistics.hpp"

namespace lct::analysis::detail {
namespace {

// Units are gathered a block at a time, so reading the replication-major rank table stays
// cache-friendly for large numbers of units.
constexpr std::size_t kUnitBlock = 64;

// The k-th smallest value (0-based) of a sample given as counts of the ranks 1..M.
double KthRank(const std::vector<std::size_t>& counts, std::size_t k) {
  std::size_t seen = 0;
  for (std::size_t rank = 1; rank < counts.size(); ++rank) {
    seen += counts[rank];
    if (seen > k) return static_cast<double>(rank);
  }
  return kMissing;
}

// R's quantile(type = 7) from rank counts: sport ranks are whole numbers 1..M, so with more
// replications than units counting replaces sorting.
double QuantileFromCounts(const std::vector<std::size_t>& counts, std::size_t n, double p) {
  if (n == 0) return kMissing;
  const double position = static_cast<double>(n - 1) * p;
  const double lower = std::floor(position);
  const double low = KthRank(counts, static_cast<std::size_t>(lower));
  const double high =
      KthRank(counts, std::min(static_cast<std::size_t>(std::ceil(position)), n - 1));
  if (!(position > lower) || high == low) return low;
  const double h = position - lower;
  return (1 - h) * low + h * high;
}

// Statistics of one unit's ranks. `counts` is scratch of size units + 1, all zero on entry and
// on exit.
RankStatistics Summarise(std::vector<double>& sample, std::vector<std::size_t>& counts) {
  RankStatistics s;
  const std::size_t n = sample.size();
  if (n == 0) {
    s.mean = s.median = s.q05 = s.q95 = kMissing;
    return s;
  }
  long double sum = 0;
  for (const double rank : sample) sum += rank;
  s.mean = static_cast<double>(sum / static_cast<long double>(n));
  if (counts.size() <= n) {
    for (const double rank : sample) ++counts[static_cast<std::size_t>(rank)];
    s.median = QuantileFromCounts(counts, n, 0.5);
    s.q05 = QuantileFromCounts(counts, n, 0.05);
    s.q95 = QuantileFromCounts(counts, n, 0.95);
    for (const double rank : sample) counts[static_cast<std::size_t>(rank)] = 0;
  } else {
    std::sort(sample.begin(), sample.end());
    s.median = QuantileSorted(sample, 0.5);
    s.q05 = QuantileSorted(sample, 0.05);
    s.q95 = QuantileSorted(sample, 0.95);
  }
  return s;
}

}  // namespace

std::vector<RankStatistics> ComputeRankStatistics(const UncertaintyResult& result,
                                                  std::size_t rows) {
  const std::size_t units = result.units;
  std::vector<RankStatistics> stats(units);
  std::vector<std::vector<double>> samples(std::min(units, kUnitBlock));
  std::vector<std::size_t> counts(units + 1, 0);
  for (std::size_t first = 0; first < units; first += kUnitBlock) {
    const std::size_t last = std::min(units, first + kUnitBlock);
    for (auto& sample : samples) sample.clear();
    for (std::size_t r = 0; r < rows; ++r) {
      const float* row = result.ranks.data() + r * units;
      for (std::size_t c = first; c < last; ++c) {
        if (!std::isnan(row[c])) samples[c - first].push_back(row[c]);
      }
    }
    for (std::size_t c = first; c < last; ++c) {
      stats[c] = Summarise(samples[c - first], counts);
      stats[c].nominal = result.nominal_ranks[c];
    }
  }
  return stats;
}

}  // namespace lct::analysis::detail
