// Denomination: divide indicators by a denominator such as population or GDP.
// composite-index.md §3.1.
#pragma once

#include <span>

#include "analysis/framework.hpp"
#include "analysis/index_input.hpp"
#include "analysis/matrix.hpp"
#include "base/result.hpp"

namespace lct::analysis {

// For each indicator whose FrameworkNode names a denominator d (scale factor s, default 1):
// x' = x / (d / s). `indicators` is units x indicators (framework order); each denominator has
// one value per unit. Other indicators pass through; NaN in x or d gives NaN. Fails when a named
// denominator is not among `denominators` or has the wrong length.
[[nodiscard]] Result<Matrix> Denominate(const Matrix& indicators, const IndexFramework& framework,
                                        std::span<const NamedColumn> denominators);

}  // namespace lct::analysis
