#include "integration/http_client_support.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>

namespace lct::testing {
namespace {

// The value of `Set-Cookie: name=VALUE;` in a response head, or "".
std::string CookieSet(const std::string& head, const std::string& name) {
  const std::string key = "Set-Cookie: " + name + "=";
  const auto at = head.find(key);
  if (at == std::string::npos) return {};
  const auto start = at + key.size();
  return head.substr(start, head.find_first_of(";\r", start) - start);
}

}  // namespace

HttpReply HttpClient::Get(const std::string& target) { return Send("GET", target, ""); }

HttpReply HttpClient::Post(const std::string& target, const std::string& body) {
  return Send("POST", target, body + (body.empty() ? "" : "&") + "csrf=" + UrlEncode(csrf_));
}

HttpReply HttpClient::PostRaw(const std::string& target, const std::string& content_type,
                              const std::string& body) {
  return Send("POST", target, body, content_type);
}

bool HttpClient::SignIn(const std::string& email, const std::string& password) {
  Get("/sign-in");
  const auto reply =
      Post("/sign-in", "email=" + UrlEncode(email) + "&password=" + UrlEncode(password));
  if (reply.status != 303 || session_.empty()) return false;
  Get("/account");  // the session's CSRF token, from the page's forms
  return true;
}

HttpReply HttpClient::Send(const std::string& method, const std::string& target,
                           const std::string& body, const std::string& content_type) {
  std::string raw = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
  std::string cookies;
  if (!session_.empty()) cookies = "lct_session=" + session_;
  if (!csrf_cookie_.empty())
    cookies += (cookies.empty() ? "" : "; ") + ("lct_csrf=" + csrf_cookie_);
  if (!cookies.empty()) raw += "Cookie: " + cookies + "\r\n";
  if (method == "POST") {
    raw += "Content-Type: " + content_type + "\r\nContent-Length: " + std::to_string(body.size()) +
           "\r\n";
  }
  raw += "\r\n" + body;
  HttpReply reply = SendRaw(port_, raw);
  Remember(reply);
  return reply;
}

void HttpClient::Remember(const HttpReply& reply) {
  if (auto csrf = CookieSet(reply.head, "lct_csrf"); !csrf.empty()) csrf_cookie_ = csrf;
  if (reply.head.find("Set-Cookie: lct_session=") != std::string::npos) {
    session_ = CookieSet(reply.head, "lct_session");
  }
  const std::string field = "name=\"csrf\" value=\"";
  const auto at = reply.body.find(field);
  if (at != std::string::npos) {
    const auto start = at + field.size();
    csrf_ = reply.body.substr(start, reply.body.find('"', start) - start);
  } else if (session_.empty()) {
    csrf_ = csrf_cookie_;
  }
}

std::string UrlEncode(const std::string& text) {
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) != 0) {
      out += c;
    } else {
      char buffer[4];
      std::snprintf(buffer, sizeof buffer, "%%%02X", byte);
      out += buffer;
    }
  }
  return out;
}

}  // namespace lct::testing
