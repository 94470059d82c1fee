// CSV versions of the tables the pages show, written with render/csv_writer (RFC 4180, UTF-8,
// CRLF line ends, formula-like text neutralised).
#pragma once

#include <string>
#include <vector>

#include "domain/indicator.hpp"
#include "domain/place_profile.hpp"
#include "render/target_page.hpp"

namespace lct::render {

[[nodiscard]] std::string PlacesCsv(const domain::PlaceList& list);
// Every period of every indicator for the place, with region and nation where shown.
[[nodiscard]] std::string PlaceIndicatorsCsv(const domain::PlaceProfile& profile);
// The catalogue file format (services/indicator_catalogue.hpp): it imports back unchanged.
[[nodiscard]] std::string IndicatorsCsv(const std::vector<domain::Indicator>& indicators);
// A place's targets, one row per target: baseline, target, latest value, status, the rule and
// figures behind it, and the note. Figures that cannot be worked out are empty cells.
[[nodiscard]] std::string TargetsCsv(const TargetsView& view);

}  // namespace lct::render
