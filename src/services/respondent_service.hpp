// Use cases of a respondent answering a self-assessment round through a personal link (issue
// 4): read the questionnaire, save a page of answers (a draft), submit. The link's token is the
// only credential: it is looked up by its hash, and stops working for writes when the round
// closes (the pages become read-only). Saving the same form twice leaves one answer per
// criterion (an upsert), and submitting twice keeps the first submission time.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "domain/assessment_round.hpp"
#include "domain/assessment_view.hpp"
#include "domain/framework.hpp"
#include "services/framework_cache.hpp"
#include "services/store_handle.hpp"

namespace lct::services {

using domain::Questionnaire;
using domain::QuestionnairePage;

// The questionnaire behind `token`. NotFound for an unknown token (the same message whatever
// the reason, so a guessed link learns nothing).
[[nodiscard]] Result<Questionnaire> LoadQuestionnaire(store::Store& store, FrameworkCache& cache,
                                                      std::string_view token,
                                                      std::string_view today);

using domain::AnswerInput;

// The value of `rating` meaning "don't know" (stored as no rating).
inline constexpr const char* kDontKnow = "dont-know";

// Saves the answers of one page (`strand`/`level` must be one of the round's pages, and every
// input one of its criteria). An input with no choice and no text is skipped. Errors
// (kInvalidArgument, field "<criterion>-rating" or "<criterion>-links"...): a rating off the
// scale, a link that is not http(s), text too long, or the round closed. All or nothing.
[[nodiscard]] Status SaveAnswers(store::Store& store, FrameworkCache& cache, std::string_view token,
                                 std::string_view strand, std::string_view level,
                                 const std::vector<AnswerInput>& inputs, std::string_view today);

// Marks the answers as submitted (idempotent). kInvalidArgument when the round is closed.
[[nodiscard]] Status SubmitAnswers(store::Store& store, std::string_view token,
                                   std::string_view today);

// Splits links text into addresses (one per line, blank lines ignored) and checks each is an
// http:// or https:// address with a host and no spaces; the error names `field`.
[[nodiscard]] Result<std::vector<std::string>> ParseLinks(std::string_view text,
                                                          const std::string& field);

}  // namespace lct::services
