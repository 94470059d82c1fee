// The guide as plain text or Markdown, for `lct guide`: the same content as the web pages.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "domain/framework.hpp"
#include "render/guide_links.hpp"

namespace lct::render {

enum class GuideTextFormat { kText, kMarkdown };

struct GuideTextOptions {
  GuideTextFormat format = GuideTextFormat::kText;
  std::string strand;  // a strand id; empty for every strand
  std::string level;   // a level id or number; empty for every level
};

// The levels `options` selects, strand by strand (every level when both are empty).
[[nodiscard]] std::vector<std::pair<const domain::Strand*, const domain::Level*>> SelectLevels(
    const domain::Framework& framework, const GuideTextOptions& options);

// With neither strand nor level: the framework's overview, every level and every optional
// section (the /guide, /guide/start, level and sections pages). Otherwise only the selected
// levels (the level pages). Crosswalks are labelled from `frameworks` when their target is loaded.
[[nodiscard]] std::string GuideText(const domain::Framework& framework, FrameworkSet frameworks,
                                    const GuideTextOptions& options);

}  // namespace lct::render
