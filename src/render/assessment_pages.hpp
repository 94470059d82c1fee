// The HTML pages of self-assessment rounds (issue 4): a place's rounds (with the forms that open
// one), a round's results (also printable) and the co-ordinator's page for inviting and closing
// (the respondent's pages are in render/respondent_pages.hpp). Every form carries the CSRF
// token; every page of an illustrative round says so.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "domain/assessment_view.hpp"
#include "domain/framework.hpp"

namespace lct::render {

struct RoundsPageInput {
  std::string place_code;
  std::string place_name;
  std::vector<domain::RoundListItem> rounds;
  bool can_open = false;                             // the viewer is the place's co-ordinator
  std::vector<const domain::Framework*> frameworks;  // offered when can_open
  std::string csrf;
  std::string error;  // from a refused form, shown at the top
  std::string today;  // the closing date's minimum
};

[[nodiscard]] Result<std::string> RoundsPage(const RoundsPageInput& input);

struct ResultsPageInput {
  const domain::RoundResultsView* view = nullptr;
  bool print = false;        // the printable version: no navigation or forms
  bool coordinator = false;  // link to the management page
};

[[nodiscard]] Result<std::string> RoundResultsPage(const ResultsPageInput& input);

// A link shown once, right after an invitation.
struct NewInvitation {
  int number = 0;
  std::string name;
  std::string url;  // absolute when the host is known, else the path
};

struct ManagePageInput {
  domain::AssessmentRound round;
  std::string framework_title;
  bool open = false;
  std::vector<domain::Respondent> respondents;
  std::optional<NewInvitation> invitation;
  std::string csrf;
  std::string error;
};

[[nodiscard]] Result<std::string> RoundManagePage(const ManagePageInput& input);

}  // namespace lct::render
