// A round's answers for export (CSV here; JSON in web/assessment_json), with the
// confidentiality rules applied (docs/self-assessment.md): each respondent's answers carry
// their random pseudonym (never the invitation number), in pseudonym order; names only in a
// round opened with named answers; sectors as domain::SectorLabels shows them. Only submitted
// answers are exported, and an anonymous round exports none while fewer than
// ScoringOptions::min_group_size respondents have submitted (RoundResults::distribution_withheld).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "services/assessment_service.hpp"

namespace lct::services {

struct ExportRow {
  std::string respondent;    // the respondent's pseudonym in the round
  std::string name;          // named rounds only; "" otherwise
  std::string organisation;  // named rounds only
  std::string role;          // named rounds only
  std::string sector;        // as it may be shown
  std::string strand;
  std::string level;
  std::string criterion;
  std::optional<int> rating;  // none for "don't know"
  std::string rating_label;   // the scale point's label, or "Don't know"
  std::string evidence;
  std::vector<std::string> links;
  std::string comment;
};

[[nodiscard]] std::vector<ExportRow> ExportRows(const domain::RoundReport& report,
                                                const domain::ScoringOptions& options = {});

// True when ExportRows holds back an anonymous round's answers (too few have submitted);
// domain::WithheldReason says why.
[[nodiscard]] bool AnswersWithheld(const domain::RoundReport& report);

// RFC 4180 CSV (CRLF line ends), one row per answer. Every row of an illustrative round starts
// with a "note" column reading kIllustrativeLabel.
[[nodiscard]] std::string RoundCsv(const domain::RoundReport& report,
                                   const domain::ScoringOptions& options = {});

// The words every page and export of an illustrative round carries.
inline constexpr const char* kIllustrativeLabel = "Illustrative responses, not real";

}  // namespace lct::services
