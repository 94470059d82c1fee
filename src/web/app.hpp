// The web application as a function from Request to Response: who is asking (session cookie
// or Bearer API token), CSRF, routes with their permission choke point, error pages and
// security headers. Holds no per-request state; thread-safe as long as the Store is.
#pragma once

#include <memory>
#include <string>

#include "services/account_service.hpp"
#include "web/http_types.hpp"
#include "web/router.hpp"

namespace lct::store {
class Store;
}  // namespace lct::store

namespace lct::web {

struct AppOptions {
  services::AccountOptions accounts;
  // Served over TLS (by this process or a proxy that always uses it): cookies get Secure.
  bool tls = false;
  // A proxy's address (as the server sees it, e.g. "127.0.0.1"): only requests from it may
  // say `X-Forwarded-Proto: https` to get Secure cookies. Empty: the header is ignored.
  std::string trusted_proxy;
};

class App {
 public:
  // `store` must outlive the App.
  explicit App(store::Store& store, AppOptions options = {});

  // Never throws: an unexpected failure is logged and answered with a 500 page that says
  // nothing of the cause.
  //
  // Before dispatch: resolves the principal (a valid `lct_session` cookie, or an
  // `Authorization: Bearer` API token under /api/); for POST/PUT/PATCH/DELETE parses the form
  // and checks CSRF: the field `csrf` (or header X-CSRF-Token) must equal the session's token,
  // or, without a session, the `lct_csrf` cookie (double submit); Bearer requests are exempt.
  // A failed check is a 403 and nothing runs. Responses to requests without an `lct_csrf`
  // cookie set one (HttpOnly, SameSite=Strict).
  [[nodiscard]] Response Handle(const Request& request) const;

  [[nodiscard]] const Router& router() const { return router_; }
  [[nodiscard]] services::AccountService& accounts() const { return *accounts_; }
  // True when the request arrived over TLS (directly, or from the trusted proxy).
  [[nodiscard]] bool IsSecure(const Request& request) const;

 private:
  store::Store& store_;
  AppOptions options_;
  std::unique_ptr<services::AccountService> accounts_;
  Router router_;
};

// An error response: JSON under /api/, an HTML page elsewhere (a 401 page links to sign-in).
[[nodiscard]] Response ErrorResponse(const Request& request, int status, std::string_view message);

}  // namespace lct::web
