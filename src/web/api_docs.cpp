// What each API route takes and returns (issue 16): the ApiDoc attached to each route, the JSON
// Schemas of the bodies, and the routes that serve the document and the readable API page.
// Paths, methods and access come from the routes themselves (web/api_doc.cpp).
#include <cassert>
#include <string>
#include <utility>
#include <vector>

#include "render/api_page.hpp"
#include "web/api_doc.hpp"
#include "web/handler_support.hpp"
#include "web/router.hpp"

namespace lct::web {
namespace {

ApiParameter Path(std::string name, std::string description, std::string example) {
  ApiParameter p;
  p.name = std::move(name);
  p.in = "path";
  p.description = std::move(description);
  p.required = true;
  p.example = std::move(example);
  return p;
}

ApiParameter Query(std::string name, std::string description, std::string schema) {
  ApiParameter p;
  p.name = std::move(name);
  p.in = "query";
  p.description = std::move(description);
  p.schema = std::move(schema);
  return p;
}

// w_<code>=<weight> pairs: an object whose properties are each a query parameter of their own.
ApiParameter WeightsQuery() {
  ApiParameter p =
      Query("weights", "Weights to try: w_<strand or indicator code>=<number>, e.g. w_access=2.",
            R"({"type": "object", "propertyNames": {"pattern": "^w_"},
                             "additionalProperties": {"type": "number", "minimum": 0}})");
  p.style = "form";
  return p;
}

ApiParameter PlaceCode() {
  return Path("code", "The place's code, as the network's places file gives it.", "");
}

std::vector<std::pair<std::string, ApiDoc>> Docs() {
  std::vector<std::pair<std::string, ApiDoc>> docs;
  docs.push_back(
      {"/api/v1/places",
       {"List the network's places",
        "Every place of the network with its membership and context figures, sorted and "
        "filtered as the home page is.",
        "Places",
        {Query(
             "sort", "Sort key.",
             R"({"enum": ["name", "code", "region", "population", "density", "imd-education", "membership"]})"),
         Query("order", "Sort order.", R"({"enum": ["asc", "desc"]})"),
         Query("region", "Only the places within this area code.", R"({"type": "string"})"),
         Query("membership", "Only members or only comparators.",
               R"({"enum": ["member", "comparator"]})")},
        "PlaceList",
        {400}}});
  docs.push_back({"/api/v1/places/{code}",
                  {"A place's profile",
                   "The place, its context, and each indicator's series with 95% intervals where "
                   "published, the wider areas' values and its rank.",
                   "Places",
                   {PlaceCode()},
                   "PlaceProfile",
                   {404}}});
  docs.push_back({"/api/v1/places/{code}/targets",
                  {"A place's targets and progress",
                   "Each target with its path, latest value, trend and whether it is on track.",
                   "Places",
                   {PlaceCode()},
                   "Targets",
                   {404}}});
  docs.push_back(
      {"/api/v1/places/{code}/rounds/{round}/results",
       {"A self-assessment round's results",
        "Levels per strand, each criterion's ratings, agreement (Krippendorff's alpha, ordinal) "
        "and "
        "the gaps between sectors, with distributions withheld below the minimum group size.",
        "Self-assessment",
        {PlaceCode(), Path("round", "The round's number.", "1")},
        "RoundResults",
        {404}}});
  docs.push_back({"/api/v1/indicators",
                  {"List the indicators",
                   "Every indicator the network holds, with its definition, direction and source.",
                   "Indicators",
                   {},
                   "IndicatorList",
                   {}}});
  docs.push_back({"/api/v1/frameworks",
                  {"List the frameworks",
                   "The latest version of each self-assessment framework, with its versions.",
                   "Frameworks",
                   {},
                   "FrameworkList",
                   {}}});
  docs.push_back({"/api/v1/frameworks/{id}",
                  {"A framework in full",
                   "Strands, levels, criteria with their rating guides, evidence prompts, ideas, "
                   "pitfalls, examples and the crosswalk to other frameworks.",
                   "Frameworks",
                   {Path("id", "The framework's id.", "toolkit"),
                    Query("version", "A version other than the latest.",
                          R"({"type": "integer", "minimum": 1})")},
                   "Framework",
                   {400, 404}}});
  docs.push_back(
      {"/api/v1/index",
       {"The learning-conditions index",
        "Scores and ranks with rank intervals from the uncertainty analysis; the query can try "
        "other weights and methods (a what-if that changes nothing stored).",
        "Index",
        {Query("normalisation", "Another normalisation method.", R"({"type": "string"})"),
         Query("aggregation", "Another aggregation method.", R"({"type": "string"})"),
         WeightsQuery()},
        "Index",
        {400}}});
  docs.push_back({"/api/v1/me",
                  {"Who is calling",
                   "The person (or API token) the credentials belong to, and their roles.",
                   "Accounts",
                   {},
                   "Me",
                   {}}});
  docs.push_back({"/api/v1/openapi.json",
                  {"This document",
                   "The OpenAPI 3.1 description of this API, generated from the server's routes.",
                   "API",
                   {},
                   "OpenApi",
                   {}}});
  return docs;
}

std::vector<render::ApiPageOperation> PageOperations(const Router& router) {
  std::vector<render::ApiPageOperation> ops;
  for (const auto& route : router.routes()) {
    if (!route.doc) continue;
    render::ApiPageOperation op;
    op.method = "GET";
    op.path = route.pattern;
    op.summary = route.doc->summary;
    op.description = route.doc->description;
    op.tag = route.doc->tag;
    op.access = PermissionName(route.permission);
    for (const auto& p : route.doc->parameters) {
      op.parameters.push_back({p.name, p.in, p.description, p.in == "path" || p.required});
    }
    ops.push_back(std::move(op));
  }
  return ops;
}

}  // namespace

void DocumentApiRoutes(Router& router) {
  const Router& routes = router;
  router.Add(
      Method::kGet, "/api/v1/openapi.json", Permission::kPublic,
      [&routes](const RouteContext&) -> Result<Response> { return JsonBody(OpenApiJson(routes)); });
  router.Add(Method::kGet, "/api", Permission::kPublic,
             [&routes](const RouteContext&) -> Result<Response> {
               auto page = render::ApiPage(PageOperations(routes));
               if (!page) return page.error();
               return Html(std::move(*page));
             });
  for (auto& [pattern, doc] : Docs()) {
    [[maybe_unused]] const bool found = router.Document(Method::kGet, pattern, std::move(doc));
    assert(found);
  }
}

}  // namespace lct::web
