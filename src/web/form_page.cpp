#include "web/form_page.hpp"

#include <utility>

#include "web/handler_support.hpp"

namespace lct::web {

Result<Response> FormPage(int status, Result<std::string> page) {
  if (!page) return page.error();
  Response response = NoStore(Html(std::move(*page)));
  response.status = status;
  return response;
}

}  // namespace lct::web
