// `lct index build|uncertainty|sensitivity`: thin commands over services/index_service; and
// `lct index model show|set|reset`: the model of the network's /index, over
// services/index_model_service.
#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>

#include "cli/cli_support.hpp"
#include "cli/command_set.hpp"
#include "services/index_model_service.hpp"
#include "services/index_service.hpp"
#include "services/services.hpp"

namespace lct::cli {
namespace {

struct IndexArgs {
  services::IndexFiles files;
  std::string out;
  services::AnalysisOptions options;
};

enum class IndexCommand { kBuild, kUncertainty, kSensitivity };

// Prints "done/total" on stderr at most a few times a second.
std::function<void(std::size_t, std::size_t)> ProgressPrinter() {
  auto last = std::make_shared<std::chrono::steady_clock::time_point>();
  return [last](std::size_t done, std::size_t total) {
    const auto now = std::chrono::steady_clock::now();
    if (done < total && now - *last < std::chrono::milliseconds(250)) return;
    *last = now;
    std::fprintf(stderr, "\rreplications: %zu / %zu", done, total);
    if (done == total) std::fputc('\n', stderr);
  };
}

int Run(IndexCommand command, IndexArgs args) {
  auto problem = services::LoadIndexProblem(args.files);
  if (!problem) return Fail(problem.error());
  args.options.progress = ProgressPrinter();
  Result<std::vector<services::OutputFile>> tables =
      command == IndexCommand::kBuild         ? services::BuildIndexTables(*problem)
      : command == IndexCommand::kUncertainty ? services::UncertaintyTables(*problem, args.options)
                                              : services::SensitivityTables(*problem, args.options);
  if (!tables) return Fail(tables.error());
  if (auto written = services::WriteTables(args.out, *tables); !written) {
    return Fail(written.error());
  }
  std::fprintf(stdout, "wrote %zu files to %s\n", tables->size(), args.out.c_str());
  return 0;
}

CLI::App* AddCommand(CLI::App& index, const char* name, const char* help, IndexCommand command,
                     int& exit_code) {
  auto args = std::make_shared<IndexArgs>();
  CLI::App* cmd = index.add_subcommand(name, help);
  cmd->add_option("--data", args->files.data, "iData CSV (COINr layout)")->required();
  cmd->add_option("--meta", args->files.meta, "iMeta CSV (COINr layout)")->required();
  cmd->add_option("--model", args->files.model, "index model file (docs/index-model.md)")
      ->required();
  cmd->add_option("--out", args->out, "directory for the CSV outputs")->required();
  if (command != IndexCommand::kBuild) {
    cmd->add_option("-N,--replications", args->options.replications,
                    "replications (a sensitivity analysis runs N (d + 2))")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    cmd->add_option("--seed", args->options.seed, "random seed")->capture_default_str();
    cmd->add_option("--threads", args->options.threads, "worker threads (0 = all cores)")
        ->capture_default_str();
  }
  if (command == IndexCommand::kSensitivity) {
    args->options.bootstrap = 100;
    cmd->add_option("--bootstrap", args->options.bootstrap, "bootstrap resamples")
        ->capture_default_str();
  }
  cmd->callback([args, command, &exit_code] { exit_code = Run(command, *args); });
  return cmd;
}

struct ModelArgs {
  std::string db = kDefaultDb;
  std::string file;
};

const services::Actor kCliActor{std::nullopt, "cli"};

void AddModelCommands(CLI::App& index, int& exit_code) {
  CLI::App* model = index.add_subcommand("model", "the model of the network's index (/index)");
  model->require_subcommand(1);
  auto args = std::make_shared<ModelArgs>();
  CLI::App* show = model->add_subcommand("show", "print the model in use (YAML)");
  show->add_option("--db", args->db, "SQLite database file")->capture_default_str();
  show->callback([args, &exit_code] {
    auto facade = OpenExisting(args->db);
    if (!facade) {
      exit_code = Fail(facade.error());
      return;
    }
    auto text = services::GetIndexModel((*facade)->store());
    if (!text) {
      exit_code = Fail(text.error());
      return;
    }
    std::fwrite(text->text.data(), 1, text->text.size(), stdout);
    exit_code = 0;
  });
  CLI::App* set = model->add_subcommand(
      "set", "check a model file against the network and store it (all or nothing)");
  set->add_option("FILE", args->file, "index model file (docs/index-model.md)")->required();
  set->add_option("--db", args->db, "SQLite database file")->capture_default_str();
  set->callback([args, &exit_code] {
    auto facade = OpenExisting(args->db);
    if (!facade) {
      exit_code = Fail(facade.error());
      return;
    }
    if (auto saved = services::SetIndexModelFile((*facade)->store(), args->file, kCliActor);
        !saved) {
      exit_code = Fail(saved.error());
      return;
    }
    std::fprintf(stdout, "stored the index model from %s\n", args->file.c_str());
    exit_code = 0;
  });
  CLI::App* reset = model->add_subcommand("reset", "use the bundled model again");
  reset->add_option("--db", args->db, "SQLite database file")->capture_default_str();
  reset->callback([args, &exit_code] {
    auto facade = OpenExisting(args->db);
    if (!facade) {
      exit_code = Fail(facade.error());
      return;
    }
    if (auto done = services::ResetIndexModel((*facade)->store(), kCliActor); !done) {
      exit_code = Fail(done.error());
      return;
    }
    std::fprintf(stdout, "the bundled index model is in use\n");
    exit_code = 0;
  });
}

}  // namespace

void AddIndexCommands(CLI::App& app, int& exit_code) {
  CLI::App* index = app.add_subcommand("index", "build composite indices and analyse them");
  index->require_subcommand(1);
  AddCommand(*index, "build", "build an index: scores, ranks and every intermediate data set",
             IndexCommand::kBuild, exit_code);
  AddCommand(*index, "uncertainty", "Monte Carlo uncertainty analysis: rank statistics",
             IndexCommand::kUncertainty, exit_code);
  AddCommand(*index, "sensitivity", "variance-based sensitivity analysis (Saltelli design)",
             IndexCommand::kSensitivity, exit_code);
  AddModelCommands(*index, exit_code);
}

}  // namespace lct::cli
