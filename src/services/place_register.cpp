#include "services/place_register.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <limits>
#include <map>
#include <utility>

#include "domain/assessment_round.hpp"
#include "domain/place_entry.hpp"
#include "io/places_csv.hpp"
#include "render/csv_writer.hpp"
#include "render/json_text.hpp"
#include "services/network_definition_service.hpp"
#include "services/place_entries.hpp"
#include "store/store.hpp"

namespace lct::services {
namespace {

constexpr std::size_t kNumberTextSize = 32;  // enough for any double's shortest form

// The slug a network gets when an import is the first thing that stores it.
constexpr const char* kNewNetworkSlug = "network";

using Levels = std::map<std::string, std::string, std::less<>>;  // code -> level key

// A file this product exported has a single quote before text that starts like a formula
// (render/csv_writer.hpp); reading it back removes that quote, so export -> import is exact.
void RestoreEntryText(domain::PlaceEntry& e) {
  for (std::string* text : {&e.code, &e.name, &e.parent, &e.membership_reason, &e.note}) {
    *text = render::RestoreCsvText(*text);
  }
  for (std::string& code : e.predecessors) code = render::RestoreCsvText(code);
}

std::size_t LevelIndex(const domain::Geography& geography, std::string_view level) {
  return geography.IndexOf(level).value_or(std::numeric_limits<std::size_t>::max());
}

// A stored place the file leaves out keeps its parent; when the file moves that parent to a
// level that is not wider than the child's, the child would no longer fit.
std::vector<domain::PlaceProblem> CheckStoredChildren(
    const domain::Geography& geography, const std::vector<domain::PlaceEntry>& entries,
    const StoredRegister& stored) {
  std::map<std::string, const domain::PlaceEntry*, std::less<>> by_code;
  for (const domain::PlaceEntry& e : entries) by_code.emplace(e.code, &e);
  std::vector<domain::PlaceProblem> problems;
  for (const auto& [code, child] : stored.places) {
    if (by_code.contains(code) || child.place.parent_code.empty()) continue;
    const auto parent = by_code.find(child.place.parent_code);
    if (parent == by_code.end()) continue;
    if (LevelIndex(geography, parent->second->level) < LevelIndex(geography, child.place.level)) {
      continue;
    }
    problems.push_back({parent->second->line, "level",
                        "the stored place '" + code + "' (level " + child.place.level +
                            ") has this place as its parent, so its level must stay wider "
                            "than " +
                            child.place.level});
  }
  return problems;
}

struct AreaLink {
  std::string level;
  std::string parent;
};
using Links = std::map<std::string, AreaLink, std::less<>>;

// Pages written before issue 13 still read a place's kind, region and nation: a new place gets
// them from the geography (its level's position) and its chain of parents, with no code scheme
// assumed. The widest of several levels stands for the nation, the narrowest for the local
// areas, any between for regions.
void FillPageArea(domain::Place& p, const domain::Geography& geography, const Links& links) {
  const std::size_t last = geography.levels.size() - 1;
  const std::size_t index = geography.IndexOf(p.level).value_or(last);
  p.kind = index == last ? domain::AreaKind::kUnitaryAuthority
           : index == 0  ? domain::AreaKind::kNation
                         : domain::AreaKind::kRegion;
  p.region_code.clear();
  p.nation_code.clear();
  std::string code = p.code;
  // Each parent is at a wider level, so the chain is at most as long as the levels.
  for (std::size_t step = 0; step <= geography.levels.size() && !code.empty(); ++step) {
    const auto link = links.find(code);
    if (link == links.end()) break;
    const std::size_t at = geography.IndexOf(link->second.level).value_or(last);
    if (at == 0 && last > 0) {
      p.nation_code = code;
    } else if (at < last && p.region_code.empty()) {
      p.region_code = code;
    }
    code = link->second.parent;
  }
}

std::string ImportJson(const std::string& file, const PlaceImportReport& report) {
  return render::JsonText(nlohmann::json{{"file", file},
                                         {"added", report.added},
                                         {"changed", report.changed},
                                         {"unchanged", report.unchanged}});
}

struct ImportPlan {
  const domain::NetworkDefinition& definition;
  const StoredRegister& stored;
  std::vector<const domain::PlaceEntry*> writes;  // new or changed
};

Status WritePlaces(store::StoreWriter& writer, const ImportPlan& plan) {
  if (plan.writes.empty()) return Ok();
  NetworkId network;
  if (plan.stored.network) {
    network = plan.stored.network->id;
  } else {
    auto id = writer.UpsertNetwork(
        {NetworkId{}, kNewNetworkSlug, plan.definition.name, plan.definition.description});
    if (!id) return id.error();
    network = *id;
  }
  Links links;
  for (const auto& [code, s] : plan.stored.places) {
    links[code] = {s.place.level, s.place.parent_code};
  }
  for (const domain::PlaceEntry* e : plan.writes) links[e->code] = {e->level, e->parent};
  for (const domain::PlaceEntry* e : plan.writes) {
    const auto before = plan.stored.places.find(e->code);
    const bool is_new = before == plan.stored.places.end();
    domain::Place place = PlaceFrom(*e, is_new ? domain::Place{} : before->second.place);
    if (is_new) FillPageArea(place, plan.definition.geography, links);
    auto id = writer.UpsertPlace(place);
    if (!id) return id.error();
    if (const auto membership = MembershipFrom(*e, *id)) {
      if (auto set = writer.SetMembership(network, *membership); !set) return set;
    } else if (!is_new && before->second.membership) {
      if (auto removed = writer.DeleteMembership(network, *id); !removed) return removed;
    }
  }
  return Ok();
}

// Where entries came from, for messages and the audit log.
struct EntrySource {
  std::string file;                 // empty for a form
  std::vector<std::string> header;  // the columns, to locate a problem's field
  std::string action;               // audit action, e.g. "places.import"
  std::string entity_id;            // audit entity id: the file, or the place's code
  PlaceImportMode mode = PlaceImportMode::kWrite;
};

// Checks `entries` whole against `definition` and the stored places, counts what is new,
// changed and unchanged, and (unless a dry run) stores them in one transaction with one audit
// entry.
PlaceImportReport StoreEntries(store::Store& store, const domain::NetworkDefinition& definition,
                               const std::vector<domain::PlaceEntry>& entries,
                               const EntrySource& source, const Actor& actor) {
  PlaceImportReport report;
  auto stored = LoadStoredRegister(store);
  if (!stored) {
    report.errors.push_back(stored.error());
    return report;
  }
  Levels levels;
  for (const auto& [code, s] : stored->places) levels[code] = s.place.level;
  std::vector<domain::PlaceProblem> problems =
      domain::CheckPlaceEntries(definition.geography, entries, levels);
  if (problems.empty()) problems = CheckStoredChildren(definition.geography, entries, *stored);
  for (const domain::PlaceProblem& problem : problems) {
    report.errors.push_back(io::LocatePlaceProblem(problem, source.file, source.header));
  }
  if (!report.errors.empty()) return report;

  ImportPlan plan{definition, *stored, {}};
  for (const domain::PlaceEntry& e : entries) {
    const auto before = stored->places.find(e.code);
    if (before == stored->places.end()) {
      ++report.added;
      plan.writes.push_back(&e);
    } else if (EntryChanges(e, before->second)) {
      ++report.changed;
      plan.writes.push_back(&e);
    } else {
      ++report.unchanged;
    }
  }
  if (source.mode == PlaceImportMode::kDryRun) return report;
  const Status written = store.Write([&](store::StoreWriter& writer) -> Status {
    if (auto places = WritePlaces(writer, plan); !places) return places;
    domain::AuditEntry entry;
    if (actor.user) entry.actor_user_id = actor.user->value;
    entry.actor = actor.name;
    entry.action = source.action;
    entry.entity = "places";
    entry.entity_id = source.entity_id;
    entry.after_json = ImportJson(source.entity_id, report);
    return writer.AppendAudit(entry);
  });
  if (!written) {
    report.errors.push_back(written.error());
    return report;
  }
  report.written = true;
  return report;
}

// A form's fields as a one-row places file, every field quoted (RFC 4180), so that a form is
// read with exactly a file's checks.
std::string FormAsCsv(const PlaceFields& fields) {
  std::string header;
  std::string row;
  for (const std::string& column : io::PlacesFileColumns()) {
    const auto field = fields.find(column);
    std::string quoted = "\"";
    for (const char c : field == fields.end() ? std::string() : field->second) {
      quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    }
    quoted += '"';
    header += (header.empty() ? "" : ",") + column;
    row += (row.empty() ? "" : ",") + quoted;
  }
  return header + "\n" + row + "\n";
}

// A form's errors name only the field: the line and column of the one-row file mean nothing.
PlaceImportReport WithFieldsOnly(PlaceImportReport report) {
  for (Error& e : report.errors) {
    e = Error(e.code(), e.message(), ErrorLocation{"", 0, e.location().field, 0});
  }
  return report;
}

std::string JoinCodes(const std::vector<std::string>& codes) {
  std::string text;
  for (const std::string& code : codes) text += (text.empty() ? "" : " ") + code;
  return text;
}

// The shortest text that reads back as the same number; empty when absent.
std::string NumberText(const std::optional<double>& value) {
  if (!value) return {};
  std::array<char, kNumberTextSize> buffer{};
  const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), *value);
  if (error != std::errc()) return {};
  return {buffer.data(), end};
}

}  // namespace

PlaceImportReport ImportPlaces(store::Store& store, std::string_view csv, const std::string& file,
                               PlaceImportMode mode, const Actor& actor) {
  PlaceImportReport report;
  auto definition = RequireNetworkDefinition(store);
  if (!definition) {
    report.errors.push_back(definition.error());
    return report;
  }
  io::PlacesFileRead read = io::ReadPlacesFile(csv, file);
  if (!read.errors.empty()) {
    report.errors = std::move(read.errors);
    return report;
  }
  for (domain::PlaceEntry& e : read.entries) RestoreEntryText(e);
  return StoreEntries(store, *definition, read.entries,
                      {file, read.header, "places.import", file, mode}, actor);
}

PlaceImportReport SavePlace(store::Store& store, const PlaceFields& fields, PlaceFormMode mode,
                            const Actor& actor) {
  PlaceImportReport report;
  auto definition = RequireNetworkDefinition(store);
  if (!definition) {
    report.errors.push_back(definition.error());
    return report;
  }
  const auto code_field = fields.find("code");
  const std::string code = code_field == fields.end() ? "" : code_field->second;
  auto existing = store.GetPlace(code);
  if (!existing && existing.error().code() != ErrorCode::kNotFound) {
    report.errors.push_back(existing.error());
    return report;
  }
  if (mode == PlaceFormMode::kAdd && existing) {
    report.errors.push_back(InvalidArgument(
        "a place with the code '" + code + "' is already stored", ErrorLocation{"", 0, "code", 0}));
    return report;
  }
  if (mode == PlaceFormMode::kEdit && !existing) return {0, 0, 0, false, {existing.error()}};
  io::PlacesFileRead read = io::ReadPlacesFile(FormAsCsv(fields), "");
  if (read.errors.empty()) {
    report =
        StoreEntries(store, *definition, read.entries,
                     {"", read.header, mode == PlaceFormMode::kAdd ? "place.add" : "place.edit",
                      code, PlaceImportMode::kWrite},
                     actor);
  } else {
    report.errors = std::move(read.errors);
  }
  return WithFieldsOnly(std::move(report));
}

PlaceImportReport RetirePlace(store::Store& store, std::string_view code, std::string_view date,
                              const Actor& actor) {
  PlaceImportReport report;
  // Checked here, before the date is copied into the membership as well, so that a bad date
  // is reported once, on the field the form shows.
  if (!domain::IsIsoDate(date)) {
    const std::string message = date.empty()
                                    ? "give the date the place stopped existing"
                                    : "'" + std::string(date) + "' is not a date (YYYY-MM-DD)";
    report.errors.push_back(InvalidArgument(message, ErrorLocation{"", 0, "retired", 0}));
    return report;
  }
  auto definition = RequireNetworkDefinition(store);
  if (!definition) {
    report.errors.push_back(definition.error());
    return report;
  }
  auto stored = LoadStoredRegister(store);
  if (!stored) {
    report.errors.push_back(stored.error());
    return report;
  }
  const auto place = stored->places.find(code);
  if (place == stored->places.end()) {
    report.errors.push_back(NotFound("no place has the code '" + std::string(code) + "'"));
    return report;
  }
  domain::PlaceEntry entry = EntryOf(place->second);
  entry.line = 2;
  entry.retired = std::string(date);
  if (entry.membership && entry.membership != domain::MembershipRole::kFormerMember) {
    entry.membership = domain::MembershipRole::kFormerMember;
    entry.membership_date = std::string(date);
  }
  return WithFieldsOnly(StoreEntries(
      store, *definition, {entry},
      {"", io::PlacesFileColumns(), "place.retire", std::string(code), PlaceImportMode::kWrite},
      actor));
}

Result<PlaceFields> GetPlaceFields(store::NetworkReads& store, std::string_view code) {
  auto stored = LoadStoredRegister(store);
  if (!stored) return stored.error();
  const auto place = stored->places.find(code);
  if (place == stored->places.end()) {
    return NotFound("no place has the code '" + std::string(code) + "'");
  }
  const domain::PlaceEntry e = EntryOf(place->second);
  return PlaceFields{{"code", e.code},
                     {"name", e.name},
                     {"level", e.level},
                     {"parent", e.parent},
                     {"membership", e.membership ? domain::MembershipRoleKey(*e.membership) : ""},
                     {"membership_date", e.membership_date},
                     {"membership_reason", e.membership_reason},
                     {"latitude", NumberText(e.latitude)},
                     {"longitude", NumberText(e.longitude)},
                     {"predecessors", JoinCodes(e.predecessors)},
                     {"retired", e.retired},
                     {"note", e.note}};
}

Result<std::string> ExportPlaces(store::NetworkReads& store) {
  auto definition = RequireNetworkDefinition(store);
  if (!definition) return definition.error();
  auto stored = LoadStoredRegister(store);
  if (!stored) return stored.error();
  std::vector<const StoredPlace*> rows;
  for (const auto& [code, s] : stored->places) {
    if (!s.place.level.empty()) rows.push_back(&s);
  }
  const domain::Geography& geography = definition->geography;
  std::stable_sort(rows.begin(), rows.end(), [&](const StoredPlace* a, const StoredPlace* b) {
    return LevelIndex(geography, a->place.level) < LevelIndex(geography, b->place.level);
  });
  render::CsvWriter csv(io::PlacesFileColumns());
  for (const StoredPlace* s : rows) {
    const domain::PlaceEntry e = EntryOf(*s);
    const std::string predecessors = JoinCodes(e.predecessors);
    csv.Text(e.code)
        .Text(e.name)
        .Text(e.level)
        .Text(e.parent)
        .Text(e.membership ? domain::MembershipRoleKey(*e.membership) : "")
        .Text(e.membership_date)
        .Text(e.membership_reason)
        .Number(e.latitude)
        .Number(e.longitude)
        .Text(predecessors)
        .Text(e.retired)
        .Text(e.note)
        .EndRow();
  }
  return std::move(csv).Take();
}

Result<std::vector<RegisterPlace>> ListRegisterPlaces(store::NetworkReads& store,
                                                      const std::optional<std::string>& level) {
  auto definition = RequireNetworkDefinition(store);
  if (!definition) return definition.error();
  const domain::Geography& geography = definition->geography;
  if (level && !geography.IndexOf(*level)) {
    std::string known;
    for (const domain::GeographyLevel& l : geography.levels) {
      known += (known.empty() ? "" : ", ") + l.key;
    }
    return InvalidArgument("unknown level '" + *level + "' (the network's levels are: " + known +
                           ")");
  }
  auto stored = LoadStoredRegister(store);
  if (!stored) return stored.error();
  std::vector<RegisterPlace> out;
  for (auto& [code, s] : stored->places) {
    if (s.place.level.empty() || (level && s.place.level != *level)) continue;
    out.push_back({std::move(s.place), std::move(s.membership)});
  }
  std::stable_sort(out.begin(), out.end(), [&](const RegisterPlace& a, const RegisterPlace& b) {
    const auto ia = LevelIndex(geography, a.place.level);
    const auto ib = LevelIndex(geography, b.place.level);
    return ia != ib ? ia < ib : a.place.name < b.place.name;
  });
  return out;
}

}  // namespace lct::services
