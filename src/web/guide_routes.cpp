// The guide: /guide, /guide/start, /guide/search, /guide/{framework}[/start|/sections],
// /guide/{framework}/{strand}/{level}, and the JSON twins /api/v1/frameworks[/{id}].
// Parsed frameworks are cached per App (one cache shared by the handlers, thread-safe).
#include <charconv>
#include <memory>
#include <optional>
#include <string>

#include "render/guide_pages.hpp"
#include "services/framework_cache.hpp"
#include "services/guide_service.hpp"
#include "services/services.hpp"
#include "web/guide_json.hpp"
#include "web/handler_support.hpp"
#include "web/routes.hpp"

namespace lct::web {
namespace {

Response PageOr(const Request& request, Result<std::string> page) {
  if (!page) return FromError(request, page.error());
  return Html(std::move(*page));
}

// ?version=N: a whole number, 1 or more; absent means the highest version.
Result<std::optional<int>> VersionParam(const Request& request) {
  const auto text = request.Query("version");
  if (!text || text->empty()) return std::optional<int>();
  int version = 0;
  const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), version);
  if (ec != std::errc() || end != text->data() + text->size() || version < 1) {
    return InvalidArgument("version must be a whole number, 1 or more", {"", 0, "version"});
  }
  return std::optional<int>(version);
}

// Runs `body` with the loaded guide, or answers with the error that prevented loading it.
template <typename Body>
Response WithGuide(store::Store& store, services::FrameworkCache& cache, const Request& request,
                   const Body& body) {
  auto guide = services::LoadGuide(store, cache);
  if (!guide) return FromError(request, guide.error());
  return body(*guide);
}

Response StartPage(const Request& request, const services::Guide& guide, std::string_view id) {
  if (id.empty() && guide.frameworks.empty()) {
    return FromError(request, NotFound("no framework is loaded yet"));
  }
  auto framework = id.empty() ? Result<const domain::Framework*>(guide.frameworks.front().get())
                              : guide.Find(id);
  if (!framework) return FromError(request, framework.error());
  return PageOr(request, render::GuideStartPage(**framework));
}

void AddGuideApiRoutes(Router& router, store::Store& store, services::FrameworkCache& cache) {
  router.Add(Method::kGet, "/api/v1/frameworks", Permission::kPublic,
             [&store, &cache](const RouteContext& ctx) {
               return WithGuide(store, cache, ctx.request, [](const services::Guide& guide) {
                 return JsonBody(FrameworkListJson(guide));
               });
             });
  router.Add(Method::kGet, "/api/v1/frameworks/{id}", Permission::kPublic,
             [&store, &cache](const RouteContext& ctx) {
               const auto version = VersionParam(ctx.request);
               if (!version) return FromError(ctx.request, version.error());
               auto framework = services::LoadFramework(store, cache, ctx.Param("id"), *version);
               if (!framework) return FromError(ctx.request, framework.error());
               return WithGuide(store, cache, ctx.request, [&](const services::Guide& guide) {
                 return JsonBody(FrameworkJson(**framework, guide));
               });
             });
}

}  // namespace

void AddGuideRoutes(Router& router, services::Services& services) {
  store::Store& store = services.store();
  services::FrameworkCache& cache = services.frameworks();
  // The fixed addresses come before /guide/{framework}, which would match them too.
  router.Add(Method::kGet, "/guide", Permission::kPublic,
             [&store, &cache](const RouteContext& ctx) {
               return WithGuide(store, cache, ctx.request, [&](const services::Guide& guide) {
                 return PageOr(ctx.request, render::GuideIndexPage(guide.All()));
               });
             });
  router.Add(Method::kGet, "/guide/start", Permission::kPublic,
             [&store, &cache](const RouteContext& ctx) {
               return WithGuide(store, cache, ctx.request, [&](const services::Guide& guide) {
                 return StartPage(ctx.request, guide, "");
               });
             });
  router.Add(Method::kGet, "/guide/search", Permission::kPublic,
             [&store, &cache](const RouteContext& ctx) {
               const std::string query = ctx.request.Query("q").value_or("");
               return WithGuide(store, cache, ctx.request, [&](const services::Guide& guide) {
                 return PageOr(ctx.request,
                               render::GuideSearchPage(query, services::SearchGuide(guide, query)));
               });
             });
  router.Add(Method::kGet, "/guide/{framework}", Permission::kPublic,
             [&store, &cache](const RouteContext& ctx) {
               return WithGuide(store, cache, ctx.request, [&](const services::Guide& guide) {
                 auto framework = guide.Find(ctx.Param("framework"));
                 if (!framework) return FromError(ctx.request, framework.error());
                 return PageOr(ctx.request, render::GuideFrameworkPage(**framework, guide.All()));
               });
             });
  router.Add(Method::kGet, "/guide/{framework}/start", Permission::kPublic,
             [&store, &cache](const RouteContext& ctx) {
               return WithGuide(store, cache, ctx.request, [&](const services::Guide& guide) {
                 return StartPage(ctx.request, guide, ctx.Param("framework"));
               });
             });
  router.Add(Method::kGet, "/guide/{framework}/sections", Permission::kPublic,
             [&store, &cache](const RouteContext& ctx) {
               return WithGuide(store, cache, ctx.request, [&](const services::Guide& guide) {
                 auto framework = guide.Find(ctx.Param("framework"));
                 if (!framework) return FromError(ctx.request, framework.error());
                 return PageOr(ctx.request, render::GuideSectionsPage(**framework));
               });
             });
  router.Add(Method::kGet, "/guide/{framework}/{strand}/{level}", Permission::kPublic,
             [&store, &cache](const RouteContext& ctx) {
               return WithGuide(store, cache, ctx.request, [&](const services::Guide& guide) {
                 auto at = services::FindGuideLevel(guide, ctx.Param("framework"),
                                                    ctx.Param("strand"), ctx.Param("level"));
                 if (!at) return FromError(ctx.request, at.error());
                 return PageOr(ctx.request, render::GuideLevelPage(*at->framework, *at->strand,
                                                                   *at->level, guide.All()));
               });
             });
  AddGuideApiRoutes(router, store, cache);
}

}  // namespace lct::web
