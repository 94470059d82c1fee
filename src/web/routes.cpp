#include "web/routes.hpp"

#include <nlohmann/json.hpp>

#include "services/database.hpp"
#include "web/assessment_routes.hpp"

namespace lct::web {

void AddRoutes(Router& router, store::Store& store, const Site& site) {
  router.Add(Method::kGet, "/healthz", Permission::kPublic, [&store](const RouteContext&) {
    Response response;
    response.content_type = "application/json";
    response.SetHeader("Cache-Control", "no-store");
    const auto version = services::CheckHealth(store);
    if (!version) {
      response.status = 503;
      response.body = nlohmann::json{{"status", "unavailable"}, {"database", "unreachable"}}.dump();
      return response;
    }
    response.body = nlohmann::json{{"status", "ok"}, {"schema_version", *version}}.dump();
    return response;
  });
  AddPageRoutes(router, store);
  AddGuideRoutes(router, store);
  AddIndexRoutes(router, store);
  AddIndicatorRoutes(router, store);
  AddApiRoutes(router, store);
  AddAssessmentRoutes(router, store, site);  // self-assessment rounds (issue 4)
  AddImportRoutes(router, store);
  AddStaticRoutes(router);
}

}  // namespace lct::web
