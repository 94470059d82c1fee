// Outlier statistics and treatments of one indicator: the skewness/kurtosis test,
// Winsorisation and the log and Box-Cox transforms. composite-index.md §3.4, §10.1-2.
// Missing values (NaN) are skipped by every statistic and stay missing.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace lct::analysis {

struct SkewKurtosisCheck {
  double skewness = 0;  // type-2 sample skewness
  double kurtosis = 0;  // type-2 sample excess kurtosis
  bool passes = true;   // |skewness| < skew_threshold OR kurtosis < kurtosis_threshold
};

// check_SkewKurt: an indicator fails only when both thresholds are exceeded. When a statistic
// cannot be computed (fewer than 3 or 4 values, or no spread) the check passes, so the
// indicator is left untreated (COINr returns it untreated too).
[[nodiscard]] SkewKurtosisCheck CheckSkewKurtosis(std::span<const double> x, double skew_threshold,
                                                  double kurtosis_threshold);

struct WinsoriseSpec {
  std::optional<std::size_t> winmax = 5;  // most points to treat; nullopt = no limit
  double skew_threshold = 2.0;
  double kurtosis_threshold = 3.5;
  bool force = false;  // keep going until winmax points are treated, whatever the test says
};

enum class PointTreatment { kNone, kWinsorisedHigh, kWinsorisedLow, kTransformed };

struct WinsoriseResult {
  std::vector<double> values{};
  std::size_t low = 0;   // points now tied at the clipped minimum (0 if the low side is untouched)
  std::size_t high = 0;  // points now tied at the clipped maximum
  std::vector<PointTreatment> points{};  // per value
};

// Iterative Winsorisation (§3.4 step 2): while the check fails (or `force`) and fewer than
// winmax points are treated: if the current skewness >= 0, every value equal to the maximum
// becomes the largest value below it; else every value equal to the minimum becomes the
// smallest value above it. Counts are those of the last clipped extreme, so ties can push
// them past winmax.
[[nodiscard]] WinsoriseResult Winsorise(std::span<const double> x, const WinsoriseSpec& spec);

// log_CT: ln(x - min + 0.01 (max - min)).
[[nodiscard]] std::vector<double> LogCT(std::span<const double> x);
// log_CT_plus: log_CT when skewness > 0, else -ln(max + a - x) with a = 0.01 (max - min).
[[nodiscard]] std::vector<double> LogCTPlus(std::span<const double> x);
// log_CT_orig: ln(x - min + 1).
[[nodiscard]] std::vector<double> LogCTOrig(std::span<const double> x);
// log_GII: ln((max - 1)(x - min)/(max - min) + 1), the formula of §3.4. (COINr 1.1.14 returns
// x unchanged by mistake; we apply the documented formula.)
[[nodiscard]] std::vector<double> LogGII(std::span<const double> x);
// Natural log, as COINr's f2 = "log"; non-positive values give NaN/-inf.
[[nodiscard]] std::vector<double> NaturalLog(std::span<const double> x);

enum class BoxCoxShift { kMakePositive, kNone };
// Box-Cox with a fixed lambda: optional shift x - min + 1, then ln x (lambda = 0) or
// (x^lambda - 1)/lambda.
[[nodiscard]] std::vector<double> BoxCox(std::span<const double> x, double lambda,
                                         BoxCoxShift shift = BoxCoxShift::kMakePositive);

}  // namespace lct::analysis
