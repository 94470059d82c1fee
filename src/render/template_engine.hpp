// Internal to render/: renders an embedded Mustache template inside the site layout.
#pragma once

#include <kainjow/mustache.hpp>
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "domain/web_address.hpp"
#include "render/session_chrome.hpp"

namespace lct::render::detail {

using Data = kainjow::mustache::data;

// Renders templates/<name>.mustache with `data`, then wraps it in layout.mustache with
// `title` and the navigation item `nav` ("network", "indicators", "about") marked as the
// current page, or "network_section" for a page inside the network section. `chrome` also
// says who is looking (see render/session_chrome.hpp); a plain nav key converts to it.
[[nodiscard]] Result<std::string> RenderPage(std::string_view name, const Data& data,
                                             std::string_view title, const Chrome& chrome);

// Renders templates/<name>.mustache with `data`, then wraps it in templates/<layout>.mustache,
// which gets the same `data` plus "title" and the rendered "body" (for {{{body}}}). For pages
// with a layout of their own, outside the site's navigation (the respondent's, issue 19).
[[nodiscard]] Result<std::string> RenderInLayout(std::string_view name, Data data,
                                                 std::string_view layout, std::string_view title);

// A string value (never let a const char* decay to bool).
inline Data Str(std::string_view text) { return Data{std::string(text)}; }

// An address for {{#key}}<a href="{{key}}">...{{/key}}: the address when it is http or https
// (domain/web_address.hpp), else false, so nothing else (javascript:, data:, empty) becomes a link.
inline Data WebLink(std::string_view url) {
  return domain::IsWebAddress(url) ? Str(url) : Data{false};
}

}  // namespace lct::render::detail
