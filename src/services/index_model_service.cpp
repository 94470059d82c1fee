#include "services/index_model_service.hpp"

#include <set>
#include <utility>

#include "base/embedded_file.hpp"
#include "io/file.hpp"
#include "io/index_model.hpp"
#include "store/store.hpp"

namespace lct::services::generated_models {
std::span<const lct::EmbeddedFile> EmbeddedFiles();
}  // namespace lct::services::generated_models

namespace lct::services {
namespace {

constexpr std::string_view kBundledModelFile = "learning-conditions.yaml";

domain::AuditEntry ModelAudit(const Actor& actor, std::string action) {
  domain::AuditEntry entry;
  if (actor.user) entry.actor_user_id = actor.user->value;
  entry.actor = actor.name;
  entry.action = std::move(action);
  entry.entity = "network_setting";
  entry.entity_id = kIndexModelSetting;
  return entry;
}

Error ModelProblem(const std::string& file, std::string field, std::string message) {
  return InvalidArgument(std::move(message), {file, 0, std::move(field)});
}

// The tree's structure as the learning index needs it; the engine checks the rest (levels,
// parents, cycles) when the index is built.
Status CheckTree(const io::IndexModel& model, const std::string& file) {
  if (model.tree.empty()) {
    return ModelProblem(file, "tree",
                        "the model must give its tree: strands and the catalogue's indicators");
  }
  int top_level = 0;
  for (const io::ModelNode& node : model.tree) top_level = std::max(top_level, node.level);
  std::vector<std::string> tops;
  for (const io::ModelNode& node : model.tree) {
    if (node.level == top_level) tops.push_back(node.code);
  }
  if (tops.size() != 1) {
    return ModelProblem(file, "tree",
                        "the tree must have one top node, found " + std::to_string(tops.size()));
  }
  if (!model.target.empty() && model.target != tops.front()) {
    return ModelProblem(file, "target",
                        "the target must be the tree's top node '" + tops.front() + "'");
  }
  return Ok();
}

}  // namespace

std::string_view BundledIndexModel() {
  for (const EmbeddedFile& file : generated_models::EmbeddedFiles()) {
    if (file.path == kBundledModelFile) return file.content;
  }
  return {};
}

Result<IndexModelText> GetIndexModel(store::Store& store) {
  auto stored = store.GetNetworkSetting(kIndexModelSetting);
  if (!stored) return stored.error();
  if (*stored) return IndexModelText{std::move(**stored), false};
  return IndexModelText{std::string(BundledIndexModel()), true};
}

Result<io::IndexModel> CheckLearningIndexModel(store::Store& store, std::string_view text,
                                               const std::string& file) {
  auto model = io::ParseIndexModel(text, file);
  if (!model) return model.error();
  if (auto tree = CheckTree(*model, file); !tree) return tree.error();
  auto indicators = store.ListIndicators();
  if (!indicators) return indicators.error();
  std::set<std::string, std::less<>> codes;
  for (const auto& indicator : *indicators) codes.insert(indicator.code);
  for (const io::ModelNode& node : model->tree) {
    if (node.level == 1 && !codes.contains(node.code)) {
      return ModelProblem(file, "tree",
                          "'" + node.code + "' is not an indicator of the network's catalogue");
    }
  }
  return model;
}

Status SetIndexModel(store::Store& store, std::string_view text, const std::string& file,
                     const Actor& actor) {
  auto model = CheckLearningIndexModel(store, text, file);
  if (!model) return model.error();
  return store.Write([&](store::StoreWriter& writer) -> Status {
    if (auto put = writer.PutNetworkSetting(kIndexModelSetting, text); !put) return put;
    return writer.AppendAudit(ModelAudit(actor, "index_model.set"));
  });
}

Status SetIndexModelFile(store::Store& store, const std::string& path, const Actor& actor) {
  auto text = io::ReadFile(path);
  if (!text) return text.error();
  return SetIndexModel(store, *text, path, actor);
}

Status ResetIndexModel(store::Store& store, const Actor& actor) {
  return store.Write([&](store::StoreWriter& writer) -> Status {
    if (auto removed = writer.DeleteNetworkSetting(kIndexModelSetting); !removed) return removed;
    return writer.AppendAudit(ModelAudit(actor, "index_model.reset"));
  });
}

}  // namespace lct::services
