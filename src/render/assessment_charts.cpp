#include "render/assessment_charts.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numbers>

#include "render/format.hpp"
#include "render/svg_chart.hpp"

namespace lct::render {
namespace {

constexpr double kRadarSize = 360;
constexpr double kRadarRadius = 120;
constexpr int kRings = 4;
constexpr double kLabelGap = 18;

constexpr double kRowHeight = 22;
constexpr double kLabelWidth = 150;
constexpr double kCellWidth = 84;
constexpr double kHeaderHeight = 40;

std::string Open(double width, double height, const std::string& title,
                 const std::string& description) {
  const std::string id = Slug(title);
  return fmt::format(
             R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {0:.0f} {1:.0f}" width="{0:.0f}" height="{1:.0f}" role="img" aria-labelledby="{2}-t {2}-d">)",
             width, height, id) +
         fmt::format(R"(<title id="{0}-t">{1}</title><desc id="{0}-d">{2}</desc>)", id,
                     EscapeXml(title), EscapeXml(description));
}

}  // namespace

std::string RadarChart(const std::vector<RadarAxis>& axes, const std::string& title,
                       const std::string& description) {
  if (axes.empty()) return {};
  const double centre = kRadarSize / 2;
  const auto n = static_cast<double>(axes.size());
  const auto point = [&](std::size_t i, double r) {
    const double angle = -std::numbers::pi / 2 + 2 * std::numbers::pi * static_cast<double>(i) / n;
    return std::pair{centre + r * std::cos(angle), centre + r * std::sin(angle)};
  };
  std::string svg = Open(kRadarSize, kRadarSize, title, description);
  for (int ring = 1; ring <= kRings; ++ring) {
    const double r = kRadarRadius * ring / kRings;
    std::string ring_points;
    for (std::size_t i = 0; i < axes.size(); ++i) {
      const auto [x, y] = point(i, r);
      ring_points += fmt::format("{:.1f},{:.1f} ", x, y);
    }
    svg += fmt::format(R"(<polygon class="grid" fill="none" stroke="#dddddd" points="{}"/>)",
                       ring_points);
    svg += fmt::format(R"(<text x="{:.1f}" y="{:.1f}" font-size="10">{}%</text>)", centre + 3,
                       centre - r + 10, ring * 100 / kRings);
  }
  std::string shape;
  for (std::size_t i = 0; i < axes.size(); ++i) {
    const auto [x, y] = point(i, kRadarRadius);
    svg += fmt::format(
        R"(<line class="axis" stroke="#484949" x1="{:.1f}" y1="{:.1f}" x2="{:.1f}" y2="{:.1f}"/>)",
        centre, centre, x, y);
    const auto [lx, ly] = point(i, kRadarRadius + kLabelGap);
    const char* anchor = std::fabs(lx - centre) < 1 ? "middle" : (lx < centre ? "end" : "start");
    svg += fmt::format(R"(<text x="{:.1f}" y="{:.1f}" text-anchor="{}">{}</text>)", lx, ly + 4,
                       anchor, EscapeXml(axes[i].label));
    const auto [px, py] = point(i, kRadarRadius * std::clamp(axes[i].value, 0.0, 1.0));
    shape += fmt::format("{:.1f},{:.1f} ", px, py);
  }
  svg += fmt::format(
      R"(<polygon class="radar" fill="#1d3f6e" fill-opacity="0.35" stroke="#1d3f6e" stroke-width="2.5" points="{}"/>)",
      shape);
  return svg + "</svg>";
}

std::string HeatGrid(const std::vector<HeatRow>& rows, const std::vector<std::string>& columns,
                     const std::string& title, const std::string& description) {
  if (rows.empty() || columns.empty()) return {};
  const double width = kLabelWidth + kCellWidth * static_cast<double>(columns.size());
  const double height = kHeaderHeight + kRowHeight * static_cast<double>(rows.size());
  std::string svg = Open(width, height, title, description);
  for (std::size_t c = 0; c < columns.size(); ++c) {
    svg += fmt::format(R"(<text x="{:.1f}" y="{:.1f}" text-anchor="middle">{}</text>)",
                       kLabelWidth + kCellWidth * (static_cast<double>(c) + 0.5),
                       kHeaderHeight - 12, EscapeXml(columns[c]));
  }
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const double y = kHeaderHeight + kRowHeight * static_cast<double>(r);
    svg += fmt::format(R"(<text x="{:.1f}" y="{:.1f}">{}</text>)", 4.0, y + kRowHeight - 7,
                       EscapeXml(rows[r].label));
    int total = 0;
    for (const int n : rows[r].counts) total += n;
    for (std::size_t c = 0; c < columns.size(); ++c) {
      const int n = c < rows[r].counts.size() ? rows[r].counts[c] : 0;
      const double share = total == 0 ? 0.0 : static_cast<double>(n) / total;
      const double x = kLabelWidth + kCellWidth * static_cast<double>(c);
      svg += fmt::format(
          R"(<rect x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" fill="#5694ca" fill-opacity="{:.2f}" stroke="#ffffff"/>)",
          x, y, kCellWidth, kRowHeight, 0.08 + 0.92 * share);
      svg += fmt::format(R"(<text x="{:.1f}" y="{:.1f}" text-anchor="middle">{}</text>)",
                         x + kCellWidth / 2, y + kRowHeight - 7, n);
    }
  }
  return svg + "</svg>";
}

}  // namespace lct::render
