#include "analysis/framework.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <utility>

namespace lct::analysis {
namespace {

ErrorLocation Field(const std::string& code, const char* column) {
  return ErrorLocation{"", 0, code.empty() ? std::string(column) : code + "." + column};
}

Status CheckCode(const std::string& code) {
  if (code.empty())
    return InvalidArgument("a framework node has an empty code", Field(code, "iCode"));
  if (std::isdigit(static_cast<unsigned char>(code.front())) != 0) {
    return InvalidArgument("code '" + code + "' starts with a digit", Field(code, "iCode"));
  }
  if (std::any_of(code.begin(), code.end(),
                  [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; })) {
    return InvalidArgument("code '" + code + "' contains a space", Field(code, "iCode"));
  }
  return Ok();
}

Status CheckNodes(const std::vector<FrameworkNode>& nodes) {
  if (nodes.empty()) return InvalidArgument("the framework has no nodes");
  std::map<std::string, int, std::less<>> levels;
  for (const FrameworkNode& node : nodes) {
    if (Status status = CheckCode(node.code); !status) return status;
    if (!levels.emplace(node.code, node.level).second) {
      return InvalidArgument("code '" + node.code + "' appears twice", Field(node.code, "iCode"));
    }
    if (node.level < 1) {
      return InvalidArgument("level of '" + node.code + "' must be a positive integer",
                             Field(node.code, "Level"));
    }
    if (!std::isfinite(node.weight)) {
      return InvalidArgument("weight of '" + node.code + "' is missing or not finite",
                             Field(node.code, "Weight"));
    }
  }
  int max_level = 0;
  for (const auto& [code, level] : levels) max_level = std::max(max_level, level);
  for (int level = 1; level <= max_level; ++level) {
    const bool present = std::any_of(levels.begin(), levels.end(),
                                     [level](const auto& entry) { return entry.second == level; });
    if (!present) {
      return InvalidArgument("levels must be contiguous from 1, but level " +
                             std::to_string(level) + " has no node");
    }
  }
  for (const FrameworkNode& node : nodes) {
    if (node.parent.empty()) {
      if (node.level != max_level) {
        return InvalidArgument("'" + node.code + "' has no parent but is not at the top level",
                               Field(node.code, "Parent"));
      }
      continue;
    }
    const auto parent = levels.find(node.parent);
    if (parent == levels.end()) {
      return InvalidArgument("parent '" + node.parent + "' of '" + node.code + "' does not exist",
                             Field(node.code, "Parent"));
    }
    if (parent->second != node.level + 1) {
      return InvalidArgument(
          "parent '" + node.parent + "' of '" + node.code + "' is not exactly one level above it",
          Field(node.code, "Parent"));
    }
  }
  return Ok();
}

}  // namespace

Result<IndexFramework> IndexFramework::Create(std::vector<FrameworkNode> nodes) {
  if (Status status = CheckNodes(nodes); !status) return status.error();
  std::stable_sort(nodes.begin(), nodes.end(), [](const FrameworkNode& a, const FrameworkNode& b) {
    return a.level < b.level;
  });
  IndexFramework framework;
  framework.nodes_ = std::move(nodes);
  const std::size_t count = framework.nodes_.size();
  framework.children_.resize(count);
  framework.parents_.resize(count);
  std::map<std::string, std::size_t, std::less<>> index;
  for (std::size_t i = 0; i < count; ++i) {
    index.emplace(framework.nodes_[i].code, i);
    framework.max_level_ = std::max(framework.max_level_, framework.nodes_[i].level);
    if (framework.nodes_[i].level == 1) ++framework.indicator_count_;
  }
  for (std::size_t i = 0; i < count; ++i) {
    const FrameworkNode& node = framework.nodes_[i];
    if (node.parent.empty()) continue;
    const std::size_t parent = index.at(node.parent);
    framework.parents_[i] = parent;
    framework.children_[parent].push_back(i);
  }
  for (std::size_t i = framework.indicator_count_; i < count; ++i) {
    if (framework.children_[i].empty()) {
      return InvalidArgument("aggregate '" + framework.nodes_[i].code + "' has no children",
                             Field(framework.nodes_[i].code, "iCode"));
    }
  }
  if (framework.indicator_count_ == 0) return InvalidArgument("the framework has no indicators");
  return framework;
}

std::vector<std::size_t> IndexFramework::NodesAtLevel(int level) const {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < nodes_.size(); ++i) {
    if (nodes_[i].level == level) out.push_back(i);
  }
  return out;
}

std::size_t IndexFramework::AncestorAt(std::size_t index, int level) const {
  std::size_t current = index;
  while (nodes_[current].level < level && parents_[current].has_value()) {
    current = *parents_[current];
  }
  return current;
}

std::optional<std::size_t> IndexFramework::Find(std::string_view code) const {
  for (std::size_t i = 0; i < nodes_.size(); ++i) {
    if (nodes_[i].code == code) return i;
  }
  return std::nullopt;
}

std::vector<double> IndexFramework::Weights() const {
  std::vector<double> weights(nodes_.size());
  for (std::size_t i = 0; i < nodes_.size(); ++i) weights[i] = nodes_[i].weight;
  return weights;
}

Result<std::size_t> ResolveTarget(const IndexFramework& framework, std::string_view code) {
  if (!code.empty()) {
    const auto node = framework.Find(code);
    if (!node) return InvalidArgument("target '" + std::string(code) + "' is not in the framework");
    return *node;
  }
  const std::vector<std::size_t> top = framework.NodesAtLevel(framework.max_level());
  if (top.size() != 1) {
    return InvalidArgument("the framework has several top-level nodes: name the target");
  }
  return top.front();
}

}  // namespace lct::analysis
