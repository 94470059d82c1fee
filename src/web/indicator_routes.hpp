// Internal to web/: what indicator_routes.cpp and indicator_routes_targets.cpp share.
// The public entry point is AddIndicatorRoutes (web/routes.hpp).
#pragma once

#include <string>
#include <vector>

#include "render/time_chart.hpp"
#include "services/target_service.hpp"
#include "web/router.hpp"

namespace lct::services {
class Services;
}  // namespace lct::services

namespace lct::web::indicator_detail {

// /places/{code}/targets (page, form, remove) and /api/v1/places/{code}/targets.
void AddTargetRoutes(Router& router, services::Services& services);

[[nodiscard]] std::vector<render::TimePoint> ToPoints(
    const std::vector<services::DatedObservation>& series);

}  // namespace lct::web::indicator_detail
