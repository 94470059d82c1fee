// Internal to render/: Mustache data for the parts the guide's pages share.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/framework.hpp"
#include "render/guide_links.hpp"
#include "render/template_engine.hpp"

namespace lct::render::detail {

// Makes templates/guide_item.mustache and guide_links.mustache available as the partials
// {{> guide_item}} and {{> guide_links}} to a page's data.
void AddPartials(Data& data);

// Sets `key` and a boolean `has_<key>`. Mustache treats an empty string as true and looks a
// missing key up in the enclosing context, so optional text is always tested with has_<key>.
void SetText(Data& data, const std::string& key, std::string_view text);

// Sets `key` to a list (each item from `make`) and `has_<key>`.
template <typename Items, typename Make>
void SetList(Data& data, const std::string& key, const Items& items, const Make& make) {
  Data list{Data::type::list};
  for (const auto& item : items) list.push_back(make(item));
  data.set("has_" + key, Data{!items.empty()});
  data.set(key, list);
}

// A list of links: label, url, has_url, and `sep` (", " between items, empty after the last).
[[nodiscard]] Data LinkList(const std::vector<GuideLink>& links);

// Guide entries of an optional section: id, title, text, prompts, and the related criteria as
// `links` (with has_criteria).
[[nodiscard]] Data GuideItems(const domain::Framework& framework,
                              const std::vector<domain::GuideItem>& items);

// The framework's help for rating, for {{> guide_rating_help}}: `has_rating_help`, and under
// `rating_help` the evidence guide (has_evidence_guide, evidence_intro, evidence_kinds,
// evidence_recency, evidence_checking) and the moderation exercise (has_moderation,
// moderation_id, moderation_title, moderation_text, moderation_steps).
void SetRatingHelp(Data& data, const domain::Framework& framework);

// Sets `coverage` (and has_coverage): for each pair of loaded frameworks in which one
// crosswalks to the other and `framework` is either of them, every area of the target with the
// number of the source's criteria that name it, its link, and a `thin` flag
// (domain::kThinCoverage).
void SetCoverage(Data& data, const domain::Framework& framework, FrameworkSet frameworks);

// Sets framework_id, framework_title, framework_url, start_url, sections_url, and
// has_start/has_sections (and has_more, either) when the framework has those sections.
void SetFrameworkLinks(Data& data, const domain::Framework& framework);

// True when the framework has any section shown on the start page / the sections page.
[[nodiscard]] bool HasStartSections(const domain::Framework& framework);
[[nodiscard]] bool HasOtherSections(const domain::Framework& framework);

}  // namespace lct::render::detail
