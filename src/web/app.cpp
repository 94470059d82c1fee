#include "web/app.hpp"

#include <exception>

#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

#include "render/pages.hpp"
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

}  // namespace

Response ErrorResponse(const Request& request, int status, std::string_view message) {
  Response response;
  response.status = status;
  if (request.path.starts_with("/api/")) {
    response.content_type = "application/json";
    response.body = nlohmann::json{{"error", {{"status", status}, {"message", message}}}}.dump();
  } else {
    response.body = render::ErrorPage(status, StatusHeading(status), message);
  }
  return response;
}

App::App(store::Store& store) : store_(store) { AddRoutes(router_, store_); }

Response App::Handle(const Request& request) const {
  Response response;
  try {
    const Principal anonymous;
    response = router_.Dispatch(request, anonymous, [&](int status, std::string_view message) {
      return ErrorResponse(request, status, message);
    });
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
