// Reading and writing self-assessment rounds, respondents and answers (migrations 4 and 6).
// Private to store/sqlite; SqliteStore and its writer delegate here.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "domain/assessment_round.hpp"
#include "store/sqlite/connection.hpp"

namespace lct::store::sqlite {

// Writes (call inside a transaction).
[[nodiscard]] Result<domain::RoundId> CreateRound(Connection& db,
                                                  const domain::AssessmentRound& round);
[[nodiscard]] Status CloseRound(Connection& db, domain::RoundId round, std::string_view closed_at);
[[nodiscard]] Status FixComparisonRound(Connection& db, domain::RoundId round,
                                        std::optional<domain::RoundId> previous);
[[nodiscard]] Result<domain::Respondent> AddRespondent(Connection& db,
                                                       const domain::Respondent& respondent,
                                                       std::string_view token_hash);
[[nodiscard]] Status UpsertAnswer(Connection& db, const domain::Answer& answer);
[[nodiscard]] Status MarkSubmitted(Connection& db, domain::RespondentId respondent);

// Reads.
[[nodiscard]] Result<std::vector<domain::AssessmentRound>> ListRounds(Connection& db,
                                                                      std::string_view place_code);
[[nodiscard]] Result<domain::AssessmentRound> GetRound(Connection& db, domain::RoundId round);
[[nodiscard]] Result<std::vector<domain::Respondent>> ListRespondents(Connection& db,
                                                                      domain::RoundId round);
[[nodiscard]] Result<domain::Respondent> FindRespondent(Connection& db,
                                                        std::string_view token_hash);
[[nodiscard]] Result<std::vector<domain::Answer>> ListAnswers(Connection& db,
                                                              domain::RoundId round);

}  // namespace lct::store::sqlite
