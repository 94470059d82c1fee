#include "services/bundled_frameworks.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "base/embedded_file.hpp"
#include "io/framework_yaml.hpp"
#include "store/store.hpp"

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

Result<BundledFrameworksPlan> PlanBundledFrameworks(store::Store& store) {
  auto stored = StoredCatalogue(store);
  if (!stored) return stored.error();
  BundledFrameworksPlan plan;
  plan.catalogue = std::move(*stored);
  for (const BundledFramework& file : BundledFrameworks()) {
    auto framework = io::ParseFrameworkYaml(file.text, file.file_name);
    if (!framework) return framework.error();
    const domain::Framework* latest = plan.catalogue.Find(framework->id);
    if (latest != nullptr && latest->version > framework->version) {
      plan.outcomes.push_back(
          {framework->id, framework->version, framework->title, ImportOutcome::kKeptNewer});
      continue;
    }
    const std::string file_name = "frameworks/" + std::string(file.file_name);
    auto planned = PlanFrameworkImport(store, plan.catalogue, file.text, file_name);
    if (!planned) return planned.error();
    if (!planned->errors.empty()) return planned->errors.front();
    const domain::Framework& f = *planned->framework;
    plan.outcomes.push_back(
        {f.id, f.version, f.title,
         planned->unchanged ? ImportOutcome::kUnchanged : ImportOutcome::kImported});
    if (!planned->unchanged) {
      plan.to_write.push_back({f.id, f.version, f.title, std::string(file.text), ""});
    }
    plan.catalogue.Add(std::move(*planned->framework));
  }
  return plan;
}

Status WriteBundledFrameworks(store::StoreWriter& writer, const BundledFrameworksPlan& plan) {
  for (const auto& record : plan.to_write) {
    // The store checks (id, version) again inside the transaction.
    if (auto put = writer.PutFramework(record); !put) return put;
  }
  return Ok();
}

Result<std::vector<FrameworkImport>> ImportBundledFrameworks(store::Store& store) {
  auto plan = PlanBundledFrameworks(store);
  if (!plan) return plan.error();
  if (!plan->to_write.empty()) {
    auto written = store.Write(
        [&](store::StoreWriter& writer) { return WriteBundledFrameworks(writer, *plan); });
    if (!written) return written.error();
  }
  return std::move(plan->outcomes);
}

}  // namespace lct::services
