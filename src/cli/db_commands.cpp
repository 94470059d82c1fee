// lct db backup: an online copy of the SQLite database, safe while `lct serve` runs
// (docs/deployment.md, "Backups").
#include <cstdio>
#include <memory>
#include <string>

#include "cli/cli_support.hpp"
#include "cli/command_set.hpp"
#include "services/database.hpp"

namespace lct::cli {
namespace {

struct BackupArgs {
  std::string db = kDefaultDb;
  std::string to;
};

int RunBackup(const BackupArgs& args) {
  auto copy = services::BackupDatabase(args.db, args.to);
  if (!copy) return Fail(copy.error());
  std::printf("Backed up %s to %s: %lld pages, %lld bytes; integrity check ok.\n", args.db.c_str(),
              args.to.c_str(), static_cast<long long>(copy->pages),
              static_cast<long long>(copy->bytes));
  return 0;
}

}  // namespace

void AddDbCommands(CLI::App& app, int& exit_code) {
  CLI::App* db = app.add_subcommand("db", "Database maintenance: backups");
  db->require_subcommand(1);
  auto args = std::make_shared<BackupArgs>();
  CLI::App* backup = db->add_subcommand(
      "backup",
      "Copy the database to a new file with SQLite's online backup (safe while lct serve runs); "
      "the copy is checked before it is put in place, and no file is overwritten");
  backup->add_option("--db", args->db, "The database to copy")->capture_default_str();
  backup->add_option("--to", args->to, "The new file to write the copy to")->required();
  backup->callback([args, &exit_code] { exit_code = RunBackup(*args); });
}

}  // namespace lct::cli
