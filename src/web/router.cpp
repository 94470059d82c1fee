#include "web/router.hpp"

#include <cassert>
#include <utility>

#include <spdlog/spdlog.h>

#include "web/api_doc.hpp"
#include "web/log_redaction.hpp"

namespace lct::web {
namespace {

constexpr std::string_view kUnavailableMessage =
    "The database is not available. Please try again shortly.";
constexpr std::string_view kInternalMessage =
    "The server could not complete this request. It has been logged.";

// The one mapping from a handler's Error to an error response (issue 12 item 4).
Response ErrorAnswer(const Request& request, const Error& error,
                     const std::function<Response(int, std::string_view)>& error_page) {
  switch (error.code()) {
    case ErrorCode::kInvalidArgument:
      return error_page(400, error.ToString());
    case ErrorCode::kPermissionDenied:
      return error_page(403, error.message());
    case ErrorCode::kNotFound:
      return error_page(404, error.message());
    case ErrorCode::kConflict:
      return error_page(409, error.message());
    case ErrorCode::kUnavailable:
      spdlog::warn("unavailable for {} {}: {}", MethodName(request.method),
                   RedactTarget(request.target), error.ToString());
      return error_page(503, kUnavailableMessage);
    case ErrorCode::kInternal:
      break;
  }
  // A bug below us: the detail goes to the log, never to the visitor.
  spdlog::error("internal error for {} {}: {}", MethodName(request.method),
                RedactTarget(request.target), error.ToString());
  return error_page(500, kInternalMessage);
}

std::string_view NextSegment(std::string_view& rest) {
  if (!rest.empty() && rest.front() == '/') rest.remove_prefix(1);
  const std::size_t slash = rest.find('/');
  const std::string_view segment = rest.substr(0, slash);
  rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash);
  return segment;
}

}  // namespace

const char* RoleName(Role role) {
  switch (role) {
    case Role::kViewer:
      return "viewer";
    case Role::kPartner:
      return "partner";
    case Role::kCoordinator:
      return "coordinator";
  }
  return "unknown";
}

std::optional<Role> RoleFromName(std::string_view name) {
  for (const Role role : {Role::kViewer, Role::kPartner, Role::kCoordinator}) {
    if (name == RoleName(role)) return role;
  }
  return std::nullopt;
}

const char* PermissionName(Permission permission) {
  switch (permission) {
    case Permission::kPublic:
      return "public";
    case Permission::kCapability:
      return "capability";
    case Permission::kSignedIn:
      return "signed-in";
    case Permission::kPlaceViewer:
      return "place-viewer";
    case Permission::kPlacePartner:
      return "place-partner";
    case Permission::kPlaceCoordinator:
      return "place-coordinator";
    case Permission::kNetworkAdmin:
      return "network-admin";
  }
  return "unknown";
}

bool IsPlacePermission(Permission permission) {
  return permission == Permission::kPlaceViewer || permission == Permission::kPlacePartner ||
         permission == Permission::kPlaceCoordinator;
}

bool Principal::HasPlaceRole(std::string_view place_code, Role at_least) const {
  if (!signed_in) return false;
  if (network_admin) return true;
  const auto it = place_roles.find(place_code);
  return it != place_roles.end() && static_cast<int>(it->second) >= static_cast<int>(at_least);
}

bool Allows(Permission permission, const Principal& principal, std::string_view place_code) {
  switch (permission) {
    case Permission::kPublic:
    case Permission::kCapability:
      return true;
    case Permission::kSignedIn:
      return principal.signed_in;
    case Permission::kPlaceViewer:
      return principal.HasPlaceRole(place_code, Role::kViewer);
    case Permission::kPlacePartner:
      return principal.HasPlaceRole(place_code, Role::kPartner);
    case Permission::kPlaceCoordinator:
      return principal.HasPlaceRole(place_code, Role::kCoordinator);
    case Permission::kNetworkAdmin:
      return principal.signed_in && principal.network_admin;
  }
  return false;
}

bool MatchPattern(std::string_view pattern, std::string_view path,
                  std::map<std::string, std::string>& params) {
  if (pattern == "/" || path == "/") return pattern == path;
  while (!pattern.empty() || !path.empty()) {
    if (pattern.empty() || path.empty()) return false;
    const std::string_view want = NextSegment(pattern);
    const std::string_view got = NextSegment(path);
    if (want.size() > 2 && want.front() == '{' && want.back() == '}') {
      if (got.empty()) return false;
      params[std::string(want.substr(1, want.size() - 2))] = std::string(got);
    } else if (want != got) {
      return false;
    }
  }
  return true;
}

void Router::Add(Method method, std::string pattern, Permission permission, Handler handler,
                 BodyLimit body) {
  // A place permission reads the route's {code}: without it every check would fail.
  assert(!IsPlacePermission(permission) || pattern.find("{code}") != std::string::npos);
  routes_.push_back({method, std::move(pattern), permission, std::move(handler), body, nullptr});
}

bool Router::Document(Method method, std::string_view pattern, ApiDoc doc) {
  for (auto& route : routes_) {
    if (route.method == method && route.pattern == pattern) {
      route.doc = std::make_shared<const ApiDoc>(std::move(doc));
      return true;
    }
  }
  return false;
}

const Route* Router::Find(const Request& request,
                          std::map<std::string, std::string>& params) const {
  for (const auto& route : routes_) {
    params.clear();
    const bool head_as_get = request.method == Method::kHead && route.method == Method::kGet;
    if ((route.method == request.method || head_as_get) &&
        MatchPattern(route.pattern, request.path, params)) {
      return &route;
    }
  }
  params.clear();
  return nullptr;
}

bool Router::Handles(const Request& request) const {
  std::map<std::string, std::string> params;
  return Find(request, params) != nullptr;
}

Response Router::Dispatch(const Request& request, const Principal& principal,
                          const std::function<Response(int, std::string_view)>& error_page) const {
  const Form empty;
  return Dispatch(request, principal, empty, error_page);
}

Response Router::Dispatch(const Request& request, const Principal& principal, const Form& form,
                          const std::function<Response(int, std::string_view)>& error_page) const {
  std::string allowed;
  for (const auto& route : routes_) {
    std::map<std::string, std::string> params;
    if (!MatchPattern(route.pattern, request.path, params)) continue;
    const bool head_as_get = request.method == Method::kHead && route.method == Method::kGet;
    if (route.method != request.method && !head_as_get) {
      allowed += (allowed.empty() ? "" : ", ") + std::string(MethodName(route.method));
      continue;
    }
    const auto code = params.find("code");
    const std::string_view place_code = code == params.end() ? std::string_view() : code->second;
    if (!Allows(route.permission, principal, place_code)) {
      return principal.signed_in ? error_page(403, "You do not have permission to see this page.")
                                 : error_page(401, "Please sign in to see this page.");
    }
    auto answer = route.handler(RouteContext{request, principal, std::move(params), form});
    if (!answer) return ErrorAnswer(request, answer.error(), error_page);
    return std::move(*answer);
  }
  if (!allowed.empty()) {
    Response response = error_page(405, "This address does not accept that kind of request.");
    response.SetHeader("Allow", allowed);
    return response;
  }
  return error_page(404, "There is no page at this address.");
}

}  // namespace lct::web
