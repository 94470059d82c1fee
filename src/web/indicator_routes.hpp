// Internal to web/: what indicator_routes.cpp and indicator_routes_targets.cpp share.
// The public entry point is AddIndicatorRoutes (web/routes.hpp).
#pragma once

#include <string>
#include <vector>

#include "base/result.hpp"
#include "render/time_chart.hpp"
#include "services/target_service.hpp"
#include "web/router.hpp"

namespace lct::services {
class Services;
}  // namespace lct::services

namespace lct::web::indicator_detail {

// /places/{code}/targets (page, form, remove) and /api/v1/places/{code}/targets.
void AddTargetRoutes(Router& router, services::Services& services);

// A page that may hold a form with the person's CSRF token: `status`, never cached. A render
// error becomes its error response.
[[nodiscard]] Result<Response> FormPage(int status, Result<std::string> page);

[[nodiscard]] std::vector<render::TimePoint> ToPoints(
    const std::vector<services::DatedObservation>& series);

}  // namespace lct::web::indicator_detail
