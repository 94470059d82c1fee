#include "integration/web_client_support.hpp"

#include <stdexcept>

namespace lct::testing {

std::string SetCookieFrom(const HttpReply& reply, std::string_view name) {
  const std::string prefix = "Set-Cookie: " + std::string(name) + "=";
  const auto at = reply.head.find(prefix);
  if (at == std::string::npos) return "";
  const auto start = at + prefix.size();
  return reply.head.substr(start, reply.head.find_first_of(";\r", start) - start);
}

std::string CsrfFieldOf(const std::string& body) {
  constexpr std::string_view kField = "name=\"csrf\" value=\"";
  const auto at = body.find(kField);
  if (at == std::string::npos) return "";
  const auto start = at + kField.size();
  return body.substr(start, body.find('"', start) - start);
}

WebSession AddAdminAndSignIn(const ServerProcess& server, const std::string& email,
                             const std::string& password) {
  if (RunLct({"user", "add", email, "--admin", "--db", server.db_path()}, password + "\n").status !=
      0) {
    throw std::runtime_error("lct user add failed");
  }
  const auto form = Get(server.port(), "/sign-in");
  const std::string double_submit = SetCookieFrom(form, "lct_csrf");
  std::string body = "email=" + email + "&password=";
  for (const char c : password) body += c == ' ' ? '+' : c;
  body += "&csrf=" + double_submit;
  const auto signed_in = SendRaw(
      server.port(), "POST /sign-in HTTP/1.1\r\nHost: x\r\nConnection: close\r\nCookie: lct_csrf=" +
                         double_submit +
                         "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
                         std::to_string(body.size()) + "\r\n\r\n" + body);
  const std::string session = SetCookieFrom(signed_in, "lct_session");
  if (signed_in.status != 303 || session.empty()) {
    throw std::runtime_error("sign-in failed with status " + std::to_string(signed_in.status));
  }
  WebSession web;
  web.cookie = "lct_session=" + session + "; lct_csrf=" + double_submit;
  const auto account =
      SendRaw(server.port(), "GET /account HTTP/1.1\r\nHost: x\r\nConnection: close\r\nCookie: " +
                                 web.cookie + "\r\n\r\n");
  web.csrf = CsrfFieldOf(account.body);
  if (web.csrf.empty()) throw std::runtime_error("no CSRF token on /account");
  return web;
}

std::string MultipartFile(const std::string& content) {
  return "--b\r\nContent-Disposition: form-data; name=\"layout\"\r\n\r\nlong\r\n"
         "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"data.csv\"\r\n"
         "Content-Type: text/csv\r\n\r\n" +
         content + "\r\n--b--\r\n";
}

}  // namespace lct::testing
