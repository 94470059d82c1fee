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
                               std::string_view nav) {
  auto body = RenderOne(name, data);
  if (!body) return body.error();
  Data layout;
  layout.set("title", Str(title));
  layout.set("body", Str(*body));  // already rendered and escaped; the layout uses {{{body}}}
  layout.set("nav_" + std::string(nav), Data{true});
  return RenderOne("layout", layout);
}

}  // namespace lct::render::detail
