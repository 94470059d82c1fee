// The HTML pages of the web application, rendered from Mustache templates that escape by
// default. Each function returns a complete document.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "domain/indicator.hpp"
#include "domain/place_profile.hpp"

namespace lct::render {

[[nodiscard]] Result<std::string> HomePage(const domain::PlaceList& list);
[[nodiscard]] Result<std::string> PlacePage(const domain::PlaceProfile& profile);
[[nodiscard]] Result<std::string> IndicatorsPage(const std::vector<domain::Indicator>& indicators);
[[nodiscard]] Result<std::string> AboutDataPage(const std::vector<domain::Indicator>& indicators);
// An error page that says what happened in words safe to show, and nothing more.
[[nodiscard]] std::string ErrorPage(int status, std::string_view heading, std::string_view message);

// Query-string keys and values the home page's links use, shared with the web tier's parser.
[[nodiscard]] const char* PlaceSortKey(domain::PlaceSort sort);
[[nodiscard]] std::optional<domain::PlaceSort> PlaceSortFromKey(std::string_view key);

}  // namespace lct::render
