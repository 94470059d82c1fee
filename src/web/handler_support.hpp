// Small helpers shared by the route handlers: response builders and query parsing.
#pragma once

#include <string>

#include "base/result.hpp"
#include "domain/place_profile.hpp"
#include "web/http_types.hpp"

namespace lct::web {

// Public data: marked Sharing::kShared, so App may serve them again to anonymous clients while
// the data version is unchanged (App refuses any that holds the client's CSRF token).
[[nodiscard]] Response Html(std::string body);
[[nodiscard]] Response Csv(std::string body, const std::string& filename);
[[nodiscard]] Response JsonBody(std::string body);

// `response` made private: Sharing::kPrivate and `Cache-Control: no-store` as its only
// Cache-Control, for an answer that holds a personal link, a form or data not every visitor may
// read (the router's Finish marks non-public routes so too; this says it where it is built).
[[nodiscard]] Response NoStore(Response response);

// sort, order, region and membership from the query string; unknown values are errors.
[[nodiscard]] Result<domain::PlaceListQuery> ParsePlaceListQuery(const Request& request);

}  // namespace lct::web
