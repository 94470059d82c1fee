// Everything a results page, an export or the command line needs about a self-assessment round:
// the round, its framework, respondents and answers as read, and their scores (issue 4).
// services::GetRoundReport fills it in from the store; plain values.
#pragma once

#include <memory>
#include <vector>

#include "domain/assessment_round.hpp"
#include "domain/assessment_scoring.hpp"
#include "domain/framework.hpp"

namespace lct::domain {

struct RoundReport {
  AssessmentRound round;
  bool open = false;  // answers are still taken (IsOpen today)
  std::shared_ptr<const Framework> framework;
  std::vector<Respondent> respondents;
  std::vector<Answer> answers;
  RoundResults results;  // with a comparison against the previous closed round, if any
};

}  // namespace lct::domain
