#include "render/index_pages.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "domain/period.hpp"
#include "render/csv_writer.hpp"
#include "render/format.hpp"
#include "render/svg_chart.hpp"
#include "render/template_engine.hpp"

namespace lct::render {
namespace {

using detail::Data;
using detail::Str;

constexpr int kRowHeight = 4;
constexpr int kChartWidth = 640;
constexpr int kLeft = 40;
constexpr int kTop = 24;

std::string MethodLabel(const std::string& method) {
  if (method == "minmax") return "min-max";
  if (method == "zscore") return "z-scores";
  if (method == "geometric") return "weighted geometric mean";
  if (method == "arithmetic") return "weighted arithmetic mean";
  if (method == "harmonic") return "weighted harmonic mean";
  return method;  // the model's own name for it
}

std::string Fixed(double value, int decimals) { return FormatNumber(value, decimals); }

Data PlaceRow(const domain::IndexPlaceResult& p) {
  Data row;
  row.set("code", Str(p.code));
  row.set("name", Str(p.name));
  row.set("member", Data{p.member});
  row.set("score", Str(Fixed(p.score, 1)));
  row.set("rank", Str(std::to_string(p.rank)));
  row.set("nominal_rank", Str(std::to_string(p.nominal_rank)));
  const int shift = p.nominal_rank - p.rank;
  row.set("shift",
          Str(shift == 0 ? "no change"
                         : (shift > 0 ? "up " : "down ") + std::to_string(std::abs(shift))));
  row.set("q05", Str(Fixed(p.rank_q05, 0)));
  row.set("q95", Str(Fixed(p.rank_q95, 0)));
  return row;
}

}  // namespace

std::string RankIntervalChart(const domain::LearningIndex& index) {
  const std::size_t n = index.places.size();
  if (n == 0) return "";
  const auto max_rank = static_cast<double>(n);
  const int height = kTop + static_cast<int>(n) * kRowHeight + 30;
  const auto x = [&](double rank) {
    return kLeft + (rank - 1) / std::max(1.0, max_rank - 1) * (kChartWidth - kLeft - 20);
  };
  std::string svg = fmt::format(
      R"(<svg class="rank-chart" role="img" viewBox="0 0 {} {}" )"
      R"(aria-labelledby="rank-chart-title rank-chart-desc">)"
      R"(<title id="rank-chart-title">{}</title><desc id="rank-chart-desc">{}</desc>)",
      kChartWidth, height, EscapeXml("Rank intervals, " + index.title),
      EscapeXml(fmt::format(
          "One row per place, ordered by rank (1 = best). The line spans the 5th to 95th "
          "percentile rank over {} Monte Carlo replications; the dot is the rank shown in the "
          "table. Members are drawn darker. The results table gives the same figures.",
          index.replications)));
  for (const std::size_t tick : {std::size_t{1}, n / 2, n}) {
    svg += fmt::format(R"(<text x="{:.1f}" y="14" text-anchor="middle" font-size="10">{}</text>)",
                       x(static_cast<double>(tick)), tick);
  }
  int row = 0;
  for (const auto& p : index.places) {
    const double y = kTop + row * kRowHeight + kRowHeight / 2.0;
    const char* cls = p.member ? "member" : "comparator";
    const char* colour = p.member ? "#12436d" : "#8a8f98";
    svg += fmt::format(
        R"(<line class="{0}" stroke="{1}" stroke-width="1.4" x1="{2:.1f}" x2="{3:.1f}" )"
        R"(y1="{4:.1f}" y2="{4:.1f}"><title>{5}</title></line>)"
        R"(<circle class="{0}" fill="{1}" cx="{6:.1f}" cy="{4:.1f}" r="1.6"/>)",
        cls, colour, x(p.rank_q05), x(p.rank_q95), y, EscapeXml(p.name), x(p.rank));
    ++row;
  }
  svg += fmt::format(
      R"(<text x="{}" y="{}" text-anchor="middle" font-size="11">Rank (1 = best conditions))"
      R"(</text></svg>)",
      kChartWidth / 2, height - 8);
  return svg;
}

Result<std::string> IndexPage(const domain::LearningIndex& index) {
  Data data;
  data.set("title", Str(index.title));
  data.set("normalisation", Str(MethodLabel(index.normalisation)));
  data.set("aggregation", Str(MethodLabel(index.aggregation)));
  data.set("replications", Str(std::to_string(index.replications)));
  data.set("seed", Str(std::to_string(index.seed)));
  data.set("place_count", Str(std::to_string(index.places.size())));
  data.set("excluded", Str(std::to_string(index.excluded_places)));
  data.set("what_if", Data{index.what_if.Active()});
  Data strands{Data::type::list};
  for (const auto& s : index.strands) {
    Data item;
    item.set("code", Str(s.code));
    item.set("name", Str(s.name));
    item.set("weight", Str(FormatNumber(s.weight, 2)));
    Data components{Data::type::list};
    for (const auto& c : index.components) {
      if (c.strand != s.code) continue;
      Data comp;
      comp.set("code", Str(c.code));
      comp.set("name", Str(c.name));
      const auto period = domain::ParsePeriod(c.period);
      comp.set("period", Str(period ? domain::PeriodLabel(*period) : c.period));
      comp.set("lower", Data{c.lower_is_better});
      components.push_back(comp);
    }
    item.set("components", components);
    strands.push_back(item);
  }
  data.set("strands", strands);
  const auto option_list = [](const std::vector<std::string>& values, const std::string& current) {
    Data list{Data::type::list};
    for (const std::string& value : values) {
      Data item;
      item.set("value", Str(value));
      item.set("label", Str(MethodLabel(value)));
      item.set("selected", Data{value == current});
      list.push_back(item);
    }
    return list;
  };
  data.set("normalisations", option_list(index.normalisation_choices, index.normalisation));
  data.set("aggregations", option_list(index.aggregation_choices, index.aggregation));
  data.set("bundled_model", Data{index.bundled_model});
  Data rows{Data::type::list};
  for (const auto& p : index.places) rows.push_back(PlaceRow(p));
  data.set("places", rows);
  Data moved{Data::type::list};
  for (const auto& p : index.moved_most) moved.push_back(PlaceRow(p));
  data.set("moved", moved);
  data.set("chart", Str(RankIntervalChart(index)));  // our own SVG, every text escaped
  return detail::RenderPage("index", data, index.title, "index");
}

std::string IndexCsv(const domain::LearningIndex& index) {
  CsvWriter csv({"code", "name", "member", "score", "rank", "published_rank", "rank_q05",
                 "rank_q95", "rank_median"});
  for (const auto& p : index.places) {
    csv.Text(p.code)
        .Text(p.name)
        .Text(p.member ? "yes" : "no")
        .Fixed(p.score, 4)
        .Integer(p.rank)
        .Integer(p.nominal_rank)
        .Fixed(p.rank_q05, 1)
        .Fixed(p.rank_q95, 1)
        .Fixed(p.rank_median, 1)
        .EndRow();
  }
  return std::move(csv).Take();
}

Result<std::string> IndexModelPage(const IndexModelView& view) {
  Data data;
  data.set("text", Str(view.text));
  data.set("bundled", Data{view.bundled});
  data.set("can_edit", Data{view.can_edit});
  data.set("csrf", Str(view.csrf));
  data.set("error", Str(view.error));
  data.set("has_error", Data{!view.error.empty()});
  return detail::RenderPage("index_model", data, "The index's model", "index");
}

}  // namespace lct::render
