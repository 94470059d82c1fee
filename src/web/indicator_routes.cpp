// Indicator pages and targets (issue 5): /indicators/{code} (definition, place picker, time
// chart and table) with its CSV twin /indicators/{code}.csv?place=CODE; catalogue editing for
// network administrators (/indicators/new, /indicators/{code}/edit); a place's target
// dashboard /places/{code}/targets (viewers), the co-ordinators' target form and remove
// button, and the JSON twin /api/v1/places/{code}/targets.
#include <charconv>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "domain/place_entry.hpp"
#include "render/indicator_page.hpp"
#include "render/target_page.hpp"
#include "services/framework_cache.hpp"
#include "services/guide_service.hpp"
#include "services/indicator_catalogue.hpp"
#include "services/network_service.hpp"
#include "services/services.hpp"
#include "services/target_service.hpp"
#include "web/auth_context.hpp"
#include "web/form_page.hpp"
#include "web/handler_support.hpp"
#include "web/indicator_routes.hpp"
#include "web/redirect.hpp"
#include "web/routes.hpp"

namespace lct::web {

namespace indicator_detail {

std::vector<render::TimePoint> ToPoints(const std::vector<services::DatedObservation>& series) {
  std::vector<render::TimePoint> out;
  out.reserve(series.size());
  for (const auto& o : series) {
    out.push_back({o.period, o.label, o.date, o.value, o.lower, o.upper, o.status});
  }
  return out;
}

}  // namespace indicator_detail

namespace {

using indicator_detail::ToPoints;

using Json = nlohmann::json;

constexpr std::string_view kCsvSuffix = ".csv";

// ?place=: absent or empty means no place; otherwise a place code of any scheme
// (domain::IsPlaceCode: GSS, NUTS, ISO 3166-2 or a network's own id).
Result<std::optional<std::string>> PlaceParam(const Request& request) {
  const auto text = request.Query("place");
  if (!text || text->empty()) return std::optional<std::string>();
  if (!domain::IsPlaceCode(*text)) {
    return InvalidArgument(
        "place must be a place code: 1 to 64 letters, digits, '-', '_', '.' or ':'",
        {"", 0, "place"});
  }
  return std::optional<std::string>(*text);
}

// ---- The indicator page's data (composed here from the services' reads) ------------------

Result<render::AreaSeries> AreaSeriesOf(services::StoreHandle store, const domain::Place& place,
                                        IndicatorId indicator) {
  auto series = services::DatedSeries(store, place.id, indicator);
  if (!series) return series.error();
  return render::AreaSeries{place.code, place.name, ToPoints(*series)};
}

// The area with `code` (a region or nation), or nothing when it is not held.
Result<std::optional<render::AreaSeries>> OptionalArea(services::StoreHandle store,
                                                       const std::string& code,
                                                       IndicatorId indicator) {
  if (code.empty()) return std::optional<render::AreaSeries>();
  auto place = services::GetPlace(store, code);
  if (!place) {
    if (place.error().code() == ErrorCode::kNotFound) return std::optional<render::AreaSeries>();
    return place.error();
  }
  auto series = AreaSeriesOf(store, *place, indicator);
  if (!series) return series.error();
  return std::optional<render::AreaSeries>(std::move(*series));
}

// The place's target on the chart, when the service shows it to `principal` (a place's
// target is its partnership's own business: services::VisibleTarget decides).
Result<std::optional<render::TargetOnChart>> TargetFor(services::StoreHandle store,
                                                       const Principal& principal,
                                                       const domain::Place& place,
                                                       IndicatorId indicator) {
  auto progress = services::VisibleTarget(store, ReaderOf(principal), place, indicator);
  if (!progress) return progress.error();
  if (!*progress || !(*progress)->baseline_date.ok() || !(*progress)->target_date.ok()) {
    return std::optional<render::TargetOnChart>();
  }
  const services::TargetProgress& p = **progress;
  render::TargetOnChart chart{
      {p.baseline_date, p.target.baseline_value, p.target_date, p.target.target_value},
      p.baseline_label,
      p.assessment ? domain::TargetStatusLabel(p.assessment->status) : ""};
  return std::optional<render::TargetOnChart>(std::move(chart));
}

Status AddPlaceSeries(services::StoreHandle store, render::IndicatorPageView& view,
                      const std::string& code, const Principal& principal) {
  auto place = services::GetPlace(store, code);
  if (!place) return place.error();
  const IndicatorId id = view.indicator.id;
  auto own = AreaSeriesOf(store, *place, id);
  if (!own) return own.error();
  view.place = std::move(*own);
  auto region = OptionalArea(store, place->region_code, id);
  if (!region) return region.error();
  view.region = std::move(*region);
  if (place->nation_code != place->code) {
    auto nation = OptionalArea(store, place->nation_code, id);
    if (!nation) return nation.error();
    view.nation = std::move(*nation);
  }
  auto target = TargetFor(store, principal, *place, id);
  if (!target) return target.error();
  view.target = std::move(*target);
  return Ok();
}

Result<render::IndicatorPageView> IndicatorView(services::StoreHandle store,
                                                services::FrameworkCache& cache,
                                                const RouteContext& ctx, std::string_view code) {
  auto indicator = services::GetIndicator(store, code);
  if (!indicator) return indicator.error();
  const auto place_code = PlaceParam(ctx.request);
  if (!place_code) return place_code.error();
  render::IndicatorPageView view;
  view.indicator = std::move(*indicator);
  view.can_edit = ctx.principal.signed_in && ctx.principal.network_admin;
  auto guide = services::LoadGuide(store, cache);
  if (!guide) return guide.error();
  const auto frameworks = guide->All();
  view.links = render::IndicatorGuideLinks(view.indicator.links, frameworks);
  auto list = services::ListPlaces(store, {});
  if (!list) return list.error();
  for (const auto role : {domain::MembershipRole::kMember, domain::MembershipRole::kComparator}) {
    for (const auto& s : list->places) {
      if (s.role != role) continue;
      view.places.push_back({s.place.code, s.place.name, role == domain::MembershipRole::kMember});
    }
  }
  if (*place_code) {
    if (auto status = AddPlaceSeries(store, view, **place_code, ctx.principal); !status)
      return status.error();
  }
  return view;
}

// ---- Catalogue editing -----------------------------------------------------------------

// The indicator the form describes, starting from `base` (the stored one, or empty for new);
// fields the form cannot express as a value become errors in `form`.
domain::Indicator IndicatorFromForm(const Form& fields, domain::Indicator base,
                                    render::FormState& form) {
  const auto text = [&](const char* name) { return fields.Field(name).value_or(""); };
  for (const char* name :
       {"name", "description", "topic", "measure", "unit", "geography", "source_org", "source_url",
        "source_date", "licence", "caveats", "dataset", "decimals", "direction", "links"}) {
    form.values[name] = text(name);
  }
  form.values["proxy"] = fields.Field("proxy") ? "yes" : "";
  base.name = text("name");
  base.description = text("description");
  base.topic = text("topic");
  base.measure = text("measure");
  base.unit = text("unit");
  base.geography = text("geography");
  base.source_org = text("source_org");
  base.source_url = text("source_url");
  base.source_date = text("source_date");
  base.licence = text("licence");
  base.caveats = text("caveats");
  base.dataset = text("dataset");
  base.proxy = fields.Field("proxy").has_value();
  base.links = services::SplitLinks(text("links"));
  const std::string decimals = text("decimals");
  int value = 0;
  const auto [end, ec] = std::from_chars(decimals.data(), decimals.data() + decimals.size(), value);
  if (decimals.empty() || ec != std::errc() || end != decimals.data() + decimals.size()) {
    form.errors["decimals"] = "decimals must be a whole number from 0 to 6";
  } else {
    base.decimals = value;
  }
  if (const auto direction = domain::DirectionFromKey(text("direction"))) {
    base.direction = *direction;
  } else {
    form.errors["direction"] = "choose a direction";
  }
  return base;
}

// Checks and saves; true when saved, else the errors are in `form`.
Result<bool> SaveFromForm(services::StoreHandle store, const domain::Indicator& indicator,
                          render::FormState& form, const Principal& principal) {
  auto errors = form.errors.empty() ? services::SaveIndicator(store, indicator, ActorOf(principal))
                                    : services::CheckIndicator(store, indicator);
  if (!errors) return errors.error();
  for (const auto& e : *errors) {
    const std::string& field = e.location().field;
    form.errors.try_emplace(field.empty() ? "name" : field, e.message());
  }
  return form.errors.empty();
}

void AddCatalogueRoutes(Router& router, services::Services& services) {
  const services::StoreHandle store = services.store();
  router.Add(Method::kGet, "/indicators/new", Permission::kNetworkAdmin,
             [](const RouteContext& ctx) -> Result<Response> {
               render::FormState form = render::IndicatorFormValues({});
               form.csrf = ctx.principal.csrf_token;
               return FormPage(
                   200, render::IndicatorEditPage(render::IndicatorFormMode::kNew, "", form));
             });
  router.Add(Method::kPost, "/indicators/new", Permission::kNetworkAdmin,
             [store](const RouteContext& ctx) -> Result<Response> {
               render::FormState form;
               form.csrf = ctx.principal.csrf_token;
               domain::Indicator indicator = IndicatorFromForm(ctx.form, {}, form);
               indicator.code = ctx.form.Field("code").value_or("");
               form.values["code"] = indicator.code;
               if (services::GetIndicator(store, indicator.code)) {
                 form.errors["code"] = "an indicator with the code '" + indicator.code +
                                       "' exists already: edit it instead";
               }
               auto saved = SaveFromForm(store, indicator, form, ctx.principal);
               if (!saved) return saved.error();
               if (!*saved) {
                 return FormPage(
                     400, render::IndicatorEditPage(render::IndicatorFormMode::kNew, "", form));
               }
               return Redirect("/indicators/" + indicator.code);
             });
  router.Add(Method::kGet, "/indicators/{code}/edit", Permission::kNetworkAdmin,
             [store](const RouteContext& ctx) -> Result<Response> {
               auto indicator = services::GetIndicator(store, ctx.Param("code"));
               if (!indicator) return indicator.error();
               render::FormState form = render::IndicatorFormValues(*indicator);
               form.csrf = ctx.principal.csrf_token;
               return FormPage(200, render::IndicatorEditPage(render::IndicatorFormMode::kEdit,
                                                              indicator->code, form));
             });
  router.Add(Method::kPost, "/indicators/{code}/edit", Permission::kNetworkAdmin,
             [store](const RouteContext& ctx) -> Result<Response> {
               auto stored = services::GetIndicator(store, ctx.Param("code"));
               if (!stored) return stored.error();
               render::FormState form;
               form.csrf = ctx.principal.csrf_token;
               const domain::Indicator indicator = IndicatorFromForm(ctx.form, *stored, form);
               auto saved = SaveFromForm(store, indicator, form, ctx.principal);
               if (!saved) return saved.error();
               if (!*saved) {
                 return FormPage(400, render::IndicatorEditPage(render::IndicatorFormMode::kEdit,
                                                                stored->code, form));
               }
               return Redirect("/indicators/" + stored->code);
             });
}

void AddIndicatorPageRoutes(Router& router, services::StoreHandle store,
                            services::FrameworkCache& cache) {
  router.Add(Method::kGet, "/indicators/{code}", Permission::kPublic,
             [store, &cache](const RouteContext& ctx) -> Result<Response> {
               std::string code = ctx.Param("code");
               const bool csv = code.ends_with(kCsvSuffix);
               if (csv) code.resize(code.size() - kCsvSuffix.size());
               auto view = IndicatorView(store, cache, ctx, code);
               if (!view) return view.error();
               if (csv) {
                 if (!view->place) {
                   return InvalidArgument("choose a place: ?place=CODE", {"", 0, "place"});
                 }
                 return Csv(render::IndicatorPlaceCsv(*view),
                            code + "-" + view->place->code + ".csv");
               }
               auto page = render::IndicatorPage(*view);
               if (!page) return page.error();
               // An administrator's page carries an edit link: keep it out of shared caches.
               return view->can_edit ? FormPage(200, std::move(page)) : Html(std::move(*page));
             });
}

}  // namespace

void AddIndicatorRoutes(Router& router, services::Services& services) {
  const services::StoreHandle store = services.store();
  services::FrameworkCache& cache = services.frameworks();
  AddCatalogueRoutes(router, services);  // before /indicators/{code}: "new" is not a code
  AddIndicatorPageRoutes(router, store, cache);
  indicator_detail::AddTargetRoutes(router, services);
}

}  // namespace lct::web
