// Descriptive statistics that skip missing values (NaN), as COINr's na.rm = TRUE.
// composite-index.md §3.4 (skewness, kurtosis), §3.5 (sd with n - 1), §4.3 (type-7 quantiles).
#pragma once

#include <cstddef>
#include <span>

namespace lct::analysis {

// Each returns NaN when there are too few non-missing values (none, or fewer than stated).
[[nodiscard]] std::size_t CountPresent(std::span<const double> x);
[[nodiscard]] double Min(std::span<const double> x);
[[nodiscard]] double Max(std::span<const double> x);
[[nodiscard]] double Mean(std::span<const double> x);
[[nodiscard]] double Median(std::span<const double> x);
// Sample standard deviation, denominator n - 1; needs n >= 2.
[[nodiscard]] double SampleSd(std::span<const double> x);
// Sample skewness, the "type 2" (spreadsheet SKEW) form: g1 * sqrt(n(n-1)) / (n-2); needs n >= 3.
[[nodiscard]] double Skewness(std::span<const double> x);
// Sample excess kurtosis, spreadsheet KURT: ((n+1) g2 + 6)(n-1) / ((n-2)(n-3)); needs n >= 4.
[[nodiscard]] double Kurtosis(std::span<const double> x);
// R's default quantile (type 7): linear interpolation at position (n - 1) p of the sorted sample.
[[nodiscard]] double Quantile(std::span<const double> x, double probability);
// As Quantile, for data already sorted ascending with no missing values.
[[nodiscard]] double QuantileSorted(std::span<const double> sorted, double probability);

}  // namespace lct::analysis
