#include "web/handler_support.hpp"

#include "render/pages.hpp"

namespace lct::web {

Response Html(std::string body) {
  Response response;
  response.body = std::move(body);
  response.SetHeader("Cache-Control", "no-cache");
  response.sharing = Sharing::kShared;
  return response;
}

Response Csv(std::string body, const std::string& filename) {
  Response response;
  response.content_type = "text/csv; charset=utf-8";
  response.body = std::move(body);
  response.SetHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  response.SetHeader("Cache-Control", "no-cache");
  response.sharing = Sharing::kShared;
  return response;
}

Response JsonBody(std::string body) {
  Response response;
  response.content_type = "application/json";
  response.body = std::move(body);
  response.SetHeader("Cache-Control", "no-cache");
  response.sharing = Sharing::kShared;
  return response;
}

Response NoStore(Response response) {
  response.RemoveHeader("Cache-Control");
  response.SetHeader("Cache-Control", "no-store");
  response.sharing = Sharing::kPrivate;
  return response;
}

Result<domain::PlaceListQuery> ParsePlaceListQuery(const Request& request) {
  domain::PlaceListQuery q;
  if (const auto sort = request.Query("sort"); sort && !sort->empty()) {
    const auto parsed = render::PlaceSortFromKey(*sort);
    if (!parsed) {
      return InvalidArgument(
          "unknown sort '" + *sort +
              "': use name, code, region, population, density, imd-education or membership",
          {"", 0, "sort"});
    }
    q.sort = *parsed;
  }
  if (const auto order = request.Query("order"); order && !order->empty()) {
    if (*order != "asc" && *order != "desc") {
      return InvalidArgument("order must be asc or desc", {"", 0, "order"});
    }
    q.order = *order == "asc" ? domain::SortOrder::kAscending : domain::SortOrder::kDescending;
  }
  if (const auto region = request.Query("region")) q.region_code = *region;
  if (const auto role = request.Query("membership"); role && !role->empty()) {
    q.role = domain::MembershipRoleFromKey(*role);
    if (!q.role)
      return InvalidArgument("membership must be member or comparator", {"", 0, "membership"});
  }
  return q;
}

}  // namespace lct::web
