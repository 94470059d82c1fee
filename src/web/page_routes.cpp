#include <string>

#include "render/csv_export.hpp"
#include "render/pages.hpp"
#include "services/network_service.hpp"
#include "services/services.hpp"
#include "web/handler_support.hpp"
#include "web/routes.hpp"

namespace lct::web {

void AddPageRoutes(Router& router, services::Services& services) {
  const services::StoreHandle store = services.store();
  router.Add(Method::kGet, "/", Permission::kPublic,
             [store](const RouteContext& ctx) -> Result<Response> {
               auto query = ParsePlaceListQuery(ctx.request);
               if (!query) return query.error();
               auto list = services::ListPlaces(store, *query);
               if (!list) return list.error();
               auto page = render::HomePage(*list);
               if (!page) return page.error();
               return Html(std::move(*page));
             });
  router.Add(Method::kGet, "/places.csv", Permission::kPublic,
             [store](const RouteContext& ctx) -> Result<Response> {
               auto query = ParsePlaceListQuery(ctx.request);
               if (!query) return query.error();
               auto list = services::ListPlaces(store, *query);
               if (!list) return list.error();
               return Csv(render::PlacesCsv(*list), "places.csv");
             });
  router.Add(Method::kGet, "/places/{code}", Permission::kPublic,
             [store](const RouteContext& ctx) -> Result<Response> {
               auto profile = services::GetPlaceProfile(store, ctx.Param("code"));
               if (!profile) return profile.error();
               auto page = render::PlacePage(*profile);
               if (!page) return page.error();
               return Html(std::move(*page));
             });
  router.Add(Method::kGet, "/places/{code}/indicators.csv", Permission::kPublic,
             [store](const RouteContext& ctx) -> Result<Response> {
               auto profile = services::GetPlaceProfile(store, ctx.Param("code"));
               if (!profile) return profile.error();
               return Csv(render::PlaceIndicatorsCsv(*profile),
                          ctx.Param("code") + "-indicators.csv");
             });
  router.Add(Method::kGet, "/indicators", Permission::kPublic,
             [store](const RouteContext&) -> Result<Response> {
               auto indicators = services::ListIndicators(store);
               if (!indicators) return indicators.error();
               auto page = render::IndicatorsPage(*indicators);
               if (!page) return page.error();
               return Html(std::move(*page));
             });
  router.Add(Method::kGet, "/indicators.csv", Permission::kPublic,
             [store](const RouteContext&) -> Result<Response> {
               auto indicators = services::ListIndicators(store);
               if (!indicators) return indicators.error();
               return Csv(render::IndicatorsCsv(*indicators), "indicators.csv");
             });
  router.Add(Method::kGet, "/about/data", Permission::kPublic,
             [store](const RouteContext&) -> Result<Response> {
               auto indicators = services::ListIndicators(store);
               if (!indicators) return indicators.error();
               auto page = render::AboutDataPage(*indicators);
               if (!page) return page.error();
               return Html(std::move(*page));
             });
}

}  // namespace lct::web
