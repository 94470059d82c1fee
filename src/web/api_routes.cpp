#include "services/network_service.hpp"
#include "services/services.hpp"
#include "web/api_json.hpp"
#include "web/handler_support.hpp"
#include "web/routes.hpp"

namespace lct::web {

void AddApiRoutes(Router& router, services::Services& services) {
  const services::StoreHandle store = services.store();
  router.Add(Method::kGet, "/api/v1/places", Permission::kPublic,
             [store](const RouteContext& ctx) -> Result<Response> {
               auto query = ParsePlaceListQuery(ctx.request);
               if (!query) return query.error();
               auto list = services::ListPlaces(store, *query);
               if (!list) return list.error();
               return JsonBody(PlaceListJson(*list));
             });
  router.Add(Method::kGet, "/api/v1/places/{code}", Permission::kPublic,
             [store](const RouteContext& ctx) -> Result<Response> {
               auto profile = services::GetPlaceProfile(store, ctx.Param("code"));
               if (!profile) return profile.error();
               return JsonBody(PlaceProfileJson(*profile));
             });
  router.Add(Method::kGet, "/api/v1/indicators", Permission::kPublic,
             [store](const RouteContext&) -> Result<Response> {
               auto indicators = services::ListIndicators(store);
               if (!indicators) return indicators.error();
               return JsonBody(IndicatorsJson(*indicators));
             });
}

}  // namespace lct::web
