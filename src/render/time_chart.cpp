#include "render/time_chart.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include "domain/period.hpp"
#include "render/format.hpp"
#include "render/svg_chart.hpp"

namespace lct::render {
namespace {

constexpr double kWidth = 720;
constexpr double kHeight = 330;
constexpr double kLeft = 72;
constexpr double kRight = 24;
constexpr double kTop = 48;  // room for the legend
constexpr double kBottom = 36;
constexpr int kGridLines = 4;
constexpr double kHalfYear = 183;
constexpr int kMaxYearTicks = 10;
constexpr double kLegendCharWidth = 7;  // roughly, at 12px
constexpr double kLegendGap = 48;

struct Style {
  const char* colour;
  const char* marker;  // "circle", "square", "triangle"
};
constexpr std::array<Style, 3> kStyles = {Style{"#1d3f6e", "circle"}, Style{"#00703c", "square"},
                                          Style{"#5a5a5a", "triangle"}};
constexpr const char* kTargetColour = "#a34700";

double Days(domain::Date date) {
  return static_cast<double>(std::chrono::sys_days{date}.time_since_epoch().count());
}

struct Range {
  double low = std::numeric_limits<double>::infinity();
  double high = -std::numeric_limits<double>::infinity();

  void Add(double v) {
    if (!std::isfinite(v)) return;
    low = std::min(low, v);
    high = std::max(high, v);
  }
  [[nodiscard]] bool Empty() const { return low > high; }
};

struct Frame {
  Range x;  // days since the epoch
  Range y;

  [[nodiscard]] double X(double days) const {
    return kLeft + (kWidth - kLeft - kRight) * (days - x.low) / (x.high - x.low);
  }
  [[nodiscard]] double Y(double v) const {
    return kTop + (kHeight - kTop - kBottom) * (1 - (v - y.low) / (y.high - y.low));
  }
};

Frame MakeFrame(const std::vector<TimeSeries>& series,
                const std::optional<TargetPathLine>& target) {
  Frame f;
  for (const auto& s : series) {
    for (const auto& p : s.points) {
      if (!p.value) continue;
      f.x.Add(Days(p.date));
      for (const auto& v : {p.value, p.lower, p.upper}) {
        if (v) f.y.Add(*v);
      }
    }
  }
  if (target) {
    f.x.Add(Days(target->baseline_date));
    f.x.Add(Days(target->target_date));
    f.y.Add(target->baseline);
    f.y.Add(target->target);
  }
  if (f.x.high - f.x.low < 1) {
    f.x.low -= kHalfYear;
    f.x.high += kHalfYear;
  } else {
    const double pad = (f.x.high - f.x.low) * 0.04;
    f.x.low -= pad;
    f.x.high += pad;
  }
  if (f.y.high - f.y.low < 1e-9) {
    const double pad = std::max(1.0, std::fabs(f.y.low) * 0.05);
    f.y.low -= pad;
    f.y.high += pad;
  } else {
    const double pad = (f.y.high - f.y.low) * 0.1;
    f.y.low -= pad;
    f.y.high += pad;
  }
  return f;
}

std::string Marker(const Style& style, const char* css_class, double x, double y,
                   const std::string& tooltip) {
  const std::string title = tooltip.empty() ? "" : "<title>" + EscapeXml(tooltip) + "</title>";
  if (std::string_view(style.marker) == "square") {
    return fmt::format(
        R"(<rect class="{}" x="{:.1f}" y="{:.1f}" width="8" height="8" fill="{}">{}</rect>)",
        css_class, x - 4, y - 4, style.colour, title);
  }
  if (std::string_view(style.marker) == "triangle") {
    return fmt::format(
        R"(<polygon class="{}" points="{:.1f},{:.1f} {:.1f},{:.1f} {:.1f},{:.1f}" fill="{}">{}</polygon>)",
        css_class, x, y - 5, x - 5, y + 4, x + 5, y + 4, style.colour, title);
  }
  return fmt::format(R"(<circle class="{}" cx="{:.1f}" cy="{:.1f}" r="4" fill="{}">{}</circle>)",
                     css_class, x, y, style.colour, title);
}

std::vector<TimePoint> Sorted(std::vector<TimePoint> points) {
  std::sort(points.begin(), points.end(), [](const TimePoint& a, const TimePoint& b) {
    return std::chrono::sys_days{a.date} < std::chrono::sys_days{b.date};
  });
  return points;
}

// Bands over runs of consecutive points that have both bounds.
std::string Bands(const std::vector<TimePoint>& points, const Frame& f, const Style& style) {
  std::string out;
  std::string top;
  std::string bottom;
  const auto flush = [&] {
    if (!top.empty()) {
      out +=
          fmt::format(R"(<polygon class="ts-band" points="{}{}" fill="{}" fill-opacity="0.18"/>)",
                      top, bottom, style.colour);
    }
    top.clear();
    bottom.clear();
  };
  for (const auto& p : points) {
    if (p.value && p.lower && p.upper) {
      top += fmt::format("{:.1f},{:.1f} ", f.X(Days(p.date)), f.Y(*p.upper));
      bottom.insert(0, fmt::format("{:.1f},{:.1f} ", f.X(Days(p.date)), f.Y(*p.lower)));
    } else {
      flush();
    }
  }
  flush();
  return out;
}

std::string SeriesSvg(const TimeSeries& series, const Frame& f, const Style& style,
                      const TimeChartOptions& options) {
  const std::vector<TimePoint> points = Sorted(series.points);
  std::string out = Bands(points, f, style);
  std::string line;
  std::string markers;
  for (const auto& p : points) {
    if (!p.value) continue;
    const double x = f.X(Days(p.date));
    const double y = f.Y(*p.value);
    line += fmt::format("{:.1f},{:.1f} ", x, y);
    markers += Marker(
        style, "ts-point", x, y,
        series.name + ", " + p.label + ": " + FormatValue(p.value, options.unit, options.decimals));
  }
  out += fmt::format(
      R"(<polyline class="ts-series" points="{}" fill="none" stroke="{}" stroke-width="2.5"/>)",
      line, style.colour);
  return out + markers;
}

std::string TargetSvg(const TargetPathLine& t, const Frame& f, const TimeChartOptions& options) {
  const double x0 = f.X(Days(t.baseline_date));
  const double y0 = f.Y(t.baseline);
  const double x1 = f.X(Days(t.target_date));
  const double y1 = f.Y(t.target);
  std::string out = fmt::format(
      R"(<line class="ts-target-path" x1="{:.1f}" y1="{:.1f}" x2="{:.1f}" y2="{:.1f}" stroke="{}" stroke-width="2" stroke-dasharray="6 4"/>)",
      x0, y0, x1, y1, kTargetColour);
  out += fmt::format(
      R"(<circle class="ts-baseline" cx="{:.1f}" cy="{:.1f}" r="3.5" fill="#ffffff" stroke="{}" stroke-width="2"><title>Baseline: {}</title></circle>)",
      x0, y0, kTargetColour, EscapeXml(FormatValue(t.baseline, options.unit, options.decimals)));
  out += fmt::format(
      R"(<polygon class="ts-target" points="{:.1f},{:.1f} {:.1f},{:.1f} {:.1f},{:.1f} {:.1f},{:.1f}" fill="{}"><title>Target: {} by {}</title></polygon>)",
      x1, y1 - 7, x1 + 7, y1, x1, y1 + 7, x1 - 7, y1, kTargetColour,
      EscapeXml(FormatValue(t.target, options.unit, options.decimals)),
      EscapeXml(FormatDay(t.target_date)));
  return out;
}

std::string Axes(const Frame& f, const TimeChartOptions& options) {
  std::string out;
  for (int g = 0; g <= kGridLines; ++g) {
    const double v = f.y.low + (f.y.high - f.y.low) * g / kGridLines;
    out += fmt::format(
        R"(<line class="grid" x1="{:.1f}" x2="{:.1f}" y1="{:.1f}" y2="{:.1f}" stroke="#dddddd"/>)",
        kLeft, kWidth - kRight, f.Y(v), f.Y(v));
    out += fmt::format(R"(<text x="{:.1f}" y="{:.1f}" text-anchor="end">{}</text>)", kLeft - 6,
                       f.Y(v) + 4, EscapeXml(FormatValue(v, options.unit, options.decimals)));
  }
  // A tick on 1 January of each year (every 2nd, 5th... year when the span is long).
  const std::chrono::year_month_day first{
      std::chrono::sys_days{std::chrono::days{static_cast<int>(std::ceil(f.x.low))}}};
  const std::chrono::year_month_day last{
      std::chrono::sys_days{std::chrono::days{static_cast<int>(std::floor(f.x.high))}}};
  const int from = static_cast<int>(first.year()) + 1;
  const int to = static_cast<int>(last.year());
  int step = 1;
  for (const int s : {1, 2, 5, 10, 20, 50}) {
    step = s;
    if ((to - from) / s < kMaxYearTicks) break;
  }
  const double axis_y = kHeight - kBottom;
  for (int year = from; year <= to; ++year) {
    if (year % step != 0) continue;
    const double x = f.X(Days(std::chrono::year{year} / std::chrono::January / 1));
    out += fmt::format(
        R"(<line class="tick" x1="{0:.1f}" x2="{0:.1f}" y1="{1:.1f}" y2="{2:.1f}" stroke="#484949"/>)",
        x, axis_y, axis_y + 5);
    out += fmt::format(R"(<text x="{:.1f}" y="{:.1f}" text-anchor="middle">{}</text>)", x,
                       axis_y + 19, year);
  }
  out += fmt::format(R"(<line class="axis" x1="{0}" x2="{0}" y1="{1}" y2="{2}" stroke="#484949"/>)",
                     kLeft, kTop, axis_y);
  out += fmt::format(R"(<line class="axis" x1="{0}" x2="{1}" y1="{2}" y2="{2}" stroke="#484949"/>)",
                     kLeft, kWidth - kRight, axis_y);
  return out;
}

std::string Legend(const std::vector<TimeSeries>& series, bool has_target) {
  std::string out = R"(<g class="ts-legend">)";
  double x = kLeft;
  constexpr double kY = 18;
  for (std::size_t i = 0; i < series.size(); ++i) {
    const Style& style = kStyles.at(i % kStyles.size());
    out += fmt::format(
        R"(<line x1="{:.1f}" x2="{:.1f}" y1="{:.1f}" y2="{:.1f}" stroke="{}" stroke-width="2.5"/>)",
        x, x + 24, kY, kY, style.colour);
    out += Marker(style, "ts-key", x + 12, kY, "");
    out += fmt::format(R"(<text x="{:.1f}" y="{:.1f}">{}</text>)", x + 30, kY + 4,
                       EscapeXml(series[i].name));
    x += kLegendGap + kLegendCharWidth * static_cast<double>(series[i].name.size());
  }
  if (has_target) {
    out += fmt::format(
        R"(<line x1="{:.1f}" x2="{:.1f}" y1="{:.1f}" y2="{:.1f}" stroke="{}" stroke-width="2" stroke-dasharray="6 4"/>)",
        x, x + 24, kY, kY, kTargetColour);
    out += fmt::format(R"(<text x="{:.1f}" y="{:.1f}">Target path</text>)", x + 30, kY + 4);
  }
  return out + "</g>";
}

}  // namespace

std::string FormatDay(domain::Date date) {
  static constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const auto month = static_cast<unsigned>(date.month());
  if (!date.ok() || month < 1 || month > kMonths.size()) return domain::FormatDate(date);
  return fmt::format("{} {} {}", static_cast<unsigned>(date.day()), kMonths.at(month - 1),
                     static_cast<int>(date.year()));
}

std::string TimeChart(const std::vector<TimeSeries>& series,
                      const std::optional<TargetPathLine>& target,
                      const TimeChartOptions& options) {
  const bool any_value = std::any_of(series.begin(), series.end(), [](const TimeSeries& s) {
    return std::any_of(s.points.begin(), s.points.end(),
                       [](const TimePoint& p) { return p.value.has_value(); });
  });
  if (!any_value && !target) return {};
  const Frame f = MakeFrame(series, target);
  const std::string id = "tc-" + Slug(options.id.empty() ? options.title : options.id);
  std::string svg = fmt::format(
      R"(<svg class="time-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {0} {1}" width="{0}" height="{1}" role="img" aria-labelledby="{2}-t {2}-d">)",
      kWidth, kHeight, id);
  svg += fmt::format(R"(<title id="{0}-t">{1}</title><desc id="{0}-d">{2}</desc>)", id,
                     EscapeXml(options.title), EscapeXml(options.description));
  svg += Axes(f, options);
  for (std::size_t i = 0; i < series.size(); ++i) {
    svg += SeriesSvg(series[i], f, kStyles.at(i % kStyles.size()), options);
  }
  if (target) svg += TargetSvg(*target, f, options);
  svg += Legend(series, target.has_value());
  return svg + "</svg>";
}

}  // namespace lct::render
