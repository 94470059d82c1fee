#include "web/api_json.hpp"

#include <nlohmann/json.hpp>

#include "render/json_text.hpp"

namespace lct::web {
namespace {

using Json = nlohmann::json;

Json Optional(const std::optional<double>& v) { return v ? Json(*v) : Json(nullptr); }

Json Context(const std::optional<domain::ContextValue>& v) {
  if (!v) return nullptr;
  Json out{{"value", v->value}, {"source", v->source}};
  if (!v->note.empty()) out["note"] = v->note;
  return out;
}

Json PlaceJson(const domain::PlaceSummary& s) {
  const auto& p = s.place;
  return Json{
      {"code", p.code},
      {"name", p.name},
      {"kind", domain::AreaKindLabel(p.kind)},
      {"region", s.region_name.empty() ? Json(nullptr)
                                       : Json{{"code", p.region_code}, {"name", s.region_name}}},
      {"nation", Json{{"code", p.nation_code}, {"name", s.nation_name}}},
      {"membership", domain::MembershipRoleKey(s.role)},
      {"membership_reason", s.reason},
      {"population_2021", Context(p.population_2021)},
      {"population_2011", Context(p.population_2011)},
      {"density_2021_per_km2", Context(p.density_2021)},
      {"imd2019_education_score", Context(p.imd_education)},
      {"url", "/places/" + p.code}};
}

Json IndicatorJson(const domain::Indicator& i) {
  return Json{{"code", i.code},
              {"name", i.name},
              {"topic", i.topic},
              {"description", i.description},
              {"measure", i.measure},
              {"unit", i.unit},
              {"direction", domain::DirectionKey(i.direction)},
              {"source", Json{{"organisation", i.source_org},
                              {"url", i.source_url},
                              {"published", i.source_date},
                              {"licence", i.licence},
                              {"dataset", i.dataset}}}};
}

Json AreaValueJson(const std::optional<domain::AreaValue>& a) {
  if (!a) return nullptr;
  return Json{{"code", a->area.code},
              {"name", a->area.name},
              {"value", Optional(a->value)},
              {"lower_95", Optional(a->lower)},
              {"upper_95", Optional(a->upper)}};
}

}  // namespace

std::string PlaceListJson(const domain::PlaceList& list) {
  Json places = Json::array();
  for (const auto& s : list.places) places.push_back(PlaceJson(s));
  return render::JsonText(Json{{"network", Json{{"slug", list.network.slug},
                                                {"name", list.network.name},
                                                {"members", list.member_count},
                                                {"comparators", list.comparator_count}}},
                               {"count", list.places.size()},
                               {"places", places}});
}

std::string PlaceProfileJson(const domain::PlaceProfile& profile) {
  Json indicators = Json::array();
  for (const auto& ip : profile.indicators) {
    Json series = Json::array();
    for (const auto& p : ip.series) {
      Json point{{"period", p.period},
                 {"label", p.label},
                 {"value", Optional(p.value)},
                 {"lower_95", Optional(p.lower)},
                 {"upper_95", Optional(p.upper)},
                 {"status", domain::ObservationStatusLabel(p.status)}};
      if (!p.note.empty()) point["note"] = p.note;
      series.push_back(std::move(point));
    }
    Json item = IndicatorJson(ip.indicator);
    item["series"] = std::move(series);
    item["latest"] = ip.latest ? Json{{"period", ip.latest->period},
                                      {"label", ip.latest->label},
                                      {"value", Optional(ip.latest->value)}}
                               : Json(nullptr);
    item["region"] = AreaValueJson(ip.region);
    item["nation"] = AreaValueJson(ip.nation);
    item["rank"] =
        ip.rank ? Json{{"rank", ip.rank->rank}, {"of", ip.rank->count}, {"among", ip.rank_scope}}
                : Json(nullptr);
    indicators.push_back(std::move(item));
  }
  Json out = PlaceJson(profile.summary);
  out["indicators"] = std::move(indicators);
  return render::JsonText(out);
}

std::string IndicatorsJson(const std::vector<domain::Indicator>& indicators) {
  Json list = Json::array();
  for (const auto& i : indicators) list.push_back(IndicatorJson(i));
  return render::JsonText(Json{{"count", indicators.size()}, {"indicators", list}});
}

}  // namespace lct::web
