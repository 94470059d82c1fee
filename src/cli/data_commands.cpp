// `lct import`, `lct indicators import|export` and `lct target set|list|remove`: thin commands
// over services/import_service, services/indicator_catalogue and services/target_service.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli_support.hpp"
#include "cli/command_set.hpp"
#include "domain/column_mapping.hpp"
#include "services/database.hpp"
#include "services/import_service.hpp"
#include "services/indicator_catalogue.hpp"
#include "services/target_service.hpp"

namespace lct::cli {
namespace {

struct ImportArgs {
  std::string file;
  std::string db = kDefaultDb;
  std::string layout = "auto";
  std::vector<std::string> map;
  std::string indicator;
  std::string period;
  bool dry_run = false;
  bool skip_rejected = false;
};

int RunImport(const ImportArgs& args) {
  services::ImportOptions options;
  options.mapping.layout = *domain::CsvLayoutFromKey(args.layout);
  options.mapping.fixed_indicator = args.indicator;
  options.mapping.fixed_period = args.period;
  for (const auto& m : args.map) {
    if (auto status = services::ApplyMappingOption(options.mapping, m); !status) {
      std::fprintf(stderr, "lct: %s\n", status.error().message().c_str());
      return kBadArguments;
    }
  }
  options.commit = !args.dry_run;
  options.skip_rejected = args.skip_rejected;
  auto facade = OpenExisting(args.db);
  if (!facade) return Fail(facade.error());
  std::ifstream in(args.file, std::ios::binary);
  if (!in) return Fail(Error(ErrorCode::kUnavailable, "cannot read " + args.file));
  auto report = services::ImportObservations(
      (*facade)->store(), in, args.file, options, [&](const services::RejectedRow& r) {
        std::fprintf(stderr, "%s:%lld: %s: %s\n", args.file.c_str(), static_cast<long long>(r.line),
                     r.column.c_str(), r.reason.c_str());
      });
  if (!report) {
    std::fprintf(stderr, "lct: %s\nNothing was imported.\n", report.error().ToString().c_str());
    return kFailure;
  }
  const auto& c = report->counts;
  std::printf("%s: %lld rows read: %lld new, %lld changed, %lld unchanged, %lld rejected\n",
              args.file.c_str(), static_cast<long long>(report->rows),
              static_cast<long long>(c.added), static_cast<long long>(c.changed),
              static_cast<long long>(c.unchanged), static_cast<long long>(report->rejected));
  for (const auto& [reason, count] : report->rejected_by_reason) {
    std::printf("  rejected: %s: %lld\n", reason.c_str(), static_cast<long long>(count));
  }
  for (const auto& [indicator, count] : report->accepted_by_indicator) {
    std::printf("  %s: %lld rows\n", indicator.c_str(), static_cast<long long>(count));
  }
  if (report->committed) {
    std::printf("Imported: %lld new and %lld changed values written.\n",
                static_cast<long long>(c.added), static_cast<long long>(c.changed));
    return 0;
  }
  std::printf("Nothing was written: %s.\n", report->not_written_because.c_str());
  return report->rejected > 0 && !args.skip_rejected ? kFailure : 0;
}

struct CatalogueArgs {
  std::string file;
  std::string db = kDefaultDb;
  bool dry_run = false;
};

int RunCatalogueImport(const CatalogueArgs& args) {
  std::ifstream in(args.file, std::ios::binary);
  if (!in) return Fail(Error(ErrorCode::kUnavailable, "cannot read " + args.file));
  std::ostringstream text;
  text << in.rdbuf();
  auto facade = OpenExisting(args.db);
  if (!facade) return Fail(facade.error());
  auto result = services::ImportCatalogue((*facade)->store(), text.str(), args.file, !args.dry_run);
  if (!result) return Fail(result.error());
  for (const auto& e : result->errors) std::fprintf(stderr, "%s\n", e.ToString().c_str());
  if (!result->errors.empty()) {
    std::fprintf(stderr, "%s: %zu problem%s found. Nothing was imported.\n", args.file.c_str(),
                 result->errors.size(), result->errors.size() == 1 ? "" : "s");
    return kFailure;
  }
  std::printf("%s: %d new, %d updated, %d unchanged indicators%s.\n", args.file.c_str(),
              result->added, result->updated, result->unchanged,
              result->committed ? "" : " (nothing written)");
  return 0;
}

int RunCatalogueExport(const std::string& db) {
  auto facade = OpenExisting(db);
  if (!facade) return Fail(facade.error());
  auto csv = services::ExportCatalogueCsv((*facade)->store());
  if (!csv) return Fail(csv.error());
  std::fwrite(csv->data(), 1, csv->size(), stdout);
  return 0;
}

struct TargetArgs {
  services::TargetInput input;
  std::string db = kDefaultDb;
};

int RunTargetSet(const TargetArgs& args) {
  auto facade = OpenExisting(args.db);
  if (!facade) return Fail(facade.error());
  auto errors = services::SetTarget((*facade)->store(), args.input);
  if (!errors) return Fail(errors.error());
  for (const auto& e : *errors) {
    std::fprintf(stderr, "lct: --%s: %s\n", e.location().field.c_str(), e.message().c_str());
  }
  if (!errors->empty()) return kFailure;
  std::printf("Target set for %s, %s.\n", args.input.place_code.c_str(),
              args.input.indicator_code.c_str());
  return 0;
}

int RunTargetList(const std::string& place, const std::string& db) {
  auto facade = OpenExisting(db);
  if (!facade) return Fail(facade.error());
  auto targets = services::PlaceTargets((*facade)->store(), place);
  if (!targets) return Fail(targets.error());
  if (targets->empty()) std::printf("%s has no targets.\n", place.c_str());
  for (const auto& t : *targets) {
    std::printf("%s: baseline %g (%s), target %g by %s: ", t.indicator.code.c_str(),
                t.target.baseline_value, t.baseline_label.c_str(), t.target.target_value,
                t.target.target_date.c_str());
    if (t.assessment) {
      std::printf("%s", domain::TargetStatusLabel(t.assessment->status));
      if (t.latest) std::printf(" (latest %g, %s)", *t.latest->value, t.latest->label.c_str());
      std::printf("; %s\n", t.assessment->rule.c_str());
    } else {
      std::printf("cannot be judged: %s\n", t.problem.c_str());
    }
  }
  return 0;
}

void AddTargetCommands(CLI::App& app, int& exit_code) {
  auto* target = app.add_subcommand("target", "Set, list and remove a place's targets");
  target->require_subcommand(1);
  auto set = std::make_shared<TargetArgs>();
  auto* set_cmd =
      target->add_subcommand("set", "Set (or replace) a place's target for an indicator");
  set_cmd->add_option("--place", set->input.place_code, "Place code")->required();
  set_cmd->add_option("--indicator", set->input.indicator_code, "Indicator code")->required();
  set_cmd->add_option("--baseline", set->input.baseline_value, "Baseline value")->required();
  set_cmd
      ->add_option("--baseline-period", set->input.baseline_period,
                   "Baseline period (2018-08-01/P1Y, 2018 or 2018-03-31)")
      ->required();
  set_cmd->add_option("--target", set->input.target_value, "Target value")->required();
  set_cmd->add_option("--by", set->input.target_date, "Target date (YYYY-MM-DD)")->required();
  set_cmd
      ->add_option("--tolerance", set->input.tolerance,
                   "Share of the planned change allowed before 'off track'")
      ->capture_default_str();
  set_cmd->add_option("--shape", set->input.shape, "linear or geometric")->capture_default_str();
  set_cmd->add_option("--note", set->input.note, "A note");
  set_cmd->add_option("--db", set->db, "SQLite database file")->capture_default_str();
  set_cmd->callback([set, &exit_code] { exit_code = RunTargetSet(*set); });

  auto list_place = std::make_shared<std::string>();
  auto list_db = std::make_shared<std::string>(kDefaultDb);
  auto* list_cmd = target->add_subcommand("list", "A place's targets with their status");
  list_cmd->add_option("--place", *list_place, "Place code")->required();
  list_cmd->add_option("--db", *list_db, "SQLite database file")->capture_default_str();
  list_cmd->callback(
      [list_place, list_db, &exit_code] { exit_code = RunTargetList(*list_place, *list_db); });

  auto remove = std::make_shared<TargetArgs>();
  auto* remove_cmd = target->add_subcommand("remove", "Remove a place's target for an indicator");
  remove_cmd->add_option("--place", remove->input.place_code, "Place code")->required();
  remove_cmd->add_option("--indicator", remove->input.indicator_code, "Indicator code")->required();
  remove_cmd->add_option("--db", remove->db, "SQLite database file")->capture_default_str();
  remove_cmd->callback([remove, &exit_code] {
    auto facade = OpenExisting(remove->db);
    if (!facade) {
      exit_code = Fail(facade.error());
      return;
    }
    auto status = services::RemoveTarget((*facade)->store(), remove->input.place_code,
                                         remove->input.indicator_code);
    exit_code = status ? 0 : Fail(status.error());
  });
}

}  // namespace

void AddDataCommands(CLI::App& app, int& exit_code) {
  auto import = std::make_shared<ImportArgs>();
  auto* import_cmd = app.add_subcommand(
      "import",
      "Import observations from a CSV file (ONS tidy, long or wide): a preview of new, changed, "
      "unchanged and rejected rows, then all or nothing");
  import_cmd->add_option("FILE", import->file, "CSV file (UTF-8, with or without a BOM)")
      ->required()
      ->check(CLI::ExistingFile);
  import_cmd->add_option("--db", import->db, "SQLite database file")->capture_default_str();
  import_cmd->add_option("--layout", import->layout, "auto, ons, long or wide")
      ->capture_default_str()
      ->check(CLI::IsMember({"auto", "ons", "long", "wide"}));
  import_cmd->add_option("--map", import->map,
                         "FIELD=COLUMN (place, indicator, period, value, lower, upper, status, "
                         "note; ignore=COLUMN for a wide file); repeatable");
  import_cmd->add_option("--indicator", import->indicator,
                         "Every row is this indicator (long without an indicator column; wide "
                         "with a column per period)");
  import_cmd->add_option("--period", import->period,
                         "Every row is this period (wide with a column per indicator)");
  import_cmd->add_flag("--dry-run", import->dry_run, "Preview only: write nothing");
  import_cmd->add_flag("--skip-rejected", import->skip_rejected,
                       "Write the accepted rows even when some rows are rejected");
  import_cmd->callback([import, &exit_code] { exit_code = RunImport(*import); });

  auto* indicators = app.add_subcommand("indicators", "Import and export the indicator catalogue");
  indicators->require_subcommand(1);
  auto catalogue = std::make_shared<CatalogueArgs>();
  auto* cat_import = indicators->add_subcommand(
      "import", "Add or update indicators from a catalogue CSV (all or nothing)");
  cat_import->add_option("FILE", catalogue->file, "Catalogue CSV")
      ->required()
      ->check(CLI::ExistingFile);
  cat_import->add_option("--db", catalogue->db, "SQLite database file")->capture_default_str();
  cat_import->add_flag("--dry-run", catalogue->dry_run, "Check and count only: write nothing");
  cat_import->callback([catalogue, &exit_code] { exit_code = RunCatalogueImport(*catalogue); });
  auto export_db = std::make_shared<std::string>(kDefaultDb);
  auto* cat_export =
      indicators->add_subcommand("export", "Write the catalogue as CSV to standard output");
  cat_export->add_option("--db", *export_db, "SQLite database file")->capture_default_str();
  cat_export->callback([export_db, &exit_code] { exit_code = RunCatalogueExport(*export_db); });

  AddTargetCommands(app, exit_code);
}

}  // namespace lct::cli
