#include "render/indicator_page.hpp"

#include "domain/framework_lookup.hpp"
#include "render/csv_writer.hpp"
#include "render/format.hpp"
#include "render/template_engine.hpp"

namespace lct::render {
namespace {

using detail::Data;
using detail::Str;

// A text a template tests with {{#key}}: false when empty, since the template engine treats
// every string, even an empty one, as true.
Data Maybe(std::string_view text) { return text.empty() ? Data{false} : Str(text); }

std::string Interval(const TimePoint& p, const domain::Indicator& i) {
  if (!p.lower || !p.upper) return {};
  return FormatValue(p.lower, i.unit, i.decimals) + " to " +
         FormatValue(p.upper, i.unit, i.decimals);
}

// The value an area has for `period`, if it published one.
const TimePoint* SamePeriod(const std::optional<AreaSeries>& area, const std::string& period) {
  if (!area) return nullptr;
  for (const auto& p : area->points) {
    if (p.period == period) return &p;
  }
  return nullptr;
}

std::optional<TimePoint> First(const AreaSeries& area) {
  for (const auto& p : area.points) {
    if (p.value) return p;
  }
  return std::nullopt;
}

std::optional<TimePoint> Last(const AreaSeries& area) {
  for (std::size_t k = area.points.size(); k-- > 0;) {
    if (area.points[k].value) return area.points[k];
  }
  return std::nullopt;
}

// "Liverpool: 6,837 in 2019/20, 7,069 in 2024/25."
std::string SeriesWords(const AreaSeries& area, const domain::Indicator& i) {
  const auto first = First(area);
  const auto last = Last(area);
  if (!first || !last) return area.name + ": no values published.";
  const auto value = [&](const TimePoint& p) {
    return FormatValue(p.value, i.unit, i.decimals) + " in " + p.label;
  };
  if (first->period == last->period) return area.name + ": " + value(*last) + ".";
  return area.name + ": " + value(*first) + ", " + value(*last) + ".";
}

std::string ChartDescription(const IndicatorPageView& v) {
  const auto& i = v.indicator;
  std::string out = i.name + " over time (" + i.measure + "). ";
  for (const auto* area : {&v.place, &v.region, &v.nation}) {
    if (*area) out += SeriesWords(**area, i) + " ";
  }
  if (v.target) {
    const auto& t = v.target->path;
    out += "Target path, dashed: from " + FormatValue(t.baseline, i.unit, i.decimals) + " in " +
           v.target->baseline_label + " to " + FormatValue(t.target, i.unit, i.decimals) + " by " +
           FormatDay(t.target_date) + ".";
    if (!v.target->status_label.empty()) out += " Status: " + v.target->status_label + ".";
  }
  return out;
}

std::string Chart(const IndicatorPageView& v) {
  std::vector<TimeSeries> series;
  for (const auto* area : {&v.place, &v.region, &v.nation}) {
    if (*area) series.push_back({(*area)->name, (*area)->points});
  }
  std::optional<TargetPathLine> path;
  if (v.target) path = v.target->path;
  const TimeChartOptions options{"ind-" + v.indicator.code, v.indicator.name + ", " + v.place->name,
                                 ChartDescription(v), v.indicator.unit, v.indicator.decimals};
  return TimeChart(series, path, options);
}

Data Rows(const IndicatorPageView& v) {
  const auto& i = v.indicator;
  Data rows{Data::type::list};
  const auto& points = v.place->points;
  for (std::size_t k = points.size(); k-- > 0;) {  // newest first
    const TimePoint* p = &points[k];
    Data row;
    row.set("label", Str(p->label));
    row.set("value", Str(FormatValue(p->value, i.unit, i.decimals)));
    row.set("interval", Maybe(Interval(*p, i)));
    row.set("status", Str(domain::ObservationStatusLabel(p->status)));
    const TimePoint* region = SamePeriod(v.region, p->period);
    const TimePoint* nation = SamePeriod(v.nation, p->period);
    row.set("region", Str(FormatValue(region ? region->value : std::nullopt, i.unit, i.decimals)));
    row.set("nation", Str(FormatValue(nation ? nation->value : std::nullopt, i.unit, i.decimals)));
    rows.push_back(row);
  }
  return rows;
}

Data Places(const IndicatorPageView& v, bool members) {
  Data list{Data::type::list};
  for (const auto& p : v.places) {
    if (p.member != members) continue;
    Data item;
    item.set("code", Str(p.code));
    item.set("name", Str(p.name));
    item.set("selected", Data{v.place && v.place->code == p.code});
    list.push_back(item);
  }
  return list;
}

void SetDefinition(Data& data, const domain::Indicator& i) {
  data.set("code", Str(i.code));
  data.set("name", Str(i.name));
  data.set("description", Str(i.description));
  data.set("topic", Str(i.topic));
  data.set("measure", Str(i.measure));
  data.set("unit", Maybe(i.unit == i.measure ? "" : i.unit));
  data.set("direction", Str(domain::DirectionLabel(i.direction)));
  data.set("geography", Maybe(i.geography));
  data.set("proxy", Str(i.proxy ? "Yes: it measures something close to the aim, not the aim itself."
                                : "No: it measures the aim directly."));
  data.set("source_org", Str(i.source_org));
  data.set("source_url", detail::WebLink(i.source_url));
  data.set("source_date", Maybe(i.source_date));
  data.set("licence", Maybe(i.licence));
  data.set("caveats", Maybe(i.caveats));
  data.set("dataset", Maybe(i.dataset));
}

void SetChosenPlace(Data& data, const IndicatorPageView& v) {
  const auto& p = *v.place;
  Data chosen;
  chosen.set("place_name", Str(p.name));
  chosen.set("place_code", Str(p.code));
  chosen.set("chart", Str(Chart(v)));
  chosen.set("has_points", Data{!p.points.empty()});
  chosen.set("rows", Rows(v));
  chosen.set("region_name", Str(v.region ? v.region->name : "Region"));
  chosen.set("has_region", Data{v.region.has_value()});
  chosen.set("nation_name", Str(v.nation ? v.nation->name : "Nation"));
  chosen.set("has_nation", Data{v.nation.has_value()});
  chosen.set("csv_href", Str("/indicators/" + v.indicator.code + ".csv?place=" + p.code));
  chosen.set("targets_href", Str("/places/" + p.code + "/targets"));
  if (v.target) {
    const auto& i = v.indicator;
    const auto& t = v.target->path;
    chosen.set("target_words",
               Str("from " + FormatValue(t.baseline, i.unit, i.decimals) + " in " +
                   v.target->baseline_label + " to " + FormatValue(t.target, i.unit, i.decimals) +
                   " by " + FormatDay(t.target_date)));
    chosen.set("target_status", Maybe(v.target->status_label));
  }
  data.set("chosen", chosen);
}

}  // namespace

std::vector<GuideLink> IndicatorGuideLinks(const std::vector<std::string>& links,
                                           FrameworkSet frameworks) {
  std::vector<GuideLink> out;
  for (const auto& link : links) {
    const auto slash = link.find('/');
    const domain::Framework* framework =
        slash == std::string::npos ? nullptr : FindLoaded(frameworks, link.substr(0, slash));
    if (framework == nullptr) {
      out.push_back({link, ""});
      continue;
    }
    const std::string item = link.substr(slash + 1);
    if (const domain::Strand* strand = domain::FindStrand(*framework, item)) {
      out.push_back({framework->title + ": " + strand->title,
                     FrameworkUrl(framework->id) + "#" + strand->id});
    } else if (const auto ref = domain::LocateCriterion(*framework, item)) {
      out.push_back(
          {framework->title + ": criterion " + ref->criterion->id + ", " +
               ref->criterion->statement,
           LevelUrl(framework->id, ref->strand->id, ref->level->id) + "#" + ref->criterion->id});
    } else {
      out.push_back({link, ""});
    }
  }
  return out;
}

Result<std::string> IndicatorPage(const IndicatorPageView& view) {
  Data data;
  SetDefinition(data, view.indicator);
  Data links{Data::type::list};
  for (const auto& l : view.links) {
    Data item;
    item.set("label", Str(l.label));
    item.set("url", Maybe(l.url));
    links.push_back(item);
  }
  data.set("links", links);
  data.set("has_links", Data{!view.links.empty()});
  data.set("members", Places(view, true));
  data.set("comparators", Places(view, false));
  data.set("can_edit", Data{view.can_edit});
  if (view.place) SetChosenPlace(data, view);
  return detail::RenderPage("indicator", data, view.indicator.name, "indicators");
}

std::string IndicatorPlaceCsv(const IndicatorPageView& view) {
  CsvWriter csv({"indicator_code", "place_code", "place_name", "period", "period_label", "value",
                 "lower_95", "upper_95", "status", "region_code", "region_value", "nation_code",
                 "nation_value", "unit"});
  if (!view.place) return std::move(csv).Take();
  const auto& i = view.indicator;
  const std::string region_code = view.region ? view.region->code : "";
  const std::string nation_code = view.nation ? view.nation->code : "";
  for (const auto& p : view.place->points) {
    const TimePoint* region = SamePeriod(view.region, p.period);
    const TimePoint* nation = SamePeriod(view.nation, p.period);
    csv.Text(i.code)
        .Text(view.place->code)
        .Text(view.place->name)
        .Text(p.period)
        .Text(p.label)
        .Number(p.value)
        .Number(p.lower)
        .Number(p.upper)
        .Text(domain::ObservationStatusLabel(p.status))
        .Text(region_code)
        .Number(region ? region->value : std::nullopt)
        .Text(nation_code)
        .Number(nation ? nation->value : std::nullopt)
        .Text(i.measure)
        .EndRow();
  }
  return std::move(csv).Take();
}

}  // namespace lct::render
