// Normalisation of a data set: direction first, then one of COINr's n_* functions, with global
// and per-indicator specifications. composite-index.md §3.5.
#pragma once

#include <functional>
#include <map>
#include <span>
#include <string>
#include <vector>

#include "analysis/framework.hpp"
#include "analysis/matrix.hpp"
#include "analysis/normalise_functions.hpp"
#include "base/result.hpp"

namespace lct::analysis {

enum class NormaliseMethod {
  kNone,                 // identity (after direction)
  kMinMax,               // n_minmax onto [lower, upper] (the default, [0, 100])
  kZScore,               // n_zscore with mean and sd
  kScaled,               // n_scaled with (lower, upper) and scale_factor
  kGoalposts,            // n_goalposts with the goalpost_* fields
  kDistanceToTarget,     // n_dist2targ against the indicator's FrameworkNode::target
  kDistanceToReference,  // n_dist2ref against reference_unit
  kRatioToReference,     // Handbook ratio x / x_ref (x_ref / x for direction -1), reference_unit
  kRatioToTarget,        // Handbook ratio against the indicator's target
  kDistanceToMax,        // n_dist2max
  kFractionOfMax,        // n_fracmax
  kRank,                 // n_rank
  kBorda,                // n_borda
  kPercentileRank,       // n_prank
};

struct NormaliseSpec {
  NormaliseMethod method = NormaliseMethod::kMinMax;
  double lower = 0.0;  // min-max: target range; scaled: the fixed (l, u)
  double upper = 100.0;
  double mean = 0.0;  // z-score
  double sd = 1.0;
  double scale_factor = 100.0;  // scaled
  double goalpost_lower = 0.0;  // goalposts, in the indicator's own units and sense
  double goalpost_upper = 1.0;
  double goalpost_scale = 1.0;
  Truncation truncation = Truncation::kToPosts;
  Cap cap = Cap::kNone;          // distance to target / reference
  std::string reference_unit{};  // distance/ratio to reference: code of the reference unit
};

struct NormalisationSpec {
  NormaliseSpec global{};
  std::map<std::string, NormaliseSpec, std::less<>> per_indicator{};  // by indicator code
};

// Normalises one indicator: x * direction, then the method. For distance to target the target
// is multiplied by the direction too; for goalposts with direction -1 the posts are swapped and
// negated, giving (u - x)/(u - l) (§3.5). `reference_row` is the reference unit's row
// (distance/ratio to reference only).
[[nodiscard]] std::vector<double> NormaliseVector(std::span<const double> x, Direction direction,
                                                  double target, std::size_t reference_row,
                                                  const NormaliseSpec& spec);

// Normalises every indicator column of `values` (units x indicators, framework order).
// unit_codes (one per row) locate reference units. Fails when a needed target or reference unit
// is missing. As in COINr, a column with no spread gives NaN under min-max and z-score (§3.5).
[[nodiscard]] Result<Matrix> Normalise(const Matrix& values, const IndexFramework& framework,
                                       std::span<const std::string> unit_codes,
                                       const NormalisationSpec& spec);

}  // namespace lct::analysis
