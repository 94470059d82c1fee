// The index model file (docs/index-model.md): the tree (or "take it from iMeta"), the method of
// each pipeline stage and the uncertain inputs of an uncertainty/sensitivity analysis. Plain
// structs: services translate them into analysis:: types. Method names are checked here, with
// the line they are on, so a bad file fails before anything runs.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"

namespace lct::io {

struct ImputeStep {
  std::string method = "column_mean";  // none|column_mean|column_median|group_mean|group_median|
                                       // row_mean|row_median
  std::string group{};                 // group methods: a Group column of iData
  int group_level = 0;                 // row methods
};

struct ScreenStep {
  std::string rule = "by_missing";  // by_missing|by_zeros|by_missing_and_zeros
  double data_threshold = 2.0 / 3.0;
  double nonzero_threshold = 0.05;
  bool before_impute = false;
};

struct TreatStep {
  std::string first_stage = "winsorise";  // winsorise|none
  std::optional<int> winmax = 5;
  double skew_threshold = 2.0;
  double kurtosis_threshold = 3.5;
  std::string transform = "log_ct";  // none|log|log_ct|log_ct_plus|log_ct_orig|log_gii|box_cox
  double boxcox_lambda = 1.0;
  bool force_winsorisation = false;
};

struct NormaliseStep {
  std::string method = "minmax";  // none|minmax|zscore|scaled|goalposts|distance_to_target|
                                  // distance_to_reference|distance_to_max|fraction_of_max|rank|
                                  // borda|percentile_rank
  double lower = 0.0;
  double upper = 100.0;
  double mean = 0.0;
  double sd = 1.0;
  double scale_factor = 100.0;
  std::string reference_unit{};
};

struct AggregateStep {
  std::string method = "arithmetic";  // arithmetic|geometric|harmonic|generalised|copeland
  double power = 1.0;
  std::optional<double> data_threshold{};
};

// A node of the tree when the model gives it (else iMeta's Indicator/Aggregate rows are used).
struct ModelNode {
  std::string code{};
  std::string name{};
  int level = 1;
  std::string parent{};
  int direction = 1;
  double weight = 1.0;
};

enum class UncertainKind {
  kWinsorisationLimit,  // treat: `winmax` values
  kImputation,          // impute: alternatives
  kNormalisation,       // normalise: alternatives
  kAggregation,         // aggregate: alternatives (one method for every level)
  kNoisyWeights,        // weights: `count` noisy sets at `levels`, +/- `factor`
  kContinuous,          // a numeric parameter drawn from [low, high]
};

struct UncertainInputSpec {
  std::string name{};
  UncertainKind kind = UncertainKind::kWinsorisationLimit;
  std::vector<int> winmax{};
  std::vector<ImputeStep> imputations{};
  std::vector<NormaliseStep> normalisations{};
  std::vector<AggregateStep> aggregations{};
  std::size_t count = 100;
  std::vector<int> levels{};
  double factor = 0.25;
  std::uint64_t seed = 1;
  std::string parameter{};  // skew_threshold|kurtosis_threshold|boxcox_lambda|
                            // screen_data_threshold|generalised_mean_power|
                            // aggregation_data_threshold
  double low = 0;
  double high = 1;
  std::int64_t line = 0;
};

struct IndexModel {
  std::string file{};
  std::string name{};
  std::string description{};
  std::string target{};           // node to report; empty = the single top-level node
  std::vector<ModelNode> tree{};  // empty = from iMeta
  bool denominate = false;
  std::optional<ImputeStep> impute{};
  std::optional<ScreenStep> screen{};
  std::optional<TreatStep> treat{};
  std::optional<NormaliseStep> normalise{};
  std::vector<AggregateStep> aggregate{AggregateStep{}};  // one for all levels, or one per level
  std::map<std::string, double, std::less<>> weights{};   // overrides by node code
  std::vector<UncertainInputSpec> uncertainty{};
};

// Reads a model file. Every structural problem (syntax, unknown field or method, wrong type) is
// reported, each naming `file`, the line and the field path; an uncertain input that varies a
// step absent from the nominal pipeline is one of them.
[[nodiscard]] Result<IndexModel> ParseIndexModel(std::string_view text, const std::string& file);

// Every problem found, for tools that list them all; empty when the file is good.
[[nodiscard]] std::vector<Error> CheckIndexModel(std::string_view text, const std::string& file);

}  // namespace lct::io
