#include "domain/assessment_round.hpp"

#include <algorithm>
#include <cctype>

namespace lct::domain {

bool IsOpen(const AssessmentRound& round, std::string_view today) {
  if (!round.closed_at.empty()) return false;
  // ISO dates compare as text.
  return round.closes_on.empty() || today <= std::string_view(round.closes_on);
}

std::string ClosingMoment(const AssessmentRound& round) {
  if (round.closes_on.empty()) return round.closed_at;
  std::string end_of_date = round.closes_on + "T24:00:00Z";
  if (round.closed_at.empty() || end_of_date < round.closed_at) return end_of_date;
  return round.closed_at;  // ISO times compare as text
}

const char* RoundDepthKey(RoundDepth depth) {
  return depth == RoundDepth::kOperational ? "operational" : "strategic";
}

std::optional<RoundDepth> RoundDepthFromKey(std::string_view key) {
  if (key == "strategic") return RoundDepth::kStrategic;
  if (key == "operational") return RoundDepth::kOperational;
  return std::nullopt;
}

std::optional<RoundId> ChooseComparisonRound(const std::vector<AssessmentRound>& rounds,
                                             const AssessmentRound& round, std::string_view today) {
  const bool open = IsOpen(round, today);
  const std::string moment = ClosingMoment(round);
  std::optional<RoundId> best;
  for (const auto& other : rounds) {
    if (other.id.value >= round.id.value || other.framework != round.framework ||
        other.depth != round.depth) {
      continue;
    }
    if (best && other.id.value <= best->value) continue;
    const bool shares_strand =
        std::any_of(other.strands.begin(), other.strands.end(), [&](const std::string& s) {
          return std::find(round.strands.begin(), round.strands.end(), s) != round.strands.end();
        });
    if (!shares_strand) continue;
    const bool closed_then = open ? !IsOpen(other, today)
                                  : !ClosingMoment(other).empty() && ClosingMoment(other) <= moment;
    if (closed_then) best = other.id;
  }
  return best;
}

bool IsAnswered(const Answer& answer) {
  return answer.rating.has_value() || !answer.evidence.empty() || !answer.links.empty() ||
         !answer.comment.empty();
}

bool IsIsoDate(std::string_view text) {
  constexpr std::size_t kLength = 10;
  if (text.size() != kLength || text[4] != '-' || text[7] != '-') return false;
  for (const std::size_t i : {0U, 1U, 2U, 3U, 5U, 6U, 8U, 9U}) {
    if (std::isdigit(static_cast<unsigned char>(text[i])) == 0) return false;
  }
  const int month = (text[5] - '0') * 10 + (text[6] - '0');
  const int day = (text[8] - '0') * 10 + (text[9] - '0');
  constexpr int kMonths = 12;
  constexpr int kDays = 31;
  return month >= 1 && month <= kMonths && day >= 1 && day <= kDays;
}

}  // namespace lct::domain
