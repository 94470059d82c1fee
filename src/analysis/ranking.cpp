#include "analysis/ranking.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <map>
#include <utility>

namespace lct::analysis {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The present values with their positions, sorted ascending by value. Ties may come in any
// order: every tie rule used here depends only on the values.
std::vector<std::pair<double, std::size_t>> SortedPresent(std::span<const double> x) {
  std::vector<std::pair<double, std::size_t>> order;
  order.reserve(x.size());
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (!std::isnan(x[i])) order.emplace_back(x[i], i);
  }
  std::sort(order.begin(), order.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  return order;
}

}  // namespace

std::vector<double> MinRanks(std::span<const double> x) {
  std::vector<double> ranks(x.size(), kNaN);
  const auto order = SortedPresent(x);
  double rank = 0;
  for (std::size_t k = 0; k < order.size(); ++k) {
    if (k == 0 || order[k].first != order[k - 1].first) rank = static_cast<double>(k + 1);
    ranks[order[k].second] = rank;
  }
  return ranks;
}

std::vector<double> AverageRanks(std::span<const double> x) {
  std::vector<double> ranks(x.size(), kNaN);
  const auto order = SortedPresent(x);
  std::size_t start = 0;
  while (start < order.size()) {
    std::size_t end = start + 1;
    while (end < order.size() && order[end].first == order[start].first) ++end;
    const double average = (static_cast<double>(start + 1) + static_cast<double>(end)) / 2.0;
    for (std::size_t k = start; k < end; ++k) ranks[order[k].second] = average;
    start = end;
  }
  return ranks;
}

std::vector<double> SportRanks(std::span<const double> scores) {
  std::vector<double> negated(scores.begin(), scores.end());
  for (double& v : negated) v = -v;
  return MinRanks(negated);
}

std::vector<double> GroupSportRanks(std::span<const double> scores,
                                    std::span<const std::string> groups) {
  std::vector<double> ranks(scores.size(), kNaN);
  std::map<std::string, std::vector<std::size_t>> members;
  for (std::size_t i = 0; i < scores.size() && i < groups.size(); ++i) {
    if (!groups[i].empty()) members[groups[i]].push_back(i);
  }
  for (const auto& [label, rows] : members) {
    std::vector<double> subset(rows.size());
    for (std::size_t k = 0; k < rows.size(); ++k) subset[k] = scores[rows[k]];
    const std::vector<double> sub_ranks = SportRanks(subset);
    for (std::size_t k = 0; k < rows.size(); ++k) ranks[rows[k]] = sub_ranks[k];
  }
  return ranks;
}

}  // namespace lct::analysis
