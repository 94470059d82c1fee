#include "render/assessment_charts.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numbers>

#include "render/format.hpp"
#include "render/svg_chart.hpp"

namespace lct::render {
namespace {

constexpr double kRadarRadius = 120;
constexpr int kRings = 4;
constexpr double kLabelGap = 14;
constexpr double kMargin = 8;

// Labels: their size is fixed in the SVG, and their width estimated generously (0.6 em per
// character; proportional fonts average nearer 0.5 em), since the server cannot measure text.
constexpr double kFontSize = 13;
constexpr double kCharWidth = 0.6 * kFontSize;
constexpr double kLineHeight = 16;
constexpr std::size_t kRadarLabelChars = 20;  // wrap radar labels at spaces beyond this
constexpr std::size_t kBarLabelChars = 28;

constexpr double kBarLength = 240;
constexpr double kBarHeight = 18;
constexpr double kBarGap = 10;
constexpr double kAxisHeight = 24;
constexpr int kBarTicks = 4;
constexpr double kValueWidth = 5 * kCharWidth;  // "100%"

constexpr double kRowHeight = 22;
constexpr double kLabelWidth = 150;
constexpr double kCellWidth = 84;
constexpr double kHeaderHeight = 40;
constexpr double kColumnGap = 12;  // between the ratings and the "don't know" column
constexpr double kPercent = 100;

std::string Open(double width, double height, const std::string& title,
                 const std::string& description) {
  const std::string id = Slug(title);
  return fmt::format(
             R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {0:.0f} {1:.0f}" width="{0:.0f}" height="{1:.0f}" role="img" aria-labelledby="{2}-t {2}-d">)",
             width, height, id) +
         fmt::format(R"(<title id="{0}-t">{1}</title><desc id="{0}-d">{2}</desc>)", id,
                     EscapeXml(title), EscapeXml(description));
}

// Splits `text` at spaces into lines of at most `width` characters (a longer word keeps a line
// of its own).
std::vector<std::string> Wrap(const std::string& text, std::size_t width) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t space = text.find(' ', start);
    const std::string word =
        text.substr(start, space == std::string::npos ? std::string::npos : space - start);
    if (!word.empty()) {
      if (!lines.empty() && lines.back().size() + 1 + word.size() <= width) {
        lines.back() += " " + word;
      } else {
        lines.push_back(word);
      }
    }
    if (space == std::string::npos) break;
    start = space + 1;
  }
  if (lines.empty()) lines.emplace_back();
  return lines;
}

double TextWidth(const std::vector<std::string>& lines) {
  std::size_t longest = 0;
  for (const auto& line : lines) longest = std::max(longest, line.size());
  return static_cast<double>(longest) * kCharWidth;
}

// One radar label, placed around the origin (the chart's centre) before the drawing is sized.
struct PlacedLabel {
  std::vector<std::string> lines;
  const char* anchor = "middle";
  double x = 0;     // the anchor's x
  double top = 0;   // the top of the first line
  double left = 0;  // the extent of the block
  double right = 0;
};

PlacedLabel PlaceLabel(const std::string& text, double angle) {
  PlacedLabel p;
  p.lines = Wrap(text, kRadarLabelChars);
  const double r = kRadarRadius + kLabelGap;
  const double cx = r * std::cos(angle);
  const double cy = r * std::sin(angle);
  const double width = TextWidth(p.lines);
  const double height = kLineHeight * static_cast<double>(p.lines.size());
  constexpr double kSide = 0.2;  // |cos| below this: the label sits above or below the axis
  p.x = cx;
  if (std::fabs(std::cos(angle)) < kSide) {
    p.anchor = "middle";
    p.left = cx - width / 2;
    p.right = cx + width / 2;
  } else if (std::cos(angle) < 0) {
    p.anchor = "end";
    p.left = cx - width;
    p.right = cx;
  } else {
    p.anchor = "start";
    p.left = cx;
    p.right = cx + width;
  }
  if (std::sin(angle) < -1 + kSide) {
    p.top = cy - height;  // above the top axis
  } else if (std::sin(angle) > 1 - kSide) {
    p.top = cy;  // below the bottom axis
  } else {
    p.top = cy - height / 2;
  }
  return p;
}

std::string LabelText(const PlacedLabel& p, double dx, double dy) {
  std::string out;
  for (std::size_t i = 0; i < p.lines.size(); ++i) {
    // The baseline sits about 0.8 em below the line's top.
    const double baseline = p.top + kLineHeight * static_cast<double>(i) + kFontSize * 0.8;
    out += fmt::format(
        R"(<text class="axis-label" x="{:.1f}" y="{:.1f}" text-anchor="{}" font-size="{:.0f}">{}</text>)",
        p.x + dx, baseline + dy, p.anchor, kFontSize, EscapeXml(p.lines[i]));
  }
  return out;
}

}  // namespace

std::string RadarChart(const std::vector<RadarAxis>& axes, const std::string& title,
                       const std::string& description) {
  if (axes.empty()) return {};
  const auto n = static_cast<double>(axes.size());
  const auto angle = [&](std::size_t i) {
    return -std::numbers::pi / 2 + 2 * std::numbers::pi * static_cast<double>(i) / n;
  };
  std::vector<PlacedLabel> labels;
  double left = -kRadarRadius;
  double right = kRadarRadius;
  double top = -kRadarRadius;
  double bottom = kRadarRadius;
  for (std::size_t i = 0; i < axes.size(); ++i) {
    labels.push_back(PlaceLabel(axes[i].label, angle(i)));
    const auto& p = labels.back();
    left = std::min(left, p.left);
    right = std::max(right, p.right);
    top = std::min(top, p.top);
    bottom = std::max(bottom, p.top + kLineHeight * static_cast<double>(p.lines.size()));
  }
  const double dx = kMargin - left;  // the centre, once everything fits
  const double dy = kMargin - top;
  const auto point = [&](std::size_t i, double r) {
    return std::pair{dx + r * std::cos(angle(i)), dy + r * std::sin(angle(i))};
  };
  std::string svg =
      Open(right - left + 2 * kMargin, bottom - top + 2 * kMargin, title, description);
  for (int ring = 1; ring <= kRings; ++ring) {
    const double r = kRadarRadius * ring / kRings;
    std::string ring_points;
    for (std::size_t i = 0; i < axes.size(); ++i) {
      const auto [x, y] = point(i, r);
      ring_points += fmt::format("{:.1f},{:.1f} ", x, y);
    }
    svg += fmt::format(R"(<polygon class="grid" fill="none" stroke="#dddddd" points="{}"/>)",
                       ring_points);
    svg += fmt::format(R"(<text x="{:.1f}" y="{:.1f}" font-size="10">{}%</text>)", dx + 3,
                       dy - r + 10, ring * 100 / kRings);
  }
  std::string shape;
  for (std::size_t i = 0; i < axes.size(); ++i) {
    const auto [x, y] = point(i, kRadarRadius);
    svg += fmt::format(
        R"(<line class="axis" stroke="#484949" x1="{:.1f}" y1="{:.1f}" x2="{:.1f}" y2="{:.1f}"/>)",
        dx, dy, x, y);
    svg += LabelText(labels[i], dx, dy);
    const auto [px, py] = point(i, kRadarRadius * std::clamp(axes[i].value, 0.0, 1.0));
    shape += fmt::format("{:.1f},{:.1f} ", px, py);
  }
  svg += fmt::format(
      R"(<polygon class="radar" fill="#1d3f6e" fill-opacity="0.35" stroke="#1d3f6e" stroke-width="2.5" points="{}"/>)",
      shape);
  return svg + "</svg>";
}

std::string BarChart(const std::vector<RadarAxis>& axes, const std::string& title,
                     const std::string& description) {
  if (axes.empty()) return {};
  std::vector<std::vector<std::string>> labels;
  double label_width = 0;
  double height = kMargin;
  for (const auto& a : axes) {
    labels.push_back(Wrap(a.label, kBarLabelChars));
    label_width = std::max(label_width, TextWidth(labels.back()));
    height +=
        std::max(kBarHeight, kLineHeight * static_cast<double>(labels.back().size())) + kBarGap;
  }
  const double x0 = kMargin + label_width + kMargin;  // where bars start
  const double width = x0 + kBarLength + kMargin + kValueWidth + kMargin;
  const double axis_y = height;
  std::string svg = Open(width, axis_y + kAxisHeight, title, description);
  for (int tick = 0; tick <= kBarTicks; ++tick) {
    const double x = x0 + kBarLength * tick / kBarTicks;
    svg += fmt::format(
        R"(<line class="grid" stroke="#dddddd" x1="{0:.1f}" y1="{1:.1f}" x2="{0:.1f}" y2="{2:.1f}"/>)",
        x, kMargin / 2, axis_y);
    svg +=
        fmt::format(R"(<text x="{:.1f}" y="{:.1f}" text-anchor="middle" font-size="10">{}%</text>)",
                    x, axis_y + kAxisHeight / 2 + 4, tick * 100 / kBarTicks);
  }
  double y = kMargin;
  for (std::size_t i = 0; i < axes.size(); ++i) {
    const auto& lines = labels[i];
    const double row = std::max(kBarHeight, kLineHeight * static_cast<double>(lines.size()));
    for (std::size_t l = 0; l < lines.size(); ++l) {
      svg += fmt::format(
          R"(<text class="axis-label" x="{:.1f}" y="{:.1f}" text-anchor="end" font-size="{:.0f}">{}</text>)",
          x0 - kMargin,
          y + kLineHeight * static_cast<double>(l) + kFontSize * 0.8 +
              (row - kLineHeight * static_cast<double>(lines.size())) / 2,
          kFontSize, EscapeXml(lines[l]));
    }
    const double value = std::clamp(axes[i].value, 0.0, 1.0);
    const double bar_y = y + (row - kBarHeight) / 2;
    svg += fmt::format(
        R"(<rect class="bar" x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" fill="#1d3f6e"/>)",
        x0, bar_y, kBarLength * value, kBarHeight);
    svg += fmt::format(R"(<text x="{:.1f}" y="{:.1f}" font-size="{:.0f}">{}%</text>)",
                       x0 + kBarLength * value + 4, bar_y + kBarHeight - 4, kFontSize,
                       FormatNumber(value * kPercent, 0));
    y += row + kBarGap;
  }
  return svg + "</svg>";
}

std::string StrandChart(const std::vector<RadarAxis>& axes, const std::string& title,
                        const std::string& description) {
  return axes.size() >= kRadarMinAxes ? RadarChart(axes, title, description)
                                      : BarChart(axes, title, description);
}

std::string HeatGrid(const std::vector<HeatRow>& rows, const std::vector<std::string>& columns,
                     const std::string& dont_know_label, const std::string& title,
                     const std::string& description) {
  if (rows.empty() || columns.empty()) return {};
  const double ratings_width = kCellWidth * static_cast<double>(columns.size());
  const double dont_know_x = kLabelWidth + ratings_width + kColumnGap;
  const double width = dont_know_x + kCellWidth;
  const double height = kHeaderHeight + kRowHeight * static_cast<double>(rows.size());
  std::string svg = Open(width, height, title, description);
  const auto header = [&](double x, const std::string& text) {
    svg += fmt::format(R"(<text x="{:.1f}" y="{:.1f}" text-anchor="middle">{}</text>)",
                       x + kCellWidth / 2, kHeaderHeight - 12, EscapeXml(text));
  };
  for (std::size_t c = 0; c < columns.size(); ++c) {
    header(kLabelWidth + kCellWidth * static_cast<double>(c), columns[c]);
  }
  header(dont_know_x, dont_know_label);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const double y = kHeaderHeight + kRowHeight * static_cast<double>(r);
    svg += fmt::format(R"(<text x="{:.1f}" y="{:.1f}">{}</text>)", 4.0, y + kRowHeight - 7,
                       EscapeXml(rows[r].label));
    int ratings = 0;
    for (const int n : rows[r].counts) ratings += n;
    for (std::size_t c = 0; c < columns.size(); ++c) {
      const int n = c < rows[r].counts.size() ? rows[r].counts[c] : 0;
      const double share = ratings == 0 ? 0.0 : static_cast<double>(n) / ratings;
      const double x = kLabelWidth + kCellWidth * static_cast<double>(c);
      svg += fmt::format(
          R"(<rect class="rating" x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" fill="#5694ca" fill-opacity="{:.2f}" stroke="#ffffff"/>)",
          x, y, kCellWidth, kRowHeight, 0.08 + 0.92 * share);
      svg += fmt::format(R"(<text x="{:.1f}" y="{:.1f}" text-anchor="middle">{}</text>)",
                         x + kCellWidth / 2, y + kRowHeight - 7, n);
    }
    svg += fmt::format(
        R"(<rect class="dont-know" x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" fill="#ffffff" stroke="#b1b4b6" stroke-dasharray="3 2"/>)",
        dont_know_x, y, kCellWidth, kRowHeight);
    svg += fmt::format(R"(<text x="{:.1f}" y="{:.1f}" text-anchor="middle">{}</text>)",
                       dont_know_x + kCellWidth / 2, y + kRowHeight - 7, rows[r].dont_know);
  }
  return svg + "</svg>";
}

}  // namespace lct::render
