#include "cli/demo_dir.hpp"

#include <cstdlib>
#include <system_error>
#include <vector>

namespace lct::cli {
namespace {

namespace fs = std::filesystem;

bool IsDirectory(const fs::path& path) {
  std::error_code ignored;
  return fs::is_directory(path, ignored);
}

}  // namespace

Result<std::string> FindDemoDir(const DemoDirSources& sources) {
  if (!sources.option.empty()) return sources.option;
  if (sources.data_dir_env && !sources.data_dir_env->empty()) {
    const fs::path demo = fs::path(*sources.data_dir_env) / "demo";
    if (IsDirectory(demo)) return demo.string();
    return NotFound("LCT_DATA_DIR is set to " + *sources.data_dir_env + ", but " + demo.string() +
                    " is not a directory (LCT_DATA_DIR names the folder holding demo/)");
  }
  std::vector<fs::path> searched;
  if (!sources.executable.empty()) {
    const fs::path bin = sources.executable.parent_path();
    searched.push_back((bin / "../share/lct/demo").lexically_normal());     // installed
    searched.push_back((bin / "../../share/lct/demo").lexically_normal());  // build tree
  }
  std::string places;
  for (const fs::path& candidate : searched) {
    if (IsDirectory(candidate)) return candidate.string();
    places += (places.empty() ? "" : ", ") + candidate.string();
  }
  return NotFound("no demo data found: no --demo-dir given, LCT_DATA_DIR not set, and " +
                  (places.empty() ? std::string("the running executable's path is unknown")
                                  : "no directory at " + places) +
                  "; give --demo-dir DIR or set LCT_DATA_DIR to the folder holding demo/");
}

fs::path RunningExecutable() {
  std::error_code error;
  fs::path self = fs::read_symlink("/proc/self/exe", error);
  return error ? fs::path() : self;
}

Result<std::string> FindDemoDir(const std::string& option) {
  const char* env =
      std::getenv("LCT_DATA_DIR");  // NOLINT(concurrency-mt-unsafe): read once at start
  return FindDemoDir(DemoDirSources{option,
                                    env == nullptr ? std::nullopt : std::optional<std::string>(env),
                                    RunningExecutable()});
}

}  // namespace lct::cli
