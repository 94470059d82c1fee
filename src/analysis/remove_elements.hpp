// Remove-one-element analysis: how much ranks move when each element of a level is left out.
// composite-index.md §4.4 (COINr's remove_elements).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "analysis/framework.hpp"
#include "analysis/index_input.hpp"
#include "analysis/matrix.hpp"
#include "analysis/pipeline.hpp"
#include "base/result.hpp"

namespace lct::analysis {

struct ElementRemoval {
  std::size_t target_node = 0;
  std::vector<std::size_t> elements{};  // the nodes of the level, in node order
  // Per element: mean over units of |rank without the element - nominal rank|.
  std::vector<double> mean_absolute_rank_change{};
  std::vector<std::size_t> units{};  // rows of IndexInput scored (after screening)
  Matrix scores{};                   // units x elements: the target's scores without each element
};

// Builds the index once, then for each element at `level` sets its weight to 0 and re-runs the
// aggregation (the only stage a weight affects). `target` names the node whose ranks are compared;
// empty = the single top-level node.
[[nodiscard]] Result<ElementRemoval> RemoveElements(const IndexInput& input,
                                                    const IndexFramework& framework,
                                                    const PipelineSpec& spec, int level,
                                                    const std::string& target = "");

}  // namespace lct::analysis
