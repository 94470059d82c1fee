// /respond/{token}...: a respondent's questionnaire. The token in the address is the only
// credential (kCapability); every response says no-store (App::Handle adds it to every answer
// of a route that is not public, error pages included) so a shared computer's cache keeps
// nothing. Saves redirect (303) to a GET, so reloading never posts twice, and a resent POST
// writes the same answers again (one answer per criterion). Issue 19: the link reopens at the
// first page with an unanswered statement; a review page lists what is left before submitting.
#include <memory>
#include <string>

#include "render/respondent_pages.hpp"
#include "services/assessment_service.hpp"
#include "services/respondent_progress.hpp"
#include "services/respondent_service.hpp"
#include "services/services.hpp"
#include "web/assessment_routes.hpp"
#include "web/handler_support.hpp"
#include "web/redirect.hpp"

namespace lct::web {
namespace {

constexpr const char* kSavedNotice = "Your answers on this page are saved.";
constexpr const char* kSubmittedNotice = "Thank you: your answers are submitted.";
constexpr const char* kLaterNotice =
    "Your answers so far are saved. You can close this page: your personal link brings you "
    "back to where you stopped.";

std::string PageUrl(const std::string& token, const domain::QuestionnairePage& page) {
  return "/respond/" + token + "/" + page.strand->id + "/" + page.level->id;
}

const domain::QuestionnairePage* FindPage(const domain::Questionnaire& q, const std::string& strand,
                                          const std::string& level) {
  for (const auto& page : q.pages) {
    if (page.strand->id == strand && page.level->id == level) return &page;
  }
  return nullptr;
}

std::string NextUrl(const domain::Questionnaire& q, const std::string& token,
                    const domain::QuestionnairePage& page) {
  for (std::size_t i = 0; i + 1 < q.pages.size(); ++i) {
    if (q.pages[i].level == page.level) return PageUrl(token, q.pages[i + 1]) + "?saved=1";
  }
  return "/respond/" + token + "/review?saved=1";
}

// How the review page was reached: from the bare link (a respondent still answering is sent on
// to the first page with an unanswered statement), by its own address, or by a nearly empty
// submission that must be confirmed.
enum class Entry { kLink, kReview, kConfirm };

Result<Response> Overview(services::StoreHandle store, services::FrameworkCache& cache,
                          const RouteContext& ctx, Entry entry) {
  const std::string& token = ctx.Param("token");
  auto q = services::LoadQuestionnaire(store, cache, token, services::TodayUtc());
  if (!q) return q.error();
  if (entry == Entry::kLink && q->open && q->respondent.submitted_at.empty()) {
    if (const auto at = services::ResumePage(*q)) return Redirect(PageUrl(token, q->pages[*at]));
  }
  render::QuestionnaireInput input;
  input.questionnaire = &*q;
  input.token = token;
  input.csrf = ctx.principal.csrf_token;
  if (ctx.request.Query("submitted")) input.notice = kSubmittedNotice;
  if (ctx.request.Query("saved")) input.notice = kSavedNotice;
  if (ctx.request.Query("later")) input.notice = kLaterNotice;
  auto page =
      render::QuestionnaireReviewPage(input, services::ReviewAnswers(*q), entry == Entry::kConfirm);
  if (!page) return page.error();
  return NoStore(Html(std::move(*page)));
}

Result<Response> LevelPage(services::StoreHandle store, services::FrameworkCache& cache,
                           const RouteContext& ctx, render::QuestionnaireInput input, int status) {
  const std::string& token = ctx.Param("token");
  auto q = services::LoadQuestionnaire(store, cache, token, services::TodayUtc());
  if (!q) return q.error();
  const auto* page = FindPage(*q, ctx.Param("strand"), ctx.Param("level"));
  if (page == nullptr) {
    return NotFound("this round has no such page");
  }
  input.questionnaire = &*q;
  input.token = token;
  input.csrf = ctx.principal.csrf_token;
  if (ctx.request.Query("saved") && input.error.empty()) input.notice = kSavedNotice;
  auto html = render::QuestionnaireLevelPage(input, *page);
  if (!html) return html.error();
  Response response = Html(std::move(*html));
  response.status = status;
  return NoStore(std::move(response));
}

Result<Response> Save(services::StoreHandle store, services::FrameworkCache& cache,
                      const RouteContext& ctx) {
  const std::string& token = ctx.Param("token");
  std::vector<services::AnswerInput> inputs;
  render::QuestionnaireInput posted;
  for (const auto& id : ctx.form.Fields("criterion")) {
    services::AnswerInput in;
    in.criterion = id;
    in.rating = ctx.form.Field("rating-" + id).value_or("");
    in.evidence = ctx.form.Field("evidence-" + id).value_or("");
    in.links = ctx.form.Field("links-" + id).value_or("");
    in.comment = ctx.form.Field("comment-" + id).value_or("");
    posted.posted[id] = in;
    inputs.push_back(std::move(in));
  }
  const auto action = services::ParseSaveAction(ctx.form.Field("action").value_or(""));
  if (action.fill_rating) services::FillUnanswered(inputs, *action.fill_rating);
  const auto saved = services::SaveAnswers(store, cache, token, ctx.Param("strand"),
                                           ctx.Param("level"), inputs, services::TodayUtc());
  if (!saved) {
    if (saved.error().code() != ErrorCode::kInvalidArgument) {
      return saved.error();
    }
    posted.error = saved.error().message();
    posted.error_field = saved.error().location().field;
    return LevelPage(store, cache, ctx, std::move(posted), 400);
  }
  const std::string here =
      "/respond/" + token + "/" + ctx.Param("strand") + "/" + ctx.Param("level");
  if (action.after == services::AfterSave::kFinishLater) {
    return Redirect("/respond/" + token + "/review?later=1");
  }
  if (action.after == services::AfterSave::kStay) return Redirect(here + "?saved=1");
  auto q = services::LoadQuestionnaire(store, cache, token, services::TodayUtc());
  if (!q) return q.error();
  const auto* page = FindPage(*q, ctx.Param("strand"), ctx.Param("level"));
  return Redirect(page == nullptr ? here : NextUrl(*q, token, *page));
}

}  // namespace

void AddRespondentRoutes(Router& router, services::Services& services) {
  const services::StoreHandle store = services.store();
  services::FrameworkCache& cache = services.frameworks();
  router.Add(Method::kGet, "/respond/{token}", Permission::kCapability,
             [store, &cache](const RouteContext& ctx) {
               return Overview(store, cache, ctx, Entry::kLink);
             });
  router.Add(Method::kGet, "/respond/{token}/review", Permission::kCapability,
             [store, &cache](const RouteContext& ctx) {
               return Overview(store, cache, ctx, Entry::kReview);
             });
  router.Add(Method::kPost, "/respond/{token}/submit", Permission::kCapability,
             [store, &cache](const RouteContext& ctx) -> Result<Response> {
               const std::string& token = ctx.Param("token");
               auto q = services::LoadQuestionnaire(store, cache, token, services::TodayUtc());
               if (!q) return q.error();
               if (ctx.form.Field("confirm").value_or("") != "yes" && q->open &&
                   services::ReviewAnswers(*q).nearly_empty) {
                 return Overview(store, cache, ctx, Entry::kConfirm);  // asks to confirm
               }
               if (auto done = services::SubmitAnswers(store, token, services::TodayUtc()); !done) {
                 return done.error();
               }
               return Redirect("/respond/" + token + "/review?submitted=1");
             });
  router.Add(
      Method::kGet, "/respond/{token}/{strand}/{level}", Permission::kCapability,
      [store, &cache](const RouteContext& ctx) { return LevelPage(store, cache, ctx, {}, 200); });
  router.Add(Method::kPost, "/respond/{token}/{strand}/{level}", Permission::kCapability,
             [store, &cache](const RouteContext& ctx) { return Save(store, cache, ctx); });
}

}  // namespace lct::web
