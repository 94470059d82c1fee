// /places/{code}/rounds...: a place's self-assessment rounds for its co-ordinator and viewers.
#include "web/assessment_routes.hpp"

#include <memory>
#include <string>

#include "render/assessment_pages.hpp"
#include "services/assessment_export.hpp"
#include "services/assessment_service.hpp"
#include "services/framework_service.hpp"
#include "services/network_service.hpp"
#include "services/round_list.hpp"
#include "services/services.hpp"
#include "web/app.hpp"
#include "web/assessment_json.hpp"
#include "web/auth_context.hpp"
#include "web/handler_support.hpp"
#include "web/redirect.hpp"

namespace lct::web {
namespace {

std::string RoundUrl(const std::string& code, domain::RoundId round) {
  return "/places/" + code + "/rounds/" + std::to_string(round.value);
}

// The place's rounds, and for its co-ordinator the forms that open one.
Result<Response> RoundsPage(services::StoreHandle store, services::FrameworkCache& cache,
                            const RouteContext& ctx, const std::string& error) {
  const std::string& code = ctx.Param("code");
  auto place = services::GetPlace(store, code);
  if (!place) return place.error();
  const std::string today = services::TodayUtc();
  auto items = services::ListRoundItems(store, cache, code, today);
  if (!items) return items.error();
  render::RoundsPageInput input;
  input.place_code = place->code;
  input.place_name = place->name;
  input.rounds = std::move(*items);
  input.can_open = ctx.principal.HasPlaceRole(code, Role::kCoordinator);
  input.csrf = ctx.principal.csrf_token;
  input.error = error;
  input.today = today;
  std::vector<std::shared_ptr<const domain::Framework>> keep;
  if (input.can_open) {
    auto latest = services::LatestFrameworks(store, cache);
    if (!latest) return latest.error();
    keep = std::move(*latest);
    for (const auto& framework : keep) input.frameworks.push_back(framework.get());
  }
  auto page = render::RoundsPage(input);
  if (!page) return page.error();
  Response response = Html(std::move(*page));
  if (!error.empty()) response.status = 400;
  return response;
}

Result<Response> OpenRound(services::StoreHandle store, services::FrameworkCache& cache,
                           const RouteContext& ctx) {
  services::OpenRoundRequest request;
  request.place_code = ctx.Param("code");
  request.framework = ctx.form.Field("framework").value_or("");
  if (const auto version = ctx.form.Field("version"); version && !version->empty()) {
    auto parsed = services::ParseRoundId(*version);  // a positive whole number
    if (!parsed) return RoundsPage(store, cache, ctx, "the framework version is not a number");
    request.version = static_cast<int>(parsed->value);
  }
  request.strands = ctx.form.Fields("strands");
  if (request.strands.empty()) return RoundsPage(store, cache, ctx, "choose at least one strand");
  request.closes_on = ctx.form.Field("closes").value_or("");
  request.visibility = ctx.form.Field("named").value_or("").empty()
                           ? domain::AnswerVisibility::kAnonymous
                           : domain::AnswerVisibility::kNamed;
  if (const auto depth = ctx.form.Field("depth"); depth && !depth->empty()) {
    const auto parsed = domain::RoundDepthFromKey(*depth);
    if (!parsed) return RoundsPage(store, cache, ctx, "depth must be strategic or operational");
    request.depth = *parsed;
  }
  auto round =
      services::OpenRound(store, cache, request, services::TodayUtc(), ActorOf(ctx.principal));
  if (!round) {
    if (round.error().code() == ErrorCode::kInvalidArgument)
      return RoundsPage(store, cache, ctx, round.error().message());
    return round.error();
  }
  return Redirect(RoundUrl(round->place_code, round->id) + "/respondents");
}

Result<domain::RoundReport> Report(services::StoreHandle store, services::FrameworkCache& cache,
                                   const RouteContext& ctx) {
  auto id = services::ParseRoundId(ctx.Param("round"));
  if (!id) return NotFound("there is no such round");
  return services::GetRoundReport(store, cache, ctx.Param("code"), *id, services::TodayUtc());
}

Result<Response> ResultsPage(services::StoreHandle store, services::FrameworkCache& cache,
                             const RouteContext& ctx, bool print) {
  auto report = Report(store, cache, ctx);
  if (!report) return report.error();
  const auto view = domain::BuildResultsView(*report);
  render::ResultsPageInput input;
  input.view = &view;
  input.print = print;
  input.coordinator = ctx.principal.HasPlaceRole(ctx.Param("code"), Role::kCoordinator);
  auto page = render::RoundResultsPage(input);
  if (!page) return page.error();
  return Html(std::move(*page));
}

// The co-ordinator's page; `invitation` is shown once, right after inviting.
Result<Response> ManagePage(services::StoreHandle store, services::FrameworkCache& cache,
                            const RouteContext& ctx,
                            std::optional<render::NewInvitation> invitation,
                            const std::string& error) {
  auto id = services::ParseRoundId(ctx.Param("round"));
  if (!id) return NotFound("there is no such round");
  auto round = services::GetPlaceRound(store, ctx.Param("code"), *id);
  if (!round) return round.error();
  auto respondents = services::ListRoundRespondents(store, ctx.Param("code"), *id);
  if (!respondents) return respondents.error();
  render::ManagePageInput input;
  auto framework =
      services::LoadFramework(store, cache, round->framework, round->framework_version);
  input.framework_title = framework ? (*framework)->title : round->framework;
  input.open = domain::IsOpen(*round, services::TodayUtc());
  input.round = std::move(*round);
  input.respondents = std::move(*respondents);
  input.invitation = std::move(invitation);
  input.csrf = ctx.principal.csrf_token;
  input.error = error;
  auto page = render::RoundManagePage(input);
  if (!page) return page.error();
  Response response = NoStore(Html(std::move(*page)));  // it may hold a personal link
  if (!error.empty()) response.status = 400;
  return response;
}

Result<Response> Invite(services::StoreHandle store, services::FrameworkCache& cache,
                        const Site& site, const RouteContext& ctx) {
  auto id = services::ParseRoundId(ctx.Param("round"));
  if (!id) return NotFound("there is no such round");
  services::InviteRequest request;
  request.round = *id;
  request.place_code = ctx.Param("code");
  request.name = ctx.form.Field("name").value_or("");
  request.organisation = ctx.form.Field("organisation").value_or("");
  request.sector = ctx.form.Field("sector").value_or("");
  request.role = ctx.form.Field("role").value_or("");
  auto invitation =
      services::InviteRespondent(store, request, services::TodayUtc(), ActorOf(ctx.principal));
  if (!invitation) {
    if (invitation.error().code() == ErrorCode::kInvalidArgument)
      return ManagePage(store, cache, ctx, std::nullopt, invitation.error().message());
    return invitation.error();
  }
  return ManagePage(store, cache, ctx,
                    render::NewInvitation{invitation->respondent.number,
                                          invitation->respondent.name, site.Link(invitation->path)},
                    "");
}

}  // namespace

void AddAssessmentRoutes(Router& router, services::Services& services, const Site& site) {
  const services::StoreHandle store = services.store();
  services::FrameworkCache& cache = services.frameworks();
  router.Add(
      Method::kGet, "/places/{code}/rounds", Permission::kPlaceViewer,
      [store, &cache](const RouteContext& ctx) { return RoundsPage(store, cache, ctx, ""); });
  router.Add(Method::kPost, "/places/{code}/rounds", Permission::kPlaceCoordinator,
             [store, &cache](const RouteContext& ctx) { return OpenRound(store, cache, ctx); });
  router.Add(
      Method::kGet, "/places/{code}/rounds/{round}", Permission::kPlaceViewer,
      [store, &cache](const RouteContext& ctx) { return ResultsPage(store, cache, ctx, false); });
  router.Add(
      Method::kGet, "/places/{code}/rounds/{round}/print", Permission::kPlaceViewer,
      [store, &cache](const RouteContext& ctx) { return ResultsPage(store, cache, ctx, true); });
  router.Add(Method::kGet, "/places/{code}/rounds/{round}/export.csv", Permission::kPlaceViewer,
             [store, &cache](const RouteContext& ctx) -> Result<Response> {
               auto report = Report(store, cache, ctx);
               if (!report) return report.error();
               return Csv(services::RoundCsv(*report),
                          ctx.Param("code") + "-round-" + ctx.Param("round") + ".csv");
             });
  router.Add(Method::kGet, "/places/{code}/rounds/{round}/export.json", Permission::kPlaceViewer,
             [store, &cache](const RouteContext& ctx) -> Result<Response> {
               auto report = Report(store, cache, ctx);
               if (!report) return report.error();
               return JsonBody(RoundExportJson(*report));
             });
  router.Add(Method::kGet, "/api/v1/places/{code}/rounds/{round}/results", Permission::kPlaceViewer,
             [store, &cache](const RouteContext& ctx) -> Result<Response> {
               auto report = Report(store, cache, ctx);
               if (!report) return report.error();
               return JsonBody(RoundResultsJson(*report));
             });
  router.Add(Method::kGet, "/places/{code}/rounds/{round}/respondents",
             Permission::kPlaceCoordinator,
             [store, &cache](const RouteContext& ctx) -> Result<Response> {
               return ManagePage(store, cache, ctx, std::nullopt, "");
             });
  router.Add(
      Method::kPost, "/places/{code}/rounds/{round}/respondents", Permission::kPlaceCoordinator,
      [store, &cache, &site](const RouteContext& ctx) { return Invite(store, cache, site, ctx); });
  router.Add(Method::kPost, "/places/{code}/rounds/{round}/close", Permission::kPlaceCoordinator,
             [store](const RouteContext& ctx) -> Result<Response> {
               auto id = services::ParseRoundId(ctx.Param("round"));
               if (!id) return NotFound("there is no such round");
               if (auto closed =
                       services::CloseRound(store, ctx.Param("code"), *id, ActorOf(ctx.principal));
                   !closed) {
                 return closed.error();
               }
               return Redirect(RoundUrl(ctx.Param("code"), *id) + "/respondents");
             });
  AddRespondentRoutes(router, services);
}

}  // namespace lct::web
