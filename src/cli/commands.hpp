// The `lct` command line: builds the CLI11 application and runs it.
#pragma once

namespace lct::cli {

// Parses `argv`, runs the chosen command and returns the process exit code
// (0 success, 1 failure while running, 2 bad arguments).
[[nodiscard]] int Main(int argc, char** argv);

}  // namespace lct::cli
