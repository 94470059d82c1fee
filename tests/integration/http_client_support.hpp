// A browser-like client over real HTTP for integration tests: keeps the session and CSRF
// cookies a server sets and sends back the CSRF token its forms carry.
#pragma once

#include <string>
#include <vector>

#include "integration/server_support.hpp"

namespace lct::testing {

class HttpClient {
 public:
  explicit HttpClient(unsigned short port) : port_(port) {}

  HttpReply Get(const std::string& target);
  // Posts a url-encoded `body` (already encoded), adding `&csrf=<token>` from the last page.
  HttpReply Post(const std::string& target, const std::string& body);
  // Posts `body` as it is, with `content_type` (the caller puts any CSRF token in the body).
  HttpReply PostRaw(const std::string& target, const std::string& content_type,
                    const std::string& body);
  // Signs in through the form; true on a redirect that set a session cookie.
  bool SignIn(const std::string& email, const std::string& password);

  [[nodiscard]] const std::string& csrf() const { return csrf_; }

 private:
  HttpReply Send(const std::string& method, const std::string& target, const std::string& body,
                 const std::string& content_type = "application/x-www-form-urlencoded");
  void Remember(const HttpReply& reply);

  unsigned short port_;
  std::string session_;
  std::string csrf_cookie_;
  std::string csrf_;  // the token the last page's forms carry
};

// Percent-encodes every byte but ASCII letters and digits.
std::string UrlEncode(const std::string& text);

}  // namespace lct::testing
