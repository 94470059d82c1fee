// Decisions about where a respondent stands in a questionnaire (issue 19): the page the personal
// link reopens at, what the review before submitting lists, when a submission is "nearly empty"
// and must be confirmed, and what a page's "answer the rest at once" buttons fill in. Pure
// functions of a loaded Questionnaire and the posted form; no I/O.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/assessment_view.hpp"
#include "domain/respondent_review.hpp"

namespace lct::services {

// A submission is nearly empty when fewer than this share of the statements carry a rating on
// the scale ("don't know" and unanswered statements do not count). The review page says so.
inline constexpr int kNearlyEmptyPercent = 25;

// The index in q.pages of the first page with an unanswered statement; nullopt when every
// statement has an answer (a rating or "don't know").
[[nodiscard]] std::optional<std::size_t> ResumePage(const domain::Questionnaire& q);

using domain::Review;
using domain::ReviewItem;

// The review of q's answers; nearly_empty as kNearlyEmptyPercent says, rounded up, and at
// least one rating.
[[nodiscard]] Review ReviewAnswers(const domain::Questionnaire& q);

// What a save of one page does next: stay on the page, go on to the next page, or stop for now.
enum class AfterSave { kStay, kContinue, kFinishLater };

// A page's submit button, decoded: "continue", "later", "draft" (or anything else: stay), and
// "rest:<rating>" (go on, after giving every statement left without a choice on the page that
// rating: a scale value or "dont-know"; SaveAnswers checks it is on the scale).
struct SaveAction {
  AfterSave after = AfterSave::kStay;
  std::optional<std::string> fill_rating;
};

[[nodiscard]] SaveAction ParseSaveAction(std::string_view action);

// Gives `rating` to every input with no rating chosen (its texts are kept).
void FillUnanswered(std::vector<domain::AnswerInput>& inputs, const std::string& rating);

}  // namespace lct::services
