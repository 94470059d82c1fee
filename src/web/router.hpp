// The router: every route names its method, path pattern and the permission it needs.
// Dispatch is the single choke point where permission is checked, before any handler runs.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "web/http_types.hpp"

namespace lct::web {

enum class Permission {
  kPublic,        // anyone, signed in or not
  kNetworkAdmin,  // a network administrator
};

[[nodiscard]] const char* PermissionName(Permission permission);

// Who is asking. Until accounts exist every caller is anonymous.
struct Principal {
  bool signed_in = false;
  bool network_admin = false;
};

[[nodiscard]] bool Allows(Permission permission, const Principal& principal);

struct RouteContext {
  const Request& request;
  const Principal& principal;
  std::map<std::string, std::string> params;  // from {name} segments of the pattern

  [[nodiscard]] const std::string& Param(const std::string& name) const { return params.at(name); }
};

using Handler = std::function<Response(const RouteContext&)>;

struct Route {
  Method method;
  std::string pattern;  // "/places/{code}": literal segments and {name} captures
  Permission permission;
  Handler handler;
};

class Router {
 public:
  void Add(Method method, std::string pattern, Permission permission, Handler handler);

  // Finds the route, checks its permission, runs it. 404 for no matching path, 405 (with an
  // Allow header) for a path whose method does not match, 403/401 when the permission is missing.
  // `error_page` renders those statuses.
  [[nodiscard]] Response Dispatch(
      const Request& request, const Principal& principal,
      const std::function<Response(int, std::string_view)>& error_page) const;

  [[nodiscard]] const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

// True when `path` matches `pattern`, filling `params`.
[[nodiscard]] bool MatchPattern(std::string_view pattern, std::string_view path,
                                std::map<std::string, std::string>& params);

}  // namespace lct::web
