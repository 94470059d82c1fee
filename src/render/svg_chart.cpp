#include "render/svg_chart.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cmath>
#include <limits>

#include "render/format.hpp"

namespace lct::render {
namespace {

constexpr double kWidth = 640;
constexpr double kHeight = 260;
constexpr double kLeft = 64;
constexpr double kRight = 16;
constexpr double kTop = 16;
constexpr double kBottom = 40;
constexpr int kGridLines = 4;
constexpr double kSparkWidth = 120;
constexpr double kSparkHeight = 28;

struct Range {
  double low = 0;
  double high = 1;
};

Range ValueRange(const std::vector<ChartPoint>& points) {
  double low = std::numeric_limits<double>::infinity();
  double high = -std::numeric_limits<double>::infinity();
  for (const auto& p : points) {
    for (const auto& v : {p.value, p.lower, p.upper}) {
      if (v) {
        low = std::min(low, *v);
        high = std::max(high, *v);
      }
    }
  }
  if (!std::isfinite(low)) return {};
  if (high - low < 1e-9) {
    const double pad = std::max(1.0, std::fabs(low) * 0.05);
    return {low - pad, high + pad};
  }
  const double pad = (high - low) * 0.1;
  return {low - pad, high + pad};
}

bool AnyValue(const std::vector<ChartPoint>& points) {
  return std::any_of(points.begin(), points.end(),
                     [](const ChartPoint& p) { return p.value.has_value(); });
}

}  // namespace

std::string EscapeXml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

std::string LineChart(const std::vector<ChartPoint>& points, const ChartOptions& options) {
  if (!AnyValue(points)) return {};
  const Range r = ValueRange(points);
  const double plot_w = kWidth - kLeft - kRight;
  const double plot_h = kHeight - kTop - kBottom;
  const auto n = static_cast<double>(points.size());
  const auto x = [&](std::size_t i) {
    return points.size() == 1 ? kLeft + plot_w / 2
                              : kLeft + plot_w * static_cast<double>(i) / (n - 1);
  };
  const auto y = [&](double v) { return kTop + plot_h * (1 - (v - r.low) / (r.high - r.low)); };

  std::string svg = fmt::format(
      R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" width="{}" height="{}" role="img" aria-labelledby="{}-t {}-d">)",
      kWidth, kHeight, kWidth, kHeight, Slug(options.title), Slug(options.title));
  svg += fmt::format(R"(<title id="{}-t">{}</title><desc id="{}-d">{}</desc>)", Slug(options.title),
                     EscapeXml(options.title), Slug(options.title), EscapeXml(options.description));
  for (int g = 0; g <= kGridLines; ++g) {
    const double v = r.low + (r.high - r.low) * g / kGridLines;
    svg += fmt::format(R"(<line class="grid" x1="{:.1f}" x2="{:.1f}" y1="{:.1f}" y2="{:.1f}"/>)",
                       kLeft, kWidth - kRight, y(v), y(v));
    svg += fmt::format(R"(<text x="{:.1f}" y="{:.1f}" text-anchor="end">{}</text>)", kLeft - 6,
                       y(v) + 4, EscapeXml(FormatValue(v, options.unit, options.decimals)));
  }
  std::string band_top;
  std::string band_bottom;
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (points[i].lower && points[i].upper) {
      band_top += fmt::format("{:.1f},{:.1f} ", x(i), y(*points[i].upper));
      band_bottom.insert(0, fmt::format("{:.1f},{:.1f} ", x(i), y(*points[i].lower)));
    }
  }
  if (!band_top.empty())
    svg += R"(<polygon class="band" points=")" + band_top + band_bottom + R"("/>)";
  std::string line;
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (points[i].value) line += fmt::format("{:.1f},{:.1f} ", x(i), y(*points[i].value));
  }
  svg += R"(<polyline class="series" points=")" + line + R"("/>)";
  const std::size_t label_every = std::max<std::size_t>(1, points.size() / 8 + 1);
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (points[i].value) {
      svg += fmt::format(R"(<circle class="point" cx="{:.1f}" cy="{:.1f}" r="3.5"/>)", x(i),
                         y(*points[i].value));
    }
    if (i % label_every == 0 || i + 1 == points.size()) {
      svg += fmt::format(R"(<text x="{:.1f}" y="{:.1f}" text-anchor="middle">{}</text>)", x(i),
                         kHeight - kBottom + 18, EscapeXml(points[i].label));
    }
  }
  svg += fmt::format(R"(<line class="axis" x1="{0}" x2="{0}" y1="{1}" y2="{2}"/>)", kLeft, kTop,
                     kHeight - kBottom);
  svg += fmt::format(R"(<line class="axis" x1="{0}" x2="{1}" y1="{2}" y2="{2}"/>)", kLeft,
                     kWidth - kRight, kHeight - kBottom);
  return svg + "</svg>";
}

std::string Sparkline(const std::vector<ChartPoint>& points, const ChartOptions& options) {
  if (!AnyValue(points)) return {};
  const Range r = ValueRange(points);
  const auto n = static_cast<double>(points.size());
  std::string line;
  double last_x = 0;
  double last_y = 0;
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (!points[i].value) continue;
    last_x = points.size() == 1 ? kSparkWidth / 2
                                : 4 + (kSparkWidth - 8) * static_cast<double>(i) / (n - 1);
    last_y = 3 + (kSparkHeight - 6) * (1 - (*points[i].value - r.low) / (r.high - r.low));
    line += fmt::format("{:.1f},{:.1f} ", last_x, last_y);
  }
  return fmt::format(
      R"(<svg class="spark" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {0} {1}" width="{0}" height="{1}" role="img" aria-label="{2}"><polyline class="series" points="{3}"/><circle class="point" cx="{4:.1f}" cy="{5:.1f}" r="2.5"/></svg>)",
      kSparkWidth, kSparkHeight, EscapeXml(options.title + ". " + options.description), line,
      last_x, last_y);
}

}  // namespace lct::render
