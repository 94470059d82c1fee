// The network's index of learning conditions: the page (method, results, rank-interval chart,
// what-if form) and its CSV twin.
#pragma once

#include <string>

#include "base/result.hpp"
#include "domain/learning_index.hpp"

namespace lct::render {

[[nodiscard]] Result<std::string> IndexPage(const domain::LearningIndex& index);

// /index/model: the index's model file; a network administrator gets a form to replace it.
struct IndexModelView {
  std::string text;       // the model shown, or the text just refused
  bool bundled = true;    // the bundled model is in use
  bool can_edit = false;  // a network administrator is looking
  std::string csrf{};     // for the form
  std::string error{};    // why the text was refused, with its line
};
[[nodiscard]] Result<std::string> IndexModelPage(const IndexModelView& view);
[[nodiscard]] std::string IndexCsv(const domain::LearningIndex& index);
// Each place's 5th-95th percentile rank interval and its rank, as an accessible SVG.
[[nodiscard]] std::string RankIntervalChart(const domain::LearningIndex& index);

}  // namespace lct::render
