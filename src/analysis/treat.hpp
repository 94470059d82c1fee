// Outlier treatment of a data set: COINr's two-stage Treat() (test, Winsorise, else transform),
// per indicator, with global and per-indicator specifications. composite-index.md §3.4.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "analysis/framework.hpp"
#include "analysis/matrix.hpp"
#include "analysis/outliers.hpp"
#include "base/result.hpp"

namespace lct::analysis {

enum class FirstStage { kNone, kWinsorise };
enum class Transform { kNone, kLog, kLogCT, kLogCTPlus, kLogCTOrig, kLogGII, kBoxCox };
// Whether the second stage starts from the original values (default) or the Winsorised ones.
enum class StageCombination { kSecondOnOriginal, kSecondOnWinsorised };

// The treatment of one indicator. The default is COINr's: Winsorise up to 5 points while
// |skew| >= 2 and kurtosis >= 3.5, and if that does not pass, log_CT of the original values.
// Both stages kNone = "none": the indicator is left untouched and not even tested.
struct TreatSpec {
  FirstStage first_stage = FirstStage::kWinsorise;
  std::optional<std::size_t> winmax = 5;  // nullopt = no limit
  double skew_threshold = 2.0;
  double kurtosis_threshold = 3.5;
  // Winsorise up to winmax points even when the test passes. (COINr only honours this after a
  // failed test, issue #53; we honour it always.)
  bool force_winsorisation = false;
  Transform second_stage = Transform::kLogCT;
  double boxcox_lambda = 1.0;
  BoxCoxShift boxcox_shift = BoxCoxShift::kMakePositive;
  StageCombination combination = StageCombination::kSecondOnOriginal;
};

[[nodiscard]] inline TreatSpec NoTreatment() {
  return TreatSpec{.first_stage = FirstStage::kNone, .second_stage = Transform::kNone};
}

struct TreatmentSpec {
  TreatSpec global{};
  std::map<std::string, TreatSpec, std::less<>> per_indicator{};  // by indicator code
};

// What happened to one indicator.
struct TreatmentRecord {
  SkewKurtosisCheck before{};
  std::size_t winsorised_low = 0;          // points clipped at the low end, in the final values
  std::size_t winsorised_high = 0;         // points clipped at the high end, in the final values
  Transform transform = Transform::kNone;  // second stage applied, or kNone
  SkewKurtosisCheck after{};               // of the final values
  std::vector<PointTreatment> points{};    // per unit
};

struct TreatResult {
  Matrix values{};
  std::vector<TreatmentRecord> records{};  // one per indicator, framework order
};

struct TreatedVector {
  std::vector<double> values{};
  TreatmentRecord record;
};

// Treats one vector (§3.4 steps 1-3). A transform may produce NaN or -inf from values it cannot
// take (e.g. plain log of a non-positive value); Treat() turns that into an error.
[[nodiscard]] TreatedVector TreatVector(std::span<const double> x, const TreatSpec& spec);

// Treats every indicator column of `values` (units x indicators, framework order). Raw values,
// ignoring direction (§3.4 step 4). Fails, naming the indicator and the units, when a transform
// turns a present value into a non-finite one. unit_codes (one per row) are for that message.
[[nodiscard]] Result<TreatResult> Treat(const Matrix& values, const IndexFramework& framework,
                                        std::span<const std::string> unit_codes,
                                        const TreatmentSpec& spec);

}  // namespace lct::analysis
