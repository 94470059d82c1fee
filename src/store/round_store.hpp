// The store's part for self-assessment rounds, respondents and answers: what services read
// (RoundReads) and what they write inside one Store::Write transaction (RoundWrites). Store and
// StoreWriter (store/store.hpp) inherit every part, so a service can take only the part it reads
// and a second implementation can be written part by part (docs/architecture.md, "The store, by
// aggregate"). Thread safety: as Store.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/ids.hpp"
#include "base/result.hpp"
#include "domain/assessment_round.hpp"

namespace lct::store {

class RoundReads {
 public:
  virtual ~RoundReads() = default;

  // A place's rounds, newest first (empty when the place has none or does not exist).
  [[nodiscard]] virtual Result<std::vector<domain::AssessmentRound>> ListRounds(
      std::string_view place_code) = 0;
  // NotFound when there is no such round.
  [[nodiscard]] virtual Result<domain::AssessmentRound> GetRound(domain::RoundId round) = 0;
  // A round's respondents by number.
  [[nodiscard]] virtual Result<std::vector<domain::Respondent>> ListRespondents(
      domain::RoundId round) = 0;
  // The respondent whose link token hashes to `token_hash`; NotFound when none.
  [[nodiscard]] virtual Result<domain::Respondent> FindRespondent(std::string_view token_hash) = 0;
  // Every answer of the round's respondents, by respondent number then criterion.
  [[nodiscard]] virtual Result<std::vector<domain::Answer>> ListAnswers(domain::RoundId round) = 0;
};

class RoundWrites {
 public:
  virtual ~RoundWrites() = default;

  // Creates a round with its strands (opened_at set to now when empty); its place is found
  // by place_code (NotFound when absent) and its framework version must be stored.
  virtual Result<domain::RoundId> CreateRound(const domain::AssessmentRound& round) = 0;
  // Records the round as closed by hand at `closed_at` (now when empty); closing a closed
  // round changes nothing.
  virtual Status CloseRound(domain::RoundId round, std::string_view closed_at) = 0;
  // Records the round `round` is compared with (`previous`; none when empty). The first call
  // wins: a later one changes nothing. NotFound for an unknown round.
  virtual Status FixComparisonRound(domain::RoundId round,
                                    std::optional<domain::RoundId> previous) = 0;
  // Adds a respondent with the next number in its round and a pseudonym: `respondent.pseudonym`
  // when set (kConflict if the round has it), else a random one unique in the round. Only
  // `token_hash` of the personal link is kept (kConflict if another respondent has it).
  // Returns the stored respondent.
  virtual Result<domain::Respondent> AddRespondent(const domain::Respondent& respondent,
                                                   std::string_view token_hash) = 0;
  // Inserts or replaces the answer for (respondent, criterion): writing it twice leaves one.
  virtual Status UpsertAnswer(const domain::Answer& answer) = 0;
  // Marks the respondent's answers as submitted (now); a second call keeps the first time.
  virtual Status MarkSubmitted(domain::RespondentId respondent) = 0;
};

}  // namespace lct::store
