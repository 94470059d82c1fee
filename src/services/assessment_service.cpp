#include "services/assessment_service.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <ctime>
#include <tuple>
#include <utility>

#include "domain/audit.hpp"
#include "domain/framework_depth.hpp"
#include "domain/framework_lookup.hpp"
#include "services/auth_crypto.hpp"
#include "store/store.hpp"

namespace lct::services {
namespace {

constexpr std::size_t kMaxTextLength = 200;

Error BadField(const std::string& field, const std::string& message) {
  return InvalidArgument(message, {"", 0, field});
}

domain::AuditEntry Audit(const Actor& actor, std::string action, const domain::RoundId round,
                         std::string place_code, std::string after_json) {
  domain::AuditEntry e;
  if (actor.user) e.actor_user_id = actor.user->value;
  e.actor = actor.name.empty() ? "cli" : actor.name;
  e.action = std::move(action);
  e.entity = "round";
  e.entity_id = std::to_string(round.value);
  e.place_code = std::move(place_code);
  e.after_json = std::move(after_json);
  return e;
}

// A JSON string literal for the audit's after_json (services has no JSON library).
std::string Quote(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out + "\"";
}

Result<std::vector<std::string>> ChooseStrands(const domain::Framework& framework,
                                               const std::vector<std::string>& wanted) {
  for (const auto& id : wanted) {
    if (domain::FindStrand(framework, id) == nullptr) {
      return BadField("strands", "framework '" + framework.id + "' has no strand '" + id + "'");
    }
  }
  std::vector<std::string> out;
  for (const auto& strand : framework.strands) {
    if (wanted.empty() || std::find(wanted.begin(), wanted.end(), strand.id) != wanted.end())
      out.push_back(strand.id);
  }
  if (out.empty()) return BadField("strands", "choose at least one strand");
  return out;
}

Status CheckText(const std::string& field, const std::string& value, bool required) {
  if (required && value.empty()) return BadField(field, field + " is required");
  if (value.size() > kMaxTextLength) {
    return BadField(field,
                    field + " is longer than " + std::to_string(kMaxTextLength) + " characters");
  }
  return Ok();
}

// The round `round` is compared with: stored once it closed; chosen now otherwise. A round
// that closed on its date without being closed by hand gets its choice stored here, the first
// time its results are asked for (with the rule CloseRound uses), and `round` is updated.
Result<std::optional<domain::RoundId>> ComparisonRoundOf(store::Store& store,
                                                         domain::AssessmentRound& round, bool open,
                                                         std::string_view today) {
  if (round.comparison_fixed) return round.comparison_round;
  auto rounds = store.ListRounds(round.place_code);
  if (!rounds) return rounds.error();
  const auto chosen = domain::ChooseComparisonRound(*rounds, round, today);
  if (open) return chosen;
  auto fixed = store.Write(
      [&](store::StoreWriter& w) -> Status { return w.FixComparisonRound(round.id, chosen); });
  if (!fixed) return fixed.error();
  auto stored = store.GetRound(round.id);  // another request may have fixed it first
  if (!stored) return stored.error();
  round.comparison_fixed = stored->comparison_fixed;
  round.comparison_round = stored->comparison_round;
  return round.comparison_round;
}

// Issue 18: a round at operational depth needs, in each level it asks, a criterion with an
// operational wording.
Status CheckDepth(const domain::Framework& framework, const std::vector<std::string>& strands,
                  domain::RoundDepth depth) {
  if (depth == domain::RoundDepth::kStrategic) return Ok();
  if (domain::OperationalCriteriaCount(framework) == 0) {
    return BadField("depth", "the framework '" + framework.id +
                                 "' has no operational criteria: open the round at strategic "
                                 "depth");
  }
  const std::string level = domain::LevelWithoutOperational(framework, strands);
  if (level.empty()) return Ok();
  return BadField("depth", "level '" + level +
                               "' has no criterion with an operational wording: open the round "
                               "at strategic depth, or without that strand");
}

}  // namespace

std::string NowUtc() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  std::array<char, 32> text{};
  const std::size_t n = std::strftime(text.data(), text.size(), "%Y-%m-%dT%H:%M:%SZ", &utc);
  return {text.data(), n};
}

std::string TodayUtc() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  std::array<char, 16> text{};
  const std::size_t n = std::strftime(text.data(), text.size(), "%Y-%m-%d", &utc);
  return {text.data(), n};
}

Result<domain::RoundId> ParseRoundId(std::string_view text) {
  std::int64_t value = 0;
  const auto* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc() || ptr != end || value <= 0) {
    return BadField("round", "'" + std::string(text) + "' is not a round number");
  }
  return domain::RoundId{value};
}

Result<domain::AssessmentRound> OpenRound(store::Store& store, FrameworkCache& cache,
                                          const OpenRoundRequest& request, std::string_view today,
                                          const Actor& actor) {
  auto place = store.GetPlace(request.place_code);
  if (!place) return place.error();
  auto framework = LoadFramework(store, cache, request.framework, request.version);
  if (!framework) return framework.error();
  auto strands = ChooseStrands(**framework, request.strands);
  if (!strands) return strands.error();
  if (auto depth = CheckDepth(**framework, *strands, request.depth); !depth) return depth.error();
  if (!request.closes_on.empty()) {
    if (!domain::IsIsoDate(request.closes_on))
      return BadField("closes", "the closing date must be written YYYY-MM-DD");
    if (request.closes_on < today && !request.illustrative)
      return BadField("closes", "the closing date is in the past");
  }
  domain::AssessmentRound round;
  round.place_code = place->code;
  round.place_name = place->name;
  round.framework = (*framework)->id;
  round.framework_version = (*framework)->version;
  round.strands = std::move(*strands);
  round.closes_on = request.closes_on;
  round.visibility = request.visibility;
  round.illustrative = request.illustrative;
  round.depth = request.depth;
  domain::RoundId id;
  auto status = store.Write([&](store::StoreWriter& w) -> Status {
    auto created = w.CreateRound(round);
    if (!created) return created.error();
    id = *created;
    return w.AppendAudit(
        Audit(actor, "round.open", id, round.place_code,
              "{\"framework\":" + Quote(round.framework) +
                  ",\"version\":" + std::to_string(round.framework_version) + ",\"named\":" +
                  (round.visibility == domain::AnswerVisibility::kNamed ? "true" : "false") +
                  ",\"closes_on\":" + Quote(round.closes_on) +
                  ",\"depth\":" + Quote(domain::RoundDepthKey(round.depth)) + "}"));
  });
  if (!status) return status.error();
  return store.GetRound(id);
}

Result<domain::AssessmentRound> GetPlaceRound(store::Store& store, std::string_view place_code,
                                              domain::RoundId round) {
  auto found = store.GetRound(round);
  if (!found) return found.error();
  if (!place_code.empty() && found->place_code != place_code) {
    return NotFound("there is no round " + std::to_string(round.value) + " for this place");
  }
  return found;
}

Result<std::vector<domain::Respondent>> ListRoundRespondents(store::Store& store,
                                                             std::string_view place_code,
                                                             domain::RoundId round) {
  if (auto found = GetPlaceRound(store, place_code, round); !found) return found.error();
  return store.ListRespondents(round);
}

Result<Invitation> InviteRespondent(store::Store& store, const InviteRequest& request,
                                    std::string_view today, const Actor& actor) {
  auto round = GetPlaceRound(store, request.place_code, request.round);
  if (!round) return round.error();
  if (!domain::IsOpen(*round, today)) {
    return BadField("round", "round " + std::to_string(round->id.value) +
                                 " is closed: no one can be invited to it");
  }
  for (const auto& [field, value, required] :
       {std::tuple{"name", &request.name, true},
        std::tuple{"organisation", &request.organisation, false},
        std::tuple{"sector", &request.sector, true}, std::tuple{"role", &request.role, false}}) {
    if (auto ok = CheckText(field, *value, required); !ok) return ok.error();
  }
  domain::Respondent respondent;
  respondent.round = round->id;
  respondent.name = request.name;
  respondent.organisation = request.organisation;
  respondent.sector = request.sector;
  respondent.role = request.role;
  Invitation invitation;
  invitation.token = RandomToken();
  auto status = store.Write([&](store::StoreWriter& w) -> Status {
    auto added = w.AddRespondent(respondent, HashToken(invitation.token));
    if (!added) return added.error();
    invitation.respondent = std::move(*added);
    // The audit names the respondent's number and sector only: who answers stays out of the
    // log of an anonymous round.
    return w.AppendAudit(
        Audit(actor, "round.invite", round->id, round->place_code,
              "{\"respondent\":" + std::to_string(invitation.respondent.number) + "}"));
  });
  if (!status) return status.error();
  invitation.path = "/respond/" + invitation.token;
  return invitation;
}

Status CloseRound(store::Store& store, std::string_view place_code, domain::RoundId round,
                  const Actor& actor) {
  auto found = GetPlaceRound(store, place_code, round);
  if (!found) return found.error();
  if (!found->closed_at.empty()) return Ok();
  auto rounds = store.ListRounds(found->place_code);
  if (!rounds) return rounds.error();
  // Fixed now, with the rule it would have been fixed by on its closing date: an older round
  // closed later never changes it (docs/self-assessment.md).
  domain::AssessmentRound closing = *found;
  closing.closed_at = NowUtc();
  const auto previous = found->comparison_fixed
                            ? found->comparison_round
                            : domain::ChooseComparisonRound(*rounds, closing, TodayUtc());
  return store.Write([&](store::StoreWriter& w) -> Status {
    if (auto closed = w.CloseRound(round, closing.closed_at); !closed) return closed;
    if (auto fixed = w.FixComparisonRound(round, previous); !fixed) return fixed;
    return w.AppendAudit(Audit(
        actor, "round.close", round, found->place_code,
        "{\"compared_with\":" + (previous ? std::to_string(previous->value) : std::string("null")) +
            "}"));
  });
}

Result<std::vector<domain::AssessmentRound>> ListPlaceRounds(store::Store& store,
                                                             std::string_view place_code) {
  auto place = store.GetPlace(place_code);
  if (!place) return place.error();
  return store.ListRounds(place_code);
}

Result<domain::RoundReport> GetRoundReport(store::Store& store, FrameworkCache& cache,
                                           std::string_view place_code, domain::RoundId round,
                                           std::string_view today,
                                           const domain::ScoringOptions& options) {
  domain::RoundReport report;
  auto found = GetPlaceRound(store, place_code, round);
  if (!found) return found.error();
  report.round = std::move(*found);
  report.open = domain::IsOpen(report.round, today);
  auto framework = LoadRoundFramework(store, cache, report.round);
  if (!framework) return framework.error();
  report.framework = *framework;
  auto respondents = store.ListRespondents(round);
  if (!respondents) return respondents.error();
  report.respondents = std::move(*respondents);
  auto answers = store.ListAnswers(round);
  if (!answers) return answers.error();
  report.answers = std::move(*answers);
  report.results = domain::ScoreRound(*report.framework, report.round, report.respondents,
                                      report.answers, options);

  auto previous = ComparisonRoundOf(store, report.round, report.open, today);
  if (!previous) return previous.error();
  if (!*previous) return report;
  auto other = store.GetRound(**previous);
  if (!other) return other.error();
  auto previous_framework = LoadRoundFramework(store, cache, *other);
  if (!previous_framework) return previous_framework.error();
  auto previous_respondents = store.ListRespondents(other->id);
  if (!previous_respondents) return previous_respondents.error();
  auto previous_answers = store.ListAnswers(other->id);
  if (!previous_answers) return previous_answers.error();
  const auto scored = domain::ScoreRound(**previous_framework, *other, *previous_respondents,
                                         *previous_answers, options);
  auto& comparison = report.results.comparison;
  comparison = domain::CompareRounds(scored, other->id, report.results);
  comparison->previous_opened_at = other->opened_at;
  constexpr std::size_t kDateLength = 10;  // "YYYY-MM-DD"
  comparison->previous_closed_on = domain::ClosingMoment(*other).substr(0, kDateLength);
  comparison->previous_illustrative = other->illustrative;
  comparison->fixed = report.round.comparison_fixed;
  return report;
}

}  // namespace lct::services
