// PCA weights: loadings of the first principal component. composite-index.md §3.6 (get_PCA).
#pragma once

#include <span>
#include <vector>

#include "analysis/framework.hpp"
#include "analysis/matrix.hpp"
#include "base/result.hpp"

namespace lct::analysis {

enum class PcaGrouping { kByParent, kAllTogether };

// For the nodes at `level`, replaces their weights in `weights` (one per node) by the loadings
// of the first principal component of their columns in `data` (units x nodes, or units x
// indicators when level is 1). Units with any missing value among the columns are dropped; the
// PCA is on centred and scaled data (the correlation matrix), separately inside each parent
// group with kByParent (COINr's by_groups = TRUE). Loadings form a unit vector and can be
// negative; their overall sign, arbitrary in COINr, is fixed here so that they sum to >= 0.
// Fails when a group has a column without spread or fewer than two complete units.
[[nodiscard]] Result<std::vector<double>> PcaWeights(const Matrix& data,
                                                     const IndexFramework& framework, int level,
                                                     std::span<const double> weights,
                                                     PcaGrouping grouping = PcaGrouping::kByParent);

}  // namespace lct::analysis
