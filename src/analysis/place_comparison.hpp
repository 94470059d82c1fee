// A place against a comparison set on one indicator (issue 14 §2): the set's median and range,
// and, where both have 95% intervals, whether the place differs from each member. Intervals
// that do not overlap mean a significant difference; overlapping intervals do NOT show the
// absence of one (a conservative test: for two equal standard errors, non-overlap of 95%
// intervals corresponds to p < 0.006). Pages must say so.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "analysis/interval.hpp"
#include "analysis/method_status.hpp"
#include "base/result.hpp"

namespace lct::analysis {

enum class IntervalComparison {
  kHigher,       // the place's interval lies entirely above the other's (or the reference)
  kLower,        // entirely below
  kOverlapping,  // the intervals overlap: no significant difference shown
  kNoInterval,   // one side has no interval: significance cannot be judged
};

// "significantly higher", "significantly lower", "no significant difference shown",
// "no interval to judge by".
[[nodiscard]] const char* IntervalComparisonName(IntervalComparison c);

// Place interval against another interval (non-overlap rule); touching bounds overlap.
[[nodiscard]] IntervalComparison CompareIntervals(const Interval& place, const Interval& other);

// The place and one member of the set.
struct ComparedMember {
  std::size_t row = 0;  // position in the input
  std::string id;
  double value = 0;
  Interval interval{};    // undefined when the member has none
  double difference = 0;  // place value - member value
  IntervalComparison significance = IntervalComparison::kNoInterval;
};

struct PlaceComparison {
  MethodStatus status = MethodStatus::kOk;
  std::string status_reason;
  double value = 0;
  Interval interval{};
  std::size_t members = 0;  // set members with a value
  double median = kMissing;
  double min = kMissing;
  double max = kMissing;
  double difference_from_median = kMissing;  // place - median
  // The place's interval against the set median taken as a fixed reference.
  IntervalComparison versus_median = IntervalComparison::kNoInterval;
  std::vector<ComparedMember> compared;  // members with a value, in input order
  std::size_t higher_than = 0;           // members the place is significantly above
  std::size_t lower_than = 0;            // members the place is significantly below
  std::size_t overlapping = 0;
  std::size_t no_interval = 0;
};

// ids/values describe the set (the place itself should not be in it). lower and upper are
// either empty (no intervals) or one per member, NaN where a member has none. The place's
// interval may be undefined. Members with a missing value are left out.
// Errors: lengths differ; an interval that does not contain its value; a missing place value.
// kInsufficientData when no member has a value.
[[nodiscard]] Result<PlaceComparison> ComparePlace(double value, const Interval& interval,
                                                   std::span<const std::string> ids,
                                                   std::span<const double> values,
                                                   std::span<const double> lower,
                                                   std::span<const double> upper);

}  // namespace lct::analysis
