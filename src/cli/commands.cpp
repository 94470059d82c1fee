#include "cli/commands.hpp"

#include <spdlog/spdlog.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "base/text.hpp"
#include "cli/cli_support.hpp"
#include "cli/command_set.hpp"
#include "cli/demo_dir.hpp"
#include "services/bundled_frameworks.hpp"
#include "services/database.hpp"
#include "services/demo_network.hpp"
#include "web/app.hpp"
#include "web/server.hpp"

namespace lct::cli {
namespace {

struct ServeArgs {
  std::string db = kDefaultDb;
  web::ServerOptions server;
  web::AppOptions app;
};

struct InitArgs {
  std::string db = kDefaultDb;
  bool demo = false;
  std::string demo_dir;  // empty: found at run time (FindDemoDir)
};

int RunServe(ServeArgs args) {
  args.server.trusted_proxy = args.app.trusted_proxy;
  auto facade = services::OpenServices({args.db, args.server.threads + 2}, args.app.accounts);
  if (!facade) return Fail(facade.error());
  web::App app(**facade, args.app);
  auto status = web::RunServer(args.server, app, [&](const std::string& url) {
    // Before any request is served: links use the listening address unless --base-url says.
    if (args.app.base_url.empty()) {
      app.SetListeningUrl(url);
      spdlog::warn("no --base-url: links in pages use {}", url);
    }
    std::printf("Learning City Toolkit is serving at %s\n", url.c_str());
    std::fflush(stdout);
  });
  if (!status) return Fail(status.error());
  return 0;
}

void PrintFrameworks(const std::vector<services::FrameworkImport>& frameworks) {
  for (const auto& f : frameworks) {
    std::printf("Framework %s version %d: %s.\n", f.id.c_str(), f.version,
                services::ImportOutcomeText(f.outcome));
  }
}

int RunInit(const InitArgs& args) {
  auto facade = services::OpenServices({args.db, 1});
  if (!facade) return Fail(facade.error());
  auto version = services::CheckHealth((*facade)->store());
  if (!version) return Fail(version.error());
  std::printf("Database %s is at schema version %d.\n", args.db.c_str(), *version);
  if (!args.demo) {
    auto frameworks = services::ImportBundledFrameworks((*facade)->store());
    if (!frameworks) return Fail(frameworks.error());
    PrintFrameworks(*frameworks);
    return 0;
  }
  const auto demo_dir = FindDemoDir(args.demo_dir);
  if (!demo_dir) return Fail(demo_dir.error());
  // The frameworks, the network and its round in one transaction: all or nothing.
  auto summary = services::LoadDemoNetwork((*facade)->store(), *demo_dir);
  if (!summary) return Fail(summary.error());
  PrintFrameworks(summary->frameworks);
  std::printf(
      "Loaded the UK Learning City Network: %d members, %d comparators, %d indicators, "
      "%d observations (%d rows for areas outside the network skipped).\n",
      summary->members, summary->comparators, summary->indicators, summary->observations,
      summary->rows_skipped);
  return 0;
}

// Issue 11: only valid UTF-8 gets in. Every option and positional argument of `app` and its
// subcommands is checked as CLI11 parses it; an invalid one is refused naming the option (exit
// status 2), before any command runs.
void RequireUtf8Arguments(CLI::App& app) {
  const CLI::Validator utf8(
      [](const std::string& value) {
        const auto problem = text::Utf8Problem(value);
        return problem ? "the value " + *problem : std::string();
      },
      "", "UTF-8");
  for (CLI::Option* option : app.get_options()) option->check(utf8);
  for (CLI::App* subcommand : app.get_subcommands([](CLI::App*) { return true; })) {
    RequireUtf8Arguments(*subcommand);
  }
}

}  // namespace

void AddCoreCommands(CLI::App& app, int& exit_code) {
  auto serve = std::make_shared<ServeArgs>();
  auto* serve_cmd = app.add_subcommand("serve", "Run the web application");
  serve_cmd->add_option("--db", serve->db, "SQLite database file (created and migrated if needed)")
      ->capture_default_str();
  serve_cmd->add_option("--bind", serve->server.bind, "Address to listen on")
      ->capture_default_str();
  serve_cmd->add_option("--port", serve->server.port, "Port to listen on (0 picks a free port)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  serve_cmd->add_option("--threads", serve->server.threads, "Worker threads")
      ->capture_default_str()
      ->check(CLI::Range(1, 256));
  serve_cmd->add_flag("--secure-cookies", serve->app.tls,
                      "Mark cookies Secure: the site is only reached over HTTPS");
  serve_cmd->add_option("--trusted-proxy", serve->app.trusted_proxy,
                        "A reverse proxy's address whose X-Forwarded-Proto and X-Forwarded-For "
                        "headers are believed");
  serve_cmd
      ->add_option("--base-url", serve->app.base_url,
                   "The site's address as people reach it, e.g. https://lct.example.org: "
                   "links are built from it and forms must come from it")
      ->check(BaseUrlValidator());
  serve_cmd
      ->add_option("--max-connections", serve->server.max_connections,
                   "Connections open at once; beyond it a new one gets 503")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000000));
  serve_cmd
      ->add_option("--max-connections-per-address", serve->server.max_connections_per_address,
                   "Connections open at once from one client address (the trusted proxy has no "
                   "such cap)")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000000));
  serve_cmd->callback([serve, &exit_code] { exit_code = RunServe(*serve); });

  auto init = std::make_shared<InitArgs>();
  auto* init_cmd = app.add_subcommand(
      "init", "Create or migrate a database, optionally loading the demo network");
  init_cmd->add_option("--db", init->db, "SQLite database file")->capture_default_str();
  init_cmd->add_flag("--demo", init->demo,
                     "Load the UK Learning City Network demo data (real public statistics)");
  init_cmd
      ->add_option("--demo-dir", init->demo_dir,
                   "Folder holding the demo data (default: $LCT_DATA_DIR/demo, else "
                   "share/lct/demo beside the installed lct, else the build tree's)")
      ->check(CLI::ExistingDirectory);
  init_cmd->callback([init, &exit_code] { exit_code = RunInit(*init); });

  app.add_subcommand("version", "Print the version")->callback([] {
    std::printf("lct %s\n", LCT_VERSION);
  });
}

int Main(int argc, char** argv) {
  CLI::App app{
      "lct: the Learning City Toolkit: self-assessment, indicators and benchmarking for "
      "learning cities"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("lct ") + LCT_VERSION);
  int exit_code = 0;
  AddCoreCommands(app, exit_code);
  AddIndexCommands(app, exit_code);
  AddFrameworkCommands(app, exit_code);
  AddDataCommands(app, exit_code);
  AddRoundCommands(app, exit_code);
  AddAccountCommands(app, exit_code);
  AddNetworkCommands(app, exit_code);
  AddDbCommands(app, exit_code);
  AddPlacesCommands(app, exit_code);
  RequireUtf8Arguments(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : kBadArguments;
  }
  return exit_code;
}

}  // namespace lct::cli
