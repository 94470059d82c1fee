#include "services/export_service.hpp"

#include <map>
#include <set>
#include <utility>
#include <vector>

#include "domain/period.hpp"
#include "io/xlsx_writer.hpp"
#include "services/indicator_catalogue.hpp"
#include "store/store.hpp"

namespace lct::services {
namespace {

io::XlsxCell Text(std::string text) { return io::XlsxCell{std::move(text)}; }
io::XlsxCell Number(std::optional<double> value) {
  return value ? io::XlsxCell{*value} : io::XlsxCell{};
}

std::string Label(const std::string& period) {
  auto parsed = domain::ParsePeriod(period);
  return parsed ? domain::PeriodLabel(*parsed) : period;
}

const std::vector<std::string> kObservationHeader = {
    "place_code", "place_name", "indicator_code", "indicator", "period", "period_label",
    "value",      "lower",      "upper",          "status",    "note",   "unit"};

std::vector<io::XlsxCell> ObservationRow(const domain::Place& place,
                                         const domain::Indicator& indicator,
                                         const domain::Observation& o) {
  return {Text(place.code),     Text(place.name),
          Text(indicator.code), Text(indicator.name),
          Text(o.period),       Text(Label(o.period)),
          Number(o.value),      Number(o.lower),
          Number(o.upper),      Text(domain::ObservationStatusLabel(o.status)),
          Text(o.note),         Text(indicator.unit)};
}

// Source and licence lines for the indicators used.
std::vector<std::string> Notes(const std::vector<const domain::Indicator*>& used) {
  std::vector<std::string> notes;
  std::set<std::string> seen;
  for (const auto* i : used) {
    std::string line = i->name + ": " + i->source_org;
    if (!i->source_date.empty()) line += ", " + i->source_date;
    if (!i->source_url.empty()) line += ", " + i->source_url;
    if (!i->licence.empty()) line += ". Licence: " + i->licence;
    if (seen.insert(line).second) notes.push_back(std::move(line));
  }
  return notes;
}

}  // namespace

Result<std::string> CatalogueXlsx(store::IndicatorReads& store) {
  auto indicators = store.ListIndicators();
  if (!indicators) return indicators.error();
  io::XlsxSheet sheet;
  sheet.name = "Indicators";
  for (const char* column : kCatalogueColumns) sheet.header.emplace_back(column);
  for (const auto& i : *indicators) {
    std::string links;
    for (const auto& l : i.links) links += (links.empty() ? "" : "; ") + l;
    sheet.rows.push_back(
        {Text(i.code), Text(i.name), Text(i.description), Text(i.topic), Text(i.measure),
         Text(i.unit), io::XlsxCell{static_cast<double>(i.decimals)},
         Text(domain::DirectionKey(i.direction)), Text(i.source_org), Text(i.source_url),
         Text(i.source_date), Text(i.licence), Text(i.caveats), Text(i.dataset), Text(i.geography),
         Text(i.proxy ? "yes" : "no"), Text(links)});
  }
  return io::WriteXlsx({sheet});
}

Result<std::string> PlaceObservationsXlsx(store::Store& store, std::string_view place_code) {
  auto place = store.GetPlace(place_code);
  if (!place) return place.error();
  auto indicators = store.ListIndicators();
  if (!indicators) return indicators.error();
  std::map<std::int64_t, const domain::Indicator*> by_id;
  for (const auto& i : *indicators) by_id[i.id.value] = &i;
  auto observations = store.ListObservationsForPlace(place->id);
  if (!observations) return observations.error();
  io::XlsxSheet sheet;
  sheet.name = place->name;
  sheet.header = kObservationHeader;
  std::vector<const domain::Indicator*> used;
  for (const auto& o : *observations) {
    const auto it = by_id.find(o.indicator.value);
    if (it == by_id.end()) continue;
    sheet.rows.push_back(ObservationRow(*place, *it->second, o));
    if (used.empty() || used.back() != it->second) used.push_back(it->second);
  }
  sheet.notes = Notes(used);
  return io::WriteXlsx({sheet});
}

Result<std::string> IndicatorObservationsXlsx(store::Store& store,
                                              std::string_view indicator_code) {
  auto indicator = store.GetIndicator(indicator_code);
  if (!indicator) return indicator.error();
  auto places = store.ListPlaces();
  if (!places) return places.error();
  std::map<std::int64_t, const domain::Place*> by_id;
  for (const auto& p : *places) by_id[p.id.value] = &p;
  auto observations = store.ListObservationsForIndicator(indicator->id);
  if (!observations) return observations.error();
  io::XlsxSheet sheet;
  sheet.name = indicator->code;
  sheet.header = kObservationHeader;
  for (const auto& o : *observations) {
    const auto it = by_id.find(o.place.value);
    if (it == by_id.end()) continue;
    sheet.rows.push_back(ObservationRow(*it->second, *indicator, o));
  }
  sheet.notes = Notes({&*indicator});
  return io::WriteXlsx({sheet});
}

}  // namespace lct::services
