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

Result<Response> PageOr(Result<std::string> page) {
  if (!page) return page.error();
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
Result<Response> WithGuide(services::StoreHandle store, services::FrameworkCache& cache,
                           const Body& body) {
  auto guide = services::LoadGuide(store, cache);
  if (!guide) return guide.error();
  return body(*guide);
}

Result<Response> StartPage(const services::Guide& guide, std::string_view id) {
  if (id.empty() && guide.frameworks.empty()) {
    return NotFound("no framework is loaded yet");
  }
  auto framework = id.empty() ? Result<const domain::Framework*>(guide.frameworks.front().get())
                              : guide.Find(id);
  if (!framework) return framework.error();
  return PageOr(render::GuideStartPage(**framework));
}

void AddGuideApiRoutes(Router& router, services::StoreHandle store,
                       services::FrameworkCache& cache) {
  router.Add(Method::kGet, "/api/v1/frameworks", Permission::kPublic,
             [store, &cache](const RouteContext&) -> Result<Response> {
               return WithGuide(store, cache, [](const services::Guide& guide) -> Result<Response> {
                 return JsonBody(FrameworkListJson(guide));
               });
             });
  router.Add(Method::kGet, "/api/v1/frameworks/{id}", Permission::kPublic,
             [store, &cache](const RouteContext& ctx) -> Result<Response> {
               const auto version = VersionParam(ctx.request);
               if (!version) return version.error();
               auto framework = services::LoadFramework(store, cache, ctx.Param("id"), *version);
               if (!framework) return framework.error();
               return WithGuide(store, cache,
                                [&](const services::Guide& guide) -> Result<Response> {
                                  return JsonBody(FrameworkJson(**framework, guide));
                                });
             });
}

}  // namespace

void AddGuideRoutes(Router& router, services::Services& services) {
  const services::StoreHandle store = services.store();
  services::FrameworkCache& cache = services.frameworks();
  // The fixed addresses come before /guide/{framework}, which would match them too.
  router.Add(Method::kGet, "/guide", Permission::kPublic,
             [store, &cache](const RouteContext&) -> Result<Response> {
               return WithGuide(store, cache,
                                [&](const services::Guide& guide) -> Result<Response> {
                                  return PageOr(render::GuideIndexPage(guide.All()));
                                });
             });
  router.Add(Method::kGet, "/guide/start", Permission::kPublic,
             [store, &cache](const RouteContext&) -> Result<Response> {
               return WithGuide(store, cache,
                                [&](const services::Guide& guide) -> Result<Response> {
                                  return StartPage(guide, "");
                                });
             });
  router.Add(
      Method::kGet, "/guide/search", Permission::kPublic,
      [store, &cache](const RouteContext& ctx) -> Result<Response> {
        const std::string query = ctx.request.Query("q").value_or("");
        return WithGuide(store, cache, [&](const services::Guide& guide) -> Result<Response> {
          return PageOr(render::GuideSearchPage(query, services::SearchGuide(guide, query)));
        });
      });
  router.Add(Method::kGet, "/guide/{framework}", Permission::kPublic,
             [store, &cache](const RouteContext& ctx) -> Result<Response> {
               return WithGuide(
                   store, cache, [&](const services::Guide& guide) -> Result<Response> {
                     auto framework = guide.Find(ctx.Param("framework"));
                     if (!framework) return framework.error();
                     return PageOr(render::GuideFrameworkPage(**framework, guide.All()));
                   });
             });
  router.Add(Method::kGet, "/guide/{framework}/start", Permission::kPublic,
             [store, &cache](const RouteContext& ctx) -> Result<Response> {
               return WithGuide(store, cache,
                                [&](const services::Guide& guide) -> Result<Response> {
                                  return StartPage(guide, ctx.Param("framework"));
                                });
             });
  router.Add(Method::kGet, "/guide/{framework}/sections", Permission::kPublic,
             [store, &cache](const RouteContext& ctx) -> Result<Response> {
               return WithGuide(store, cache,
                                [&](const services::Guide& guide) -> Result<Response> {
                                  auto framework = guide.Find(ctx.Param("framework"));
                                  if (!framework) return framework.error();
                                  return PageOr(render::GuideSectionsPage(**framework));
                                });
             });
  router.Add(
      Method::kGet, "/guide/{framework}/{strand}/{level}", Permission::kPublic,
      [store, &cache](const RouteContext& ctx) -> Result<Response> {
        return WithGuide(store, cache, [&](const services::Guide& guide) -> Result<Response> {
          auto at = services::FindGuideLevel(guide, ctx.Param("framework"), ctx.Param("strand"),
                                             ctx.Param("level"));
          if (!at) return at.error();
          return PageOr(
              render::GuideLevelPage(*at->framework, *at->strand, *at->level, guide.All()));
        });
      });
  AddGuideApiRoutes(router, store, cache);
}

}  // namespace lct::web
