// A place's target for one indicator: where it started (baseline value and period), where it
// aims to be (target value and date), and how progress is judged (tolerance, path shape).
#pragma once

#include <string>

#include "base/ids.hpp"
#include "domain/target_tracking.hpp"

namespace lct::domain {

struct Target {
  TargetId id;
  PlaceId place;
  IndicatorId indicator;
  double baseline_value = 0.0;
  std::string
      baseline_period;  // a period as ParsePeriod reads it; its last day is the baseline date
  double target_value = 0.0;
  std::string target_date;  // YYYY-MM-DD
  double tolerance = 0.10;
  PathShape shape = PathShape::kLinear;
  std::string note;

  bool operator==(const Target&) const = default;
};

}  // namespace lct::domain
