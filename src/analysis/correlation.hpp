// Correlations between indicators or aggregates, over pairwise-complete units.
// composite-index.md §3.9 (get_corr).
#pragma once

#include <span>

#include "analysis/matrix.hpp"

namespace lct::analysis {

enum class CorrelationMethod {
  kPearson,
  kSpearman,  // Pearson on average ranks
  kKendall,   // tau-b, as R's cor(method = "kendall")
};

// Correlation of x and y over the units where both are present; NaN with fewer than two such
// units or no spread.
[[nodiscard]] double Correlation(std::span<const double> x, std::span<const double> y,
                                 CorrelationMethod method = CorrelationMethod::kPearson);

// All pairwise correlations of the columns of `data`: a symmetric cols x cols matrix.
[[nodiscard]] Matrix CorrelationMatrix(const Matrix& data,
                                       CorrelationMethod method = CorrelationMethod::kPearson);

}  // namespace lct::analysis
