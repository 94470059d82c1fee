#include "services/respondent_service.hpp"

#include <algorithm>
#include <utility>

#include "base/text.hpp"
#include "domain/framework_lookup.hpp"
#include "services/auth_crypto.hpp"
#include "store/store.hpp"

namespace lct::services {
namespace {

constexpr std::size_t kMaxNoteLength = 4000;
constexpr std::size_t kMaxLinks = 20;
constexpr std::size_t kMaxLinkLength = 2000;

Error BadField(const std::string& field, const std::string& message) {
  return InvalidArgument(message, {"", 0, field});
}

Error ClosedError() {
  return BadField("round", "this round is closed: answers can no longer be changed");
}

struct Found {
  domain::Respondent respondent;
  domain::AssessmentRound round;
};

Result<Found> FindByToken(store::Store& store, std::string_view token) {
  auto respondent = store.FindRespondent(HashToken(token));
  if (!respondent) return respondent.error();
  auto round = store.GetRound(respondent->round);
  if (!round) return round.error();
  return Found{std::move(*respondent), std::move(*round)};
}

bool InRound(const domain::AssessmentRound& round, std::string_view strand) {
  return std::find(round.strands.begin(), round.strands.end(), strand) != round.strands.end();
}

Result<std::optional<int>> ParseRating(const domain::Framework& framework, const AnswerInput& in) {
  if (in.rating.empty() || in.rating == kDontKnow) return std::optional<int>{};
  const auto scale = framework.scale.empty() ? domain::DefaultScale() : framework.scale;
  for (const auto& point : scale) {
    if (std::to_string(point.value) == in.rating) return std::optional<int>{point.value};
  }
  return BadField(in.criterion + "-rating",
                  "'" + in.rating + "' is not a point of this framework's scale");
}

Result<domain::Answer> ToAnswer(const domain::Framework& framework, const domain::Level& level,
                                domain::RespondentId respondent, const AnswerInput& in) {
  const auto it =
      std::find_if(level.criteria.begin(), level.criteria.end(),
                   [&](const domain::Criterion& c) { return c.id == in.criterion && !c.retired; });
  if (it == level.criteria.end()) {
    return BadField("criterion", "'" + in.criterion + "' is not a criterion of this page");
  }
  auto rating = ParseRating(framework, in);
  if (!rating) return rating.error();
  for (const auto& [suffix, text] :
       {std::pair{"-evidence", &in.evidence}, std::pair{"-comment", &in.comment}}) {
    if (text->size() > kMaxNoteLength) {
      return BadField(in.criterion + suffix,
                      "please keep this under " + std::to_string(kMaxNoteLength) + " characters");
    }
  }
  auto links = ParseLinks(in.links, in.criterion + "-links");
  if (!links) return links.error();
  domain::Answer answer;
  answer.respondent = respondent;
  answer.criterion = in.criterion;
  answer.rating = *rating;
  answer.evidence = in.evidence;
  answer.links = std::move(*links);
  answer.comment = in.comment;
  return answer;
}

}  // namespace

Result<std::vector<std::string>> ParseLinks(std::string_view text, const std::string& field) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = text.find('\n', start);
    const auto stop = end == std::string_view::npos ? text.size() : end;
    std::string line(text::Trim(text.substr(start, stop - start)));
    start = stop + 1;
    if (line.empty()) continue;
    const bool scheme = line.starts_with("https://") || line.starts_with("http://");
    const auto host_start = line.find("://") + 3;
    const bool host = scheme && host_start < line.size() && line[host_start] != '/';
    const bool clean = std::none_of(line.begin(), line.end(), [](char c) {
      return c == ' ' || c == '\t' || c == '"' || c == '<' || c == '>' ||
             static_cast<unsigned char>(c) < 0x20;
    });
    if (!scheme || !host || !clean || line.size() > kMaxLinkLength) {
      return BadField(field, "'" + line.substr(0, 80) +
                                 "' is not a web address: write one http:// or https:// "
                                 "address per line");
    }
    out.push_back(std::move(line));
    if (out.size() > kMaxLinks) {
      return BadField(field, "please give at most " + std::to_string(kMaxLinks) + " links");
    }
  }
  return out;
}

Result<Questionnaire> LoadQuestionnaire(store::Store& store, FrameworkCache& cache,
                                        std::string_view token, std::string_view today) {
  auto found = FindByToken(store, token);
  if (!found) return found.error();
  Questionnaire q;
  q.round = std::move(found->round);
  q.respondent = std::move(found->respondent);
  q.open = domain::IsOpen(q.round, today);
  auto framework = LoadRoundFramework(store, cache, q.round);
  if (!framework) return framework.error();
  q.framework = *framework;
  auto answers = store.ListAnswers(q.round.id);
  if (!answers) return answers.error();
  for (auto& a : *answers) {
    if (a.respondent == q.respondent.id) q.answers[a.criterion] = std::move(a);
  }
  for (const auto& strand : q.framework->strands) {
    if (!InRound(q.round, strand.id)) continue;
    for (const auto& level : strand.levels) {
      QuestionnairePage page{&strand, &level, 0, 0};
      for (const auto& c : level.criteria) {
        if (c.retired) continue;
        ++page.total;
        if (q.answers.contains(c.id)) ++page.answered;
      }
      q.answered += page.answered;
      q.total += page.total;
      q.pages.push_back(page);
    }
  }
  return q;
}

Status SaveAnswers(store::Store& store, FrameworkCache& cache, std::string_view token,
                   std::string_view strand, std::string_view level,
                   const std::vector<AnswerInput>& inputs, std::string_view today) {
  auto found = FindByToken(store, token);
  if (!found) return found.error();
  if (!domain::IsOpen(found->round, today)) return ClosedError();
  auto framework = LoadRoundFramework(store, cache, found->round);
  if (!framework) return framework.error();
  const domain::Level* page =
      InRound(found->round, strand) ? domain::FindLevel(**framework, strand, level) : nullptr;
  if (page == nullptr) return NotFound("this round has no page for that strand and level");
  std::vector<domain::Answer> answers;
  for (const auto& in : inputs) {
    if (in.rating.empty() && in.evidence.empty() && in.links.empty() && in.comment.empty())
      continue;
    auto answer = ToAnswer(**framework, *page, found->respondent.id, in);
    if (!answer) return answer.error();
    answers.push_back(std::move(*answer));
  }
  return store.Write([&](store::StoreWriter& w) -> Status {
    for (const auto& a : answers) {
      if (auto put = w.UpsertAnswer(a); !put) return put;
    }
    return Ok();
  });
}

Status SubmitAnswers(store::Store& store, std::string_view token, std::string_view today) {
  auto found = FindByToken(store, token);
  if (!found) return found.error();
  if (!domain::IsOpen(found->round, today)) return ClosedError();
  return store.Write([&](store::StoreWriter& w) { return w.MarkSubmitted(found->respondent.id); });
}

}  // namespace lct::services
