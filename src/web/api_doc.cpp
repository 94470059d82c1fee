#include "web/api_doc.hpp"

#include <cctype>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "render/json_text.hpp"
#include "web/auth_context.hpp"
#include "web/router.hpp"

namespace lct::web {
namespace {

using Json = nlohmann::json;

const char* MethodKey(Method method) {
  switch (method) {
    case Method::kGet:
      return "get";
    case Method::kHead:
      return "head";
    case Method::kPost:
      return "post";
    case Method::kPut:
      return "put";
    case Method::kPatch:
      return "patch";
    case Method::kDelete:
      return "delete";
    case Method::kOptions:
      return "options";
    case Method::kOther:
      break;
  }
  return "get";
}

// Who may call a route with `permission`, in words for the description.
std::string AccessText(Permission permission) {
  switch (permission) {
    case Permission::kPublic:
      return "Public: no credentials needed.";
    case Permission::kCapability:
      return "A secret link: the token in the path is the credential.";
    case Permission::kSignedIn:
      return "Any signed-in person, or any API token.";
    case Permission::kPlaceViewer:
      return "A viewer, partner member or co-ordinator of the place {code}, or a network "
             "administrator; an API token scoped to that place or to the network.";
    case Permission::kPlacePartner:
      return "A partner member or co-ordinator of the place {code}, or a network administrator.";
    case Permission::kPlaceCoordinator:
      return "The place's co-ordinator, or a network administrator.";
    case Permission::kNetworkAdmin:
      return "A network administrator.";
  }
  return "";
}

const char* ReasonOf(int status) {
  switch (status) {
    case 400:
      return "The request's parameters are not valid; the message says which and why.";
    case 401:
      return "No credentials were given: sign in or send an API token.";
    case 403:
      return "The credentials given do not allow this.";
    case 404:
      return "Nothing is at this address.";
    case 409:
      return "The request conflicts with the current data.";
    default:
      return "An error.";
  }
}

// "get_api_v1_places_code" for GET /api/v1/places/{code}: unique, and a name any code
// generator accepts.
std::string OperationId(const Route& route) {
  std::string id = MethodKey(route.method);
  bool gap = true;
  for (const char c : route.pattern) {
    if (std::isalnum(static_cast<unsigned char>(c)) != 0) {
      if (gap) id += '_';
      id += c;
      gap = false;
    } else {
      gap = true;
    }
  }
  return id;
}

Json ErrorResponse(int status) {
  return {
      {"description", ReasonOf(status)},
      {"content", {{"application/json", {{"schema", {{"$ref", "#/components/schemas/Error"}}}}}}}};
}

Json Operation(const Route& route) {
  const ApiDoc& doc = *route.doc;
  Json op{{"summary", doc.summary},
          {"description", doc.description.empty()
                              ? AccessText(route.permission)
                              : doc.description + "\n\n" + AccessText(route.permission)},
          {"operationId", OperationId(route)},
          {"x-lct-permission", PermissionName(route.permission)}};
  if (!doc.tag.empty()) op["tags"] = Json::array({doc.tag});
  Json parameters = Json::array();
  for (const auto& p : doc.parameters) {
    Json param{{"name", p.name},
               {"in", p.in},
               {"required", p.in == "path" || p.required},
               {"description", p.description},
               {"schema", Json::parse(p.schema)}};
    if (!p.example.empty()) param["example"] = p.example;
    if (!p.style.empty()) {
      param["style"] = p.style;
      param["explode"] = true;
    }
    parameters.push_back(std::move(param));
  }
  if (!parameters.empty()) op["parameters"] = std::move(parameters);
  Json responses{
      {"200",
       {{"description", doc.summary},
        {"content",
         {{"application/json", {{"schema", {{"$ref", "#/components/schemas/" + doc.schema}}}}}}}}}};
  std::vector<int> errors = doc.errors;
  if (route.permission != Permission::kPublic) {
    errors.push_back(401);
    errors.push_back(403);
  }
  for (const int status : errors) responses[std::to_string(status)] = ErrorResponse(status);
  op["responses"] = std::move(responses);
  if (route.permission == Permission::kPublic) {
    op["security"] = Json::array();
  } else {
    op["security"] =
        Json::array({{{"bearerToken", Json::array()}}, {{"sessionCookie", Json::array()}}});
  }
  return op;
}

}  // namespace

std::string OpenApiJson(const Router& router) {
  Json paths = Json::object();
  for (const auto& route : router.routes()) {
    if (!route.doc) continue;
    paths[route.pattern][MethodKey(route.method)] = Operation(route);
  }
  Json doc{
      {"openapi", "3.1.0"},
      {"info",
       {{"title", "Learning City Toolkit API"},
        {"version", "1"},
        {"summary",
         "Read a learning-city network's places, indicators, frameworks, index and "
         "self-assessment results."},
        {"license", {{"name", "Data: as each source states (see the about-data page)"}}}}},
      {"servers", Json::array({{{"url", "/"}}})},
      {"paths", paths},
      {"components",
       {{"schemas", Json::parse(ApiSchemas())},
        {"securitySchemes",
         {{"bearerToken",
           {{"type", "http"},
            {"scheme", "bearer"},
            {"description",
             "An API token made on the account page (Authorization: Bearer "
             "TOKEN); it carries exactly its scope."}}},
          {"sessionCookie",
           {{"type", "apiKey"},
            {"in", "cookie"},
            {"name", std::string(kSessionCookie)},
            {"description", "The session of a person signed in through the sign-in page."}}}}}}}};
  return render::JsonText(doc);
}

std::vector<std::string> UndocumentedApiRoutes(const Router& router) {
  std::vector<std::string> missing;
  for (const auto& route : router.routes()) {
    if (route.pattern.starts_with("/api/") && !route.doc) {
      missing.push_back(std::string(MethodKey(route.method)) + " " + route.pattern);
    }
  }
  return missing;
}

}  // namespace lct::web
