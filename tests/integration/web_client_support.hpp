// A browser-like client over raw HTTP for the integration tests: cookies, the CSRF token a page
// carries, and signing in through the real sign-in form.
#pragma once

#include <string>
#include <string_view>

#include "integration/server_support.hpp"

namespace lct::testing {

// The value the reply's Set-Cookie headers give cookie `name`, or "".
[[nodiscard]] std::string SetCookieFrom(const HttpReply& reply, std::string_view name);
// The value of the first `name="csrf"` hidden field in a page, or "".
[[nodiscard]] std::string CsrfFieldOf(const std::string& body);

// A signed-in person: the Cookie header value to send and the session's CSRF token.
struct WebSession {
  std::string cookie;  // "lct_session=...; lct_csrf=..."
  std::string csrf;
};

// Adds an administrator with `lct user add --admin` (the password on standard input), then
// signs in through /sign-in. Throws std::runtime_error when either step fails.
WebSession AddAdminAndSignIn(const ServerProcess& server, const std::string& email,
                             const std::string& password);

// A multipart/form-data body with boundary "b": one file field "file" holding `content`.
[[nodiscard]] std::string MultipartFile(const std::string& content);

}  // namespace lct::testing
