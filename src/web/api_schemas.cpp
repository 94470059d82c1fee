// The JSON Schemas (2020-12) of every API answer, for the OpenAPI document (web/api_doc.hpp).
// Each matches what web/api_json.cpp, guide_json.cpp, assessment_json.cpp and the other JSON
// writers produce; tests/e2e/api.test.mjs validates real answers against them.
#include <string_view>

#include "web/api_doc.hpp"

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
                     "depth", "illustrative"],
        "properties": {"id": {"type": "integer"}, "place": {"type": "string"},
                       "place_name": {"type": "string"}, "framework": {"type": "string"},
                       "framework_version": {"type": "integer"},
                       "strands": {"type": "array", "items": {"type": "string"}},
                       "closes_on": {"type": ["string", "null"]},
                       "opened_at": {"type": "string"}, "closed_at": {"type": ["string", "null"]},
                       "status": {"enum": ["open", "closed"]},
                       "named_answers": {"type": "boolean"},
                       "depth": {"enum": ["strategic", "operational"]},
                       "illustrative": {"type": "boolean"}}},
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

}  // namespace

std::string_view ApiSchemas() { return kSchemas; }

}  // namespace lct::web
