#include "services/network_files.hpp"

#include <set>
#include <utility>

#include "domain/place_entry.hpp"
#include "io/boundaries.hpp"
#include "io/network_yaml.hpp"
#include "io/places_csv.hpp"

namespace lct::services {
namespace {

void CountPlaces(const std::vector<domain::PlaceEntry>& entries, NetworkFilesCheck& check) {
  check.places = static_cast<std::int64_t>(entries.size());
  for (const domain::PlaceEntry& e : entries) {
    ++check.places_by_level[e.level];
    if (!e.membership) continue;
    switch (*e.membership) {
      case domain::MembershipRole::kMember:
        ++check.members;
        break;
      case domain::MembershipRole::kComparator:
        ++check.comparators;
        break;
      case domain::MembershipRole::kFormerMember:
        ++check.former_members;
        break;
    }
  }
}

void CheckBoundaries(const NamedText& file, const BoundaryFileOptions& options,
                     const std::vector<domain::PlaceEntry>& entries, NetworkFilesCheck& check) {
  io::BoundaryOptions read_options;
  read_options.code_property = options.code_property;
  read_options.name_property = options.name_property;
  read_options.object = options.object;
  read_options.tolerance = options.tolerance;
  read_options.repair = options.repair;
  io::BoundariesRead read = io::ReadBoundaries(file.text, file.name, read_options);
  if (!read.errors.empty()) {
    check.errors = std::move(read.errors);
    return;
  }
  std::set<std::string, std::less<>> codes;
  for (const domain::PlaceEntry& e : entries) codes.insert(e.code);
  std::set<std::string, std::less<>> drawn;
  for (const io::BoundaryFeature& f : read.features) {
    if (!codes.contains(f.code) && options.skip_unmatched) {
      ++check.boundaries_skipped;
      continue;
    }
    if (!codes.contains(f.code)) {
      check.errors.push_back(
          InvalidArgument("the boundary of '" + f.code +
                              "' matches no place of the places file (--skip-unmatched leaves such "
                              "boundaries out)",
                          ErrorLocation{file.name, 0, options.code_property, 0}));
      continue;
    }
    drawn.insert(f.code);
    ++check.boundaries;
    check.boundaries_repaired += f.repaired.empty() ? 0 : 1;
    check.vertices_before += f.vertices_before;
    check.vertices_after += f.vertices_after;
  }
  for (const std::string& code : codes) {
    if (!drawn.contains(code)) check.places_without_boundary.push_back(code);
  }
}

}  // namespace

NetworkFilesCheck CheckNetworkFiles(const NamedText& network,
                                    const std::optional<NamedText>& places,
                                    const std::optional<NamedText>& boundaries,
                                    const BoundaryFileOptions& options) {
  NetworkFilesCheck check;
  io::NetworkFileRead definition = io::ReadNetworkFile(network.text, network.name);
  check.definition = std::move(definition.definition);
  check.errors = std::move(definition.errors);
  if (!check.errors.empty() || !places) return check;

  io::PlacesFileRead read = io::ReadPlacesFile(places->text, places->name);
  if (!read.errors.empty()) {
    check.errors = std::move(read.errors);
    return check;
  }
  for (const domain::PlaceProblem& problem :
       domain::CheckPlaceEntries(check.definition.geography, read.entries, {})) {
    check.errors.push_back(io::LocatePlaceProblem(problem, places->name, read.header));
  }
  if (!check.errors.empty()) return check;
  CountPlaces(read.entries, check);
  if (boundaries) CheckBoundaries(*boundaries, options, read.entries, check);
  return check;
}

}  // namespace lct::services
