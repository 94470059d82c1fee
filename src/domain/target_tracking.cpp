#include "domain/target_tracking.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <utility>

namespace lct::domain {
namespace {

constexpr double kDaysPerYear = 365.25;  // methods.md §4: years = days / 365.25
// Floor of the "maintain" band, so a target of exactly 0 is judged against a tiny band
// rather than none at all (only rounding noise counts as on target then).
constexpr double kMaintainBandFloor = 1e-9;

int DaysBetween(const Date& from, const Date& to) {
  return static_cast<int>((std::chrono::sys_days(to) - std::chrono::sys_days(from)).count());
}

double Years(int days) { return static_cast<double>(days) / kDaysPerYear; }

// A number for a rule in words: two decimals from 1 up, three significant digits below.
std::string Num(double x) {
  std::array<char, 64> buffer{};
  const bool small = x != 0.0 && std::abs(x) < 1.0;
  const auto [end, ec] = small ? std::to_chars(buffer.data(), buffer.data() + buffer.size(), x,
                                               std::chars_format::general, 3)
                               : std::to_chars(buffer.data(), buffer.data() + buffer.size(), x,
                                               std::chars_format::fixed, 2);
  if (ec != std::errc()) return "?";
  return {buffer.data(), end};
}

std::string DateText(const Date& date) {
  std::array<char, 16> buffer{};
  const int y = static_cast<int>(date.year());
  const auto m = static_cast<unsigned>(date.month());
  const auto d = static_cast<unsigned>(date.day());
  char* p = std::to_chars(buffer.data(), buffer.data() + 6, y).ptr;
  *p++ = '-';
  if (m < 10) *p++ = '0';
  p = std::to_chars(p, p + 2, m).ptr;
  *p++ = '-';
  if (d < 10) *p++ = '0';
  p = std::to_chars(p, p + 2, d).ptr;
  return {buffer.data(), p};
}

Status Validate(const TargetSpec& spec) {
  if (!spec.baseline_date.ok() || !spec.target_date.ok()) {
    return InvalidArgument("the baseline or target date is not a valid date");
  }
  if (!std::isfinite(spec.baseline) || !std::isfinite(spec.target) ||
      !std::isfinite(spec.tolerance) || spec.tolerance < 0.0) {
    return InvalidArgument("baseline, target and tolerance must be finite; tolerance >= 0");
  }
  if (DaysBetween(spec.baseline_date, spec.target_date) <= 0) {
    return InvalidArgument("the target date " + DateText(spec.target_date) +
                           " must be after the baseline date " + DateText(spec.baseline_date));
  }
  if (spec.shape == PathShape::kGeometric && !(spec.baseline > 0.0 && spec.target > 0.0)) {
    return InvalidArgument("a geometric path needs a baseline and a target above zero");
  }
  return Ok();
}

void AddReason(std::string& reasons, std::string_view reason) {
  if (reasons.find(reason) != std::string::npos) return;
  if (!reasons.empty()) reasons += "; ";
  reasons += reason;
}

// methods.md §4 CAGR: each rate needs its two values > 0 and a positive span of time.
void GrowthRates(const TargetSpec& spec, const DatedValue& latest, TargetAssessment& out) {
  constexpr std::string_view kPositive = "growth rates need values above zero";
  const double b = spec.baseline;
  const double g = spec.target;
  const double y = latest.value;
  const int elapsed = DaysBetween(spec.baseline_date, latest.date);
  const int remaining = DaysBetween(latest.date, spec.target_date);
  const double total_years = Years(DaysBetween(spec.baseline_date, spec.target_date));
  if (b > 0.0 && y > 0.0 && elapsed > 0) {
    out.cagr_observed = std::pow(y / b, 1.0 / Years(elapsed)) - 1.0;
  } else {
    AddReason(out.cagr_reason, elapsed > 0 ? kPositive : "no time has passed since the baseline");
  }
  if (b > 0.0 && g > 0.0) {
    out.cagr_required = std::pow(g / b, 1.0 / total_years) - 1.0;
  } else {
    AddReason(out.cagr_reason, kPositive);
  }
  if (y > 0.0 && g > 0.0 && remaining > 0) {
    out.cagr_needed = std::pow(g / y, 1.0 / Years(remaining)) - 1.0;
  } else {
    AddReason(out.cagr_reason, remaining > 0 ? kPositive : "the target date has passed");
  }
  if (out.cagr_observed && out.cagr_required) {
    if (*out.cagr_required != 0.0) {
      out.cagr_ratio = *out.cagr_observed / *out.cagr_required;
    } else {
      AddReason(out.cagr_reason, "no growth is required: the target equals the baseline");
    }
  }
}

// g == b: no direction. On track while |y - g| <= B; achieved only at or after the target
// date within the band, missed outside it.
void JudgeMaintain(const TargetSpec& spec, const DatedValue& latest, TargetAssessment& out) {
  out.maintain = true;
  out.expected = spec.baseline;
  out.band = spec.tolerance * std::max(std::abs(spec.baseline), kMaintainBandFloor);
  out.shortfall = std::abs(latest.value - spec.target);
  const bool within = out.shortfall <= out.band;
  const bool due = DaysBetween(latest.date, spec.target_date) <= 0;
  const std::string where = Num(latest.value) + (within ? " is within " : " is more than ") +
                            Num(out.band) + (within ? " of" : " away from") + " the target " +
                            Num(spec.target);
  if (due) {
    out.status = within ? TargetStatus::kAchieved : TargetStatus::kMissed;
    out.rule = "maintain: " + where + " at the target date";
  } else {
    out.status = within ? TargetStatus::kOnTrack : TargetStatus::kOffTrack;
    out.rule = "maintain: " + where;
  }
}

// methods.md §4 status rules, first match wins.
void JudgeDirection(const TargetSpec& spec, const DatedValue& latest, TargetAssessment& out) {
  const double d = spec.target > spec.baseline ? 1.0 : -1.0;
  const double y = latest.value;
  const std::string path = std::string(PathShapeKey(spec.shape)) + " path: ";
  if (d * (y - spec.target) >= 0.0) {
    out.status = TargetStatus::kAchieved;
    out.rule = "target reached: " + Num(y) + " is at or beyond the target " + Num(spec.target);
  } else if (DaysBetween(latest.date, spec.target_date) <= 0) {
    out.status = TargetStatus::kMissed;
    out.rule = "target date passed: " + Num(y) + " falls short of the target " + Num(spec.target);
  } else if (spec.moving_away_is_off_track && d * (y - spec.baseline) < 0.0) {
    out.status = TargetStatus::kOffTrack;
    out.rule = "moved away from the target: " + Num(y) + (d > 0 ? " is below" : " is above") +
               " the baseline " + Num(spec.baseline);
  } else if (out.shortfall <= 0.0) {
    out.status = TargetStatus::kOnTrack;
    out.rule = path + Num(y) + " is at or ahead of the expected " + Num(out.expected);
  } else if (out.shortfall <= out.band) {
    out.status = TargetStatus::kAtRisk;
    out.rule =
        path + "shortfall " + Num(out.shortfall) + " is within the at-risk band " + Num(out.band);
  } else {
    out.status = TargetStatus::kOffTrack;
    out.rule =
        path + "shortfall " + Num(out.shortfall) + " exceeds the at-risk band " + Num(out.band);
  }
}

}  // namespace

const char* PathShapeKey(PathShape shape) {
  return shape == PathShape::kGeometric ? "geometric" : "linear";
}

std::optional<PathShape> PathShapeFromKey(std::string_view key) {
  if (key == "linear") return PathShape::kLinear;
  if (key == "geometric") return PathShape::kGeometric;
  return std::nullopt;
}

const char* TargetStatusKey(TargetStatus status) {
  switch (status) {
    case TargetStatus::kAchieved:
      return "achieved";
    case TargetStatus::kMissed:
      return "missed";
    case TargetStatus::kOnTrack:
      return "on-track";
    case TargetStatus::kAtRisk:
      return "at-risk";
    case TargetStatus::kOffTrack:
      return "off-track";
    case TargetStatus::kNoData:
      return "no-data";
  }
  return "no-data";
}

const char* TargetStatusLabel(TargetStatus status) {
  switch (status) {
    case TargetStatus::kAchieved:
      return "Achieved";
    case TargetStatus::kMissed:
      return "Missed";
    case TargetStatus::kOnTrack:
      return "On track";
    case TargetStatus::kAtRisk:
      return "At risk";
    case TargetStatus::kOffTrack:
      return "Off track";
    case TargetStatus::kNoData:
      return "No data";
  }
  return "No data";
}

Result<TargetAssessment> AssessTarget(const TargetSpec& spec,
                                      const std::optional<DatedValue>& latest) {
  if (const Status valid = Validate(spec); !valid) return valid.error();
  TargetAssessment out;
  if (!latest) {
    out.status = TargetStatus::kNoData;
    out.rule = "no value since the baseline";
    out.cagr_reason = "no latest value";
    return out;
  }
  if (!latest->date.ok() || !std::isfinite(latest->value)) {
    return InvalidArgument("the latest value or its date is not valid");
  }
  const int elapsed = DaysBetween(spec.baseline_date, latest->date);
  if (elapsed < 0) {
    return InvalidArgument("the latest date " + DateText(latest->date) +
                           " is before the baseline date " + DateText(spec.baseline_date));
  }
  const double total = DaysBetween(spec.baseline_date, spec.target_date);
  out.fraction_elapsed = std::clamp(static_cast<double>(elapsed) / total, 0.0, 1.0);
  const double b = spec.baseline;
  const double g = spec.target;
  if (g == b) {
    JudgeMaintain(spec, *latest, out);
  } else {
    const double f = out.fraction_elapsed;
    out.expected = spec.shape == PathShape::kGeometric ? b * std::pow(g / b, f) : b + (g - b) * f;
    const double d = g > b ? 1.0 : -1.0;
    out.shortfall = d * (out.expected - latest->value);
    out.band = spec.tolerance * std::abs(g - b);
    if (out.expected != b) out.progress_ratio = (latest->value - b) / (out.expected - b);
    JudgeDirection(spec, *latest, out);
  }
  GrowthRates(spec, *latest, out);
  return out;
}

Trend ComputeTrend(std::vector<DatedValue> series) {
  series.erase(std::remove_if(series.begin(), series.end(),
                              [](const DatedValue& v) { return !std::isfinite(v.value); }),
               series.end());
  std::stable_sort(series.begin(), series.end(), [](const DatedValue& a, const DatedValue& b) {
    return std::chrono::sys_days(a.date) < std::chrono::sys_days(b.date);
  });
  Trend trend;
  trend.points = static_cast<int>(series.size());
  if (series.size() < 2) {
    trend.reason = "a trend needs at least two values";
    return trend;
  }
  for (std::size_t i = 1; i < series.size(); ++i) {
    if (series[i].date == series[i - 1].date) {
      trend.reason = "two values share the date " + DateText(series[i].date);
      return trend;
    }
  }
  // Least squares of value on years since the first date.
  const auto n = static_cast<double>(series.size());
  double mean_x = 0.0;
  double mean_y = 0.0;
  for (const auto& point : series) {
    mean_x += Years(DaysBetween(series.front().date, point.date));
    mean_y += point.value;
  }
  mean_x /= n;
  mean_y /= n;
  double sxx = 0.0;
  double sxy = 0.0;
  for (const auto& point : series) {
    const double dx = Years(DaysBetween(series.front().date, point.date)) - mean_x;
    sxx += dx * dx;
    sxy += dx * (point.value - mean_y);
  }
  trend.annual_change = sxy / sxx;
  const double first = series.front().value;
  const double last = series.back().value;
  if (first > 0.0 && last > 0.0) {
    const double years = Years(DaysBetween(series.front().date, series.back().date));
    trend.compound_growth = std::pow(last / first, 1.0 / years) - 1.0;
  } else {
    trend.reason = "compound growth needs the first and last values above zero";
  }
  return trend;
}

}  // namespace lct::domain
