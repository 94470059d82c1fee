#include "analysis/treat.hpp"

#include <cmath>

namespace lct::analysis {
namespace {

std::vector<double> ApplyTransform(std::span<const double> x, const TreatSpec& spec) {
  switch (spec.second_stage) {
    case Transform::kNone:
      return {x.begin(), x.end()};
    case Transform::kLog:
      return NaturalLog(x);
    case Transform::kLogCT:
      return LogCT(x);
    case Transform::kLogCTPlus:
      return LogCTPlus(x);
    case Transform::kLogCTOrig:
      return LogCTOrig(x);
    case Transform::kLogGII:
      return LogGII(x);
    case Transform::kBoxCox:
      return BoxCox(x, spec.boxcox_lambda, spec.boxcox_shift);
  }
  return {x.begin(), x.end()};
}

}  // namespace

TreatedVector TreatVector(std::span<const double> x, const TreatSpec& spec) {
  TreatedVector out;
  TreatmentRecord& record = out.record;
  record.points.assign(x.size(), PointTreatment::kNone);
  const bool untouched =
      spec.first_stage == FirstStage::kNone && spec.second_stage == Transform::kNone;
  record.before = CheckSkewKurtosis(x, spec.skew_threshold, spec.kurtosis_threshold);
  out.values.assign(x.begin(), x.end());
  if (untouched || (record.before.passes && !spec.force_winsorisation)) {
    record.after = record.before;
    return out;
  }
  bool passes = record.before.passes;
  if (spec.first_stage == FirstStage::kWinsorise) {
    WinsoriseResult winsorised =
        Winsorise(x, WinsoriseSpec{spec.winmax, spec.skew_threshold, spec.kurtosis_threshold,
                                   spec.force_winsorisation});
    out.values = std::move(winsorised.values);
    record.points = std::move(winsorised.points);
    record.winsorised_low = winsorised.low;
    record.winsorised_high = winsorised.high;
    passes = CheckSkewKurtosis(out.values, spec.skew_threshold, spec.kurtosis_threshold).passes;
  }
  if (!passes && spec.second_stage != Transform::kNone) {
    if (spec.combination == StageCombination::kSecondOnOriginal) {
      out.values.assign(x.begin(), x.end());
      record.points.assign(x.size(), PointTreatment::kNone);
      record.winsorised_low = 0;
      record.winsorised_high = 0;
    }
    out.values = ApplyTransform(out.values, spec);
    record.transform = spec.second_stage;
    for (std::size_t i = 0; i < x.size(); ++i) {
      if (!std::isnan(x[i])) record.points[i] = PointTreatment::kTransformed;
    }
  }
  record.after = CheckSkewKurtosis(out.values, spec.skew_threshold, spec.kurtosis_threshold);
  return out;
}

Result<TreatResult> Treat(const Matrix& values, const IndexFramework& framework,
                          std::span<const std::string> unit_codes, const TreatmentSpec& spec) {
  TreatResult result{values, {}};
  result.records.reserve(values.cols());
  for (std::size_t j = 0; j < values.cols(); ++j) {
    const std::string& code = framework.node(j).code;
    const auto individual = spec.per_indicator.find(code);
    const TreatSpec& column_spec =
        individual == spec.per_indicator.end() ? spec.global : individual->second;
    const std::span<const double> column = values.Column(j);
    TreatedVector treated = TreatVector(column, column_spec);
    std::string bad_units;
    for (std::size_t i = 0; i < column.size(); ++i) {
      if (!std::isnan(column[i]) && !std::isfinite(treated.values[i])) {
        if (!bad_units.empty()) bad_units += ", ";
        bad_units += i < unit_codes.size() ? unit_codes[i] : "row " + std::to_string(i + 1);
      }
    }
    if (!bad_units.empty()) {
      std::string message = "the transform of indicator '";
      message.append(code).append("' is undefined for the values of units ").append(bad_units);
      return InvalidArgument(std::move(message), ErrorLocation{"", 0, code});
    }
    std::copy(treated.values.begin(), treated.values.end(), result.values.Column(j).begin());
    result.records.push_back(std::move(treated.record));
  }
  return result;
}

}  // namespace lct::analysis
