// A browser-like client over real HTTP for the integration tests: keeps the session and CSRF
// cookies a server sets, sends back the CSRF token the last page's forms carry, and signs in
// through the real sign-in form. Redirects are not followed: a test sees the 303 itself. Also
// the shared "administrator signed in over HTTP" fixture.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "integration/server_support.hpp"

namespace lct::testing {

class HttpClient {
 public:
  explicit HttpClient(unsigned short port) : port_(port) {}

  HttpReply Get(const std::string& target);
  // Posts a url-encoded `body` (already encoded), adding `&csrf=<token>` from the last page.
  HttpReply Post(const std::string& target, const std::string& body);
  // Posts `body` as it is, with `content_type` (the caller puts any CSRF token in the body or
  // the target).
  HttpReply PostRaw(const std::string& target, const std::string& content_type,
                    const std::string& body);
  // Signs in through the form; true on a redirect that set a session cookie, after which the
  // account page gave the session's CSRF token.
  bool SignIn(const std::string& email, const std::string& password);

  // The token forms must send back: the last page's `csrf` field (the session's token once
  // signed in), or without a session the double-submit cookie.
  [[nodiscard]] const std::string& csrf() const { return csrf_; }
  // The Cookie header value this client sends ("lct_session=...; lct_csrf=..."), for tests
  // that write a request by hand; "" before any cookie was set.
  [[nodiscard]] std::string CookieHeader() const;

 private:
  HttpReply Send(const std::string& method, const std::string& target, const std::string& body,
                 const std::string& content_type = "application/x-www-form-urlencoded");
  void Remember(const HttpReply& reply);

  unsigned short port_;
  std::string session_;
  std::string csrf_cookie_;
  std::string csrf_;
};

// The value the reply's Set-Cookie headers give cookie `name`, or "".
[[nodiscard]] std::string SetCookieFrom(const HttpReply& reply, std::string_view name);
// The value of the first `name="csrf"` hidden field in a page, or "".
[[nodiscard]] std::string CsrfFieldOf(const std::string& body);
// Percent-encodes every byte but ASCII letters and digits.
[[nodiscard]] std::string UrlEncode(const std::string& text);
// A multipart/form-data body with boundary "b": one file field "file" holding `content`.
[[nodiscard]] std::string MultipartFile(const std::string& content);

// Adds a network administrator with `lct user add --admin` (the password on standard input).
// Throws std::runtime_error when it fails.
void AddAdmin(const ServerProcess& server, const std::string& email, const std::string& password);
// AddAdmin, then a client signed in as that administrator. Throws std::runtime_error when
// either step fails.
[[nodiscard]] HttpClient AddAdminAndSignIn(const ServerProcess& server, const std::string& email,
                                           const std::string& password);

// The shared fixture: one server on a fresh demo network per suite, with an administrator
// (kAdminEmail, kAdminPassword). A suite that needs more set-up calls
// SignedInAdminTest::SetUpTestSuite() first from its own; one whose server needs options
// (e.g. --base-url) calls StartSuite(config) from its own SetUpTestSuite instead.
class SignedInAdminTest : public ::testing::Test {
 protected:
  static constexpr const char* kAdminEmail = "admin@example.org";
  static constexpr const char* kAdminPassword = "correct horse battery staple";

  static void SetUpTestSuite() { StartSuite({}); }
  static void StartSuite(const ServerConfig& config);
  static void TearDownTestSuite();

  // A new client signed in as the administrator (a test failure when sign-in fails).
  static HttpClient Admin();
  // One client signed in as the administrator for the whole suite (signed in on first use),
  // for suites that write requests by hand with its cookies and CSRF token.
  static HttpClient& SuiteAdmin();
  static unsigned short Port() { return Server()->port(); }
  static const std::string& Db() { return Server()->db_path(); }

 private:
  // The suite's server and shared client (function statics, so no global).
  static std::unique_ptr<ServerProcess>& Server();
  static std::optional<HttpClient>& SharedClient();
};

}  // namespace lct::testing
