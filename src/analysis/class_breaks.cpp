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

// Fisher's exact optimal partition of the distinct values (weighted by their counts) into k
// contiguous classes minimising the within-class sum of squared deviations; ties of cost keep
// the earliest split. Returns [min, max of class 1, ..., max of class k].
std::vector<double> NaturalBreaks(const Distinct& d, std::size_t k) {
  const std::size_t m = d.values.size();
  // Prefix sums of counts, and of centred values and squares (centring limits cancellation).
  const double centre = d.values[m / 2];
  std::vector<long double> w(m + 1, 0);
  std::vector<long double> s(m + 1, 0);
  std::vector<long double> q(m + 1, 0);
  for (std::size_t i = 0; i < m; ++i) {
    const long double x = d.values[i] - centre;
    w[i + 1] = w[i] + d.counts[i];
    s[i + 1] = s[i] + d.counts[i] * x;
    q[i + 1] = q[i] + d.counts[i] * x * x;
  }
  // cost(i, j): squared deviations of distinct values i..j-1 about their mean.
  const auto cost = [&](std::size_t i, std::size_t j) {
    const long double sw = w[j] - w[i];
    const long double ss = s[j] - s[i];
    return std::max(0.0L, (q[j] - q[i]) - ss * ss / sw);
  };
  constexpr long double kInf = std::numeric_limits<long double>::infinity();
  // best[c][j]: least cost of the first j distinct values in c classes; start[c][j]: where
  // the last of those classes starts.
  std::vector<std::vector<long double>> best(k + 1, std::vector<long double>(m + 1, kInf));
  std::vector<std::vector<std::size_t>> start(k + 1, std::vector<std::size_t>(m + 1, 0));
  best[0][0] = 0;
  for (std::size_t c = 1; c <= k; ++c) {
    for (std::size_t j = c; j <= m; ++j) {
      for (std::size_t i = c - 1; i < j; ++i) {
        if (best[c - 1][i] == kInf) continue;
        const long double total = best[c - 1][i] + cost(i, j);
        if (total < best[c][j]) {
          best[c][j] = total;
          start[c][j] = i;
        }
      }
    }
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
