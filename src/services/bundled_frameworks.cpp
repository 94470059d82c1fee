#include "services/bundled_frameworks.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "base/embedded_file.hpp"
#include "io/framework_yaml.hpp"

namespace lct::services::generated {
std::span<const lct::EmbeddedFile> EmbeddedFiles();
}  // namespace lct::services::generated

namespace lct::services {
namespace {

struct Pending {
  BundledFramework file;
  std::string id;
  std::set<std::string> needs;  // ids of other bundled frameworks its crosswalks point at
};

std::set<std::string> CrosswalkTargets(const domain::Framework& framework) {
  std::set<std::string> targets;
  for (const auto& strand : framework.strands) {
    for (const auto& level : strand.levels) {
      for (const auto& criterion : level.criteria) {
        for (const auto& link : criterion.crosswalk) {
          if (link.framework != framework.id) targets.insert(link.framework);
        }
      }
    }
  }
  return targets;
}

}  // namespace

std::vector<BundledFramework> BundledFrameworks() {
  std::vector<Pending> pending;
  std::set<std::string> bundled_ids;
  for (const EmbeddedFile& file : generated::EmbeddedFiles()) {
    Pending p{{file.path, file.content}, std::string(file.path), {}};
    // Read without a catalogue only to learn the id and the crosswalk targets; a bundled file
    // that does not read is reported when it is imported.
    if (auto framework = io::ParseFrameworkYaml(file.content, file.path)) {
      p.id = framework->id;
      p.needs = CrosswalkTargets(*framework);
    }
    bundled_ids.insert(p.id);
    pending.push_back(std::move(p));
  }
  std::sort(pending.begin(), pending.end(),
            [](const Pending& a, const Pending& b) { return a.file.file_name < b.file.file_name; });
  // Dependencies first; a cycle (or a target that is not bundled) cannot block the rest.
  std::vector<BundledFramework> ordered;
  std::set<std::string> placed;
  while (!pending.empty()) {
    auto ready = std::find_if(pending.begin(), pending.end(), [&](const Pending& p) {
      return std::all_of(p.needs.begin(), p.needs.end(), [&](const std::string& id) {
        return placed.contains(id) || !bundled_ids.contains(id);
      });
    });
    if (ready == pending.end()) ready = pending.begin();
    ordered.push_back(ready->file);
    placed.insert(ready->id);
    pending.erase(ready);
  }
  return ordered;
}

Result<std::vector<FrameworkImport>> ImportBundledFrameworks(store::Store& store) {
  std::vector<FrameworkImport> done;
  for (const BundledFramework& file : BundledFrameworks()) {
    auto framework = io::ParseFrameworkYaml(file.text, file.file_name);
    if (!framework) return framework.error();
    auto stored = store.GetFramework(framework->id, std::nullopt);
    if (!stored && stored.error().code() != ErrorCode::kNotFound) return stored.error();
    if (stored && stored->version > framework->version) {
      done.push_back(
          {framework->id, framework->version, framework->title, ImportOutcome::kKeptNewer});
      continue;
    }
    auto result = ImportFramework(store, file.text, "frameworks/" + std::string(file.file_name));
    if (!result.errors.empty()) return result.errors.front();
    done.push_back(std::move(*result.imported));
  }
  return done;
}

}  // namespace lct::services
