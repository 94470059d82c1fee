// Cookies, principals and page chrome for the web tier (issue 7).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "render/session_chrome.hpp"
#include "services/account_service.hpp"
#include "web/http_types.hpp"
#include "web/router.hpp"

namespace lct::web {

inline constexpr std::string_view kSessionCookie = "lct_session";
inline constexpr std::string_view kCsrfCookie = "lct_csrf";

// The value of cookie `name` in the request's Cookie headers, if any.
[[nodiscard]] std::optional<std::string> CookieValue(const Request& request, std::string_view name);

struct CookieAttributes {
  bool secure = false;
  std::string_view same_site = "Lax";  // "Lax" or "Strict"
  std::optional<long long> max_age;    // seconds; 0 deletes; empty: a browser-session cookie
};
// A Set-Cookie header value, always HttpOnly and Path=/.
[[nodiscard]] std::string SetCookieValue(std::string_view name, std::string_view value,
                                         const CookieAttributes& attributes);

// The principal of a signed-in person (from a session).
[[nodiscard]] Principal PrincipalOf(const services::Identity& identity);
// The principal of an API token: exactly its scope, and never more than its owner holds now.
[[nodiscard]] Principal TokenPrincipalOf(const services::Identity& identity);

// What the layout shows for `principal`; see render/session_chrome.hpp.
[[nodiscard]] render::Viewer ViewerOf(const Principal& principal);

// The audit actor for a request.
[[nodiscard]] services::Actor ActorOf(const Principal& principal);
// Who is reading, for the services that limit a read to a place's people.
[[nodiscard]] services::Reader ReaderOf(const Principal& principal);

}  // namespace lct::web
