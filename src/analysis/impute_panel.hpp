// Imputation along time for panel data: one unit's series of one indicator.
// composite-index.md §3.3 (impute_panel).
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

#include "base/result.hpp"

namespace lct::analysis {

enum class PanelImputation {
  kLatest,          // the most recent earlier observation (at most max_time periods back)
  kConstant,        // carry the previous observation forward
  kLinear,          // interpolate linearly in time
  kLinearConstant,  // linear, or constant when the series has a single observation
};

// `series` is in time order, one value per period (NaN = missing). kConstant and kLinear
// extrapolate flat at the ends (leading gaps take the first observation, trailing gaps the
// last); kLatest leaves leading gaps missing. A series with no observation is returned as is.
// kLinear fails on a series with exactly one observation (COINr issue #63); use
// kLinearConstant.
[[nodiscard]] Result<std::vector<double>> ImputePanel(
    std::span<const double> series, PanelImputation method,
    std::optional<std::size_t> max_time = std::nullopt);

}  // namespace lct::analysis
