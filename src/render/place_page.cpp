#include <map>

#include "render/format.hpp"
#include "render/pages.hpp"
#include "render/svg_chart.hpp"
#include "render/template_engine.hpp"

namespace lct::render {
namespace {

using detail::Data;
using detail::Str;

std::string Interval(const std::optional<double>& lower, const std::optional<double>& upper,
                     const domain::Indicator& i) {
  if (!lower || !upper) return {};
  return FormatValue(lower, i.unit, i.decimals) + " to " + FormatValue(upper, i.unit, i.decimals);
}

std::string RankText(const domain::IndicatorProfile& ip) {
  if (!ip.rank) return "–";
  const bool neutral = ip.indicator.direction == domain::Direction::kNeutral;
  return Ordinal(ip.rank->rank) + " of " + std::to_string(ip.rank->count) +
         (neutral ? " (1st = highest)" : "") + ", " +
         domain::QuintileLabel(*ip.rank, ip.indicator.direction);
}

std::vector<ChartPoint> ChartPoints(const domain::IndicatorProfile& ip) {
  std::vector<ChartPoint> points;
  for (const auto& p : ip.series) points.push_back({p.label, p.value, p.lower, p.upper});
  return points;
}

std::string TrendWords(const domain::IndicatorProfile& ip, std::string_view place) {
  std::optional<domain::SeriesPoint> first;
  for (const auto& p : ip.series) {
    if (p.value && !first) first = p;
  }
  if (!first || !ip.latest) return "No values published.";
  const auto& i = ip.indicator;
  if (first->period == ip.latest->period) {
    return std::string(place) + ": " + FormatValue(ip.latest->value, i.unit, i.decimals) + " in " +
           ip.latest->label + " (one period published).";
  }
  return std::string(place) + ": " + FormatValue(first->value, i.unit, i.decimals) + " in " +
         first->label + ", " + FormatValue(ip.latest->value, i.unit, i.decimals) + " in " +
         ip.latest->label + ".";
}

Data ContextFacts(const domain::Place& p) {
  Data facts{Data::type::list};
  const auto add = [&](const char* label, const std::optional<domain::ContextValue>& v,
                       int decimals) {
    if (!v) return;
    Data item;
    item.set("label", Str(label));
    item.set("value", Str(FormatNumber(v->value, decimals)));
    item.set("source", Str(v->source));
    item.set("note", Str(v->note));
    facts.push_back(item);
  };
  add("Population, Census 2021", p.population_2021, 0);
  add("Population, Census 2011", p.population_2011, 0);
  add("People per square kilometre, 2021", p.density_2021, 0);
  add("IMD 2019 education, skills and training score (higher = more deprived)", p.imd_education, 1);
  return facts;
}

Data IndicatorRow(const domain::IndicatorProfile& ip, const std::string& place_name) {
  const auto& i = ip.indicator;
  Data row;
  row.set("code", Str(i.code));
  row.set("name", Str(i.name));
  row.set("measure", Str(i.measure));
  row.set("latest_period", Str(ip.latest ? ip.latest->label : "–"));
  row.set("latest_value",
          Str(FormatValue(ip.latest ? ip.latest->value : std::nullopt, i.unit, i.decimals)));
  row.set("interval", Str(ip.latest ? Interval(ip.latest->lower, ip.latest->upper, i) : ""));
  row.set("show_region", Data{ip.region.has_value() || !ip.rank_scope.empty()});
  row.set("region_value",
          Str(FormatValue(ip.region ? ip.region->value : std::nullopt, i.unit, i.decimals)));
  row.set("nation_value",
          Str(FormatValue(ip.nation ? ip.nation->value : std::nullopt, i.unit, i.decimals)));
  row.set("rank", Str(RankText(ip)));
  const ChartOptions spark{i.name + " trend", TrendWords(ip, place_name), i.unit, i.decimals};
  row.set("sparkline", Str(Sparkline(ChartPoints(ip), spark)));
  return row;
}

Data IndicatorDetail(const domain::IndicatorProfile& ip, const std::string& place_name) {
  const auto& i = ip.indicator;
  Data item;
  item.set("code", Str(i.code));
  item.set("name", Str(i.name));
  item.set("place", Str(place_name));
  item.set("definition", Str(i.description));
  item.set("latest_period", Str(ip.latest ? ip.latest->label : "no period"));
  item.set("latest_value",
           Str(FormatValue(ip.latest ? ip.latest->value : std::nullopt, i.unit, i.decimals)));
  if (ip.rank) item.set("rank", Str(RankText(ip) + " among " + ip.rank_scope));
  item.set("direction", Str(domain::DirectionLabel(i.direction)));
  const ChartOptions chart{i.name + ", " + place_name, TrendWords(ip, place_name), i.unit,
                           i.decimals};
  item.set("chart", Str(LineChart(ChartPoints(ip), chart)));
  item.set("count", Str(std::to_string(ip.series.size())));
  Data points{Data::type::list};
  for (std::size_t k = ip.series.size(); k-- > 0;) {  // newest first
    const auto& point = ip.series[k];
    Data p;
    p.set("label", Str(point.label));
    p.set("value", Str(FormatValue(point.value, i.unit, i.decimals)));
    p.set("interval", Str(Interval(point.lower, point.upper, i)));
    p.set("status", Str(domain::ObservationStatusLabel(point.status)));
    p.set("note", Str(point.note));
    points.push_back(p);
  }
  item.set("points", points);
  item.set("source_org", Str(i.source_org));
  item.set("source_date", Str(i.source_date));
  item.set("source_url", detail::WebLink(i.source_url));
  item.set("licence", Str(i.licence));
  item.set("dataset", Str(i.dataset));
  return item;
}

}  // namespace

Result<std::string> PlacePage(const domain::PlaceProfile& profile) {
  const auto& s = profile.summary;
  const auto& p = s.place;
  Data data;
  data.set("name", Str(p.name));
  data.set("code", Str(p.code));
  data.set("kind", Str(domain::AreaKindLabel(p.kind)));
  if (!s.region_name.empty()) data.set("region", Str(s.region_name));
  data.set("nation", Str(s.nation_name));
  data.set("member", Data{s.role == domain::MembershipRole::kMember});
  data.set("reason", Str(s.reason.empty() ? "" : s.reason + "."));
  if (!p.predecessor_codes.empty()) data.set("predecessors", Str(p.predecessor_codes));
  data.set("context", ContextFacts(p));
  std::string scope;
  Data rows{Data::type::list};
  std::map<std::string, Data> topics;
  std::vector<std::string> topic_order;
  for (const auto& ip : profile.indicators) {
    if (!ip.rank_scope.empty()) scope = ip.rank_scope;
    rows.push_back(IndicatorRow(ip, p.name));
    if (!topics.contains(ip.indicator.topic)) {
      topic_order.push_back(ip.indicator.topic);
      topics[ip.indicator.topic] = Data{Data::type::list};
    }
    topics[ip.indicator.topic].push_back(IndicatorDetail(ip, p.name));
  }
  data.set("indicators", rows);
  data.set("has_indicators", Data{!profile.indicators.empty()});
  data.set("rank_scope", Str(scope.empty() ? "comparable areas" : scope));
  Data topic_list{Data::type::list};
  for (const auto& t : topic_order) {
    Data topic;
    topic.set("topic", Str(t));
    topic.set("slug", Str(Slug(t)));
    topic.set("items", topics[t]);
    topic_list.push_back(topic);
  }
  data.set("topics", topic_list);
  return detail::RenderPage("place", data, p.name, "network_section");
}

}  // namespace lct::render
