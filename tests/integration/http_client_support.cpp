#include "integration/http_client_support.hpp"

#include <cctype>
#include <cstdio>
#include <stdexcept>

namespace lct::testing {

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
  return !csrf_.empty();
}

std::string HttpClient::CookieHeader() const {
  std::string cookies;
  if (!session_.empty()) cookies = "lct_session=" + session_;
  if (!csrf_cookie_.empty()) {
    cookies += (cookies.empty() ? "" : "; ") + ("lct_csrf=" + csrf_cookie_);
  }
  return cookies;
}

HttpReply HttpClient::Send(const std::string& method, const std::string& target,
                           const std::string& body, const std::string& content_type) {
  std::string raw = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
  if (const std::string cookies = CookieHeader(); !cookies.empty()) {
    raw += "Cookie: " + cookies + "\r\n";
  }
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
  if (auto csrf = SetCookieFrom(reply, "lct_csrf"); !csrf.empty()) csrf_cookie_ = csrf;
  if (reply.head.find("Set-Cookie: lct_session=") != std::string::npos) {
    session_ = SetCookieFrom(reply, "lct_session");
  }
  if (auto field = CsrfFieldOf(reply.body); !field.empty()) {
    csrf_ = field;
  } else if (session_.empty()) {
    csrf_ = csrf_cookie_;
  }
}

std::string SetCookieFrom(const HttpReply& reply, std::string_view name) {
  const std::string prefix = "Set-Cookie: " + std::string(name) + "=";
  const auto at = reply.head.find(prefix);
  if (at == std::string::npos) return "";
  const auto start = at + prefix.size();
  return reply.head.substr(start, reply.head.find_first_of(";\r", start) - start);
}

std::string CsrfFieldOf(const std::string& body) {
  constexpr std::string_view kField = R"(name="csrf" value=")";
  const auto at = body.find(kField);
  if (at == std::string::npos) return "";
  const auto start = at + kField.size();
  return body.substr(start, body.find('"', start) - start);
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

std::string MultipartFile(const std::string& content) {
  return "--b\r\nContent-Disposition: form-data; name=\"layout\"\r\n\r\nlong\r\n"
         "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"data.csv\"\r\n"
         "Content-Type: text/csv\r\n\r\n" +
         content + "\r\n--b--\r\n";
}

void AddAdmin(const ServerProcess& server, const std::string& email, const std::string& password) {
  const auto added =
      RunLct({"user", "add", email, "--admin", "--db", server.db_path()}, password + "\n");
  if (added.status != 0) throw std::runtime_error("lct user add failed: " + added.output);
}

HttpClient AddAdminAndSignIn(const ServerProcess& server, const std::string& email,
                             const std::string& password) {
  AddAdmin(server, email, password);
  HttpClient client(server.port());
  if (!client.SignIn(email, password)) throw std::runtime_error("sign-in failed for " + email);
  return client;
}

std::unique_ptr<ServerProcess>& SignedInAdminTest::Server() {
  static std::unique_ptr<ServerProcess> server;
  return server;
}

void SignedInAdminTest::StartSuite(const ServerConfig& config) {
  Server() = std::make_unique<ServerProcess>(config);
  ASSERT_NO_THROW(AddAdmin(*Server(), kAdminEmail, kAdminPassword));
}

void SignedInAdminTest::TearDownTestSuite() {
  SharedClient().reset();
  Server().reset();
}

HttpClient& SignedInAdminTest::SuiteAdmin() {
  if (!SharedClient()) SharedClient() = Admin();
  return *SharedClient();
}

std::optional<HttpClient>& SignedInAdminTest::SharedClient() {
  static std::optional<HttpClient> client;
  return client;
}

HttpClient SignedInAdminTest::Admin() {
  HttpClient client(Port());
  EXPECT_TRUE(client.SignIn(kAdminEmail, kAdminPassword));
  return client;
}

}  // namespace lct::testing
