// CSV versions of the tables the pages show (RFC 4180, UTF-8, CRLF line ends).
#pragma once

#include <string>
#include <vector>

#include "domain/indicator.hpp"
#include "domain/place_profile.hpp"

namespace lct::render {

[[nodiscard]] std::string PlacesCsv(const domain::PlaceList& list);
// Every period of every indicator for the place, with region and nation where shown.
[[nodiscard]] std::string PlaceIndicatorsCsv(const domain::PlaceProfile& profile);
[[nodiscard]] std::string IndicatorsCsv(const std::vector<domain::Indicator>& indicators);

}  // namespace lct::render
