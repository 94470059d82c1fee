// The list of a place's self-assessment rounds (issue 4), read from the store. The results page's
// model is built in domain/ (domain/assessment_view.hpp, BuildResultsView).
#pragma once

#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "domain/assessment_view.hpp"
#include "services/framework_cache.hpp"
#include "services/store_handle.hpp"

namespace lct::services {

// A place's rounds, newest first, with their framework titles and respondent counts.
[[nodiscard]] Result<std::vector<domain::RoundListItem>> ListRoundItems(store::Store& store,
                                                                        FrameworkCache& cache,
                                                                        std::string_view place_code,
                                                                        std::string_view today);

}  // namespace lct::services
