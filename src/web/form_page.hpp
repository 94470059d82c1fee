// The one way a handler answers with a page that may hold a form (and so the person's CSRF
// token): never cached, whatever its status.
#pragma once

#include <string>

#include "base/result.hpp"
#include "web/http_types.hpp"

namespace lct::web {

// `page` as an HTML response with `status`, `Cache-Control: no-store` as its only header and
// Sharing::kPrivate. A render error is returned as it is, for the router to map.
[[nodiscard]] Result<Response> FormPage(int status, Result<std::string> page);

}  // namespace lct::web
