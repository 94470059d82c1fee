#include "web/routes.hpp"

#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

#include "render/json_text.hpp"
#include "services/database.hpp"
#include "services/services.hpp"
#include "web/assessment_routes.hpp"

namespace lct::web {
namespace {

// 200 with the schema version when the database answers and a write could start now; 503
// otherwise (issue 11: a database that reads but cannot be written is not healthy).
Response Health(services::StoreHandle store) {
  Response response;
  response.content_type = "application/json";
  response.SetHeader("Cache-Control", "no-store");
  const auto version = services::CheckHealth(store);
  if (!version) {
    response.status = 503;
    response.body =
        render::JsonText(nlohmann::json{{"status", "unavailable"}, {"database", "unreachable"}});
    return response;
  }
  if (auto writable = services::CheckWritable(store); !writable) {
    spdlog::warn("health check: no write transaction can start: {}", writable.error().message());
    response.status = 503;
    response.body = render::JsonText(nlohmann::json{{"status", "unavailable"},
                                                    {"database", "cannot start a write"},
                                                    {"schema_version", *version}});
    return response;
  }
  response.body = render::JsonText(nlohmann::json{{"status", "ok"}, {"schema_version", *version}});
  return response;
}

}  // namespace

void AddRoutes(Router& router, services::Services& services, const Site& site) {
  const services::StoreHandle store = services.store();
  router.Add(Method::kGet, "/healthz", Permission::kPublic,
             [store](const RouteContext&) { return Health(store); });
  AddPageRoutes(router, services);
  AddGuideRoutes(router, services);
  AddIndexRoutes(router, services);
  AddIndexModelRoutes(router, services);
  AddIndicatorRoutes(router, services);
  AddApiRoutes(router, services);
  AddAssessmentRoutes(router, services, site);  // self-assessment rounds (issue 4)
  AddImportRoutes(router, services);
  AddPlaceRegisterRoutes(router, services);
  AddStaticRoutes(router);
}

}  // namespace lct::web
