// Addresses of the guide's pages and the links between them (crosswalks, cross-references),
// shared by the HTML pages and the plain-text and Markdown renderings.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/framework.hpp"
#include "domain/guide_index.hpp"

namespace lct::render {

// The frameworks a page can link to: the highest version of each loaded framework.
using FrameworkSet = std::span<const domain::Framework* const>;

// "/guide/toolkit/partnership/getting-organised#partnership-1.1". Ids are limited to letters,
// digits, '.', '-' and '_' by the framework format, so they need no escaping in a path.
[[nodiscard]] std::string GuideUrl(const domain::GuideTarget& target);
[[nodiscard]] std::string FrameworkUrl(std::string_view framework_id);
[[nodiscard]] std::string LevelUrl(std::string_view framework_id, std::string_view strand_id,
                                   std::string_view level_id);
// "/guide/start" for the default framework, "/guide/{id}/start" for the others.
[[nodiscard]] std::string StartUrl(std::string_view framework_id);
[[nodiscard]] std::string SectionsUrl(std::string_view framework_id);  // "/guide/{id}/sections"

struct GuideLink {
  std::string label;
  std::string url;  // empty when the target is not loaded
};

// One crosswalk link of a criterion, resolved in the loaded frameworks.
struct CrosswalkView {
  std::string framework_id;
  std::string framework_title;  // the id when that framework is not loaded
  std::vector<GuideLink> items;
};

[[nodiscard]] std::vector<CrosswalkView> ResolveCrosswalk(const domain::Criterion& criterion,
                                                          FrameworkSet frameworks);

// Links to the criteria `ids` of `framework`, labelled with their ids.
[[nodiscard]] std::vector<GuideLink> CriterionLinks(const domain::Framework& framework,
                                                    const std::vector<std::string>& ids);

// A link for a cross-reference (FeedbackAnswer::refs): labelled with the item's heading.
[[nodiscard]] GuideLink RefLink(const domain::Framework& framework, std::string_view ref);

// The criteria of the other loaded frameworks whose crosswalk names this level (or its strand),
// not retired. A framework that crosswalks to `framework` at all is listed even when none of its
// criteria names this level (its `criteria` are then empty), so that a gap in coverage shows.
struct ServedBy {
  std::string framework_title;
  std::vector<GuideLink> criteria;      // labelled with the criterion id
  std::vector<std::string> statements;  // same order as `criteria`
};
[[nodiscard]] std::vector<ServedBy> CriteriaServing(const domain::Framework& framework,
                                                    const domain::Strand& strand,
                                                    const domain::Level& level,
                                                    FrameworkSet frameworks);

// The loaded framework with this id, or null.
[[nodiscard]] const domain::Framework* FindLoaded(FrameworkSet frameworks, std::string_view id);

}  // namespace lct::render
