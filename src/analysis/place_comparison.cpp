#include "analysis/place_comparison.hpp"

#include <algorithm>
#include <cmath>

#include "analysis/statistics.hpp"

namespace lct::analysis {
namespace {

Status CheckInterval(const std::string& who, double value, const Interval& interval) {
  if (!interval.defined()) return Ok();
  if (!(interval.lower <= value && value <= interval.upper)) {
    return InvalidArgument("comparison: the interval of " + who + " [" +
                               std::to_string(interval.lower) + ", " +
                               std::to_string(interval.upper) + "] does not contain its value " +
                               std::to_string(value),
                           ErrorLocation{"", 0, who});
  }
  return Ok();
}

}  // namespace

const char* IntervalComparisonName(IntervalComparison c) {
  switch (c) {
    case IntervalComparison::kHigher:
      return "significantly higher";
    case IntervalComparison::kLower:
      return "significantly lower";
    case IntervalComparison::kOverlapping:
      return "no significant difference shown";
    case IntervalComparison::kNoInterval:
      return "no interval to judge by";
  }
  return "no interval to judge by";
}

IntervalComparison CompareIntervals(const Interval& place, const Interval& other) {
  if (!place.defined() || !other.defined()) return IntervalComparison::kNoInterval;
  if (place.lower > other.upper) return IntervalComparison::kHigher;
  if (place.upper < other.lower) return IntervalComparison::kLower;
  return IntervalComparison::kOverlapping;
}

Result<PlaceComparison> ComparePlace(double value, const Interval& interval,
                                     std::span<const std::string> ids,
                                     std::span<const double> values, std::span<const double> lower,
                                     std::span<const double> upper) {
  if (std::isnan(value)) return InvalidArgument("comparison: the place has no value");
  if (values.size() != ids.size() || lower.size() != upper.size() ||
      (!lower.empty() && lower.size() != ids.size())) {
    return InvalidArgument(
        "comparison: the set's ids, values and interval bounds differ in "
        "length");
  }
  if (Status ok = CheckInterval("the place", value, interval); !ok) return ok.error();
  PlaceComparison out;
  out.value = value;
  out.interval = interval;
  std::vector<double> present;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (std::isnan(values[i])) continue;
    ComparedMember m;
    m.row = i;
    m.id = ids[i];
    m.value = values[i];
    if (!lower.empty()) m.interval = {lower[i], upper[i]};
    if (Status ok = CheckInterval("'" + ids[i] + "'", m.value, m.interval); !ok) {
      return ok.error();
    }
    m.difference = value - m.value;
    m.significance = CompareIntervals(interval, m.interval);
    switch (m.significance) {
      case IntervalComparison::kHigher:
        ++out.higher_than;
        break;
      case IntervalComparison::kLower:
        ++out.lower_than;
        break;
      case IntervalComparison::kOverlapping:
        ++out.overlapping;
        break;
      case IntervalComparison::kNoInterval:
        ++out.no_interval;
        break;
    }
    present.push_back(m.value);
    out.compared.push_back(std::move(m));
  }
  out.members = present.size();
  if (present.empty()) {
    out.status = MethodStatus::kInsufficientData;
    out.status_reason = "no member of the comparison set has a value";
    return out;
  }
  out.median = Median(present);
  out.min = Min(present);
  out.max = Max(present);
  out.difference_from_median = value - out.median;
  out.versus_median = CompareIntervals(interval, Interval{out.median, out.median});
  return out;
}

}  // namespace lct::analysis
