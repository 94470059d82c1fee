// Server-rendered SVG charts of a self-assessment round (issue 4): a radar of the strands (a bar
// chart when there are fewer than three) and a heat grid of criteria by rating. Each carries
// <title> and <desc> text alternatives; pages put a table with the same figures beside them.
// All text is XML-escaped.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace lct::render {

struct RadarAxis {
  std::string label;  // "Partnership"
  double value = 0;   // 0..1 (the share of the strand's criteria established)
};

// A radar (spider) chart with rings at 25, 50, 75 and 100%. Returns "" with no axis. Labels are
// wrapped at spaces and the drawing is sized to hold them (issue 11: long labels were cut off).
// With one or two axes the shape degenerates to a line: use BarChart instead (StrandChart).
[[nodiscard]] std::string RadarChart(const std::vector<RadarAxis>& axes, const std::string& title,
                                     const std::string& description);

// Horizontal bars, one per axis, from 0 to 100%, each labelled with its share. Returns "" with
// no axis.
[[nodiscard]] std::string BarChart(const std::vector<RadarAxis>& axes, const std::string& title,
                                   const std::string& description);

// The fewest axes a radar is drawn with: fewer make a line, not a shape.
inline constexpr std::size_t kRadarMinAxes = 3;

// The strands' chart: a radar for kRadarMinAxes or more axes, else a bar chart.
[[nodiscard]] std::string StrandChart(const std::vector<RadarAxis>& axes, const std::string& title,
                                      const std::string& description);

struct HeatRow {
  std::string label;        // the criterion id, drawn at the left
  std::vector<int> counts;  // one per rating column
  int dont_know = 0;
};

// A grid with one row per criterion and one column per rating, shaded by the share of the row's
// ratings in that column, with the count written in each cell; then, apart, an unshaded column
// of "don't know" counts (`dont_know_label`), since "don't know" is not a rating (issue 11).
[[nodiscard]] std::string HeatGrid(const std::vector<HeatRow>& rows,
                                   const std::vector<std::string>& columns,
                                   const std::string& dont_know_label, const std::string& title,
                                   const std::string& description);

}  // namespace lct::render
