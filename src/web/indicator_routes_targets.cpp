// A place's targets: the dashboard /places/{code}/targets (the place's viewers and above), the
// co-ordinators' form (POST /places/{code}/targets) and remove button
// (POST /places/{code}/targets/{indicator}/delete), /places/{code}/targets.csv and
// /api/v1/places/{code}/targets.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/period.hpp"
#include "render/csv_export.hpp"
#include "render/json_text.hpp"
#include "render/target_page.hpp"
#include "services/network_service.hpp"
#include "services/services.hpp"
#include "services/target_service.hpp"
#include "web/auth_context.hpp"
#include "web/form_page.hpp"
#include "web/handler_support.hpp"
#include "web/indicator_routes.hpp"
#include "web/redirect.hpp"

namespace lct::web::indicator_detail {
namespace {

using Json = nlohmann::json;

constexpr const char* kFormFields[] = {
    "indicator",   "baseline_value", "baseline_period", "target_value",
    "target_date", "tolerance",      "shape",           "note"};

render::TargetRowView RowOf(const services::TargetProgress& p) {
  render::TargetRowView row;
  row.target = p.target;
  row.indicator = p.indicator;
  row.baseline_label = p.baseline_label;
  row.target_date = p.target_date;
  if (p.latest) row.latest = ToPoints({*p.latest}).front();
  row.assessment = p.assessment;
  row.problem = p.problem;
  row.trend = p.trend;
  row.points = ToPoints(p.points);
  return row;
}

// The place's targets with their progress (no form). NotFound for no place.
Result<render::TargetsView> TargetsOf(services::StoreHandle store, const std::string& code) {
  auto place = services::GetPlace(store, code);
  if (!place) return place.error();
  auto progress = services::PlaceTargets(store, code);
  if (!progress) return progress.error();
  render::TargetsView view;
  view.place_code = place->code;
  view.place_name = place->name;
  for (const auto& p : *progress) view.targets.push_back(RowOf(p));
  return view;
}

// The dashboard with `form` (values and errors after a failed submission, else empty).
Result<Response> RenderTargets(services::StoreHandle store, const RouteContext& ctx, int status,
                               render::FormState form) {
  const std::string& code = ctx.Param("code");
  auto targets = TargetsOf(store, code);
  if (!targets) return targets.error();
  render::TargetsView& view = *targets;
  view.can_edit = ctx.principal.HasPlaceRole(code, Role::kCoordinator);
  if (view.can_edit) {
    auto indicators = services::ListIndicators(store);
    if (!indicators) return indicators.error();
    view.indicators = std::move(*indicators);
    // ?indicator=X fills the form with X's target, to change it.
    const auto chosen = ctx.request.Query("indicator");
    if (form.values.empty() && chosen) {
      for (const auto& row : view.targets) {
        if (row.indicator.code == *chosen) {
          form = render::TargetFormValues(row.target, row.indicator);
        }
      }
    }
    if (const auto saved = ctx.request.Query("saved")) form.notice = "The target was saved.";
    if (const auto removed = ctx.request.Query("removed")) form.notice = "The target was removed.";
    form.csrf = ctx.principal.csrf_token;
    view.form = std::move(form);
  }
  return FormPage(status, render::TargetsPage(view));
}

Result<Response> SaveTarget(services::StoreHandle store, const RouteContext& ctx) {
  const std::string& code = ctx.Param("code");
  if (auto place = services::GetPlace(store, code); !place) return place.error();
  render::FormState form;
  for (const char* field : kFormFields) form.values[field] = ctx.form.Field(field).value_or("");
  services::TargetInput input;
  input.place_code = code;
  input.indicator_code = form.values["indicator"];
  input.baseline_value = form.values["baseline_value"];
  input.baseline_period = form.values["baseline_period"];
  input.target_value = form.values["target_value"];
  input.target_date = form.values["target_date"];
  input.tolerance = form.values["tolerance"];
  input.shape = form.values["shape"];
  input.note = form.values["note"];
  auto errors = services::SetTarget(store, input, ActorOf(ctx.principal));
  if (!errors) {
    // The place exists, so NotFound names the indicator.
    if (errors.error().code() != ErrorCode::kNotFound) {
      return errors.error();
    }
    form.errors["indicator"] = "choose an indicator from the list";
    return RenderTargets(store, ctx, 400, std::move(form));
  }
  if (!errors->empty()) {
    for (const auto& e : *errors) {
      const std::string& field = e.location().field;
      form.errors.try_emplace(field.empty() ? "indicator" : field, e.message());
    }
    return RenderTargets(store, ctx, 400, std::move(form));
  }
  return Redirect("/places/" + code + "/targets?saved=" + input.indicator_code + "#target-" +
                  input.indicator_code);
}

Json Optional(const std::optional<double>& v) { return v ? Json(*v) : Json(nullptr); }

Json PointJson(const services::DatedObservation& p) {
  return Json{{"period", p.period},
              {"label", p.label},
              {"date", domain::FormatDate(p.date)},
              {"value", Optional(p.value)},
              {"lower_95", Optional(p.lower)},
              {"upper_95", Optional(p.upper)},
              {"status", domain::ObservationStatusKey(p.status)}};
}

Json AssessmentJson(const services::TargetProgress& p) {
  if (!p.assessment) return nullptr;
  const auto& a = *p.assessment;
  return Json{{"status", domain::TargetStatusKey(a.status)},
              {"status_label", domain::TargetStatusLabel(a.status)},
              {"rule", a.rule},
              {"maintain", a.maintain},
              {"fraction_elapsed", a.fraction_elapsed},
              {"expected", a.expected},
              {"shortfall", a.shortfall},
              {"band", a.band},
              {"progress_ratio", Optional(a.progress_ratio)},
              {"cagr_observed", Optional(a.cagr_observed)},
              {"cagr_required", Optional(a.cagr_required)},
              {"cagr_needed", Optional(a.cagr_needed)},
              {"cagr_ratio", Optional(a.cagr_ratio)},
              {"cagr_reason", a.cagr_reason}};
}

Json TargetJson(const services::TargetProgress& p, const std::string& place_code) {
  const auto& t = p.target;
  Json points = Json::array();
  for (const auto& point : p.points) points.push_back(PointJson(point));
  return Json{
      {"indicator", Json{{"code", p.indicator.code},
                         {"name", p.indicator.name},
                         {"measure", p.indicator.measure},
                         {"unit", p.indicator.unit},
                         {"direction", domain::DirectionKey(p.indicator.direction)},
                         {"url", "/indicators/" + p.indicator.code + "?place=" + place_code}}},
      {"baseline", Json{{"value", t.baseline_value},
                        {"period", t.baseline_period},
                        {"label", p.baseline_label},
                        {"date", domain::FormatDate(p.baseline_date)}}},
      {"target", Json{{"value", t.target_value}, {"date", t.target_date}}},
      {"tolerance", t.tolerance},
      {"shape", domain::PathShapeKey(t.shape)},
      {"note", t.note},
      {"latest", p.latest ? PointJson(*p.latest) : Json(nullptr)},
      {"assessment", AssessmentJson(p)},
      {"problem", p.problem.empty() ? Json(nullptr) : Json(p.problem)},
      {"trend", Json{{"points", p.trend.points},
                     {"annual_change", Optional(p.trend.annual_change)},
                     {"compound_growth", Optional(p.trend.compound_growth)},
                     {"reason", p.trend.reason}}},
      {"points", points}};
}

}  // namespace

void AddTargetRoutes(Router& router, services::Services& services) {
  const services::StoreHandle store = services.store();
  router.Add(Method::kGet, "/places/{code}/targets", Permission::kPlaceViewer,
             [store](const RouteContext& ctx) { return RenderTargets(store, ctx, 200, {}); });
  router.Add(Method::kGet, "/places/{code}/targets.csv", Permission::kPlaceViewer,
             [store](const RouteContext& ctx) -> Result<Response> {
               const std::string& code = ctx.Param("code");
               auto targets = TargetsOf(store, code);
               if (!targets) return targets.error();
               // Targets are not public: not cached.
               return NoStore(Csv(render::TargetsCsv(*targets), code + "-targets.csv"));
             });
  router.Add(Method::kPost, "/places/{code}/targets", Permission::kPlaceCoordinator,
             [store](const RouteContext& ctx) { return SaveTarget(store, ctx); });
  router.Add(Method::kPost, "/places/{code}/targets/{indicator}/delete",
             Permission::kPlaceCoordinator, [store](const RouteContext& ctx) -> Result<Response> {
               const std::string& code = ctx.Param("code");
               const Status removed = services::RemoveTarget(store, code, ctx.Param("indicator"),
                                                             ActorOf(ctx.principal));
               if (!removed) return removed.error();
               return Redirect("/places/" + code + "/targets?removed=1");
             });
  router.Add(
      Method::kGet, "/api/v1/places/{code}/targets", Permission::kPlaceViewer,
      [store](const RouteContext& ctx) -> Result<Response> {
        const std::string& code = ctx.Param("code");
        auto place = services::GetPlace(store, code);
        if (!place) return place.error();
        auto progress = services::PlaceTargets(store, code);
        if (!progress) return progress.error();
        Json targets = Json::array();
        for (const auto& p : *progress) targets.push_back(TargetJson(p, place->code));
        // Targets are not public: not cached.
        return NoStore(JsonBody(render::JsonText(Json{
            {"place",
             Json{{"code", place->code}, {"name", place->name}, {"url", "/places/" + place->code}}},
            {"count", progress->size()},
            {"targets", targets}})));
      });
}

}  // namespace lct::web::indicator_detail
