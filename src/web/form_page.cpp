#include "web/form_page.hpp"

#include <utility>

namespace lct::web {

Result<Response> FormPage(int status, Result<std::string> page) {
  if (!page) return page.error();
  Response response;
  response.status = status;
  response.body = std::move(*page);
  response.SetHeader("Cache-Control", "no-store");
  return response;
}

}  // namespace lct::web
