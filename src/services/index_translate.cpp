#include "services/index_translate.hpp"

#include <string_view>
#include <utility>

namespace lct::services::detail {
namespace {

template <typename Enum, std::size_t N>
Enum Lookup(std::string_view name, const std::pair<std::string_view, Enum> (&table)[N],
            Enum fallback) {
  for (const auto& [key, value] : table) {
    if (key == name) return value;
  }
  return fallback;  // io has checked the names
}

}  // namespace

analysis::ImputeSpec ToImpute(const io::ImputeStep& step) {
  using M = analysis::ImputeMethod;
  static constexpr std::pair<std::string_view, M> kTable[] = {{"none", M::kNone},
                                                              {"column_mean", M::kColumnMean},
                                                              {"column_median", M::kColumnMedian},
                                                              {"group_mean", M::kGroupMean},
                                                              {"group_median", M::kGroupMedian},
                                                              {"row_mean", M::kRowMean},
                                                              {"row_median", M::kRowMedian}};
  analysis::ImputeSpec spec;
  spec.method = Lookup(step.method, kTable, M::kColumnMean);
  spec.group = step.group;
  spec.group_level = step.group_level;
  return spec;
}

analysis::ScreenSpec ToScreen(const io::ScreenStep& step) {
  using R = analysis::ScreenRule;
  static constexpr std::pair<std::string_view, R> kTable[] = {
      {"by_missing", R::kByMissing},
      {"by_zeros", R::kByZeros},
      {"by_missing_and_zeros", R::kByMissingAndZeros}};
  analysis::ScreenSpec spec;
  spec.rule = Lookup(step.rule, kTable, R::kByMissing);
  spec.data_threshold = step.data_threshold;
  spec.nonzero_threshold = step.nonzero_threshold;
  return spec;
}

analysis::TreatmentSpec ToTreatment(const io::TreatStep& step) {
  using T = analysis::Transform;
  static constexpr std::pair<std::string_view, T> kTable[] = {{"none", T::kNone},
                                                              {"log", T::kLog},
                                                              {"log_ct", T::kLogCT},
                                                              {"log_ct_plus", T::kLogCTPlus},
                                                              {"log_ct_orig", T::kLogCTOrig},
                                                              {"log_gii", T::kLogGII},
                                                              {"box_cox", T::kBoxCox}};
  analysis::TreatmentSpec spec;
  analysis::TreatSpec& g = spec.global;
  g.first_stage =
      step.first_stage == "none" ? analysis::FirstStage::kNone : analysis::FirstStage::kWinsorise;
  g.winmax = step.winmax ? std::optional<std::size_t>(static_cast<std::size_t>(*step.winmax))
                         : std::nullopt;
  g.skew_threshold = step.skew_threshold;
  g.kurtosis_threshold = step.kurtosis_threshold;
  g.force_winsorisation = step.force_winsorisation;
  g.second_stage = Lookup(step.transform, kTable, T::kLogCT);
  g.boxcox_lambda = step.boxcox_lambda;
  return spec;
}

analysis::NormalisationSpec ToNormalisation(const io::NormaliseStep& step) {
  using M = analysis::NormaliseMethod;
  static constexpr std::pair<std::string_view, M> kTable[] = {
      {"none", M::kNone},
      {"minmax", M::kMinMax},
      {"zscore", M::kZScore},
      {"scaled", M::kScaled},
      {"goalposts", M::kGoalposts},
      {"distance_to_target", M::kDistanceToTarget},
      {"distance_to_reference", M::kDistanceToReference},
      {"distance_to_max", M::kDistanceToMax},
      {"fraction_of_max", M::kFractionOfMax},
      {"rank", M::kRank},
      {"borda", M::kBorda},
      {"percentile_rank", M::kPercentileRank}};
  analysis::NormalisationSpec spec;
  analysis::NormaliseSpec& g = spec.global;
  g.method = Lookup(step.method, kTable, M::kMinMax);
  g.lower = step.lower;
  g.upper = step.upper;
  g.mean = step.mean;
  g.sd = step.sd;
  g.scale_factor = step.scale_factor;
  g.reference_unit = step.reference_unit;
  return spec;
}

analysis::LevelAggregation ToLevel(const io::AggregateStep& step) {
  using M = analysis::AggregationMethod;
  static constexpr std::pair<std::string_view, M> kTable[] = {{"arithmetic", M::kArithmetic},
                                                              {"geometric", M::kGeometric},
                                                              {"harmonic", M::kHarmonic},
                                                              {"generalised", M::kGeneralised},
                                                              {"copeland", M::kCopeland}};
  analysis::LevelAggregation level;
  level.method = Lookup(step.method, kTable, M::kArithmetic);
  level.power = step.power;
  level.data_threshold = step.data_threshold;
  return level;
}

analysis::AggregationSpec ToAggregation(const std::vector<io::AggregateStep>& steps) {
  analysis::AggregationSpec spec;
  spec.levels.clear();
  for (const io::AggregateStep& step : steps) spec.levels.push_back(ToLevel(step));
  if (spec.levels.empty()) spec.levels.emplace_back();
  return spec;
}

}  // namespace lct::services::detail
