// One stage of the pipeline at a time: shared by BuildIndex and the Monte Carlo engine, which
// caches stage outputs and reruns only the stages downstream of what a replication changes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/pipeline.hpp"

namespace lct::analysis::detail {

enum class Stage { kDenominate, kImpute, kScreen, kTreat, kNormalise, kAggregate };

// The stages present in `spec`, in the order they run; always ends with kAggregate.
[[nodiscard]] std::vector<Stage> StageOrder(const PipelineSpec& spec);

// The specifications one run uses for each stage (null = stage absent).
struct StageSpecs {
  const ImputeSpec* impute = nullptr;
  const ScreenSpec* screen = nullptr;
  const TreatmentSpec* treat = nullptr;
  const NormalisationSpec* normalise = nullptr;
};

struct StageRun {
  StageData data{};
  std::optional<ScreenReport> screen_report{};
  std::size_t imputed_cells = 0;
  std::vector<TreatmentRecord> treatment{};
};

// The raw data set: all units, the input indicators.
[[nodiscard]] StageData RawData(const IndexInput& input);

// Runs one stage other than kAggregate on `in`.
[[nodiscard]] Result<StageRun> RunStage(Stage stage, const StageData& in, const IndexInput& input,
                                        const IndexFramework& framework, const StageSpecs& specs);

[[nodiscard]] std::vector<std::string> UnitCodes(const IndexInput& input,
                                                 const std::vector<std::size_t>& units);

}  // namespace lct::analysis::detail
