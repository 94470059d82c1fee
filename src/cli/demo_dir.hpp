// Where `lct init --demo` finds the demo network. Nothing is compiled in: the folder is found at
// run time, so an installed `lct` can be moved with its prefix and a build tree still works.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "base/result.hpp"

namespace lct::cli {

// What the search looks at, gathered by the caller so the search itself is a pure function.
struct DemoDirSources {
  std::string option;                       // --demo-dir; empty when not given
  std::optional<std::string> data_dir_env;  // LCT_DATA_DIR; nullopt (or empty) when unset
  std::filesystem::path executable;         // the running lct, absolute; empty when unknown
};

// The demo folder, first of:
//   1. `option`, as given;
//   2. `$LCT_DATA_DIR/demo` when LCT_DATA_DIR is set (an error, not a fallback, when that is
//      not a directory: the setting was deliberate);
//   3. `<dir of executable>/../share/lct/demo` (the installed layout);
//   4. `<dir of executable>/../../share/lct/demo` (the build tree: lct is <build>/src/cli/lct
//      and the build links <build>/share/lct/demo to the source tree's data/demo).
// NotFound naming every place searched when none is a directory.
[[nodiscard]] Result<std::string> FindDemoDir(const DemoDirSources& sources);

// The absolute path of the running executable (Linux: /proc/self/exe), or empty if unknown.
[[nodiscard]] std::filesystem::path RunningExecutable();

// FindDemoDir with LCT_DATA_DIR from the environment and the running executable.
[[nodiscard]] Result<std::string> FindDemoDir(const std::string& option);

}  // namespace lct::cli
