// What the review before submitting shows a respondent (issue 19): the statements without an
// answer and those answered "don't know", and whether the submission is nearly empty.
// services/respondent_progress builds it; render lays it out. Plain values.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace lct::domain {

// A statement the review lists, with the page it is on.
struct ReviewItem {
  std::size_t page = 0;  // index in Questionnaire::pages
  std::string criterion;
  std::string statement;
};

struct Review {
  std::vector<ReviewItem> unanswered;  // in questionnaire order
  std::vector<ReviewItem> dont_know;   // answered "don't know"
  int rated = 0;                       // statements with a rating on the scale
  int total = 0;
  int needed = 0;             // the fewest ratings that are not "nearly empty"
  int needed_percent = 0;     // the share of `total` that `needed` is (rounded up)
  bool nearly_empty = false;  // rated < needed; includes an empty submission
};

}  // namespace lct::domain
