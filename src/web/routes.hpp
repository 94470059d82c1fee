// Registers every route of the application with its permission.
#pragma once

#include "web/router.hpp"
#include "web/site.hpp"

namespace lct::services {
class Services;
}  // namespace lct::services

namespace lct::web {

// `site` builds the links pages show; it must outlive the router.
void AddRoutes(Router& router, services::Services& services, const Site& site);

// Registered separately so they can be tested alone.
void AddPageRoutes(Router& router, services::Services& services);
void AddApiRoutes(Router& router, services::Services& services);
void AddGuideRoutes(Router& router, services::Services& services);       // guide_routes.cpp
void AddIndexRoutes(Router& router, services::Services& services);       // index_routes.cpp
void AddIndexModelRoutes(Router& router, services::Services& services);  // index_model_routes.cpp
// indicator_routes.cpp: indicator pages, catalogue editing, targets (issue 5).
void AddIndicatorRoutes(Router& router, services::Services& services);
void AddStaticRoutes(Router& router);
void AddImportRoutes(Router& router, services::Services& services);  // import_routes.cpp
// place_register_routes.cpp: /admin/places (issue 13).
void AddPlaceRegisterRoutes(Router& router, services::Services& services);

}  // namespace lct::web
