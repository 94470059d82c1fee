// App's checks around dispatch (issues 7 and 11): who is asking, where a state-changing
// request came from and its CSRF token, how much body the server may read, and the headers
// every response gets.
#include <map>
#include <optional>
#include <string>

#include "base/text.hpp"
#include "services/auth_crypto.hpp"
#include "services/database.hpp"
#include "services/services.hpp"
#include "web/app.hpp"
#include "web/auth_context.hpp"
#include "web/form.hpp"

namespace lct::web {
namespace {

constexpr const char* kCrossSite =
    "This request came from another site, so it was not carried out. Please use the form on "
    "this site.";
constexpr const char* kBadCsrf =
    "This form has expired or did not come from this site. Please go back, reload the page and "
    "try again.";

void AddSecurityHeaders(Response& response) {
  response.SetHeader("X-Content-Type-Options", "nosniff");
  response.SetHeader("Referrer-Policy", "same-origin");
  response.SetHeader("X-Frame-Options", "DENY");
  response.SetHeader(
      "Content-Security-Policy",
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
      "frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
}

// The token of an `Authorization: Bearer ...` header, if any.
std::optional<std::string> BearerToken(const Request& request) {
  const auto header = request.Header("Authorization");
  if (!header || header->size() < 7) return std::nullopt;
  if (text::AsciiLower(header->substr(0, 7)) != "bearer ") return std::nullopt;
  return header->substr(7);
}

bool IsMultipart(const Request& request) {
  const std::string type = text::AsciiLower(request.Header("Content-Type").value_or(""));
  return type.starts_with("multipart/form-data");
}

// The CSRF token the request carries: the form field, the header, and on an upload route
// (whose body is not read before the check) the query parameter.
std::string SentToken(const Request& request, const Route& route, const Form* form) {
  if (form != nullptr) {
    if (auto field = form->Field("csrf")) return *field;
  }
  if (auto header = request.Header("X-CSRF-Token")) return *header;
  if (route.body == BodyLimit::kUpload) return request.Query("csrf").value_or("");
  return "";
}

std::string_view PlaceCode(const std::map<std::string, std::string>& params) {
  const auto code = params.find("code");
  return code == params.end() ? std::string_view() : std::string_view(code->second);
}

}  // namespace

std::optional<Response> App::Authenticate(const Request& request, Principal& principal,
                                          bool& new_csrf) const {
  const auto bearer = request.path.starts_with("/api/") ? BearerToken(request) : std::nullopt;
  if (bearer) {
    auto identity = accounts().AuthenticateApiToken(*bearer);
    if (!identity) {
      return ErrorResponse(request, 401, "The API token is not valid, or has been revoked.");
    }
    principal = TokenPrincipalOf(*identity);
    return std::nullopt;
  }
  if (const auto session = CookieValue(request, kSessionCookie)) {
    if (auto identity = accounts().ResumeSession(*session)) principal = PrincipalOf(*identity);
  }
  if (!principal.signed_in) {
    // Double-submit token for requests without a session (respondent links, sign-in).
    const auto cookie = CookieValue(request, kCsrfCookie);
    if (cookie && cookie->size() >= 32) {
      principal.csrf_token = *cookie;
    } else {
      principal.csrf_token = services::RandomToken();
      new_csrf = true;
    }
  }
  return std::nullopt;
}

std::optional<Response> App::CheckStateChange(const Request& request, const Route& route,
                                              const Principal& principal, bool new_csrf,
                                              const Form* form) const {
  if (principal.api_token) return std::nullopt;  // no cookie involved: nothing to forge
  // A browser names the page a request came from; one from another site is refused even
  // with a valid token. Neither header: the token alone decides (docs/security.md).
  if (CheckOrigin(request, site_.origin()) == OriginCheck::kCrossSite) {
    return ErrorResponse(request, 403, kCrossSite);
  }
  const std::string sent = SentToken(request, route, form);
  if (new_csrf || !services::ConstantTimeEquals(sent, principal.csrf_token)) {
    return ErrorResponse(request, 403, kBadCsrf);
  }
  return std::nullopt;
}

std::optional<std::int64_t> App::SharedVersion(const Request& request, const Route* route,
                                               const Principal& principal) const {
  if (request.method != Method::kGet && request.method != Method::kHead) return std::nullopt;
  if (route == nullptr || route->permission != Permission::kPublic) return std::nullopt;
  if (principal.signed_in || principal.api_token || request.Header("Authorization")) {
    return std::nullopt;
  }
  auto version = services::DataVersion(services_.store());
  if (!version) return std::nullopt;  // the page is rendered, just not cached
  return *version;
}

bool App::Share(const Request& request, const Principal& principal, std::int64_t version,
                Response& response) const {
  const std::string cache_control = response.Header("Cache-Control").value_or("");
  if (response.status != 200 || cache_control.find("no-store") != std::string::npos) {
    return false;
  }
  if (!response.Header("ETag")) response.SetHeader("ETag", EntityTag(version, response.body));
  // A page holding this client's CSRF token (a form) must never reach another client.
  const bool personal = response.Header("Set-Cookie").has_value() ||
                        cache_control.find("private") != std::string::npos ||
                        (!principal.csrf_token.empty() &&
                         response.body.find(principal.csrf_token) != std::string::npos);
  if (response.sharing != Sharing::kShared || personal) return false;
  responses_->Put(version, request.target, response);
  return true;
}

void App::Finish(Response& response, const Request& request, const Route* route,
                 const Principal& principal, bool new_csrf) const {
  // Only pages can hold forms: static files, data and API answers set no cookie.
  if (new_csrf && response.content_type.starts_with("text/html")) {
    response.SetHeader("Set-Cookie", SetCookieValue(kCsrfCookie, principal.csrf_token,
                                                    {IsSecure(request), "Strict", std::nullopt}));
  }
  // Anything that needs a session, a token or a secret link is private; so is every page a
  // signed-in person sees (it names them and holds their CSRF token). Static files stay
  // cacheable.
  const bool private_route = route != nullptr && route->permission != Permission::kPublic;
  const bool shared_file =
      response.Header("Cache-Control").value_or("").starts_with("public") && !private_route;
  if (private_route || response.status == 401 || response.status == 403 ||
      (principal.signed_in && !shared_file)) {
    response.RemoveHeader("Cache-Control");
    response.SetHeader("Cache-Control", "no-store");
  }
  AddSecurityHeaders(response);
}

BodyDecision App::DecideBody(const Request& head) const {
  BodyDecision decision;
  if (!ChangesState(head.method) || !IsMultipart(head)) return decision;
  std::map<std::string, std::string> params;
  const Route* route = router_.Find(head, params);
  if (route == nullptr || route->body != BodyLimit::kUpload) return decision;
  Principal principal;
  bool new_csrf = false;
  std::optional<Response> refusal = Authenticate(head, principal, new_csrf);
  if (!refusal && !Allows(route->permission, principal, PlaceCode(params))) {
    refusal = principal.signed_in
                  ? ErrorResponse(head, 403, "You do not have permission to see this page.")
                  : ErrorResponse(head, 401, "Please sign in to see this page.");
  }
  if (!refusal) refusal = CheckStateChange(head, *route, principal, new_csrf, nullptr);
  if (refusal) {
    Finish(*refusal, head, route, principal, new_csrf);
    decision.refusal = std::move(refusal);
    return decision;
  }
  decision.limit = BodyLimit::kUpload;
  return decision;
}

}  // namespace lct::web
