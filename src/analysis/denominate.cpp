#include "analysis/denominate.hpp"

#include <algorithm>
#include <cstddef>

namespace lct::analysis {

Result<Matrix> Denominate(const Matrix& indicators, const IndexFramework& framework,
                          std::span<const NamedColumn> denominators) {
  Matrix out = indicators;
  for (std::size_t j = 0; j < framework.indicator_count(); ++j) {
    const FrameworkNode& node = framework.node(j);
    if (node.denominator.empty()) continue;
    const auto found = std::find_if(
        denominators.begin(), denominators.end(),
        [&node](const NamedColumn& column) { return column.code == node.denominator; });
    if (found == denominators.end()) {
      return InvalidArgument("denominator '" + node.denominator + "' of indicator '" + node.code +
                                 "' is not in the data",
                             ErrorLocation{"", 0, node.code + ".Denominator"});
    }
    const NamedColumn* denominator = &*found;
    if (denominator->values.size() != out.rows()) {
      return InvalidArgument("denominator '" + node.denominator + "' has " +
                             std::to_string(denominator->values.size()) + " values for " +
                             std::to_string(out.rows()) + " units");
    }
    for (std::size_t i = 0; i < out.rows(); ++i) {
      out(i, j) = out(i, j) / (denominator->values[i] / node.scale_factor);
    }
  }
  return out;
}

}  // namespace lct::analysis
