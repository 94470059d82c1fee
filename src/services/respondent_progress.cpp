#include "services/respondent_progress.hpp"

#include <algorithm>

namespace lct::services {
namespace {

constexpr std::string_view kRestPrefix = "rest:";

}  // namespace

std::optional<std::size_t> ResumePage(const domain::Questionnaire& q) {
  for (std::size_t i = 0; i < q.pages.size(); ++i) {
    if (q.pages[i].answered < q.pages[i].total) return i;
  }
  return std::nullopt;
}

Review ReviewAnswers(const domain::Questionnaire& q) {
  Review review;
  for (std::size_t i = 0; i < q.pages.size(); ++i) {
    for (const auto& c : q.pages[i].level->criteria) {
      if (c.retired) continue;
      ++review.total;
      const auto it = q.answers.find(c.id);
      if (it == q.answers.end()) {
        review.unanswered.push_back({i, c.id, c.statement});
      } else if (!it->second.rating) {
        review.dont_know.push_back({i, c.id, c.statement});
      } else {
        ++review.rated;
      }
    }
  }
  // At least one rating, and at least kNearlyEmptyPercent of the statements, rounded up.
  review.needed = std::max(1, (review.total * kNearlyEmptyPercent + 99) / 100);
  review.needed_percent = kNearlyEmptyPercent;
  review.nearly_empty = review.rated < review.needed;
  return review;
}

SaveAction ParseSaveAction(std::string_view action) {
  if (action == "continue") return {AfterSave::kContinue, std::nullopt};
  if (action == "later") return {AfterSave::kFinishLater, std::nullopt};
  if (action.starts_with(kRestPrefix) && action.size() > kRestPrefix.size()) {
    return {AfterSave::kContinue, std::string(action.substr(kRestPrefix.size()))};
  }
  return {AfterSave::kStay, std::nullopt};
}

void FillUnanswered(std::vector<domain::AnswerInput>& inputs, const std::string& rating) {
  for (auto& in : inputs) {
    if (in.rating.empty()) in.rating = rating;
  }
}

}  // namespace lct::services
