#include "render/template_engine.hpp"

#include "base/embedded_file.hpp"

namespace lct::render::generated {
std::span<const lct::EmbeddedFile> EmbeddedFiles();
}  // namespace lct::render::generated

namespace lct::render::detail {
namespace {

Result<std::string_view> FindTemplate(std::string_view name) {
  const std::string path = std::string(name) + ".mustache";
  for (const auto& file : generated::EmbeddedFiles()) {
    if (file.path == path) return file.content;
  }
  return Internal("no template named '" + std::string(name) + "'");
}

Result<std::string> RenderOne(std::string_view name, const Data& data) {
  auto text = FindTemplate(name);
  if (!text) return text.error();
  kainjow::mustache::mustache tmpl{std::string(*text)};
  if (!tmpl.is_valid())
    return Internal("template '" + std::string(name) + "': " + tmpl.error_message());
  std::string out = tmpl.render(data);
  if (!tmpl.error_message().empty()) {
    return Internal("template '" + std::string(name) + "': " + tmpl.error_message());
  }
  return out;
}

}  // namespace

Result<std::string> RenderPage(std::string_view name, const Data& data, std::string_view title,
                               const Chrome& chrome) {
  auto body = RenderOne(name, data);
  if (!body) return body.error();
  Data layout;
  layout.set("title", Str(title));
  layout.set("body", Str(*body));  // already rendered and escaped; the layout uses {{{body}}}
  layout.set("nav_" + chrome.nav, Data{true});
  const Viewer viewer = ResolveViewer(chrome);  // issue 7: "Sign in" or name + sign-out form
  layout.set("signed_in", Data{viewer.signed_in});
  layout.set("viewer_name", Str(viewer.display_name));
  layout.set("viewer_admin", Data{viewer.network_admin});
  layout.set("csrf", Str(viewer.csrf_token));
  return RenderOne("layout", layout);
}

Result<std::string> RenderInLayout(std::string_view name, Data data, std::string_view layout,
                                   std::string_view title) {
  auto body = RenderOne(name, data);
  if (!body) return body.error();
  data.set("title", Str(title));
  data.set("body", Str(*body));  // already rendered and escaped; the layout uses {{{body}}}
  return RenderOne(layout, data);
}

}  // namespace lct::render::detail
