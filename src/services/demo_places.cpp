#include "services/demo_places.hpp"

#include <utility>

#include "io/demo_files.hpp"
#include "io/file.hpp"

namespace lct::services {
namespace {

constexpr const char* kCensusSource = "ONS, Census 2021 and Census 2011 (OGL v3.0)";
constexpr const char* kImdEnglandSource = "MHCLG, English Indices of Deprivation 2019 (OGL v3.0)";
constexpr const char* kImdWalesSource = "Welsh Government, WIMD 2019 (OGL v3.0)";

template <typename T>
Result<T> ReadWith(const std::string& path,
                   Result<T> (*reader)(std::string_view, const std::string&)) {
  auto text = io::ReadFile(path);
  if (!text) return text.error();
  return reader(*text, path);
}

struct Sources {
  std::vector<io::AreaRecord> areas;
  std::map<std::string, io::CensusRecord> census;
  std::map<std::string, double> imd_england;
  std::map<std::string, double> imd_wales;
  std::vector<io::AreaChange> changes;
  std::vector<io::MemberRecord> members;
};

Result<Sources> ReadSources(const std::string& dir) {
  Sources s;
  auto areas = ReadWith(dir + "/uk-boundaries/uk-areas-hierarchy.json", &io::ReadAreaHierarchy);
  if (!areas) return areas.error();
  s.areas = std::move(*areas);
  auto census = ReadWith(dir + "/uk-population-census/lad21_population_census2011_2021.csv",
                         &io::ReadCensusPopulation);
  if (!census) return census.error();
  for (auto& r : *census) s.census[r.code] = r;
  auto england =
      ReadWith(dir + "/uk-imd2019/imd2019_england_ltla22.csv", &io::ReadImdEducationScores);
  if (!england) return england.error();
  s.imd_england = std::move(*england);
  auto wales = ReadWith(dir + "/uk-imd2019/imd2019_wales_ltla22.csv", &io::ReadImdEducationScores);
  if (!wales) return wales.error();
  s.imd_wales = std::move(*wales);
  auto changes = ReadWith(dir + "/area-changes.csv", &io::ReadAreaChanges);
  if (!changes) return changes.error();
  s.changes = std::move(*changes);
  auto members = ReadWith(dir + "/network.csv", &io::ReadNetworkMembers);
  if (!members) return members.error();
  s.members = std::move(*members);
  return s;
}

std::string JoinNames(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " and " : ", ";
    out += names[i];
  }
  return out;
}

// Census context for `place`: its own row, its old code's row, or the sum of its predecessors.
void AttachCensus(domain::Place& place, const Sources& s) {
  if (const auto it = s.census.find(place.code); it != s.census.end()) {
    place.population_2021 = domain::ContextValue{it->second.population_2021, kCensusSource, ""};
    place.population_2011 = domain::ContextValue{it->second.population_2011, kCensusSource, ""};
    place.density_2021 = domain::ContextValue{it->second.density_2021, kCensusSource, ""};
    return;
  }
  double pop21 = 0;
  double pop11 = 0;
  double area_km2 = 0;
  std::vector<std::string> names;
  bool merged = false;
  for (const auto& change : s.changes) {
    if (change.new_code != place.code) continue;
    const auto it = s.census.find(change.old_code);
    if (it == s.census.end()) return;  // incomplete: show nothing rather than a partial sum
    pop21 += it->second.population_2021;
    pop11 += it->second.population_2011;
    area_km2 += it->second.population_2021 / it->second.density_2021;
    names.push_back(it->second.name);
    merged = change.merged;
  }
  if (names.empty()) return;
  const std::string note =
      merged ? "Sum of the counts for " + JoinNames(names) + ", the districts it replaced"
             : "Published under the area's previous code";
  place.population_2021 = domain::ContextValue{pop21, kCensusSource, note};
  place.population_2011 = domain::ContextValue{pop11, kCensusSource, note};
  place.density_2021 = domain::ContextValue{
      pop21 / area_km2, kCensusSource, merged ? note + "; divided by their combined area" : note};
}

void AttachImd(domain::Place& place, const Sources& s) {
  const bool wales = place.nation_code == "W92000004";
  const auto& scores = wales ? s.imd_wales : s.imd_england;
  auto it = scores.find(place.code);
  std::string note;
  if (it == scores.end()) {
    for (const auto& change : s.changes) {
      if (change.new_code == place.code && !change.merged) {
        it = scores.find(change.old_code);
        note = "Published under the area's previous code " + change.old_code;
      }
    }
  }
  if (it == scores.end()) return;
  place.imd_education =
      domain::ContextValue{it->second, wales ? kImdWalesSource : kImdEnglandSource, note};
}

}  // namespace

std::optional<PlaceIndex::Resolved> PlaceIndex::Resolve(const std::string& code) const {
  if (codes_.contains(code)) return Resolved{code, false};
  if (const auto it = recoded_.find(code); it != recoded_.end()) return Resolved{it->second, true};
  return std::nullopt;
}

Result<DemoPlaces> BuildDemoPlaces(const std::string& demo_dir) {
  auto sources = ReadSources(demo_dir);
  if (!sources) return sources.error();
  const Sources& s = *sources;
  DemoPlaces out;
  out.network = {NetworkId{}, "uk", "UK Learning City Network",
                 "Places that have called themselves learning cities or towns, and the 1999 "
                 "Pathfinder places, with every other local authority of England and Wales for "
                 "comparison."};
  for (const auto& area : s.areas) {
    const auto kind = domain::AreaKindFromCode(area.code);
    if (!kind || area.end_year) continue;
    domain::Place p;
    p.code = area.code;
    p.name = area.name;
    p.kind = *kind;
    for (const auto& parent : area.parents) {
      if (parent.starts_with("E12")) p.region_code = parent;
      if (parent == "E92000001" || parent == "W92000004") p.nation_code = parent;
    }
    if (*kind == domain::AreaKind::kNation) p.nation_code = p.code;
    if (*kind == domain::AreaKind::kRegion) p.region_code = p.code;
    if (p.nation_code.empty()) continue;  // Scotland and Northern Ireland are not held
    // Issue 13: the same level and parent as migration 10 gives places stored before it.
    p.level = *kind == domain::AreaKind::kNation   ? "nation"
              : *kind == domain::AreaKind::kRegion ? "region"
                                                   : "local-authority";
    if (p.region_code != p.code) p.parent_code = p.region_code;
    if (p.parent_code.empty() && p.nation_code != p.code) p.parent_code = p.nation_code;
    std::vector<std::string> predecessors;
    for (const auto& change : s.changes) {
      if (change.new_code != p.code) continue;
      predecessors.push_back(change.old_code);
      if (!change.merged) out.index.AddRecoding(change.old_code, p.code);
    }
    for (const auto& code : predecessors) {
      p.predecessor_codes += (p.predecessor_codes.empty() ? "" : " ") + code;
    }
    if (domain::IsLocalAuthority(*kind)) {
      AttachCensus(p, s);
      AttachImd(p, s);
    }
    out.index.AddPlace(p.code);
    out.places.push_back(std::move(p));
  }
  for (const auto& m : s.members) {
    if (!out.index.Resolve(m.code)) {
      return InvalidArgument("network member '" + m.code + "' is not a current local authority",
                             {demo_dir + "/network.csv", 0, "code"});
    }
    out.members[m.code] = m.reason;
  }
  return out;
}

}  // namespace lct::services
