// The guide's HTML pages: the frameworks and the strand-by-level grid, "Where do I start?", a
// level of a strand, the other optional sections, and search results. Each function returns a
// complete document rendered from templates/guide*.mustache, which escape every value.
// `frameworks` holds the highest version of every loaded framework (the default first): pages
// use it to link crosswalks to their target framework's pages.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "domain/framework.hpp"
#include "domain/guide_search.hpp"
#include "render/guide_links.hpp"

namespace lct::render {

// /guide: every framework, and the grid of the first (the default) framework.
[[nodiscard]] Result<std::string> GuideIndexPage(FrameworkSet frameworks);
// /guide/{framework}: its strands and levels, and how its crosswalks cover the areas of the
// frameworks it points at, or how the frameworks that point at it cover its areas (with thin
// areas marked), among `frameworks`.
[[nodiscard]] Result<std::string> GuideFrameworkPage(const domain::Framework& framework,
                                                     FrameworkSet frameworks);
// /guide/start: first steps, who to involve (types and roles), common agendas.
[[nodiscard]] Result<std::string> GuideStartPage(const domain::Framework& framework);
// /guide/{framework}/{strand}/{level}.
[[nodiscard]] Result<std::string> GuideLevelPage(const domain::Framework& framework,
                                                 const domain::Strand& strand,
                                                 const domain::Level& level,
                                                 FrameworkSet frameworks);
// /guide/{framework}/sections: benchmarking, value chain, plan template, exercises, review
// calendar, answers to users' feedback, the evidence guide and the moderation exercise.
[[nodiscard]] Result<std::string> GuideSectionsPage(const domain::Framework& framework);
// /guide/search?q=: the form, and the hits when `query` has words.
[[nodiscard]] Result<std::string> GuideSearchPage(std::string_view query,
                                                  const std::vector<domain::GuideHit>& hits);

}  // namespace lct::render
