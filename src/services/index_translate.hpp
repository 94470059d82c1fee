// Internal to services/: the model file's plain steps (io) as the engine's specifications.
#pragma once

#include "analysis/aggregate.hpp"
#include "analysis/impute.hpp"
#include "analysis/normalise.hpp"
#include "analysis/screen.hpp"
#include "analysis/treat.hpp"
#include "io/index_model.hpp"

namespace lct::services::detail {

[[nodiscard]] analysis::ImputeSpec ToImpute(const io::ImputeStep& step);
[[nodiscard]] analysis::ScreenSpec ToScreen(const io::ScreenStep& step);
[[nodiscard]] analysis::TreatmentSpec ToTreatment(const io::TreatStep& step);
[[nodiscard]] analysis::NormalisationSpec ToNormalisation(const io::NormaliseStep& step);
[[nodiscard]] analysis::LevelAggregation ToLevel(const io::AggregateStep& step);
[[nodiscard]] analysis::AggregationSpec ToAggregation(const std::vector<io::AggregateStep>& steps);

}  // namespace lct::services::detail
