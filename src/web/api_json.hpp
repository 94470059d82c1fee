// JSON forms of the read models, for the /api/v1 twins of the pages.
#pragma once

#include <string>
#include <vector>

#include "domain/indicator.hpp"
#include "domain/place_profile.hpp"

namespace lct::web {

[[nodiscard]] std::string PlaceListJson(const domain::PlaceList& list);
[[nodiscard]] std::string PlaceProfileJson(const domain::PlaceProfile& profile);
[[nodiscard]] std::string IndicatorsJson(const std::vector<domain::Indicator>& indicators);

}  // namespace lct::web
