// The network's index of learning conditions: the page (method, results, rank-interval chart,
// what-if form) and its CSV twin.
#pragma once

#include <string>

#include "base/result.hpp"
#include "domain/learning_index.hpp"

namespace lct::render {

[[nodiscard]] Result<std::string> IndexPage(const domain::LearningIndex& index);
[[nodiscard]] std::string IndexCsv(const domain::LearningIndex& index);
// Each place's 5th-95th percentile rank interval and its rank, as an accessible SVG.
[[nodiscard]] std::string RankIntervalChart(const domain::LearningIndex& index);

}  // namespace lct::render
