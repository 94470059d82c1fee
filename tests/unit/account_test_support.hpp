// Shared by the account tests (issue 7): a private in-memory database with two places, and
// helpers to add people and sign them in through the real App.
#pragma once

#include <gtest/gtest.h>

#include <cctype>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>

#include "services/account_service.hpp"
#include "services/database.hpp"
#include "store/store.hpp"
#include "web/app.hpp"
#include "web/auth_context.hpp"

namespace lct::testing {

inline constexpr const char* kPlaceA = "E08000012";  // Liverpool
inline constexpr const char* kPlaceB = "E08000039";  // Sheffield
inline constexpr const char* kPassword = "correct horse battery";

// A fresh in-memory database holding places A and B (names only: no statistics).
inline std::unique_ptr<store::Store> AccountTestStore() {
  auto store = services::OpenDatabase({":memory:", 1});
  EXPECT_TRUE(store.ok());
  const auto status = (*store)->Write([](store::StoreWriter& w) -> Status {
    for (const auto& [code, name] :
         {std::pair{kPlaceA, "Liverpool"}, std::pair{kPlaceB, "Sheffield"}}) {
      domain::Place place;
      place.code = code;
      place.name = name;
      place.nation_code = "E92000001";
      auto id = w.UpsertPlace(place);
      if (!id) return id.error();
    }
    return Ok();
  });
  EXPECT_TRUE(status.ok());
  return std::move(*store);
}

// Account options for tests: fast hashing and a clock the test sets.
inline services::AccountOptions TestAccountOptions(std::int64_t* now) {
  auto options = services::AccountOptions::ForTests();
  options.clock = [now] { return *now; };
  return options;
}

// The value of the first Set-Cookie header for `name` in `response`, or "".
inline std::string SetCookie(const web::Response& response, std::string_view name) {
  for (const auto& [key, value] : response.headers) {
    if (key == "Set-Cookie" && value.starts_with(std::string(name) + "=")) {
      return value.substr(name.size() + 1, value.find(';') - name.size() - 1);
    }
  }
  return {};
}

inline std::string Header(const web::Response& response, std::string_view name) {
  for (const auto& [key, value] : response.headers) {
    if (key == name) return value;
  }
  return {};
}

// A browser-like client of an App: keeps cookies, sends the CSRF token it was given.
class TestClient {
 public:
  explicit TestClient(const web::App& app) : app_(app) {}

  web::Response Get(const std::string& target) { return Send(web::Method::kGet, target, ""); }

  // Posts a url-encoded form; adds csrf=<token> unless `csrf` says otherwise.
  web::Response Post(const std::string& target, std::string body,
                     std::optional<std::string> csrf = std::nullopt) {
    const std::string token = csrf.value_or(csrf_);
    if (!body.empty()) body += "&";
    body += "csrf=" + token;
    return Send(web::Method::kPost, target, body);
  }

  web::Response Send(web::Method method, const std::string& target, const std::string& body,
                     const std::string& content_type = "application/x-www-form-urlencoded") {
    auto request = web::ParseTarget(method, target);
    EXPECT_TRUE(request.has_value()) << target;
    std::string cookies;
    if (!session_.empty()) cookies += "lct_session=" + session_;
    if (!csrf_cookie_.empty())
      cookies += (cookies.empty() ? "" : "; ") + ("lct_csrf=" + csrf_cookie_);
    if (!cookies.empty()) request->headers.emplace_back("Cookie", cookies);
    if (!bearer_.empty()) request->headers.emplace_back("Authorization", "Bearer " + bearer_);
    if (!body.empty()) request->headers.emplace_back("Content-Type", content_type);
    request->headers.emplace_back("Host", "lct.test");
    request->body = body;
    request->remote_address = address_;
    web::Response response = app_.Handle(*request);
    if (auto csrf = SetCookie(response, "lct_csrf"); !csrf.empty()) csrf_cookie_ = csrf;
    for (const auto& [key, value] : response.headers) {
      if (key == "Set-Cookie" && value.starts_with("lct_session=")) {
        session_ = value.substr(12, value.find(';') - 12);
      }
    }
    // The token a page's forms carry: the session's, else the double-submit cookie.
    const auto field = response.body.find("name=\"csrf\" value=\"");
    if (field != std::string::npos) {
      const auto start = field + 19;
      csrf_ = response.body.substr(start, response.body.find('"', start) - start);
    } else if (session_.empty()) {
      csrf_ = csrf_cookie_;
    }
    return response;
  }

  // Signs in through the form; true when the App answered with a redirect and a session.
  bool SignIn(const std::string& email, const std::string& password = kPassword) {
    Get("/sign-in");
    const auto r = Post("/sign-in", "email=" + email + "&password=" + Encode(password));
    if (r.status != 303 || session_.empty()) return false;
    Get("/account");  // picks up the session's CSRF token from the page
    return true;
  }

  static std::string Encode(std::string_view text) {
    std::string out;
    for (const char c : text) {
      if (std::isalnum(static_cast<unsigned char>(c)) != 0) {
        out += c;
      } else {
        char buf[4];
        std::snprintf(buf, sizeof buf, "%%%02X", static_cast<unsigned char>(c));
        out += buf;
      }
    }
    return out;
  }

  std::string session_;
  std::string csrf_cookie_;
  std::string csrf_;
  std::string bearer_;
  std::string address_ = "192.0.2.10";

 private:
  const web::App& app_;
};

}  // namespace lct::testing
