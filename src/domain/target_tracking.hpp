// Progress towards a target on a trajectory from a baseline (methods.md §4): status with a
// tolerance band, the rule that produced it, compound growth rates, and the trend of a series.
// Plain functions of plain values; no I/O.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"

namespace lct::domain {

using Date = std::chrono::year_month_day;

enum class PathShape { kLinear, kGeometric };

[[nodiscard]] const char* PathShapeKey(PathShape shape);  // "linear", "geometric"
[[nodiscard]] std::optional<PathShape> PathShapeFromKey(std::string_view key);

enum class TargetStatus { kAchieved, kMissed, kOnTrack, kAtRisk, kOffTrack, kNoData };

[[nodiscard]] const char* TargetStatusKey(TargetStatus status);    // "achieved", "on-track"...
[[nodiscard]] const char* TargetStatusLabel(TargetStatus status);  // "Achieved", "On track"...

struct TargetSpec {
  Date baseline_date;
  double baseline = 0.0;
  Date target_date;
  double target = 0.0;
  double tolerance = 0.10;  // tau: the at-risk band is tau * |target - baseline|
  PathShape shape = PathShape::kLinear;
  bool moving_away_is_off_track = true;  // rule 3 of methods.md §4 (configurable there)
};

struct DatedValue {
  Date date;
  double value = 0.0;
};

struct TargetAssessment {
  TargetStatus status = TargetStatus::kNoData;
  std::string rule;  // which rule produced the status, in words, e.g. "linear path: shortfall
                     // 1.12 within the tolerance band 1.5"
  // Target equals baseline ("maintain"): no direction, so the band is absolute,
  // B = tolerance * max(|baseline|, 1e-9); on track while |y - g| <= B, else off track;
  // achieved only at or after the target date within the band, missed outside it. No at-risk.
  // shortfall then holds the deviation |y - g|, expected the baseline.
  bool maintain = false;
  double fraction_elapsed = 0.0;         // f
  double expected = 0.0;                 // E on the chosen path at the latest date
  double shortfall = 0.0;                // S = d (E - y)
  double band = 0.0;                     // B
  std::optional<double> progress_ratio;  // (y - b) / (E - b), when E != b
  std::optional<double> cagr_observed;
  std::optional<double> cagr_required;
  std::optional<double> cagr_needed;
  std::optional<double> cagr_ratio;  // rho = observed / required
  std::string cagr_reason;           // why the growth rates are missing, when they are
};

// kInvalidArgument when target_date <= baseline_date or the latest date is before the baseline;
// kInvalidArgument for a geometric path unless baseline and target are both > 0.
// No latest value gives status kNoData. A non-finite value, baseline, target or tolerance, or a
// negative tolerance, is kInvalidArgument. Days between dates count as std::chrono::sys_days;
// years for growth rates are days / 365.25.
[[nodiscard]] Result<TargetAssessment> AssessTarget(const TargetSpec& spec,
                                                    const std::optional<DatedValue>& latest);

// The trend of a series of dated values (at least two, distinct dates): the least-squares
// change per year (x = days / 365.25) and the compound annual growth from first to last (when
// both are > 0). Order does not matter; non-finite values are dropped; points counts the rest.
struct Trend {
  int points = 0;
  std::optional<double> annual_change;
  std::optional<double> compound_growth;
  std::string reason;  // why a figure is missing, when one is
};

[[nodiscard]] Trend ComputeTrend(std::vector<DatedValue> series);

}  // namespace lct::domain
