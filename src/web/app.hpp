// The web application as a function from Request to Response: routes, permission choke
// point, error pages and security headers. Holds no per-request state; thread-safe as long
// as the Store is.
#pragma once

#include "web/http_types.hpp"
#include "web/router.hpp"

namespace lct::store {
class Store;
}  // namespace lct::store

namespace lct::web {

class App {
 public:
  // `store` must outlive the App.
  explicit App(store::Store& store);

  // Never throws: an unexpected failure is logged and answered with a 500 page that says
  // nothing of the cause.
  [[nodiscard]] Response Handle(const Request& request) const;

  [[nodiscard]] const Router& router() const { return router_; }

 private:
  store::Store& store_;
  Router router_;
};

// An error response: JSON under /api/, an HTML page elsewhere.
[[nodiscard]] Response ErrorResponse(const Request& request, int status, std::string_view message);

}  // namespace lct::web
