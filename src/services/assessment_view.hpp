// Building the read models of domain/assessment_view.hpp from scored rounds (issue 4).
#pragma once

#include <string_view>
#include <vector>

#include "domain/assessment_view.hpp"
#include "services/assessment_service.hpp"

namespace lct::services {

// The results page's model. Names appear only for a round opened with named answers.
[[nodiscard]] domain::RoundResultsView BuildResultsView(const RoundReport& report,
                                                        const ScoringOptions& options = {});

// A place's rounds, newest first, with their framework titles and respondent counts.
[[nodiscard]] Result<std::vector<domain::RoundListItem>> ListRoundItems(store::Store& store,
                                                                        FrameworkCache& cache,
                                                                        std::string_view place_code,
                                                                        std::string_view today);

}  // namespace lct::services
