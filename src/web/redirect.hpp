// The one way a handler redirects: POST/Redirect/GET with 303 See Other.
#pragma once

#include <string>

#include "web/http_types.hpp"

namespace lct::web {

// 303 See Other to `location` (a path on this site, already escaped), with no body and
// `Cache-Control: no-store`, so a reload never posts twice and no cache keeps the redirect.
[[nodiscard]] Response Redirect(std::string location);

}  // namespace lct::web
