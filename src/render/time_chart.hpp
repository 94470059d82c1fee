// A multi-series line chart on a time axis (dates, a tick per year), as accessible SVG: each
// series with its interval band and its own marker shape, an optional target path drawn as a
// dashed line, a legend in text, and <title>/<desc> text alternatives. Hand-written like
// svg_chart.hpp; pages put a data table beside it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/indicator.hpp"
#include "domain/target_tracking.hpp"

namespace lct::render {

// One observation placed in time: its period as published and as readers write it, and the
// date it is drawn at (the period's last day).
struct TimePoint {
  std::string period;  // e.g. "2023-08-01/P1Y"
  std::string label;   // e.g. "2023/24"
  domain::Date date;
  std::optional<double> value;
  std::optional<double> lower;  // 95% interval where published; a band where both exist
  std::optional<double> upper;
  domain::ObservationStatus status = domain::ObservationStatus::kNormal;
};

struct TimeSeries {
  std::string name;               // the legend's text, e.g. "Liverpool"
  std::vector<TimePoint> points;  // any order; points without a value are skipped
};

// The path from a baseline to a target: a dashed line between the two, the target marked.
struct TargetPathLine {
  domain::Date baseline_date;
  double baseline = 0.0;
  domain::Date target_date;
  double target = 0.0;
};

struct TimeChartOptions {
  std::string id;           // unique on the page: prefixes the ids of <title> and <desc>
  std::string title;        // <title>: the chart's name
  std::string description;  // <desc>: what it shows, in words
  std::string unit;
  int decimals = 1;
};

// The chart, or "" when there is nothing to draw (no series point has a value and there is
// no target path). Series are told apart by colour, marker shape (circle, square, triangle,
// then repeating) and the legend. All text is XML-escaped. Up to 3 series get distinct styles.
[[nodiscard]] std::string TimeChart(const std::vector<TimeSeries>& series,
                                    const std::optional<TargetPathLine>& target,
                                    const TimeChartOptions& options);

// "31 Jul 2024".
[[nodiscard]] std::string FormatDay(domain::Date date);

}  // namespace lct::render
