// The open API's description (issue 16): OpenAPI 3.1 generated from the route table, so the
// document cannot drift from what the server answers. Paths, methods and who may call each
// route come from the routes themselves (Route::pattern, Route::method, Route::permission);
// what a route returns and takes is attached to its route as an ApiDoc (web/api_docs.cpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lct::web {

class Router;

struct ApiParameter {
  std::string name;
  std::string in;  // "path" or "query"
  std::string description;
  std::string schema = R"({"type": "string"})";  // JSON Schema of the value, as JSON text
  bool required = false;                         // path parameters always are
  std::string example;                           // a value that works on the demo network
  std::string style;  // "form" for an object whose properties are each a parameter (explode)
};

struct ApiDoc {
  std::string summary;
  std::string description;
  std::string tag;  // the group on the API page, e.g. "Places"
  std::vector<ApiParameter> parameters;
  std::string schema;       // the name of the 200 body's schema in components.schemas
  std::vector<int> errors;  // statuses it may answer besides 200 (401 and 403 added by access)
};

// The OpenAPI 3.1 document (JSON text) of every route that carries an ApiDoc, with the
// components of kApiSchemas and the two ways in (a Bearer API token, a session cookie).
[[nodiscard]] std::string OpenApiJson(const Router& router);

// The patterns of routes under /api/ that carry no ApiDoc ("GET /api/v1/x"); a test keeps it
// empty, so every API route is in the document.
[[nodiscard]] std::vector<std::string> UndocumentedApiRoutes(const Router& router);

// The JSON Schemas (2020-12, as OpenAPI 3.1 uses) of every API body, as one JSON object text
// keyed by schema name.
[[nodiscard]] std::string_view ApiSchemas();

// Attaches the description of every API route, and adds /api/v1/openapi.json and the /api
// page. Call after every route is added: a description of a route that does not exist is a
// programming error (assert).
void DocumentApiRoutes(Router& router);

}  // namespace lct::web
