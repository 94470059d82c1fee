#include "analysis/normalise.hpp"

#include <algorithm>
#include <cmath>

namespace lct::analysis {

std::vector<double> NormaliseVector(std::span<const double> x, Direction direction, double target,
                                    std::size_t reference_row, const NormaliseSpec& spec) {
  const double sign = Sign(direction);
  std::vector<double> y(x.begin(), x.end());
  for (double& v : y) v *= sign;
  switch (spec.method) {
    case NormaliseMethod::kNone:
      return y;
    case NormaliseMethod::kMinMax:
      return MinMax(y, spec.lower, spec.upper);
    case NormaliseMethod::kZScore:
      return ZScore(y, spec.mean, spec.sd);
    case NormaliseMethod::kScaled:
      return Scaled(y, spec.lower, spec.upper, spec.scale_factor);
    case NormaliseMethod::kGoalposts: {
      const bool negative = direction == Direction::kNegative;
      const double lower = negative ? -spec.goalpost_upper : spec.goalpost_lower;
      const double upper = negative ? -spec.goalpost_lower : spec.goalpost_upper;
      return Goalposts(y, lower, upper, spec.goalpost_scale, Direction::kPositive, spec.truncation);
    }
    case NormaliseMethod::kDistanceToTarget:
      return DistanceToTarget(y, target * sign, Direction::kPositive, spec.cap);
    case NormaliseMethod::kDistanceToReference:
      return DistanceToReference(y, reference_row, spec.cap);
    case NormaliseMethod::kRatioToReference:
    case NormaliseMethod::kRatioToTarget: {
      const bool to_target = spec.method == NormaliseMethod::kRatioToTarget;
      const double reference =
          to_target ? target * sign : (reference_row < y.size() ? y[reference_row] : kMissing);
      std::vector<double> out = RatioToReference(y, reference);
      if (direction == Direction::kNegative) {
        for (double& v : out) v = 1 / v;
      }
      return out;
    }
    case NormaliseMethod::kDistanceToMax:
      return DistanceToMax(y);
    case NormaliseMethod::kFractionOfMax:
      return FractionOfMax(y);
    case NormaliseMethod::kRank:
      return RankScores(y);
    case NormaliseMethod::kBorda:
      return BordaScores(y);
    case NormaliseMethod::kPercentileRank:
      return PercentileRanks(y);
  }
  return y;
}

Result<Matrix> Normalise(const Matrix& values, const IndexFramework& framework,
                         std::span<const std::string> unit_codes, const NormalisationSpec& spec) {
  Matrix out(values.rows(), values.cols());
  for (std::size_t j = 0; j < values.cols(); ++j) {
    const FrameworkNode& node = framework.node(j);
    const auto individual = spec.per_indicator.find(node.code);
    const NormaliseSpec& column_spec =
        individual == spec.per_indicator.end() ? spec.global : individual->second;
    const bool needs_target = column_spec.method == NormaliseMethod::kDistanceToTarget ||
                              column_spec.method == NormaliseMethod::kRatioToTarget;
    if (needs_target && std::isnan(node.target)) {
      return InvalidArgument(
          "normalising indicator '" + node.code + "' against its target, but it has no target",
          ErrorLocation{"", 0, node.code + ".Target"});
    }
    std::size_t reference_row = values.rows();
    const bool needs_reference = column_spec.method == NormaliseMethod::kDistanceToReference ||
                                 column_spec.method == NormaliseMethod::kRatioToReference;
    if (needs_reference) {
      const auto found =
          std::find(unit_codes.begin(), unit_codes.end(), column_spec.reference_unit);
      if (found == unit_codes.end()) {
        return InvalidArgument("reference unit '" + column_spec.reference_unit +
                                   "' for indicator '" + node.code + "' is not in the data",
                               ErrorLocation{"", 0, node.code});
      }
      reference_row = static_cast<std::size_t>(found - unit_codes.begin());
    }
    const std::vector<double> column =
        NormaliseVector(values.Column(j), node.direction, node.target, reference_row, column_spec);
    std::copy(column.begin(), column.end(), out.Column(j).begin());
  }
  return out;
}

}  // namespace lct::analysis
