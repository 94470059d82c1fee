#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "base/embedded_file.hpp"
#include "web/content_coding.hpp"
#include "web/routes.hpp"

namespace lct::web::generated {
std::span<const lct::EmbeddedFile> EmbeddedFiles();
}  // namespace lct::web::generated

namespace lct::web {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kContentTypes = {{
    {".css", "text/css; charset=utf-8"},
    {".js", "text/javascript; charset=utf-8"},
    {".svg", "image/svg+xml"},
    {".png", "image/png"},
    {".ico", "image/x-icon"},
    {".txt", "text/plain; charset=utf-8"},
    {".json", "application/json"},
    {".woff2", "font/woff2"},
}};

std::string_view ContentType(std::string_view name) {
  for (const auto& [ext, type] : kContentTypes) {
    if (name.ends_with(ext)) return type;
  }
  return "application/octet-stream";
}

// FNV-1a: a stable fingerprint of the file's bytes for its ETag.
std::uint64_t Fingerprint(std::string_view bytes) {
  constexpr std::uint64_t kOffset = 14695981039346656037ULL;
  constexpr std::uint64_t kPrime = 1099511628211ULL;
  std::uint64_t hash = kOffset;
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= kPrime;
  }
  return hash;
}

const EmbeddedFile* FindStatic(std::string_view name) {
  // Only names compiled into the binary can be served: no path reaches the file system,
  // so "..", "/" or "\" can never escape. Reject them anyway, plainly.
  if (name.empty() || name.find("..") != std::string_view::npos ||
      name.find_first_of("/\\") != std::string_view::npos) {
    return nullptr;
  }
  for (const auto& file : generated::EmbeddedFiles()) {
    if (file.path == name) return &file;
  }
  return nullptr;
}

// A static file's answer in each form: plain, and gzip where it is worth it. Made once per file,
// on its first request, and kept for the life of the process (the files are compiled in).
struct StaticForms {
  Response plain;
  std::optional<Response> gzip;
};

StaticForms MakeForms(const EmbeddedFile& file) {
  StaticForms forms;
  forms.plain.content_type = std::string(ContentType(file.path));
  forms.plain.SetHeader("ETag", fmt::format("\"{:016x}\"", Fingerprint(file.content)));
  forms.plain.SetHeader("Cache-Control", "public, max-age=3600");
  forms.plain.body = std::string(file.content);
  forms.gzip = GzipForm(forms.plain);
  if (forms.gzip) AddVary(forms.plain);
  return forms;
}

const StaticForms& FormsOf(const EmbeddedFile& file) {
  // Built on first use (thread-safe static initialisation), one entry per compiled-in file.
  static const std::map<const EmbeddedFile*, StaticForms> kForms = [] {
    std::map<const EmbeddedFile*, StaticForms> all;
    for (const auto& f : generated::EmbeddedFiles()) all.emplace(&f, MakeForms(f));
    return all;
  }();
  return kForms.at(&file);
}

Result<Response> ServeStatic(const RouteContext& ctx, std::string_view name) {
  const EmbeddedFile* file = FindStatic(name);
  if (file == nullptr) return NotFound("There is no file at this address.");
  const StaticForms& forms = FormsOf(*file);
  Response response = forms.gzip && AcceptsGzip(ctx.request) ? *forms.gzip : forms.plain;
  if (ctx.request.Header("If-None-Match") == response.Header("ETag")) {
    response.status = 304;
    response.body.clear();
  }
  return response;
}

}  // namespace

void AddStaticRoutes(Router& router) {
  router.Add(Method::kGet, "/static/{file}", Permission::kPublic,
             [](const RouteContext& ctx) { return ServeStatic(ctx, ctx.Param("file")); });
  router.Add(Method::kGet, "/robots.txt", Permission::kPublic,
             [](const RouteContext& ctx) { return ServeStatic(ctx, "robots.txt"); });
  router.Add(Method::kGet, "/favicon.ico", Permission::kPublic,
             [](const RouteContext& ctx) { return ServeStatic(ctx, "favicon.svg"); });
}

}  // namespace lct::web
