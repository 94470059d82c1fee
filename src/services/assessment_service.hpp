// Use cases of self-assessment rounds for a place's co-ordinator (issue 4): open a round,
// invite respondents (each gets a personal link shown once), close it, list a place's rounds
// and score one (results are computed from the stored answers each time they are asked for).
// docs/self-assessment.md describes the rules. `today` is the UTC date "YYYY-MM-DD", passed in
// so that tests control the clock.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "domain/assessment_round.hpp"
#include "domain/assessment_scoring.hpp"
#include "domain/framework.hpp"
#include "domain/round_report.hpp"
#include "services/account_service.hpp"
#include "services/framework_cache.hpp"
#include "services/store_handle.hpp"

namespace lct::services {

// The audit actor is services::Actor (account_service.hpp); an empty name is recorded as "cli".

struct OpenRoundRequest {
  std::string place_code;
  std::string framework;             // a stored framework's id
  std::optional<int> version;        // the highest stored version when empty
  std::vector<std::string> strands;  // strand ids; empty means every strand
  std::string closes_on;             // "YYYY-MM-DD" on or after today, or "" for no date
  domain::AnswerVisibility visibility = domain::AnswerVisibility::kAnonymous;
  bool illustrative = false;
  // Issue 18: operational needs a framework with operational variants (field "depth" otherwise).
  domain::RoundDepth depth = domain::RoundDepth::kStrategic;
};

// Checks the request (kInvalidArgument naming the field; NotFound for the place or framework)
// and stores the round. Returns it as stored.
[[nodiscard]] Result<domain::AssessmentRound> OpenRound(store::Store& store, FrameworkCache& cache,
                                                        const OpenRoundRequest& request,
                                                        std::string_view today,
                                                        const Actor& actor = {});

struct InviteRequest {
  domain::RoundId round;
  std::string place_code;  // when not empty, the round must belong to this place (else NotFound)
  std::string name;
  std::string organisation;
  std::string sector;
  std::string role;
};

// A new respondent and the personal link's secret token. The token is not stored (only its
// hash), so this is the only time it can be shown.
struct Invitation {
  domain::Respondent respondent;
  std::string token;
  std::string path;  // "/respond/<token>"
};

// Refuses (kInvalidArgument) a closed round, and an empty name or sector.
[[nodiscard]] Result<Invitation> InviteRespondent(store::Store& store, const InviteRequest& request,
                                                  std::string_view today, const Actor& actor = {});

// Closes the round by hand and stores the round it is compared with (the rule of
// domain::ChooseComparisonRound, as of now); closing a closed round changes nothing. NotFound
// when the round does not exist or (with a place code) belongs to another place.
[[nodiscard]] Status CloseRound(store::Store& store, std::string_view place_code,
                                domain::RoundId round, const Actor& actor = {});

// A place's rounds, newest first; NotFound for an unknown place.
[[nodiscard]] Result<std::vector<domain::AssessmentRound>> ListPlaceRounds(
    store::Store& store, std::string_view place_code);

// One round, checked to belong to `place_code` when that is not empty.
[[nodiscard]] Result<domain::AssessmentRound> GetPlaceRound(store::Store& store,
                                                            std::string_view place_code,
                                                            domain::RoundId round);

// The round's respondents by number; NotFound when the round does not exist or (with a place
// code) belongs to another place.
[[nodiscard]] Result<std::vector<domain::Respondent>> ListRoundRespondents(
    store::Store& store, std::string_view place_code, domain::RoundId round);

// Scores the round now. The comparison is with the round stored when this one closed; while it
// is open, with domain::ChooseComparisonRound as of `today`. A round closed by its date whose
// comparison is not stored yet gets it stored here (the only write a report makes).
[[nodiscard]] Result<domain::RoundReport> GetRoundReport(
    store::Store& store, FrameworkCache& cache, std::string_view place_code, domain::RoundId round,
    std::string_view today, const domain::ScoringOptions& options = {});

// Parses a round id as written in addresses and on the command line ("12"); kInvalidArgument
// otherwise.
[[nodiscard]] Result<domain::RoundId> ParseRoundId(std::string_view text);

// Today's UTC date as "YYYY-MM-DD" (for the edges: web handlers and commands).
[[nodiscard]] std::string TodayUtc();

// Now in UTC as "YYYY-MM-DDTHH:MM:SSZ", the form the store writes times in.
[[nodiscard]] std::string NowUtc();

}  // namespace lct::services
