// `lct framework check|import|export` and `lct guide`: thin commands over services/.
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "cli/cli_support.hpp"
#include "cli/command_set.hpp"
#include "services/database.hpp"
#include "services/framework_service.hpp"
#include "services/guide_service.hpp"

namespace lct::cli {
namespace {

struct CheckArgs {
  std::string file;
  std::string db;  // empty: check crosswalks against the bundled frameworks only
};
struct ImportArgs {
  std::string file;
  std::string db = kDefaultDb;
};
struct ExportArgs {
  std::string id;
  std::optional<int> version;
  std::string db = kDefaultDb;
};
struct GuideArgs {
  services::GuideTextRequest request;
  std::string format = "text";
  std::string db = kDefaultDb;
};

int RunCheck(const CheckArgs& args) {
  auto text = ReadFile(args.file);
  if (!text) return Fail(text.error());
  services::FrameworkCheck check;
  if (args.db.empty()) {
    check = services::CheckFramework(*text, args.file);
  } else {
    auto facade = OpenExisting(args.db);
    if (!facade) return Fail(facade.error());
    auto checked = services::CheckFramework((*facade)->store(), *text, args.file);
    if (!checked) return Fail(checked.error());
    check = std::move(*checked);
  }
  if (ReportProblems(check.errors, args.file)) return kFailure;
  const auto& f = *check.framework;
  std::printf("%s: OK: framework '%s' version %d (%s): %d strands, %d levels, %d criteria\n",
              args.file.c_str(), f.id.c_str(), f.version, f.title.c_str(), f.strands, f.levels,
              f.criteria);
  return 0;
}

int RunImport(const ImportArgs& args) {
  auto text = ReadFile(args.file);
  if (!text) return Fail(text.error());
  auto facade = services::OpenServices({args.db, 1});
  if (!facade) return Fail(facade.error());
  const auto result = services::ImportFramework((*facade)->store(), *text, args.file);
  if (ReportProblems(result.errors, args.file)) {
    std::fprintf(stderr, "Nothing was imported.\n");
    return kFailure;
  }
  const auto& f = *result.imported;
  std::printf("Framework '%s' version %d (%s): %s.\n", f.id.c_str(), f.version, f.title.c_str(),
              services::ImportOutcomeText(f.outcome));
  return 0;
}

int RunExport(const ExportArgs& args) {
  auto facade = OpenExisting(args.db);
  if (!facade) return Fail(facade.error());
  auto yaml = services::ExportFramework((*facade)->store(), args.id, args.version);
  if (!yaml) return Fail(yaml.error());
  std::fwrite(yaml->data(), 1, yaml->size(), stdout);
  return 0;
}

int RunGuide(GuideArgs args) {
  args.request.format =
      args.format == "markdown" ? services::GuideFormat::kMarkdown : services::GuideFormat::kText;
  auto facade = OpenExisting(args.db);
  if (!facade) return Fail(facade.error());
  auto text = services::GuideText((*facade)->store(), args.request);
  if (!text) return Fail(text.error());
  std::fwrite(text->data(), 1, text->size(), stdout);
  return 0;
}

void AddFrameworkSubcommands(CLI::App& framework, int& exit_code) {
  auto check = std::make_shared<CheckArgs>();
  auto* check_cmd = framework.add_subcommand(
      "check", "Report every problem in a framework file (file:line: field: message)");
  check_cmd->add_option("FILE", check->file, "Framework file (YAML)")
      ->required()
      ->check(CLI::ExistingFile);
  check_cmd
      ->add_option("--db", check->db,
                   "Also check against the frameworks in this database (crosswalks, versions)")
      ->check(CLI::ExistingFile);
  check_cmd->callback([check, &exit_code] { exit_code = RunCheck(*check); });

  auto import = std::make_shared<ImportArgs>();
  auto* import_cmd = framework.add_subcommand(
      "import", "Load a framework file into the database (nothing is written on any error)");
  import_cmd->add_option("FILE", import->file, "Framework file (YAML)")
      ->required()
      ->check(CLI::ExistingFile);
  import_cmd->add_option("--db", import->db, "SQLite database file")->capture_default_str();
  import_cmd->callback([import, &exit_code] { exit_code = RunImport(*import); });

  auto exported = std::make_shared<ExportArgs>();
  auto* export_cmd =
      framework.add_subcommand("export", "Write a loaded framework to standard output as YAML");
  export_cmd->add_option("ID", exported->id, "Framework id, such as toolkit")->required();
  export_cmd->add_option("--version", exported->version, "Version (default: the highest)")
      ->check(CLI::PositiveNumber);
  export_cmd->add_option("--db", exported->db, "SQLite database file")->capture_default_str();
  export_cmd->callback([exported, &exit_code] { exit_code = RunExport(*exported); });
}

}  // namespace

void AddFrameworkCommands(CLI::App& app, int& exit_code) {
  auto* framework = app.add_subcommand("framework", "Check, import and export framework files");
  framework->require_subcommand(1);
  AddFrameworkSubcommands(*framework, exit_code);

  auto guide = std::make_shared<GuideArgs>();
  auto* guide_cmd =
      app.add_subcommand("guide", "Print the guide (strands, levels, criteria, ideas...)");
  guide_cmd->add_option("--framework", guide->request.framework,
                        "Framework id (default: the toolkit)");
  guide_cmd->add_option("--strand", guide->request.strand, "Only this strand (id)");
  guide_cmd->add_option("--level", guide->request.level, "Only this level (id or number)");
  guide_cmd->add_option("--format", guide->format, "text or markdown")
      ->capture_default_str()
      ->check(CLI::IsMember({"text", "markdown"}));
  guide_cmd->add_option("--db", guide->db, "SQLite database file")->capture_default_str();
  guide_cmd->callback([guide, &exit_code] { exit_code = RunGuide(*guide); });
}

}  // namespace lct::cli
