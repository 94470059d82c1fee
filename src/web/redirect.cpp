#include "web/redirect.hpp"

#include <utility>

namespace lct::web {

Response Redirect(std::string location) {
  Response response;
  response.status = 303;
  response.SetHeader("Location", std::move(location));
  response.SetHeader("Cache-Control", "no-store");
  return response;
}

}  // namespace lct::web
