// How each group of `lct` subcommands plugs into the command line: a function adds its
// subcommands to the CLI11 app, and each subcommand's callback sets the exit code.
#pragma once

#include <CLI/CLI.hpp>

namespace lct::cli {

inline constexpr int kFailure = 1;       // the command ran and failed
inline constexpr int kBadArguments = 2;  // the command line was wrong

// serve, init, version (commands.cpp).
void AddCoreCommands(CLI::App& app, int& exit_code);
// framework check|import|export, guide (framework_commands.cpp).
void AddFrameworkCommands(CLI::App& app, int& exit_code);
// index build|uncertainty|sensitivity (index_commands.cpp).
void AddIndexCommands(CLI::App& app, int& exit_code);
// import, indicators import|export, target set|list|remove (data_commands.cpp).
void AddDataCommands(CLI::App& app, int& exit_code);
// round open|invite|close|results|export (round_commands.cpp).
void AddRoundCommands(CLI::App& app, int& exit_code);
// user add|reset|invite|list, token create|list|revoke (account_commands.cpp).
void AddAccountCommands(CLI::App& app, int& exit_code);
// network check|set|show (network_commands.cpp).
void AddNetworkCommands(CLI::App& app, int& exit_code);
// db backup (db_commands.cpp).
void AddDbCommands(CLI::App& app, int& exit_code);
// places import|export|list (places_commands.cpp).
void AddPlacesCommands(CLI::App& app, int& exit_code);

}  // namespace lct::cli
