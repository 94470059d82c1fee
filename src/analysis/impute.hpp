// Imputation of missing values: by column, by group of units, or by row. composite-index.md §3.3.
#pragma once

#include <cstddef>
#include <span>
#include <string>

#include "analysis/framework.hpp"
#include "analysis/matrix.hpp"
#include "base/result.hpp"

namespace lct::analysis {

enum class ImputeMethod {
  kNone,          // leave missing values missing (COINr's disable = TRUE)
  kColumnMean,    // i_mean: the indicator's mean over units (the default)
  kColumnMedian,  // i_median
  kGroupMean,     // i_mean_grp: mean over the units of the same group
  kGroupMedian,   // i_median_grp
  kRowMean,       // impute_by = "row" with i_mean: the unit's mean over indicators
  kRowMedian,     // impute_by = "row" with i_median
};

// Row-wise imputation only: whether to min-max scale each column onto [0, 1] (after applying
// directions) before imputing, and map back afterwards (COINr's normalise_first, default TRUE).
enum class RowScaling { kMinMaxFirst, kNone };

struct ImputeSpec {
  ImputeMethod method = ImputeMethod::kColumnMean;
  std::string group{};  // group methods: code of the UnitGroup to use (e.g. "EurAsia_group")
  int group_level = 0;  // row methods: impute among indicators with the same ancestor at this
                        // level (2..max); 0 = among all indicators
  RowScaling row_scaling = RowScaling::kMinMaxFirst;
};

struct ImputeResult {
  Matrix values{};
  std::size_t imputed_cells = 0;      // missing values that were filled
  std::size_t remaining_missing = 0;  // missing values left (e.g. a group with no data)
};

// Fills missing values of `values` (units x indicators, framework order); present values are
// never changed. `group_labels` (one per row; empty = missing) is needed by the group methods,
// whose units with a missing label are left alone. Fails on a missing group or a bad level.
[[nodiscard]] Result<ImputeResult> Impute(const Matrix& values, const IndexFramework& framework,
                                          std::span<const std::string> group_labels,
                                          const ImputeSpec& spec);

}  // namespace lct::analysis
