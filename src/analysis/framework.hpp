// IndexFramework: the tree of an index (indicators at level 1, aggregates above), with the
// directions, weights, denominators and targets of its nodes. composite-index.md §2.2.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/matrix.hpp"
#include "base/result.hpp"

namespace lct::analysis {

// +1: higher is better; -1: lower is better. Applied by multiplication before normalising (§3.5).
enum class Direction { kNegative = -1, kPositive = 1 };

[[nodiscard]] inline double Sign(Direction direction) {
  return direction == Direction::kNegative ? -1.0 : 1.0;
}

// One row of COINr's iMeta for an Indicator or Aggregate.
struct FrameworkNode {
  std::string code{};
  int level = 1;         // 1 = indicator; 2 = first aggregation level; ...
  std::string parent{};  // code of the node one level up; empty only at the top level
  Direction direction = Direction::kPositive;
  double weight = 1.0;        // relative within the parent's group
  std::string denominator{};  // indicators only: code of the denominator column; empty = none
  double scale_factor = 1.0;  // indicators only: x' = x * scale_factor / denominator (§3.1)
  double target = kMissing;   // indicators only: for distance to target (§3.5)
};

// A validated tree. Nodes are held sorted by level (stable, so input order is kept within a
// level): nodes [0, indicator_count()) are the indicators, and a data set with one column per
// node (the "Aggregated" data set) uses the same column order. Immutable once created.
class IndexFramework {
 public:
  // Checks of check_iMeta()/new_coin() (§2.2): codes unique, non-empty, without spaces and not
  // starting with a digit; levels contiguous from 1; every parent exists exactly one level up;
  // top-level nodes have no parent; every aggregate has children; weights finite.
  [[nodiscard]] static Result<IndexFramework> Create(std::vector<FrameworkNode> nodes);

  [[nodiscard]] const std::vector<FrameworkNode>& nodes() const { return nodes_; }
  [[nodiscard]] const FrameworkNode& node(std::size_t index) const { return nodes_[index]; }
  [[nodiscard]] std::size_t node_count() const { return nodes_.size(); }
  [[nodiscard]] std::size_t indicator_count() const { return indicator_count_; }
  [[nodiscard]] int max_level() const { return max_level_; }

  // Children of a node, in node order; empty for an indicator.
  [[nodiscard]] std::span<const std::size_t> children(std::size_t index) const {
    return children_[index];
  }
  // Parent of a node, or nullopt at the top level.
  [[nodiscard]] std::optional<std::size_t> parent(std::size_t index) const {
    return parents_[index];
  }
  // Nodes at one level, in node order.
  [[nodiscard]] std::vector<std::size_t> NodesAtLevel(int level) const;
  // The ancestor of an indicator at a level (the lineage table of §2.2).
  [[nodiscard]] std::size_t AncestorAt(std::size_t index, int level) const;

  [[nodiscard]] std::optional<std::size_t> Find(std::string_view code) const;

  // The nominal weights, one per node, in node order.
  [[nodiscard]] std::vector<double> Weights() const;

 private:
  IndexFramework() = default;

  std::vector<FrameworkNode> nodes_;
  std::vector<std::vector<std::size_t>> children_;
  std::vector<std::optional<std::size_t>> parents_;
  std::size_t indicator_count_ = 0;
  int max_level_ = 0;
};

// The node a result is about: the one named `code`, or with an empty code the framework's single
// top-level node (an error if there are several).
[[nodiscard]] Result<std::size_t> ResolveTarget(const IndexFramework& framework,
                                                std::string_view code);

}  // namespace lct::analysis
