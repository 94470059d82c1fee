#include "web/app.hpp"

#include <cctype>
#include <exception>
#include <map>
#include <optional>
#include <utility>

#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

#include "base/text.hpp"
#include "render/account_pages.hpp"
#include "render/json_text.hpp"
#include "render/pages.hpp"
#include "render/session_chrome.hpp"
#include "services/services.hpp"
#include "web/account_routes.hpp"
#include "web/api_doc.hpp"
#include "web/auth_context.hpp"
#include "web/client_address.hpp"
#include "web/content_coding.hpp"
#include "web/form.hpp"
#include "web/log_redaction.hpp"
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
    case 409:
      return "This clashes with what is there";
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

// The request path with its query, safe to put in a ?next= link.
std::string NextParameter(const Request& request) {
  return text::PercentEncode(request.target, [](unsigned char c) {
    return std::isalnum(c) == 0 && c != '/' && c != '-' && c != '_' && c != '.';
  });
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

App::App(services::Services& services, AppOptions options)
    : services_(services),
      options_(std::move(options)),
      site_(options_.base_url),
      responses_(std::make_unique<ResponseCache>()) {
  AddRoutes(router_, services_, site_);
  AddAccountRoutes(router_, *this);
  DocumentApiRoutes(router_);  // last: it describes the routes added above
}

App::App(store::Store& store, AppOptions options)
    : owned_(std::make_unique<services::Services>(store, options.accounts)),
      services_(*owned_),
      options_(std::move(options)),
      site_(options_.base_url),
      responses_(std::make_unique<ResponseCache>()) {
  AddRoutes(router_, services_, site_);
  AddAccountRoutes(router_, *this);
  DocumentApiRoutes(router_);  // last: it describes the routes added above
}

App::~App() = default;

services::AccountService& App::accounts() const { return services_.accounts(); }

bool App::IsSecure(const Request& request) const {
  if (options_.tls) return true;
  if (!IsTrustedProxy(request.remote_address, options_.trusted_proxy)) return false;
  const auto proto = request.Header("X-Forwarded-Proto");
  return proto && *proto == "https";
}

std::string App::ClientAddress(const Request& request) const {
  return web::ClientAddress(request, options_.trusted_proxy);
}

Response App::Handle(const Request& request) const {
  Response response;
  Principal principal;
  bool new_csrf = false;
  const Route* route = nullptr;
  try {
    std::map<std::string, std::string> params;
    route = router_.Find(request, params);
    // Issue 11: a path, query or cookie that is not valid UTF-8 goes no further.
    if (auto text = CheckRequestText(request); !text) {
      response = ErrorResponse(request, 400, text.error().message());
    } else if (auto refused = Authenticate(request, principal, new_csrf)) {
      response = std::move(*refused);
    } else {
      Form form;
      std::optional<Response> refusal;
      // A request no route takes gets its 404 or 405 from Dispatch: nothing would run anyway.
      if (route != nullptr && ChangesState(request.method)) {
        auto parsed = ParseForm(request);
        if (!parsed) {
          refusal = ErrorResponse(request, 400, parsed.error().message());
        } else {
          form = std::move(*parsed);
          refusal = CheckStateChange(request, *route, principal, new_csrf, &form);
        }
      }
      const auto version = SharedVersion(request, route, principal);
      const bool gzip = AcceptsGzip(request);
      auto hit = version ? responses_->Find(*version, request.target, gzip) : nullptr;
      if (refusal) {
        response = std::move(*refusal);
      } else if (hit) {
        response = *hit;
      } else {
        const render::ScopedViewer viewer(ViewerOf(principal));
        response =
            router_.Dispatch(request, principal, form, [&](int status, std::string_view message) {
              return ErrorResponse(request, status, message);
            });
        // Once kept, the cache's copy is the answer: it carries Vary and has a gzip form.
        if (version && Share(request, principal, *version, response)) {
          if (auto kept = responses_->Find(*version, request.target, gzip)) response = *kept;
        }
      }
      if (response.status == 200 && !ChangesState(request.method)) {
        const auto etag = response.Header("ETag");
        if (etag && NoneMatchHits(request, *etag)) {
          response.status = 304;
          response.body.clear();
        }
      }
    }
  } catch (const std::exception& e) {
    spdlog::error("unhandled exception for {} {}: {}", MethodName(request.method),
                  RedactTarget(request.target), e.what());
    response = ErrorResponse(request, 500,
                             "The server could not complete this request. It has been logged.");
  }
  Finish(response, request, route, principal, new_csrf);
  return response;
}

}  // namespace lct::web
