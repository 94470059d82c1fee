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

constexpr std::string_view kSchemas = R"json({
  "Error": {
    "type": "object", "required": ["error"],
    "properties": {"error": {"type": "object", "required": ["status", "message"],
      "properties": {"status": {"type": "integer"}, "message": {"type": "string"}}}}
  },
  "AreaRef": {
    "type": "object", "required": ["code", "name"],
    "properties": {"code": {"type": "string"}, "name": {"type": "string"}}
  },
  "ContextValue": {
    "description": "A context figure with its source; null when the place has none.",
    "type": ["object", "null"], "required": ["value", "source"],
    "properties": {"value": {"type": "number"}, "source": {"type": "string"},
                   "note": {"type": "string"}}
  },
  "Place": {
    "type": "object",
    "required": ["code", "name", "kind", "region", "nation", "membership", "membership_reason", "url"],
    "properties": {
      "code": {"type": "string"}, "name": {"type": "string"}, "kind": {"type": "string"},
      "region": {"oneOf": [{"$ref": "#/components/schemas/AreaRef"}, {"type": "null"}]},
      "nation": {"$ref": "#/components/schemas/AreaRef"},
      "membership": {"enum": ["member", "comparator", "former"]},
      "membership_reason": {"type": "string"},
      "population_2021": {"$ref": "#/components/schemas/ContextValue"},
      "population_2011": {"$ref": "#/components/schemas/ContextValue"},
      "density_2021_per_km2": {"$ref": "#/components/schemas/ContextValue"},
      "imd2019_education_score": {"$ref": "#/components/schemas/ContextValue"},
      "url": {"type": "string"}
    }
  },
  "PlaceList": {
    "type": "object", "required": ["network", "count", "places"],
    "properties": {
      "network": {"type": "object", "required": ["slug", "name", "members", "comparators"],
        "properties": {"slug": {"type": "string"}, "name": {"type": "string"},
                       "members": {"type": "integer"}, "comparators": {"type": "integer"}}},
      "count": {"type": "integer", "minimum": 0},
      "places": {"type": "array", "items": {"$ref": "#/components/schemas/Place"}}
    }
  },
  "Source": {
    "type": "object", "required": ["organisation", "url", "published", "licence", "dataset"],
    "properties": {"organisation": {"type": "string"}, "url": {"type": "string"},
                   "published": {"type": "string"}, "licence": {"type": "string"},
                   "dataset": {"type": "string"}}
  },
  "Indicator": {
    "type": "object",
    "required": ["code", "name", "topic", "description", "measure", "unit", "direction", "source"],
    "properties": {
      "code": {"type": "string"}, "name": {"type": "string"}, "topic": {"type": "string"},
      "description": {"type": "string"}, "measure": {"type": "string"},
      "unit": {"type": "string"}, "direction": {"enum": ["higher", "lower", "neutral"]},
      "source": {"$ref": "#/components/schemas/Source"}
    }
  },
  "IndicatorList": {
    "type": "object", "required": ["count", "indicators"],
    "properties": {"count": {"type": "integer", "minimum": 0},
                   "indicators": {"type": "array", "items": {"$ref": "#/components/schemas/Indicator"}}}
  },
  "Number": {"type": ["number", "null"]},
  "AreaValue": {
    "type": ["object", "null"], "required": ["code", "name", "value", "lower_95", "upper_95"],
    "properties": {"code": {"type": "string"}, "name": {"type": "string"},
                   "value": {"$ref": "#/components/schemas/Number"},
                   "lower_95": {"$ref": "#/components/schemas/Number"},
                   "upper_95": {"$ref": "#/components/schemas/Number"}}
  },
  "PlaceIndicator": {
    "allOf": [{"$ref": "#/components/schemas/Indicator"}],
    "type": "object", "required": ["series", "latest", "region", "nation", "rank"],
    "properties": {
      "series": {"type": "array", "items": {"type": "object",
        "required": ["period", "label", "value", "lower_95", "upper_95", "status"],
        "properties": {"period": {"type": "string"}, "label": {"type": "string"},
                       "value": {"$ref": "#/components/schemas/Number"},
                       "lower_95": {"$ref": "#/components/schemas/Number"},
                       "upper_95": {"$ref": "#/components/schemas/Number"},
                       "status": {"type": "string"}, "note": {"type": "string"}}}},
      "latest": {"type": ["object", "null"], "required": ["period", "label", "value"],
        "properties": {"period": {"type": "string"}, "label": {"type": "string"},
                       "value": {"$ref": "#/components/schemas/Number"}}},
      "region": {"$ref": "#/components/schemas/AreaValue"},
      "nation": {"$ref": "#/components/schemas/AreaValue"},
      "rank": {"type": ["object", "null"], "required": ["rank", "of", "among"],
        "properties": {"rank": {"type": "integer", "minimum": 1},
                       "of": {"type": "integer", "minimum": 1}, "among": {"type": "string"}}}
    }
  },
  "PlaceProfile": {
    "allOf": [{"$ref": "#/components/schemas/Place"}],
    "type": "object", "required": ["indicators"],
    "properties": {"indicators": {"type": "array",
                                  "items": {"$ref": "#/components/schemas/PlaceIndicator"}}}
  },
  "FrameworkSummary": {
    "type": "object",
    "required": ["id", "version", "title", "summary", "authored_by", "attribution", "level_kind",
                 "versions", "url", "guide_url"],
    "properties": {
      "id": {"type": "string"}, "version": {"type": "integer", "minimum": 1},
      "title": {"type": "string"}, "summary": {"type": "string"},
      "authored_by": {"type": "string"}, "attribution": {"type": "string"},
      "level_kind": {"type": "string"}, "versions": {"type": "array"},
      "url": {"type": "string"}, "guide_url": {"type": "string"}
    }
  },
  "FrameworkList": {
    "type": "object", "required": ["count", "frameworks"],
    "properties": {"count": {"type": "integer", "minimum": 0},
                   "frameworks": {"type": "array",
                                  "items": {"$ref": "#/components/schemas/FrameworkSummary"}}}
  },
  "Framework": {
    "allOf": [{"$ref": "#/components/schemas/FrameworkSummary"}],
    "type": "object", "required": ["scale", "strands", "sections", "crosswalk_coverage"],
    "properties": {
      "scale": {"type": "array", "items": {"type": "object", "required": ["value", "label", "meaning"],
        "properties": {"value": {"type": "integer"}, "label": {"type": "string"},
                       "meaning": {"type": "string"}}}},
      "strands": {"type": "array", "items": {"type": "object",
        "required": ["id", "title", "summary", "levels"],
        "properties": {"id": {"type": "string"}, "title": {"type": "string"},
                       "summary": {"type": "string"}, "levels": {"type": "array"}}}},
      "sections": {"type": "object"},
      "crosswalk_coverage": {"type": ["array", "object", "null"]}
    }
  },
  "Index": {
    "type": "object",
    "required": ["title", "illustrative", "normalisation", "aggregation", "what_if",
                 "uncertainty", "strands", "places"],
    "properties": {
      "title": {"type": "string"}, "illustrative": {"type": "boolean"},
      "normalisation": {"type": "string"}, "aggregation": {"type": "string"},
      "what_if": {"type": "boolean"},
      "uncertainty": {"type": "object", "required": ["replications", "seed"],
        "properties": {"replications": {"type": "integer"}, "seed": {"type": "integer"}}},
      "strands": {"type": "array", "items": {"type": "object",
        "required": ["code", "name", "weight", "indicators"],
        "properties": {"code": {"type": "string"}, "name": {"type": "string"},
                       "weight": {"type": "number"},
                       "indicators": {"type": "array", "items": {"type": "object",
                         "required": ["code", "period"],
                         "properties": {"code": {"type": "string"}, "period": {"type": "string"}}}}}}},
      "places": {"type": "array", "items": {"type": "object",
        "required": ["code", "name", "member", "score", "rank", "published_rank",
                     "rank_interval", "rank_median"],
        "properties": {"code": {"type": "string"}, "name": {"type": "string"},
                       "member": {"type": "boolean"}, "score": {"type": ["number", "null"]},
                       "rank": {"type": "integer"}, "published_rank": {"type": "integer"},
                       "rank_interval": {"type": "object", "required": ["q05", "q95"],
                         "properties": {"q05": {"type": "number"}, "q95": {"type": "number"}}},
                       "rank_median": {"type": "number"}}}}
    }
  },
  "Me": {
    "type": "object", "required": ["email", "name", "admin", "api_token", "roles"],
    "properties": {
      "email": {"type": "string"}, "name": {"type": "string"}, "admin": {"type": "boolean"},
      "api_token": {"type": "boolean"},
      "roles": {"type": "object", "description": "The person's role for each place code.",
                "additionalProperties": {"enum": ["viewer", "partner", "coordinator"]}}
    }
  },
  "Alpha": {
    "type": "object", "required": ["alpha", "metric", "pairable_values", "reading"],
    "properties": {"alpha": {"type": ["number", "null"]}, "metric": {"const": "ordinal"},
                   "pairable_values": {"type": "integer"}, "reading": {"type": "string"}}
  },
  "RoundResults": {
    "type": "object",
    "required": ["round", "respondents", "sectors", "scale", "strands", "agreement",
                 "distribution_withheld", "criteria"],
    "properties": {
      "round": {"type": "object",
        "required": ["id", "place", "place_name", "framework", "framework_version", "strands",
                     "closes_on", "opened_at", "closed_at", "status", "named_answers",
                     "illustrative"],
        "properties": {"id": {"type": "integer"}, "place": {"type": "string"},
                       "place_name": {"type": "string"}, "framework": {"type": "string"},
                       "framework_version": {"type": "integer"},
                       "strands": {"type": "array", "items": {"type": "string"}},
                       "closes_on": {"type": ["string", "null"]},
                       "opened_at": {"type": "string"}, "closed_at": {"type": ["string", "null"]},
                       "status": {"enum": ["open", "closed"]},
                       "named_answers": {"type": "boolean"}, "illustrative": {"type": "boolean"}}},
      "respondents": {"type": "object", "required": ["invited", "submitted"],
        "properties": {"invited": {"type": "integer"}, "submitted": {"type": "integer"}}},
      "sectors": {"type": "array", "items": {"type": "object", "required": ["sector", "respondents"],
        "properties": {"sector": {"type": "string"}, "respondents": {"type": "integer"}}}},
      "scale": {"type": "array", "items": {"type": "object", "required": ["value", "label"],
        "properties": {"value": {"type": "integer"}, "label": {"type": "string"}}}},
      "strands": {"type": "array", "items": {"type": "object",
        "required": ["id", "title", "level_attained", "levels", "agreement"],
        "properties": {"id": {"type": "string"}, "title": {"type": "string"},
                       "level_attained": {"type": ["integer", "null"]},
                       "levels": {"type": "array"},
                       "agreement": {"$ref": "#/components/schemas/Alpha"}}}},
      "agreement": {"$ref": "#/components/schemas/Alpha"},
      "distribution_withheld": {"type": ["string", "null"]},
      "criteria": {"type": "array", "items": {"type": "object",
        "required": ["id", "strand", "level", "statement", "established"],
        "properties": {"id": {"type": "string"}, "strand": {"type": "string"},
                       "level": {"type": "string"}, "statement": {"type": "string"},
                       "established": {"type": "boolean"}}}}
    }
  },
  "OpenApi": {
    "type": "object", "required": ["openapi", "info", "paths", "components"],
    "properties": {"openapi": {"type": "string", "pattern": "^3\\.1\\."}}
  },
  "Targets": {
    "type": "object", "required": ["place", "count", "targets"],
    "properties": {
      "place": {"type": "object", "required": ["code", "name", "url"],
        "properties": {"code": {"type": "string"}, "name": {"type": "string"},
                       "url": {"type": "string"}}},
      "count": {"type": "integer", "minimum": 0},
      "targets": {"type": "array", "items": {"type": "object",
        "required": ["indicator", "baseline", "target", "tolerance", "shape", "note", "latest",
                     "assessment", "problem", "trend", "points"],
        "properties": {
          "indicator": {"type": "object", "required": ["code", "name", "direction", "url"]},
          "baseline": {"type": "object", "required": ["value", "period", "label", "date"]},
          "target": {"type": "object", "required": ["value", "date"],
            "properties": {"value": {"type": "number"}, "date": {"type": "string"}}},
          "tolerance": {"type": "number"}, "shape": {"type": "string"},
          "note": {"type": "string"}, "latest": {"type": ["object", "null"]},
          "assessment": {"type": ["object", "null"]}, "problem": {"type": ["string", "null"]},
          "trend": {"type": "object"}, "points": {"type": "array"}}}}
    }
  }
})json";

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

std::string_view ApiSchemas() { return kSchemas; }

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
