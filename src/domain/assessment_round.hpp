// Self-assessment rounds (issue 4): a place's partners rate a framework's criteria, strand by
// strand and level by level. Plain values; no I/O. docs/self-assessment.md gives the rules.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/ids.hpp"

namespace lct::domain {

using RoundId = Id<struct RoundTag>;
using RespondentId = Id<struct RespondentTag>;

// Whether results may say who gave which answer (chosen when the round is opened).
enum class AnswerVisibility { kAnonymous, kNamed };

// Issue 18: the depth a round asks at, chosen when it is opened. Strategic: every criterion as
// the framework states it, for a partnership board. Operational: for a single field project,
// only the criteria that have an operational variant, asked in that wording
// (domain/framework_depth.hpp).
enum class RoundDepth { kStrategic, kOperational };
[[nodiscard]] const char* RoundDepthKey(RoundDepth depth);  // "strategic", "operational"
[[nodiscard]] std::optional<RoundDepth> RoundDepthFromKey(std::string_view key);

// One round of self-assessment of a place against one version of a framework.
struct AssessmentRound {
  RoundId id;
  std::string place_code;
  std::string place_name;  // filled by the store when reading
  std::string framework;   // the framework's id (slug)
  int framework_version = 0;
  std::vector<std::string> strands;  // the strand ids assessed, in framework order; never empty
  std::string closes_on;             // "YYYY-MM-DD", the last day answers are taken; "" for none
  AnswerVisibility visibility = AnswerVisibility::kAnonymous;
  bool illustrative = false;  // invented responses (the demo): labelled on every page and export
  RoundDepth depth = RoundDepth::kStrategic;
  std::string opened_at;  // UTC "2026-01-31T12:00:00Z"; set by the store when empty
  std::string closed_at;  // set when closed by hand; "" while not closed by hand
  // The round this one is compared with (docs/self-assessment.md), stored when it closes:
  // comparison_fixed is false until then; comparison_round is empty for "none".
  bool comparison_fixed = false;
  std::optional<RoundId> comparison_round;
  bool operator==(const AssessmentRound&) const = default;
};

// True while answers are taken: not closed by hand and `today` ("YYYY-MM-DD", UTC) is on or
// before the closing date.
[[nodiscard]] bool IsOpen(const AssessmentRound& round, std::string_view today);

// When the round stopped taking answers: the earlier of closed_at and the end of its closing
// date, written "YYYY-MM-DDT24:00:00Z" so that it sorts after every time of that day and
// before the next day. Empty when neither is set. Meaningful once !IsOpen(round, today).
[[nodiscard]] std::string ClosingMoment(const AssessmentRound& round);

// The round `round` is compared with (docs/self-assessment.md), among `rounds` (its place's):
// the one with the highest id below round.id, on the same framework id and at the same depth,
// sharing at least one strand, and closed when `round` closed (its ClosingMoment no later than
// round's); while `round` is open on `today`, one that is closed on `today`. Empty when there is
// none.
[[nodiscard]] std::optional<RoundId> ChooseComparisonRound(
    const std::vector<AssessmentRound>& rounds, const AssessmentRound& round,
    std::string_view today);

// A person invited to answer for a partner organisation. The store keeps only a hash of the
// personal link's token.
struct Respondent {
  RespondentId id;
  RoundId round;
  int number = 0;  // 1, 2, 3... within the round, as the co-ordinator's list shows it
  // A random label unique in the round ("P3F9A0C12"), drawn by the store when the respondent is
  // invited: how exports name the author of an answer. Shown nowhere else, so that it cannot be
  // matched to the number and the name beside it.
  std::string pseudonym;
  std::string name;
  std::string organisation;
  std::string sector;
  std::string role;
  std::string invited_at;
  std::string submitted_at;  // "" while the answers are a draft
  bool operator==(const Respondent&) const = default;
};

// One respondent's answer to one criterion; at most one per (respondent, criterion).
struct Answer {
  RespondentId respondent;
  std::string criterion;
  std::optional<int> rating;  // a value of the framework's scale; none for "don't know"
  std::string evidence;
  std::vector<std::string> links;  // http(s) addresses
  std::string comment;
  bool operator==(const Answer&) const = default;
};

// True when the answer holds anything at all (a rating, evidence, a link or a comment).
[[nodiscard]] bool IsAnswered(const Answer& answer);

// "2026-03-31" style check: four digits, '-', two, '-', two, with a valid month and day.
[[nodiscard]] bool IsIsoDate(std::string_view text);

}  // namespace lct::domain
