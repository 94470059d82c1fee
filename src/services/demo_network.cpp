#include "services/demo_network.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "domain/network.hpp"
#include "io/demo_files.hpp"
#include "io/file.hpp"
#include "io/ons_tidy.hpp"
#include "services/bundled_frameworks.hpp"
#include "services/demo_places.hpp"
#include "services/demo_round.hpp"
#include "store/store.hpp"

namespace lct::services {
namespace {

constexpr const char* kLicence = "Open Government Licence v3.0";

struct LoadedObservation {
  std::string place_code;
  domain::Observation observation;
  bool via_old_code = false;
};

using ObservationKey =
    std::tuple<std::string, std::string, std::string>;  // indicator, place, period

struct MeasureUnit {
  std::string measure;
  std::string unit;
};

domain::ObservationStatus StatusFromOns(const std::string& status) {
  if (status == "x") return domain::ObservationStatus::kSuppressed;
  if (status == "u") return domain::ObservationStatus::kLowReliability;
  return domain::ObservationStatus::kNormal;
}

// Reads one ONS dataset, keeping rows of the chosen indicators for places we hold.
Status ReadDataset(const std::string& dir, const std::string& dataset,
                   const std::vector<const io::IndicatorChoice*>& choices, const PlaceIndex& places,
                   std::map<ObservationKey, LoadedObservation>& out,
                   std::map<std::string, MeasureUnit>& units, int& skipped) {
  const std::string path = dir + "/ons-local-indicators/" + dataset + ".csv";
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error(ErrorCode::kUnavailable, "cannot open '" + path + "'");
  return io::ReadOnsTidy(in, path, [&](const io::OnsRow& row) -> Status {
    const io::IndicatorChoice* choice = nullptr;
    for (const auto* c : choices) {
      if (c->indicator == row.indicator) choice = c;
    }
    if (choice == nullptr) return Ok();
    if (!units.contains(choice->code)) units[choice->code] = {row.measure, row.unit};
    const auto resolved = places.Resolve(row.area_code);
    if (!resolved) {
      ++skipped;
      return Ok();
    }
    ObservationKey key{choice->code, resolved->code, row.period};
    auto existing = out.find(key);
    // Data published under an area's current code wins over data under its old code.
    if (existing != out.end() && !existing->second.via_old_code) return Ok();
    LoadedObservation loaded;
    loaded.place_code = resolved->code;
    loaded.via_old_code = resolved->via_old_code;
    auto& o = loaded.observation;
    o.period = row.period;
    o.value = row.value;
    o.lower = row.lower;
    o.upper = row.upper;
    o.status = StatusFromOns(row.status);
    if (!row.value && o.status == domain::ObservationStatus::kNormal) {
      o.status = domain::ObservationStatus::kSuppressed;
    }
    o.note = row.note;
    if (resolved->via_old_code) {
      o.note = "Published under the previous code " + row.area_code +
               (o.note.empty() ? "" : ". " + o.note);
    }
    out[key] = std::move(loaded);
    return Ok();
  });
}

Result<std::vector<domain::Indicator>> ReadIndicators(
    const std::string& dir, const std::vector<io::IndicatorChoice>& choices,
    const std::map<std::string, MeasureUnit>& units) {
  std::vector<domain::Indicator> out;
  for (const auto& c : choices) {
    const std::string path = dir + "/ons-local-indicators/" + c.dataset + ".meta.json";
    auto text = io::ReadFile(path);
    if (!text) return text.error();
    auto meta = io::ReadOnsMetadata(*text, path, c.indicator);
    if (!meta) return meta.error();
    domain::Indicator i;
    i.code = c.code;
    i.name = c.indicator == meta->label || c.dataset == "museums" ? meta->label : c.indicator;
    i.description = meta->subtitle.empty() ? meta->description : meta->subtitle;
    if (!meta->subtitle.empty() && !meta->description.empty()) {
      i.description += "\n\n" + meta->description;
    }
    i.topic = c.topic;
    if (const auto u = units.find(c.code); u != units.end()) {
      i.measure = u->second.measure;
      i.unit = u->second.unit;
    }
    i.direction = c.direction;
    i.decimals = c.decimals;
    i.source_org = meta->source_org;
    i.source_url = meta->source_url;
    i.source_date = meta->source_date;
    i.licence = kLicence;
    i.caveats = meta->caveats;
    i.dataset = "ons-local-indicators/" + c.dataset + ".csv";
    i.geography = c.geography;
    i.proxy = c.proxy;
    i.links = c.links;
    std::sort(i.links.begin(), i.links.end());
    out.push_back(std::move(i));
  }
  return out;
}

// Writes the network, its places, memberships, indicators and observations.
Status WriteNetwork(store::StoreWriter& w, const DemoPlaces& places,
                    const std::vector<domain::Indicator>& indicators,
                    std::map<ObservationKey, LoadedObservation>& observations,
                    DemoLoadSummary& summary) {
  auto network = w.UpsertNetwork(places.network);
  if (!network) return network.error();
  std::map<std::string, PlaceId> place_ids;
  for (const auto& p : places.places) {
    auto id = w.UpsertPlace(p);
    if (!id) return id.error();
    place_ids[p.code] = *id;
    if (!domain::IsLocalAuthority(p.kind)) continue;
    const auto member = places.members.find(p.code);
    domain::Membership m{*id, domain::MembershipRole::kComparator, "", ""};
    if (member != places.members.end()) {
      m.role = domain::MembershipRole::kMember;
      m.reason = member->second;
    }
    if (auto set = w.SetMembership(*network, m); !set) return set;
    ++(m.role == domain::MembershipRole::kMember ? summary.members : summary.comparators);
  }
  std::map<std::string, IndicatorId> indicator_ids;
  for (const auto& i : indicators) {
    auto id = w.UpsertIndicator(i);
    if (!id) return id.error();
    indicator_ids[i.code] = *id;
  }
  for (auto& [key, loaded] : observations) {
    loaded.observation.indicator = indicator_ids.at(std::get<0>(key));
    loaded.observation.place = place_ids.at(loaded.place_code);
    if (auto put = w.UpsertObservation(loaded.observation); !put) return put;
  }
  return Ok();
}

}  // namespace

Result<DemoLoadSummary> LoadDemoNetwork(store::Store& store, const std::string& demo_dir) {
  auto places = BuildDemoPlaces(demo_dir);
  if (!places) return places.error();

  const std::string choices_path = demo_dir + "/indicators.csv";
  auto choices_text = io::ReadFile(choices_path);
  if (!choices_text) return choices_text.error();
  auto choices = io::ReadIndicatorChoices(*choices_text, choices_path);
  if (!choices) return choices.error();
  std::map<std::string, std::vector<const io::IndicatorChoice*>> by_dataset;
  for (const auto& c : *choices) by_dataset[c.dataset].push_back(&c);
  std::map<ObservationKey, LoadedObservation> observations;
  std::map<std::string, MeasureUnit> units;
  DemoLoadSummary summary;
  for (const auto& [dataset, list] : by_dataset) {
    if (auto status = ReadDataset(demo_dir, dataset, list, places->index, observations, units,
                                  summary.rows_skipped);
        !status) {
      return status.error();
    }
  }
  auto indicators = ReadIndicators(demo_dir, *choices, units);
  if (!indicators) return indicators.error();

  // Everything the load will write is worked out before the one transaction that writes it.
  auto frameworks = PlanBundledFrameworks(store);
  if (!frameworks) return frameworks.error();
  const domain::Framework* toolkit = frameworks->catalogue.Find(kDemoRoundFramework);
  if (toolkit == nullptr) return NotFound("the toolkit framework is not bundled");
  const bool round_place_loaded =
      std::any_of(places->places.begin(), places->places.end(),
                  [](const domain::Place& p) { return p.code == kDemoRoundPlace; });
  auto round = PlanDemoRound(store, *toolkit, round_place_loaded);
  if (!round) return round.error();

  auto status = store.Write([&](store::StoreWriter& w) -> Status {
    if (auto written = WriteBundledFrameworks(w, *frameworks); !written) return written;
    if (auto written = WriteNetwork(w, *places, *indicators, observations, summary); !written) {
      return written;
    }
    // One illustrative self-assessment round (issue 4; services/demo_round).
    return *round ? WriteDemoRound(w, **round) : Ok();
  });
  if (!status) return status.error();
  summary.frameworks = std::move(frameworks->outcomes);
  summary.places = static_cast<int>(places->places.size());
  summary.indicators = static_cast<int>(indicators->size());
  summary.observations = static_cast<int>(observations.size());
  return summary;
}

}  // namespace lct::services
