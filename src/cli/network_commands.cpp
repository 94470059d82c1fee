// lct network check|set|show: the network file, its places file and a boundary file checked
// together before anything is stored; the network file stored and shown (docs/places-file.md).
#include <cstdio>
#include <memory>
#include <optional>
#include <string>

#include "cli/cli_support.hpp"
#include "cli/command_set.hpp"
#include "services/network_definition_service.hpp"
#include "services/network_files.hpp"

namespace lct::cli {
namespace {

struct CheckArgs {
  std::string network;
  std::string places;
  std::string boundaries;
  services::BoundaryFileOptions boundary;
};

Result<std::optional<services::NamedText>> ReadOptional(const std::string& path) {
  if (path.empty()) return std::optional<services::NamedText>();
  auto text = ReadFile(path);
  if (!text) return text.error();
  return std::optional<services::NamedText>(services::NamedText{path, std::move(*text)});
}

std::string Levels(const domain::NetworkDefinition& d, const char* separator) {
  std::string text;
  for (const domain::GeographyLevel& level : d.geography.levels) {
    text += (text.empty() ? "" : separator) + level.key;
  }
  return text;
}

void PrintSummary(const CheckArgs& args, const services::NetworkFilesCheck& check) {
  const domain::NetworkDefinition& d = check.definition;
  std::string within;
  for (const std::string& key : d.geography.compare_within)
    within += (within.empty() ? "" : ", ") + key;
  std::printf("%s: OK: network '%s' (%s, numbers as %s); levels %s; compared within %s\n",
              args.network.c_str(), d.name.c_str(), d.language.c_str(),
              d.number_format.Example().c_str(), Levels(d, " > ").c_str(),
              within.empty() ? "nothing" : within.c_str());
  if (!args.places.empty()) {
    std::string counts;
    for (const domain::GeographyLevel& level : d.geography.levels) {
      const auto it = check.places_by_level.find(level.key);
      counts += (counts.empty() ? "" : ", ") + level.key + " " +
                std::to_string(it == check.places_by_level.end() ? 0 : it->second);
    }
    std::printf("%s: OK: %lld places (%s); %lld members, %lld comparators, %lld former members\n",
                args.places.c_str(), static_cast<long long>(check.places), counts.c_str(),
                static_cast<long long>(check.members), static_cast<long long>(check.comparators),
                static_cast<long long>(check.former_members));
  }
  if (!args.boundaries.empty()) {
    std::printf(
        "%s: OK: %lld boundaries (%lld repaired, %lld left out as no place's), %lld vertices "
        "simplified to %lld; %zu places without a boundary\n",
        args.boundaries.c_str(), static_cast<long long>(check.boundaries),
        static_cast<long long>(check.boundaries_repaired),
        static_cast<long long>(check.boundaries_skipped),
        static_cast<long long>(check.vertices_before), static_cast<long long>(check.vertices_after),
        check.places_without_boundary.size());
  }
}

int RunCheck(const CheckArgs& args) {
  auto network = ReadFile(args.network);
  if (!network) return Fail(network.error());
  auto places = ReadOptional(args.places);
  if (!places) return Fail(places.error());
  auto boundaries = ReadOptional(args.boundaries);
  if (!boundaries) return Fail(boundaries.error());
  if (*boundaries && !*places) {
    return Fail(
        InvalidArgument("--boundaries needs --places: each boundary is matched to a place"));
  }
  const services::NetworkFilesCheck check = services::CheckNetworkFiles(
      {args.network, std::move(*network)}, *places, *boundaries, args.boundary);
  if (ReportProblems(check.errors, "the network's files")) return kFailure;
  PrintSummary(args, check);
  return 0;
}

struct StoreArgs {
  std::string db = kDefaultDb;
  std::string file;
};

const services::Actor kCliActor{std::nullopt, "cli"};

int RunSet(const StoreArgs& args) {
  auto text = ReadFile(args.file);
  if (!text) return Fail(text.error());
  auto facade = OpenExisting(args.db);
  if (!facade) return Fail(facade.error());
  const services::NetworkDefinitionSet set =
      services::SetNetworkDefinition((*facade)->store(), *text, args.file, kCliActor);
  if (ReportProblems(set.errors, args.file)) return kFailure;
  std::printf("%s: %s the network '%s'; levels %s\n", args.file.c_str(),
              set.changed ? "stored" : "unchanged:", set.definition.name.c_str(),
              Levels(set.definition, " > ").c_str());
  return 0;
}

int RunShow(const StoreArgs& args) {
  auto facade = OpenExisting(args.db);
  if (!facade) return Fail(facade.error());
  auto text = services::GetNetworkDefinitionText((*facade)->store());
  if (!text) return Fail(text.error());
  if (!*text) {
    return Fail(NotFound("no network definition is stored in " + args.db +
                         ": set one with `lct network set NETWORK.yaml --db " + args.db + "`"));
  }
  std::fwrite((*text)->data(), 1, (*text)->size(), stdout);
  if (!(*text)->empty() && (*text)->back() != '\n') std::fputc('\n', stdout);
  return 0;
}

void AddStoreCommands(CLI::App& network, int& exit_code) {
  auto args = std::make_shared<StoreArgs>();
  auto* set = network.add_subcommand(
      "set", "Check a network file and store it as the network's definition (all or nothing)");
  set->add_option("NETWORK_FILE", args->file, "The network file (YAML)")->required();
  set->add_option("--db", args->db, "SQLite database file")->capture_default_str();
  set->callback([args, &exit_code] { exit_code = RunSet(*args); });
  auto* show = network.add_subcommand("show", "Print the stored network definition (YAML)");
  show->add_option("--db", args->db, "SQLite database file")->capture_default_str();
  show->callback([args, &exit_code] { exit_code = RunShow(*args); });
}

}  // namespace

void AddNetworkCommands(CLI::App& app, int& exit_code) {
  auto* network = app.add_subcommand("network", "Check, store and show a network's definition");
  network->require_subcommand(1);
  auto args = std::make_shared<CheckArgs>();
  auto* check = network->add_subcommand(
      "check",
      "Check a network file, and optionally its places and boundary files, storing nothing");
  check->add_option("NETWORK_FILE", args->network, "The network file (YAML)")->required();
  check->add_option("--places", args->places, "The places file (CSV)");
  check->add_option("--boundaries", args->boundaries, "A boundary file (GeoJSON or TopoJSON)");
  check
      ->add_option("--code-property", args->boundary.code_property,
                   "The feature property holding the place code")
      ->capture_default_str();
  check
      ->add_option("--name-property", args->boundary.name_property,
                   "The feature property holding the place name")
      ->capture_default_str();
  check->add_option("--object", args->boundary.object, "TopoJSON: the object (layer) to read");
  check
      ->add_option("--tolerance", args->boundary.tolerance,
                   "Simplification tolerance in degrees (0 keeps every vertex)")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  check->add_flag("--repair", args->boundary.repair,
                  "Mend invalid boundary geometry instead of refusing it");
  check->add_flag("--skip-unmatched", args->boundary.skip_unmatched,
                  "Leave out boundaries that match no place instead of refusing the file");
  check->callback([args, &exit_code] { exit_code = RunCheck(*args); });
  AddStoreCommands(*network, exit_code);
}

}  // namespace lct::cli
