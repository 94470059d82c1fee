// /guide/search?q=: the search form, and the hits with their snippets. The query is echoed
// through the template, which escapes it like every other value.
#include "render/guide_pages.hpp"
#include "render/guide_view.hpp"

namespace lct::render {
namespace {

using detail::Data;
using detail::SetList;
using detail::Str;

// The snippet as a list of parts, each marked or not, so the template can wrap the matches in
// <mark> while escaping every part.
Data SnippetParts(const domain::GuideHit& hit) {
  Data parts{Data::type::list};
  const auto add = [&](std::size_t from, std::size_t to, bool mark) {
    if (to <= from) return;
    Data part;
    part.set("text", Str(std::string_view(hit.snippet).substr(from, to - from)));
    part.set("mark", Data{mark});
    parts.push_back(part);
  };
  std::size_t at = 0;
  for (const domain::TextSpan& span : hit.marks) {
    if (span.offset < at || span.offset + span.length > hit.snippet.size()) continue;
    add(at, span.offset, false);
    add(span.offset, span.offset + span.length, true);
    at = span.offset + span.length;
  }
  add(at, hit.snippet.size(), false);
  return parts;
}

}  // namespace

Result<std::string> GuideSearchPage(std::string_view query,
                                    const std::vector<domain::GuideHit>& hits) {
  Data data;
  data.set("query", Str(query));
  const bool searched = !domain::QueryWords(query).empty();
  data.set("searched", Data{searched});
  data.set("count", Str(std::to_string(hits.size()) + (hits.size() == 1 ? " result" : " results")));
  SetList(data, "results", hits, [](const domain::GuideHit& hit) {
    Data d;
    d.set("label", Str(hit.label));
    d.set("context", Str(hit.context));
    d.set("url", Str(GuideUrl(hit.target)));
    d.set("parts", SnippetParts(hit));
    return d;
  });
  const std::string title =
      searched ? "Search the guide: " + std::string(query) : "Search the guide";
  return detail::RenderPage("guide_search", data, title, "guide_section");
}

}  // namespace lct::render
