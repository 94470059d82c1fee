// Registers every route of the application with its permission.
#pragma once

#include "web/router.hpp"
#include "web/site.hpp"

namespace lct::store {
class Store;
}  // namespace lct::store

namespace lct::web {

// `site` builds the links pages show; it must outlive the router.
void AddRoutes(Router& router, store::Store& store, const Site& site);

// Registered separately so they can be tested alone.
void AddPageRoutes(Router& router, store::Store& store);
void AddApiRoutes(Router& router, store::Store& store);
void AddGuideRoutes(Router& router, store::Store& store);       // guide_routes.cpp
void AddIndexRoutes(Router& router, store::Store& store);       // index_routes.cpp
void AddIndexModelRoutes(Router& router, store::Store& store);  // index_model_routes.cpp
// indicator_routes.cpp: indicator pages, catalogue editing, targets (issue 5).
void AddIndicatorRoutes(Router& router, store::Store& store);
void AddStaticRoutes(Router& router);
void AddImportRoutes(Router& router, store::Store& store);  // import_routes.cpp

}  // namespace lct::web
