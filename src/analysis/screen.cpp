#include "analysis/screen.hpp"

#include <cmath>

namespace lct::analysis {

ScreenReport ScreenUnits(const Matrix& values, std::span<const std::string> unit_codes,
                         const ScreenSpec& spec) {
  ScreenReport report;
  const std::size_t units = values.rows();
  const auto indicators = static_cast<double>(values.cols());
  report.data_availability.resize(units);
  report.non_zero.resize(units);
  report.included.resize(units);
  for (std::size_t i = 0; i < units; ++i) {
    double missing = 0;
    double zeros = 0;
    for (std::size_t j = 0; j < values.cols(); ++j) {
      const double v = values(i, j);
      if (std::isnan(v)) {
        missing += 1;
      } else if (v == 0) {
        zeros += 1;
      }
    }
    report.data_availability[i] = 1 - missing / indicators;
    report.non_zero[i] = 1 - zeros / (indicators - missing);
    const bool low_data = report.data_availability[i] < spec.data_threshold;
    const bool many_zeros = report.non_zero[i] < spec.nonzero_threshold;
    bool drop = false;
    switch (spec.rule) {
      case ScreenRule::kByMissing:
        drop = low_data;
        break;
      case ScreenRule::kByZeros:
        drop = many_zeros;
        break;
      case ScreenRule::kByMissingAndZeros:
        drop = low_data || many_zeros;
        break;
    }
    for (const ForcedUnit& forced : spec.force) {
      if (i < unit_codes.size() && forced.unit_code == unit_codes[i]) {
        drop = forced.decision == ForceDecision::kExclude;
      }
    }
    report.included[i] = !drop;
    if (!drop) report.kept_rows.push_back(i);
  }
  return report;
}

Matrix SelectRows(const Matrix& values, std::span<const std::size_t> rows) {
  Matrix out(rows.size(), values.cols());
  for (std::size_t j = 0; j < values.cols(); ++j) {
    for (std::size_t k = 0; k < rows.size(); ++k) out(k, j) = values(rows[k], j);
  }
  return out;
}

}  // namespace lct::analysis
