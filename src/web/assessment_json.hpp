// JSON forms of a self-assessment round (issue 4): its results (the twin of the results page)
// and its export (one object per answer). Both follow the confidentiality rules of
// services/assessment_export.hpp and carry "illustrative" and a note for demo rounds.
#pragma once

#include <string>

#include "domain/round_report.hpp"

namespace lct::web {

[[nodiscard]] std::string RoundResultsJson(const domain::RoundReport& report);
[[nodiscard]] std::string RoundExportJson(const domain::RoundReport& report);

}  // namespace lct::web
