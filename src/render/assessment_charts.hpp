// Server-rendered SVG charts of a self-assessment round (issue 4): a radar of the strands and a
// heat grid of criteria by rating. Each carries <title> and <desc> text alternatives; pages put
// a table with the same figures beside them. All text is XML-escaped.
#pragma once

#include <string>
#include <vector>

namespace lct::render {

struct RadarAxis {
  std::string label;  // "Partnership"
  double value = 0;   // 0..1 (the share of the strand's criteria established)
};

// A radar (spider) chart with rings at 25, 50, 75 and 100%. Returns "" with fewer than one axis.
// With one or two axes the shape degenerates to a line; the table beside still reads clearly.
[[nodiscard]] std::string RadarChart(const std::vector<RadarAxis>& axes, const std::string& title,
                                     const std::string& description);

struct HeatRow {
  std::string label;        // the criterion id, drawn at the left
  std::vector<int> counts;  // one per column
};

// A grid with one row per criterion and one column per rating; a cell's shade is the share of
// the row's answers in that column, and the count is written in it.
[[nodiscard]] std::string HeatGrid(const std::vector<HeatRow>& rows,
                                   const std::vector<std::string>& columns,
                                   const std::string& title, const std::string& description);

}  // namespace lct::render
