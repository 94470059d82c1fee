// The respondent's questionnaire (issues 4 and 19), in a layout of its own: the place, the round
// and the closing date at the top, no site menu and no sign-in link. One page of statements per
// strand and level, and a review page that lists what is unanswered or "don't know" before
// submitting.
#pragma once

#include <map>
#include <string>

#include "base/result.hpp"
#include "domain/assessment_view.hpp"
#include "domain/respondent_review.hpp"

namespace lct::render {

struct QuestionnaireInput {
  const domain::Questionnaire* questionnaire = nullptr;
  std::string token;
  std::string csrf;
  std::string notice;  // "Your answers are saved." after a save
  std::string error;   // a refused save, with the posted values kept in `posted`
  std::string error_field;
  std::map<std::string, domain::AnswerInput> posted;  // by criterion: what the form sent
};

// /respond/{token}/review (and the link itself once every statement has an answer): progress
// per page, the unanswered and "don't know" statements with links to them, and the submit
// button; `confirm` asks to confirm a nearly empty submission.
[[nodiscard]] Result<std::string> QuestionnaireReviewPage(const QuestionnaireInput& input,
                                                          const domain::Review& review,
                                                          bool confirm);

// /respond/{token}/{strand}/{level}: one page of criteria (read-only when the round is closed).
[[nodiscard]] Result<std::string> QuestionnaireLevelPage(const QuestionnaireInput& input,
                                                         const domain::QuestionnairePage& page);

}  // namespace lct::render
