// Routes of self-assessment rounds (issue 4). Co-ordinator pages under /places/{code}/rounds
// (kPlaceCoordinator to open, invite and close; kPlaceViewer to read results and exports);
// respondent pages under /respond/{token} (kCapability: the token is the credential).
#pragma once

#include "web/router.hpp"
#include "web/site.hpp"

namespace lct::services {
class Services;
}  // namespace lct::services

namespace lct::web {

// `site` builds respondents' links (never the request's Host); it must outlive the router.
void AddAssessmentRoutes(Router& router, services::Services& services,
                         const Site& site);  // assessment_routes.cpp
void AddRespondentRoutes(Router& router,
                         services::Services& services);  // respondent_routes.cpp

}  // namespace lct::web
