// lct places import|export|list: the network's place register (docs/places-file.md), over
// services/place_register.
#include <cstdio>
#include <fstream>
#include <memory>
#include <optional>
#include <string>

#include "cli/cli_support.hpp"
#include "cli/command_set.hpp"
#include "services/place_register.hpp"

namespace lct::cli {
namespace {

struct PlacesArgs {
  std::string db = kDefaultDb;
  std::string file;
  bool dry_run = false;
  std::string out;    // empty: standard output
  std::string level;  // empty: every level
};

const services::Actor kCliActor{std::nullopt, "cli"};

int RunImport(const PlacesArgs& args) {
  auto text = ReadFile(args.file);
  if (!text) return Fail(text.error());
  auto facade = OpenExisting(args.db);
  if (!facade) return Fail(facade.error());
  const auto mode =
      args.dry_run ? services::PlaceImportMode::kDryRun : services::PlaceImportMode::kWrite;
  const services::PlaceImportReport report =
      services::ImportPlaces((*facade)->store(), *text, args.file, mode, kCliActor);
  if (ReportProblems(report.errors, args.file)) {
    std::fprintf(stderr, "%s: nothing was stored\n", args.file.c_str());
    return kFailure;
  }
  std::printf("%s: %lld added, %lld changed, %lld unchanged%s\n", args.file.c_str(),
              static_cast<long long>(report.added), static_cast<long long>(report.changed),
              static_cast<long long>(report.unchanged),
              report.written ? "" : " (dry run: nothing stored)");
  return 0;
}

int RunExport(const PlacesArgs& args) {
  auto facade = OpenExisting(args.db);
  if (!facade) return Fail(facade.error());
  auto csv = services::ExportPlaces((*facade)->store());
  if (!csv) return Fail(csv.error());
  if (args.out.empty()) {
    std::fwrite(csv->data(), 1, csv->size(), stdout);
    return 0;
  }
  std::ofstream out(args.out, std::ios::binary | std::ios::trunc);
  out.write(csv->data(), static_cast<std::streamsize>(csv->size()));
  out.close();
  if (!out) return Fail(Error(ErrorCode::kUnavailable, "cannot write " + args.out));
  return 0;
}

int RunList(const PlacesArgs& args) {
  auto facade = OpenExisting(args.db);
  if (!facade) return Fail(facade.error());
  const std::optional<std::string> level =
      args.level.empty() ? std::nullopt : std::optional<std::string>(args.level);
  auto places = services::ListRegisterPlaces((*facade)->store(), level);
  if (!places) return Fail(places.error());
  std::printf("%-16s %-20s %-16s %-12s %s\n", "code", "level", "parent", "membership", "name");
  for (const services::RegisterPlace& p : *places) {
    std::string membership = p.membership ? domain::MembershipRoleKey(p.membership->role) : "";
    if (!p.place.retired.empty()) membership += " (retired " + p.place.retired + ")";
    std::printf("%-16s %-20s %-16s %-12s %s\n", p.place.code.c_str(), p.place.level.c_str(),
                p.place.parent_code.c_str(), membership.c_str(), p.place.name.c_str());
  }
  std::printf("%zu places\n", places->size());
  return 0;
}

}  // namespace

void AddPlacesCommands(CLI::App& app, int& exit_code) {
  auto* places = app.add_subcommand("places", "Import, export and list the network's places");
  places->require_subcommand(1);
  auto args = std::make_shared<PlacesArgs>();
  auto* import_command = places->add_subcommand(
      "import", "Check a places file against the network and store it (all or nothing)");
  import_command->add_option("FILE", args->file, "The places file (CSV)")->required();
  import_command->add_flag("--dry-run", args->dry_run, "Check and count, storing nothing");
  import_command->add_option("--db", args->db, "SQLite database file")->capture_default_str();
  import_command->callback([args, &exit_code] { exit_code = RunImport(*args); });
  auto* exported = places->add_subcommand("export", "Write the places as a places file (CSV)");
  exported->add_option("--out", args->out, "Write to this file instead of standard output");
  exported->add_option("--db", args->db, "SQLite database file")->capture_default_str();
  exported->callback([args, &exit_code] { exit_code = RunExport(*args); });
  auto* list = places->add_subcommand("list", "List the places, widest level first");
  list->add_option("--level", args->level, "Only the places at this level (a level key)");
  list->add_option("--db", args->db, "SQLite database file")->capture_default_str();
  list->callback([args, &exit_code] { exit_code = RunList(*args); });
}  // namespace lct::cli

}  // namespace lct::cli
