#include "web/router.hpp"

#include <utility>

namespace lct::web {
namespace {

std::string_view NextSegment(std::string_view& rest) {
  if (!rest.empty() && rest.front() == '/') rest.remove_prefix(1);
  const std::size_t slash = rest.find('/');
  const std::string_view segment = rest.substr(0, slash);
  rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash);
  return segment;
}

}  // namespace

const char* PermissionName(Permission permission) {
  switch (permission) {
    case Permission::kPublic:
      return "public";
    case Permission::kNetworkAdmin:
      return "network-admin";
  }
  return "unknown";
}

bool Allows(Permission permission, const Principal& principal) {
  switch (permission) {
    case Permission::kPublic:
      return true;
    case Permission::kNetworkAdmin:
      return principal.network_admin;
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

void Router::Add(Method method, std::string pattern, Permission permission, Handler handler) {
  routes_.push_back({method, std::move(pattern), permission, std::move(handler)});
}

Response Router::Dispatch(const Request& request, const Principal& principal,
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
    if (!Allows(route.permission, principal)) {
      return principal.signed_in ? error_page(403, "You do not have permission to see this page.")
                                 : error_page(401, "Please sign in to see this page.");
    }
    return route.handler(RouteContext{request, principal, std::move(params)});
  }
  if (!allowed.empty()) {
    Response response = error_page(405, "This address does not accept that kind of request.");
    response.SetHeader("Allow", allowed);
    return response;
  }
  return error_page(404, "There is no page at this address.");
}

}  // namespace lct::web
