// Server-rendered SVG charts. Hand-written: no packaged C++ library draws small,
// accessible SVG charts, and these need only lines, bands and text.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace lct::render {

struct ChartPoint {
  std::string label;  // x-axis label, e.g. "2023/24"
  std::optional<double> value;
  std::optional<double> lower;  // interval, drawn as a band where both bounds exist
  std::optional<double> upper;
};

struct ChartOptions {
  std::string title;        // read by screen readers (<title>)
  std::string description;  // text alternative (<desc>): what the chart shows, in words
  std::string unit;
  int decimals = 1;
};

// A line chart with its interval band, axes and labelled points. Returns "" when no point
// has a value. All text is XML-escaped.
[[nodiscard]] std::string LineChart(const std::vector<ChartPoint>& points,
                                    const ChartOptions& options);

// A small trend line for a table cell; `options.title` is its accessible name.
[[nodiscard]] std::string Sparkline(const std::vector<ChartPoint>& points,
                                    const ChartOptions& options);

// Escapes &, <, >, " and ' for XML and HTML text and attributes.
[[nodiscard]] std::string EscapeXml(std::string_view text);

}  // namespace lct::render
