#include "store/sqlite/assessment_rows.hpp"

#include <array>
#include <string>

#include "store/sqlite/assessment_sql.hpp"

namespace lct::store::sqlite {
namespace {

// Links are stored one per line.
std::string JoinLinks(const std::vector<std::string>& links) {
  std::string out;
  for (const auto& link : links) {
    if (!out.empty()) out += '\n';
    out += link;
  }
  return out;
}

std::vector<std::string> SplitLinks(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    const std::size_t stop = end == std::string::npos ? text.size() : end;
    if (stop > start) out.push_back(text.substr(start, stop - start));
    start = stop + 1;
  }
  return out;
}

domain::AssessmentRound ReadRound(const Statement& s) {
  domain::AssessmentRound r;
  r.id = domain::RoundId{s.Int(0)};
  r.place_code = s.Text(1);
  r.place_name = s.Text(2);
  r.framework = s.Text(3);
  r.framework_version = static_cast<int>(s.Int(4));
  r.closes_on = s.Text(5);
  r.visibility =
      s.Int(6) != 0 ? domain::AnswerVisibility::kNamed : domain::AnswerVisibility::kAnonymous;
  r.illustrative = s.Int(7) != 0;
  r.opened_at = s.Text(8);
  r.closed_at = s.Text(9);
  r.comparison_fixed = s.Int(10) != 0;
  if (const auto previous = s.OptionalDouble(11)) {
    r.comparison_round = domain::RoundId{static_cast<std::int64_t>(*previous)};
  }
  // The column's CHECK admits only the two keys.
  r.depth = domain::RoundDepthFromKey(s.Text(12)).value_or(domain::RoundDepth::kStrategic);
  return r;
}

domain::Respondent ReadRespondent(const Statement& s) {
  domain::Respondent r;
  r.id = domain::RespondentId{s.Int(0)};
  r.round = domain::RoundId{s.Int(1)};
  r.number = static_cast<int>(s.Int(2));
  r.name = s.Text(3);
  r.organisation = s.Text(4);
  r.sector = s.Text(5);
  r.role = s.Text(6);
  r.invited_at = s.Text(7);
  r.submitted_at = s.Text(8);
  r.pseudonym = s.Text(9);
  return r;
}

Status ReadStrands(Connection& db, domain::AssessmentRound& round) {
  auto stmt = db.Prepare(sql::kRoundStrands);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, round.id.value);
  while (true) {
    auto row = (*stmt)->Step();
    if (!row) return row.error();
    if (!*row) break;
    round.strands.push_back((*stmt)->Text(0));
  }
  return Ok();
}

// "P" and 8 upper-case hex digits from SQLite's randomness (seeded from the operating
// system), the same form migration 6 gave earlier respondents.
std::string RandomPseudonym() {
  constexpr int kBytes = 4;
  std::array<unsigned char, kBytes> bytes{};
  sqlite3_randomness(kBytes, bytes.data());
  constexpr std::string_view kHex = "0123456789ABCDEF";
  constexpr unsigned kNibble = 4;
  constexpr unsigned kLow = 0x0F;
  std::string out = "P";
  for (const unsigned char b : bytes) {
    out += kHex[b >> kNibble];
    out += kHex[b & kLow];
  }
  return out;
}

Result<bool> PseudonymTaken(Connection& db, domain::RoundId round, const std::string& pseudonym) {
  auto stmt = db.Prepare(sql::kPseudonymTaken);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, round.value).Bind(2, pseudonym);
  return (*stmt)->Step();
}

// The respondent's own pseudonym when set (kConflict if the round has it already), else a
// random one that the round does not have yet.
Result<std::string> ChoosePseudonym(Connection& db, const domain::Respondent& respondent) {
  if (!respondent.pseudonym.empty()) {
    auto taken = PseudonymTaken(db, respondent.round, respondent.pseudonym);
    if (!taken) return taken.error();
    if (*taken) return Error(ErrorCode::kConflict, "that pseudonym is already used in the round");
    return respondent.pseudonym;
  }
  constexpr int kAttempts = 16;  // 32 random bits: a second draw is already rare
  for (int i = 0; i < kAttempts; ++i) {
    std::string candidate = RandomPseudonym();
    auto taken = PseudonymTaken(db, respondent.round, candidate);
    if (!taken) return taken.error();
    if (!*taken) return candidate;
  }
  return Internal("no free pseudonym could be drawn for the round");
}

template <typename T, typename Read>
Result<std::vector<T>> ReadAll(Statement& stmt, const Read& read) {
  std::vector<T> out;
  while (true) {
    auto row = stmt.Step();
    if (!row) return row.error();
    if (!*row) break;
    out.push_back(read(stmt));
  }
  return out;
}

}  // namespace

Result<domain::RoundId> CreateRound(Connection& db, const domain::AssessmentRound& round) {
  domain::RoundId id;
  {
    auto stmt = db.Prepare(sql::kInsertRound);
    if (!stmt) return stmt.error();
    (*stmt)
        ->Bind(1, round.place_code)
        .Bind(2, round.framework)
        .Bind(3, static_cast<std::int64_t>(round.framework_version))
        .Bind(4, round.closes_on)
        .Bind(5, std::int64_t{round.visibility == domain::AnswerVisibility::kNamed ? 1 : 0})
        .Bind(6, std::int64_t{round.illustrative ? 1 : 0})
        .Bind(7, round.opened_at)
        .Bind(8, std::string_view(domain::RoundDepthKey(round.depth)));
    auto row = (*stmt)->Step();
    if (!row) return row.error();
    if (!*row) return NotFound("no place has the code '" + round.place_code + "'");
    id = domain::RoundId{(*stmt)->Int(0)};
    if (auto rest = (*stmt)->Run(); !rest) return rest.error();
  }
  std::int64_t position = 0;
  for (const auto& strand : round.strands) {
    auto stmt = db.Prepare(sql::kInsertRoundStrand);
    if (!stmt) return stmt.error();
    (*stmt)->Bind(1, id.value).Bind(2, position++).Bind(3, strand);
    if (auto run = (*stmt)->Run(); !run) return run.error();
  }
  return id;
}

Status CloseRound(Connection& db, domain::RoundId round, std::string_view closed_at) {
  {
    auto exists = db.Prepare(sql::kRoundExists);
    if (!exists) return exists.error();
    (*exists)->Bind(1, round.value);
    auto row = (*exists)->Step();
    if (!row) return row.error();
    if (!*row) return NotFound("there is no round " + std::to_string(round.value));
  }
  auto stmt = db.Prepare(sql::kCloseRound);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, round.value).Bind(2, closed_at);
  return (*stmt)->Run();
}

Status FixComparisonRound(Connection& db, domain::RoundId round,
                          std::optional<domain::RoundId> previous) {
  {
    auto exists = db.Prepare(sql::kRoundExists);
    if (!exists) return exists.error();
    (*exists)->Bind(1, round.value);
    auto row = (*exists)->Step();
    if (!row) return row.error();
    if (!*row) return NotFound("there is no round " + std::to_string(round.value));
  }
  auto stmt = db.Prepare(sql::kFixComparison);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, round.value);
  if (previous) {
    (*stmt)->Bind(2, previous->value);
  } else {
    (*stmt)->BindNull(2);
  }
  return (*stmt)->Run();
}

Result<domain::Respondent> AddRespondent(Connection& db, const domain::Respondent& respondent,
                                         std::string_view token_hash) {
  {
    auto taken = db.Prepare(sql::kTokenTaken);
    if (!taken) return taken.error();
    (*taken)->Bind(1, token_hash);
    auto row = (*taken)->Step();
    if (!row) return row.error();
    if (*row) return Error(ErrorCode::kConflict, "that link token is already in use");
  }
  domain::Respondent out = respondent;
  auto pseudonym = ChoosePseudonym(db, respondent);
  if (!pseudonym) return pseudonym.error();
  out.pseudonym = std::move(*pseudonym);
  {
    auto next = db.Prepare(sql::kNextRespondentNumber);
    if (!next) return next.error();
    (*next)->Bind(1, respondent.round.value);
    auto row = (*next)->Step();
    if (!row) return row.error();
    out.number = static_cast<int>((*next)->Int(0));
  }
  auto stmt = db.Prepare(sql::kInsertRespondent);
  if (!stmt) return stmt.error();
  (*stmt)
      ->Bind(1, respondent.round.value)
      .Bind(2, static_cast<std::int64_t>(out.number))
      .Bind(3, respondent.name)
      .Bind(4, respondent.organisation)
      .Bind(5, respondent.sector)
      .Bind(6, respondent.role)
      .Bind(7, token_hash)
      .Bind(8, respondent.invited_at)
      .Bind(9, out.pseudonym);
  auto row = (*stmt)->Step();
  if (!row) return row.error();
  if (!*row) return Internal("adding a respondent returned no id");
  out.id = domain::RespondentId{(*stmt)->Int(0)};
  out.invited_at = (*stmt)->Text(1);
  out.submitted_at.clear();
  if (auto rest = (*stmt)->Run(); !rest) return rest.error();
  return out;
}

Status UpsertAnswer(Connection& db, const domain::Answer& answer) {
  auto stmt = db.Prepare(sql::kUpsertAnswer);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, answer.respondent.value).Bind(2, answer.criterion);
  if (answer.rating) {
    (*stmt)->Bind(3, static_cast<std::int64_t>(*answer.rating));
  } else {
    (*stmt)->BindNull(3);
  }
  (*stmt)->Bind(4, answer.evidence).Bind(5, JoinLinks(answer.links)).Bind(6, answer.comment);
  return (*stmt)->Run();
}

Status MarkSubmitted(Connection& db, domain::RespondentId respondent) {
  auto stmt = db.Prepare(sql::kMarkSubmitted);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, respondent.value);
  return (*stmt)->Run();
}

Result<std::vector<domain::AssessmentRound>> ListRounds(Connection& db,
                                                        std::string_view place_code) {
  std::vector<domain::AssessmentRound> rounds;
  {
    auto stmt = db.Prepare(sql::kListRounds);
    if (!stmt) return stmt.error();
    (*stmt)->Bind(1, place_code);
    auto read = ReadAll<domain::AssessmentRound>(**stmt, ReadRound);
    if (!read) return read.error();
    rounds = std::move(*read);
  }
  for (auto& round : rounds) {
    if (auto status = ReadStrands(db, round); !status) return status.error();
  }
  return rounds;
}

Result<domain::AssessmentRound> GetRound(Connection& db, domain::RoundId round) {
  domain::AssessmentRound out;
  {
    auto stmt = db.Prepare(sql::kGetRound);
    if (!stmt) return stmt.error();
    (*stmt)->Bind(1, round.value);
    auto row = (*stmt)->Step();
    if (!row) return row.error();
    if (!*row) return NotFound("there is no round " + std::to_string(round.value));
    out = ReadRound(**stmt);
  }
  if (auto status = ReadStrands(db, out); !status) return status.error();
  return out;
}

Result<std::vector<domain::Respondent>> ListRespondents(Connection& db, domain::RoundId round) {
  auto stmt = db.Prepare(sql::kListRespondents);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, round.value);
  return ReadAll<domain::Respondent>(**stmt, ReadRespondent);
}

Result<domain::Respondent> FindRespondent(Connection& db, std::string_view token_hash) {
  auto stmt = db.Prepare(sql::kFindRespondent);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, token_hash);
  auto row = (*stmt)->Step();
  if (!row) return row.error();
  if (!*row) return NotFound("this link is not valid: check that it was copied in full");
  return ReadRespondent(**stmt);
}

Result<std::vector<domain::Answer>> ListAnswers(Connection& db, domain::RoundId round) {
  auto stmt = db.Prepare(sql::kListAnswers);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, round.value);
  return ReadAll<domain::Answer>(**stmt, [](const Statement& s) {
    domain::Answer a;
    a.respondent = domain::RespondentId{s.Int(0)};
    a.criterion = s.Text(1);
    if (const auto rating = s.OptionalDouble(2)) a.rating = static_cast<int>(*rating);
    a.evidence = s.Text(3);
    a.links = SplitLinks(s.Text(4));
    a.comment = s.Text(5);
    return a;
  });
}

}  // namespace lct::store::sqlite
