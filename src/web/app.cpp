#include "web/app.hpp"

#include <cctype>
#include <exception>
#include <optional>
#include <utility>

#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

#include "base/text.hpp"
#include "render/account_pages.hpp"
#include "render/json_text.hpp"
#include "render/pages.hpp"
#include "render/session_chrome.hpp"
#include "services/auth_crypto.hpp"
#include "web/account_routes.hpp"
#include "web/auth_context.hpp"
#include "web/form.hpp"
#include "web/routes.hpp"

namespace lct::web {
namespace {

const char* StatusHeading(int status) {
  switch (status) {
    case 400:
      return "Bad request";
    case 401:
      return "Sign in required";
    case 403:
      return "Not allowed";
    case 404:
      return "Page not found";
    case 405:
      return "Method not allowed";
    case 413:
      return "Request too large";
    case 431:
      return "Request headers too large";
    case 503:
      return "Service unavailable";
    default:
      return status >= 500 ? "Something went wrong" : "Error";
  }
}

void AddSecurityHeaders(Response& response) {
  response.SetHeader("X-Content-Type-Options", "nosniff");
  response.SetHeader("Referrer-Policy", "same-origin");
  response.SetHeader("X-Frame-Options", "DENY");
  response.SetHeader(
      "Content-Security-Policy",
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
      "frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
}

bool ChangesState(Method method) {
  return method == Method::kPost || method == Method::kPut || method == Method::kPatch ||
         method == Method::kDelete;
}

// The token of an `Authorization: Bearer ...` header, if any.
std::optional<std::string> BearerToken(const Request& request) {
  const auto header = request.Header("Authorization");
  if (!header || header->size() < 7) return std::nullopt;
  if (text::AsciiLower(header->substr(0, 7)) != "bearer ") return std::nullopt;
  return header->substr(7);
}

// The request path with its query, safe to put in a ?next= link.
std::string NextParameter(const Request& request) {
  std::string out;
  for (const char c : request.target) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '-' || c == '_' ||
        c == '.') {
      out += c;
    } else {
      constexpr const char* kHex = "0123456789ABCDEF";
      out += '%';
      out += kHex[(static_cast<unsigned char>(c) >> 4) & 0xF];
      out += kHex[static_cast<unsigned char>(c) & 0xF];
    }
  }
  return out;
}

}  // namespace

Response ErrorResponse(const Request& request, int status, std::string_view message) {
  Response response;
  response.status = status;
  if (request.path.starts_with("/api/")) {
    response.content_type = "application/json";
    response.body =
        render::JsonText(nlohmann::json{{"error", {{"status", status}, {"message", message}}}});
  } else if (status == 401) {
    response.body = render::SignInRequiredPage(message, "/sign-in?next=" + NextParameter(request));
  } else {
    response.body = render::ErrorPage(status, StatusHeading(status), message);
  }
  return response;
}

App::App(store::Store& store, AppOptions options)
    : store_(store),
      options_(std::move(options)),
      accounts_(std::make_unique<services::AccountService>(store, options_.accounts)) {
  AddRoutes(router_, store_);
  AddAccountRoutes(router_, *this);
}

bool App::IsSecure(const Request& request) const {
  if (options_.tls) return true;
  if (options_.trusted_proxy.empty() || request.remote_address != options_.trusted_proxy) {
    return false;
  }
  const auto proto = request.Header("X-Forwarded-Proto");
  return proto && *proto == "https";
}

Response App::Handle(const Request& request) const {
  Response response;
  bool set_csrf_cookie = false;
  try {
    const auto error_page = [&](int status, std::string_view message) {
      return ErrorResponse(request, status, message);
    };
    // Issue 11: a path, query or cookie that is not valid UTF-8 goes no further.
    if (auto text = CheckRequestText(request); !text) {
      response = error_page(400, text.error().message());
      AddSecurityHeaders(response);
      return response;
    }
    Principal principal;
    const auto bearer = request.path.starts_with("/api/") ? BearerToken(request) : std::nullopt;
    if (bearer) {
      auto identity = accounts_->AuthenticateApiToken(*bearer);
      if (!identity) {
        response = error_page(401, "The API token is not valid, or has been revoked.");
        AddSecurityHeaders(response);
        return response;
      }
      principal = TokenPrincipalOf(*identity);
    } else {
      if (const auto session = CookieValue(request, kSessionCookie)) {
        if (auto identity = accounts_->ResumeSession(*session)) principal = PrincipalOf(*identity);
      }
      if (!principal.signed_in) {
        // Double-submit token for requests without a session (respondent links, sign-in).
        const auto cookie = CookieValue(request, kCsrfCookie);
        if (cookie && cookie->size() >= 32) {
          principal.csrf_token = *cookie;
        } else {
          principal.csrf_token = services::RandomToken();
          set_csrf_cookie = true;
        }
      }
    }
    Form form;
    // A request no route takes gets its 404 or 405 from Dispatch: nothing would run anyway.
    if (ChangesState(request.method) && router_.Handles(request)) {
      auto parsed = ParseForm(request);
      if (!parsed) {
        response = error_page(400, parsed.error().message());
        AddSecurityHeaders(response);
        return response;
      }
      form = std::move(*parsed);
      if (!principal.api_token) {
        const auto sent = form.Field("csrf").value_or(request.Header("X-CSRF-Token").value_or(""));
        if (set_csrf_cookie || !services::ConstantTimeEquals(sent, principal.csrf_token)) {
          response = error_page(403,
                                "This form has expired or did not come from this site. Please go "
                                "back, reload the page and try again.");
          AddSecurityHeaders(response);
          if (set_csrf_cookie) {
            response.SetHeader("Set-Cookie",
                               SetCookieValue(kCsrfCookie, principal.csrf_token,
                                              {IsSecure(request), "Strict", std::nullopt}));
          }
          return response;
        }
      }
    }
    const render::ScopedViewer viewer(ViewerOf(principal));
    response = router_.Dispatch(request, principal, form, error_page);
    if (set_csrf_cookie) {
      response.SetHeader("Set-Cookie", SetCookieValue(kCsrfCookie, principal.csrf_token,
                                                      {IsSecure(request), "Strict", std::nullopt}));
    }
  } catch (const std::exception& e) {
    spdlog::error("unhandled exception for {} {}: {}", MethodName(request.method), request.path,
                  e.what());
    response = ErrorResponse(request, 500,
                             "The server could not complete this request. It has been logged.");
  }
  AddSecurityHeaders(response);
  return response;
}

}  // namespace lct::web
