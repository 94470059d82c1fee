// Routes of self-assessment rounds (issue 4). Co-ordinator pages under /places/{code}/rounds
// (kPlaceCoordinator to open, invite and close; kPlaceViewer to read results and exports);
// respondent pages under /respond/{token} (kCapability: the token is the credential).
#pragma once

#include "web/router.hpp"

namespace lct::store {
class Store;
}  // namespace lct::store

namespace lct::web {

void AddAssessmentRoutes(Router& router, store::Store& store);  // assessment_routes.cpp
void AddRespondentRoutes(Router& router, store::Store& store);  // respondent_routes.cpp

}  // namespace lct::web
