#include "render/csv_export.hpp"

#include <initializer_list>
#include <string_view>

#include <fmt/format.h>

namespace lct::render {
namespace {

// Quotes a field when needed; text that a spreadsheet would run as a formula gets a leading '.
std::string Field(std::string_view text) {
  std::string value(text);
  if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '@'))
    value = "'" + value;
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (const char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string Number(const std::optional<double>& v) { return v ? fmt::format("{}", *v) : ""; }

std::string Context(const std::optional<domain::ContextValue>& v) {
  return v ? fmt::format("{}", v->value) : "";
}

void Line(std::string& out, std::initializer_list<std::string_view> fields) {
  bool first = true;
  for (const auto f : fields) {
    if (!first) out += ',';
    out += Field(f);
    first = false;
  }
  out += "\r\n";
}

}  // namespace

std::string PlacesCsv(const domain::PlaceList& list) {
  std::string out;
  Line(out, {"code", "name", "kind", "region", "nation", "membership", "population_2021",
             "density_2021_per_km2", "imd2019_education_score"});
  for (const auto& s : list.places) {
    Line(out, {s.place.code, s.place.name, domain::AreaKindLabel(s.place.kind), s.region_name,
               s.nation_name, domain::MembershipRoleKey(s.role), Context(s.place.population_2021),
               Context(s.place.density_2021), Context(s.place.imd_education)});
  }
  return out;
}

std::string PlaceIndicatorsCsv(const domain::PlaceProfile& profile) {
  std::string out;
  Line(out, {"place_code", "place_name", "indicator_code", "indicator", "period", "value",
             "lower_95", "upper_95", "status", "note", "unit", "source"});
  for (const auto& ip : profile.indicators) {
    for (const auto& p : ip.series) {
      Line(out, {profile.summary.place.code, profile.summary.place.name, ip.indicator.code,
                 ip.indicator.name, p.period, Number(p.value), Number(p.lower), Number(p.upper),
                 domain::ObservationStatusLabel(p.status), p.note, ip.indicator.unit,
                 ip.indicator.source_org});
    }
  }
  return out;
}

std::string IndicatorsCsv(const std::vector<domain::Indicator>& indicators) {
  std::string out;
  // The catalogue file format (services/indicator_catalogue.hpp): it imports back unchanged.
  Line(out, {"code", "name", "description", "topic", "measure", "unit", "decimals", "direction",
             "source_org", "source_url", "source_date", "licence", "caveats", "dataset",
             "geography", "proxy", "links"});
  for (const auto& i : indicators) {
    std::string links;
    for (const auto& link : i.links) links += (links.empty() ? "" : "; ") + link;
    Line(out,
         {i.code, i.name, i.description, i.topic, i.measure, i.unit, std::to_string(i.decimals),
          domain::DirectionKey(i.direction), i.source_org, i.source_url, i.source_date, i.licence,
          i.caveats, i.dataset, i.geography, i.proxy ? "yes" : "no", links});
  }
  return out;
}

}  // namespace lct::render
