#include "analysis/class_breaks.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "analysis/statistics.hpp"

namespace lct::analysis {
namespace {

// Distinct sorted values with their multiplicities.
struct Distinct {
  std::vector<double> values;
  std::vector<double> counts;
};

Distinct DistinctValues(const std::vector<double>& sorted) {
  Distinct d;
  for (const double v : sorted) {
    if (d.values.empty() || d.values.back() != v) {
      d.values.push_back(v);
      d.counts.push_back(0);
    }
    d.counts.back() += 1;
  }
  return d;
}

std::vector<double> QuantileBreaks(const std::vector<double>& sorted, std::size_t k) {
  std::vector<double> breaks;
  for (std::size_t c = 0; c <= k; ++c) {
    const double b = QuantileSorted(sorted, static_cast<double>(c) / static_cast<double>(k));
    if (breaks.empty() || b > breaks.back()) breaks.push_back(b);
  }
  return breaks;
}

std::vector<double> EqualBreaks(double low, double high, std::size_t k) {
  std::vector<double> breaks{low};
  for (std::size_t c = 1; c < k; ++c) {
    breaks.push_back(low + (high - low) * static_cast<double>(c) / static_cast<double>(k));
  }
  breaks.push_back(high);
  return breaks;
}

// Weighted prefix sums over the distinct values, giving the within-class cost of any run.
class RunCost {
 public:
  explicit RunCost(const Distinct& d)
      : w_(d.values.size() + 1, 0), s_(d.values.size() + 1, 0), q_(d.values.size() + 1, 0) {
    const double centre = d.values[d.values.size() / 2];  // centring limits cancellation
    for (std::size_t i = 0; i < d.values.size(); ++i) {
      const long double x = d.values[i] - centre;
      w_[i + 1] = w_[i] + d.counts[i];
      s_[i + 1] = s_[i] + d.counts[i] * x;
      q_[i + 1] = q_[i] + d.counts[i] * x * x;
    }
  }
  // Squared deviations of distinct values i..j-1 (with their counts) about their mean.
  [[nodiscard]] long double operator()(std::size_t i, std::size_t j) const {
    const long double sw = w_[j] - w_[i];
    const long double ss = s_[j] - s_[i];
    return std::max(0.0L, (q_[j] - q_[i]) - ss * ss / sw);
  }

 private:
  std::vector<long double> w_;
  std::vector<long double> s_;
  std::vector<long double> q_;
};

constexpr long double kInfinite = std::numeric_limits<long double>::infinity();

// One layer of the dynamic programme: cur[j] = min over i of prev[i] + cost(i, j), for j in
// [j_low, j_high], knowing the best i lies in [i_low, i_high]. The best i never decreases as j
// grows (the cost satisfies the quadrangle inequality), so divide and conquer finds every
// cur[j] in O(m log m). Ties of cost keep the earliest i.
struct Layer {
  const RunCost& cost;
  const std::vector<long double>& prev;
  std::vector<long double>& cur;
  std::vector<std::size_t>& start;

  void Solve(std::size_t j_low, std::size_t j_high, std::size_t i_low, std::size_t i_high) {
    if (j_low > j_high) return;
    const std::size_t j = j_low + (j_high - j_low) / 2;
    long double best = kInfinite;
    std::size_t arg = i_low;
    for (std::size_t i = i_low; i <= std::min(i_high, j - 1); ++i) {
      if (prev[i] == kInfinite) continue;
      const long double total = prev[i] + cost(i, j);
      if (total < best) {
        best = total;
        arg = i;
      }
    }
    cur[j] = best;
    start[j] = arg;
    if (j > j_low) Solve(j_low, j - 1, i_low, arg);
    Solve(j + 1, j_high, arg, i_high);
  }
};

// Fisher's exact optimal partition of the distinct values (weighted by their counts) into k
// contiguous classes minimising the within-class sum of squared deviations.
// Returns [min, max of class 1, ..., max of class k].
std::vector<double> NaturalBreaks(const Distinct& d, std::size_t k) {
  const std::size_t m = d.values.size();
  const RunCost cost(d);
  // best[j]: least cost of the first j distinct values in c classes; start[c][j]: where the
  // last of those classes starts.
  std::vector<long double> prev(m + 1, kInfinite);
  std::vector<long double> cur(m + 1, kInfinite);
  std::vector<std::vector<std::size_t>> start(k + 1, std::vector<std::size_t>(m + 1, 0));
  prev[0] = 0;
  for (std::size_t c = 1; c <= k; ++c) {
    std::fill(cur.begin(), cur.end(), kInfinite);
    Layer{cost, prev, cur, start[c]}.Solve(c, m, c - 1, m - 1);
    std::swap(prev, cur);
  }
  std::vector<double> upper(k);
  std::size_t j = m;
  for (std::size_t c = k; c >= 1; --c) {
    upper[c - 1] = d.values[j - 1];
    j = start[c][j];
  }
  std::vector<double> breaks{d.values.front()};
  breaks.insert(breaks.end(), upper.begin(), upper.end());
  return breaks;
}

int ClassOf(double v, const std::vector<double>& breaks) {
  if (std::isnan(v)) return kNoClass;
  const std::size_t classes = breaks.size() - 1;
  // First c with v <= breaks[c + 1].
  const auto it = std::lower_bound(breaks.begin() + 1, breaks.end(), v);
  const auto c = static_cast<std::size_t>(it - (breaks.begin() + 1));
  return static_cast<int>(std::min(c, classes - 1));
}

double SquaredDeviations(const std::vector<double>& values) {
  if (values.empty()) return 0;
  const double mean = Mean(values);
  double sum = 0;
  for (const double v : values) sum += (v - mean) * (v - mean);
  return sum;
}

void Summarise(std::span<const double> values, ClassBreaks& out) {
  const std::size_t classes = out.breaks.size() - 1;
  out.counts.assign(classes, 0);
  std::vector<std::vector<double>> members(classes);
  std::vector<double> present;
  for (const double v : values) {
    const int c = ClassOf(v, out.breaks);
    out.classes.push_back(c);
    if (c == kNoClass) continue;
    ++out.counts[static_cast<std::size_t>(c)];
    members[static_cast<std::size_t>(c)].push_back(v);
    present.push_back(v);
  }
  const double total = SquaredDeviations(present);
  double within = 0;
  for (const std::vector<double>& m : members) within += SquaredDeviations(m);
  out.goodness_of_variance_fit = total > 0 ? 1.0 - within / total : 1.0;
}

}  // namespace

const char* ClassBreakMethodName(ClassBreakMethod method) {
  switch (method) {
    case ClassBreakMethod::kQuantile:
      return "quantiles";
    case ClassBreakMethod::kEqualInterval:
      return "equal intervals";
    case ClassBreakMethod::kNaturalBreaks:
      return "natural breaks (Jenks)";
  }
  return "quantiles";
}

Result<ClassBreaks> ComputeClassBreaks(std::span<const double> values, std::size_t classes,
                                       ClassBreakMethod method) {
  if (classes == 0) return InvalidArgument("map classes: at least one class is needed");
  std::vector<double> sorted;
  for (const double v : values) {
    if (std::isinf(v)) return InvalidArgument("map classes: a value is infinite");
    if (!std::isnan(v)) sorted.push_back(v);
  }
  ClassBreaks out;
  out.method = method;
  out.requested = classes;
  if (sorted.empty()) {
    out.status = MethodStatus::kInsufficientData;
    out.status_reason = "no place has a value";
    out.classes.assign(values.size(), kNoClass);
    return out;
  }
  std::sort(sorted.begin(), sorted.end());
  const Distinct distinct = DistinctValues(sorted);
  if (distinct.values.size() == 1) {
    out.breaks = {sorted.front(), sorted.front()};
  } else if (method == ClassBreakMethod::kQuantile) {
    out.breaks = QuantileBreaks(sorted, classes);
  } else if (method == ClassBreakMethod::kEqualInterval) {
    out.breaks = EqualBreaks(sorted.front(), sorted.back(), classes);
  } else {
    out.breaks = NaturalBreaks(distinct, std::min(classes, distinct.values.size()));
  }
  const std::size_t made = out.breaks.size() - 1;
  if (made < classes) {
    out.notes.push_back(std::to_string(made) + " class(es) instead of " + std::to_string(classes) +
                        (distinct.values.size() == 1 ? ": every place has the same value"
                         : method == ClassBreakMethod::kQuantile
                             ? ": some quantiles coincide (tied values)"
                             : ": too few distinct values"));
  }
  Summarise(values, out);
  return out;
}

}  // namespace lct::analysis
