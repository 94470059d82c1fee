// The router: every route names its method, path pattern and the permission it needs.
// Dispatch is the single choke point where permission is checked, before any handler runs.
// Handlers never check permissions or CSRF themselves (App::Handle checks CSRF before
// dispatch); services still check that the objects they touch belong to the place in the URL.
// Dispatch is also the one place where a handler's Error becomes an HTTP status.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "web/form.hpp"
#include "web/http_types.hpp"

namespace lct::web {

// Roles a person can hold for one place, ordered: a higher role includes the lower ones.
enum class Role { kViewer = 1, kPartner = 2, kCoordinator = 3 };

[[nodiscard]] const char* RoleName(Role role);  // "viewer", "partner", "coordinator"
[[nodiscard]] std::optional<Role> RoleFromName(std::string_view name);

enum class Permission {
  kPublic,            // anyone, signed in or not
  kCapability,        // no account needed: the handler itself checks a secret token in the URL
                      // (respondent links of the self-assessment)
  kSignedIn,          // any signed-in person
  kPlaceViewer,       // viewer or above for the place named by the route's {code} parameter
  kPlacePartner,      // partner member or above for {code}
  kPlaceCoordinator,  // co-ordinator of {code}
  kNetworkAdmin,      // a network administrator (who also passes every place check)
};

[[nodiscard]] const char* PermissionName(Permission permission);
// True for the three kPlace* permissions, which need a {code} parameter in the route.
[[nodiscard]] bool IsPlacePermission(Permission permission);

// Who is asking: resolved by App::Handle from the session cookie or a Bearer API token.
// An API token's principal carries exactly the token's scope (one role for one place, or
// admin), whatever its owner could do otherwise.
struct Principal {
  bool signed_in = false;
  std::int64_t user_id = 0;
  std::string email;
  std::string display_name;
  bool network_admin = false;
  std::map<std::string, Role, std::less<>> place_roles;  // place code -> role
  std::string csrf_token;  // the value forms must send back in a field named "csrf"
  bool api_token = false;  // authenticated by `Authorization: Bearer`, not by a cookie

  // True for an administrator, or when the person's role for `place_code` is at least
  // `at_least`.
  [[nodiscard]] bool HasPlaceRole(std::string_view place_code, Role at_least) const;
};

// Whether `principal` may use a route with `permission`; `place_code` is the route's {code}
// parameter (ignored by the permissions that are not about a place).
[[nodiscard]] bool Allows(Permission permission, const Principal& principal,
                          std::string_view place_code = {});

struct RouteContext {
  const Request& request;
  const Principal& principal;
  std::map<std::string, std::string> params;  // from {name} segments of the pattern
  const Form& form;  // the parsed body of a POST/PUT/PATCH/DELETE; empty for GET

  [[nodiscard]] const std::string& Param(const std::string& name) const { return params.at(name); }
};

// A handler answers with a Response, or with the Error that stopped it, which Dispatch turns
// into an error response (see Dispatch). A form re-shown with its errors is a Response.
using Handler = std::function<Result<Response>(const RouteContext&)>;

// How large a body a route accepts (issue 11). Every route takes the server's small limit,
// except a file upload route, which takes the large upload limit for multipart/form-data, and
// only once the headers show a session allowed to use it and its CSRF token (App::DecideBody).
enum class BodyLimit { kSmall, kUpload };

struct ApiDoc;  // web/api_doc.hpp

struct Route {
  Method method;
  std::string pattern;  // "/places/{code}": literal segments and {name} captures
  Permission permission;
  Handler handler;
  BodyLimit body = BodyLimit::kSmall;
  std::shared_ptr<const ApiDoc> doc;  // its part of the OpenAPI document; null off the API
};

class Router {
 public:
  // A place permission on a pattern without a {code} segment is a programming error (assert).
  void Add(Method method, std::string pattern, Permission permission, Handler handler,
           BodyLimit body = BodyLimit::kSmall);
  // Attaches `doc` to the route added with `method` and `pattern`; false when there is none.
  bool Document(Method method, std::string_view pattern, ApiDoc doc);

  // Finds the route, checks its permission, runs it. 404 for no matching path, 405 (with an
  // Allow header) for a path whose method does not match, 401 when nobody is signed in and
  // the permission needs someone, 403 when the signed-in person lacks it. `error_page`
  // renders those statuses, and the status of an Error the handler returns:
  // kInvalidArgument 400 (the message with its location), kPermissionDenied 403, kNotFound
  // 404, kConflict 409 (the message), kUnavailable 503 and kInternal 500 (fixed words; an
  // internal error is logged with its detail). Does not catch exceptions: App::Handle does.
  [[nodiscard]] Response Dispatch(
      const Request& request, const Principal& principal, const Form& form,
      const std::function<Response(int, std::string_view)>& error_page) const;
  // The same with an empty form.
  [[nodiscard]] Response Dispatch(
      const Request& request, const Principal& principal,
      const std::function<Response(int, std::string_view)>& error_page) const;

  // True when some route has the request's method and matches its path (so Dispatch would
  // run a handler, permission allowing), false when Dispatch would answer 404 or 405.
  [[nodiscard]] bool Handles(const Request& request) const;
  // The route Dispatch would run for the request (permission aside), or nullptr; fills
  // `params` from its pattern.
  [[nodiscard]] const Route* Find(const Request& request,
                                  std::map<std::string, std::string>& params) const;

  [[nodiscard]] const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

// True when `path` matches `pattern`, filling `params`.
[[nodiscard]] bool MatchPattern(std::string_view pattern, std::string_view path,
                                std::map<std::string, std::string>& params);

}  // namespace lct::web
