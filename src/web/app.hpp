// The web application as a function from Request to Response: who is asking (session cookie
// or Bearer API token), the origin and CSRF checks, routes with their permission choke point,
// error pages, caching and security headers. Holds no per-request state; thread-safe as long
// as the Store is (SetListeningUrl aside).
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "services/account_service.hpp"
#include "web/http_types.hpp"
#include "web/response_cache.hpp"
#include "web/router.hpp"
#include "web/site.hpp"

namespace lct::store {
class Store;
}  // namespace lct::store

namespace lct::services {
class Services;
}  // namespace lct::services

namespace lct::web {

struct AppOptions {
  // Only for the constructor that builds its own services façade (tests); a façade given to
  // the App brings its own account options.
  services::AccountOptions accounts;
  // Served over TLS (by this process or a proxy that always uses it): cookies get Secure.
  bool tls = false;
  // A proxy's address (as the server sees it, e.g. "127.0.0.1"): only requests from it may
  // say `X-Forwarded-Proto: https` to get Secure cookies, or name the client's address in
  // `X-Forwarded-For`. Empty: both headers are ignored.
  std::string trusted_proxy;
  // The site's base URL (from NormaliseBaseUrl, e.g. "https://lct.example.org"): links the
  // server shows are built from it, and state-changing requests must come from its origin.
  // Empty: links use the listening address and the Origin is compared with the Host header.
  std::string base_url;
};

// How the server may read a request's body, decided from its headers alone.
struct BodyDecision {
  BodyLimit limit = BodyLimit::kSmall;
  std::optional<Response> refusal;  // when set: answer it without reading the body, and close
};

class App {
 public:
  // Routes and checks go through `services` (issue 12), which must outlive the App.
  explicit App(services::Services& services, AppOptions options = {});
  // Builds and owns a services façade over `store` (with options.accounts), which must outlive
  // the App: for tests and tools that hold a Store.
  explicit App(store::Store& store, AppOptions options = {});
  ~App();
  App(const App&) = delete;
  App& operator=(const App&) = delete;
  App(App&&) = delete;
  App& operator=(App&&) = delete;

  // Never throws: an unexpected failure is logged and answered with a 500 page that says
  // nothing of the cause.
  //
  // Before dispatch: resolves the principal (a valid `lct_session` cookie, or an
  // `Authorization: Bearer` API token under /api/); for POST/PUT/PATCH/DELETE refuses a
  // cross-site Origin or Referer (CheckOrigin), parses the form and checks CSRF: the field
  // `csrf` (or header X-CSRF-Token; on an upload route also the query parameter `csrf`) must
  // equal the session's token, or, without a session, the `lct_csrf` cookie (double submit);
  // Bearer requests are exempt from both. A failed check is a 403 and nothing runs. HTML
  // responses to requests without an `lct_csrf` cookie set one (HttpOnly, SameSite=Strict).
  // After dispatch: `Cache-Control: no-store` on every route that is not public, and on every
  // response to a signed-in person except static files.
  //
  // Issue 12: an anonymous GET or HEAD (no session, no Authorization header) of a public route
  // gets an ETag from the data version and its body, and If-None-Match naming it is answered
  // 304 with no body. Such a response marked Sharing::kShared, with status 200, no Set-Cookie,
  // no `no-store` and not holding the client's CSRF token is kept in memory and served to the
  // next anonymous request for the same target while the data version is unchanged, in gzip
  // form to a client that accepts it (web/content_coding.hpp).
  [[nodiscard]] Response Handle(const Request& request) const;

  // For the server, from the request line and headers (the body not yet read): the upload
  // limit only for a multipart POST to an upload route by someone the route allows, with a
  // valid CSRF token from the query or X-CSRF-Token and no cross-site origin; a refusal
  // (401/403) for anyone else on that route; the small limit for every other request.
  [[nodiscard]] BodyDecision DecideBody(const Request& head) const;

  [[nodiscard]] const Router& router() const { return router_; }
  [[nodiscard]] services::AccountService& accounts() const;
  [[nodiscard]] services::Services& services() const { return services_; }
  [[nodiscard]] const Site& site() const { return site_; }
  // The anonymous responses kept in memory (issue 12), for tests and diagnostics.
  [[nodiscard]] const ResponseCache& responses() const { return *responses_; }
  // True when the request arrived over TLS (directly, or from the trusted proxy).
  [[nodiscard]] bool IsSecure(const Request& request) const;
  // The client's address: the socket peer, or behind the trusted proxy the address it saw.
  [[nodiscard]] std::string ClientAddress(const Request& request) const;
  // Links use `url` (e.g. "http://127.0.0.1:8080/") when no base URL was configured. Call
  // once before serving: not thread-safe.
  void SetListeningUrl(std::string_view url) { site_.SetListening(url); }

 private:
  // Who is asking. `new_csrf` is set when a double-submit token had to be made. A refusal
  // (an unknown API token) is returned as a response.
  std::optional<Response> Authenticate(const Request& request, Principal& principal,
                                       bool& new_csrf) const;
  // The origin and CSRF checks of a state-changing request; `form` is null when the body is
  // not read yet. A refusal is returned as a response.
  std::optional<Response> CheckStateChange(const Request& request, const Route& route,
                                           const Principal& principal, bool new_csrf,
                                           const Form* form) const;
  // The data version when the response to `request` may come from, or go to, the shared
  // response cache; nullopt otherwise (issue 12).
  std::optional<std::int64_t> SharedVersion(const Request& request, const Route* route,
                                            const Principal& principal) const;
  // Tags a fresh response rendered at `version` and keeps it when it may be shared; true when
  // it was kept.
  bool Share(const Request& request, const Principal& principal, std::int64_t version,
             Response& response) const;
  // Cookies, caching and security headers, on every response.
  void Finish(Response& response, const Request& request, const Route* route,
              const Principal& principal, bool new_csrf) const;

  std::unique_ptr<services::Services> owned_;  // set by the Store& constructor only
  services::Services& services_;
  AppOptions options_;
  Site site_;
  Router router_;
  std::unique_ptr<ResponseCache> responses_;
};

// An error response: JSON under /api/, an HTML page elsewhere (a 401 page links to sign-in).
[[nodiscard]] Response ErrorResponse(const Request& request, int status, std::string_view message);

}  // namespace lct::web
