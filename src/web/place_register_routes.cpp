// /admin/places (issue 13): network administrators list, add, edit and retire places through
// services/place_register, with the places file's checks; every form carries the CSRF token.
#include <string>
#include <utility>

#include "render/place_register_pages.hpp"
#include "services/network_definition_service.hpp"
#include "services/place_register.hpp"
#include "services/services.hpp"
#include "web/auth_context.hpp"
#include "web/form_page.hpp"
#include "web/handler_support.hpp"
#include "web/redirect.hpp"
#include "web/routes.hpp"

namespace lct::web {
namespace {

constexpr const char* kListPath = "/admin/places";

std::string MembershipText(const services::RegisterPlace& p) {
  if (!p.membership) return {};
  std::string text = domain::MembershipRoleLabel(p.membership->role);
  if (!p.membership->since.empty()) text += " since " + p.membership->since;
  return text;
}

Result<Response> ListPage(services::StoreHandle store) {
  auto definition = services::GetNetworkDefinition(store);
  if (!definition) return definition.error();
  render::PlaceRegisterView view;
  if (*definition) {
    view.has_definition = true;
    view.network = (*definition)->name;
    auto places = services::ListRegisterPlaces(store, std::nullopt);
    if (!places) return places.error();
    for (const services::RegisterPlace& p : *places) {
      const domain::GeographyLevel* level = (*definition)->geography.Find(p.place.level);
      view.rows.push_back({p.place.code, p.place.name, level ? level->name : p.place.level,
                           p.place.parent_code, MembershipText(p), p.place.retired});
    }
  }
  return FormPage(200, render::PlaceRegisterPage(view));
}

// The form, with `view`'s values and errors; 400 when there are errors.
Result<Response> FormResponse(services::StoreHandle store, const RouteContext& ctx,
                              render::PlaceFormView view) {
  auto definition = services::RequireNetworkDefinition(store);
  if (!definition) return definition.error();
  view.levels = definition->geography.levels;
  view.csrf = ctx.principal.csrf_token;
  const bool refused = !view.errors.empty() || !view.retire_error.empty();
  return FormPage(refused ? 400 : 200, render::PlaceFormPage(view));
}

services::PlaceFields FieldsOf(const RouteContext& ctx) {
  services::PlaceFields fields;
  for (const char* name :
       {"code", "name", "level", "parent", "membership", "membership_date", "membership_reason",
        "latitude", "longitude", "predecessors", "retired", "note"}) {
    fields[name] = ctx.form.Field(name).value_or("");
  }
  return fields;
}

// A refusal as the form shows it; any other failure is passed on to the router.
Result<Response> Refused(services::StoreHandle store, const RouteContext& ctx,
                         render::PlaceFormView view, const std::vector<Error>& errors) {
  for (const Error& e : errors) {
    if (e.code() != ErrorCode::kInvalidArgument) return e;
    std::string& slot = view.errors[e.location().field];
    slot += (slot.empty() ? "" : "; ") + e.message();
  }
  return FormResponse(store, ctx, std::move(view));
}

Result<Response> Save(services::StoreHandle store, const RouteContext& ctx,
                      services::PlaceFormMode mode) {
  services::PlaceFields fields = FieldsOf(ctx);
  if (mode == services::PlaceFormMode::kEdit) fields["code"] = ctx.Param("code");
  const services::PlaceImportReport report =
      services::SavePlace(store, fields, mode, ActorOf(ctx.principal));
  if (report.written) return Redirect(kListPath);
  render::PlaceFormView view;
  view.is_new = mode == services::PlaceFormMode::kAdd;
  view.values = fields;
  return Refused(store, ctx, std::move(view), report.errors);
}

}  // namespace

void AddPlaceRegisterRoutes(Router& router, services::Services& services) {
  const services::StoreHandle store = services.store();
  router.Add(Method::kGet, kListPath, Permission::kNetworkAdmin,
             [store](const RouteContext&) { return ListPage(store); });
  router.Add(Method::kGet, "/admin/places/new", Permission::kNetworkAdmin,
             [store](const RouteContext& ctx) { return FormResponse(store, ctx, {}); });
  router.Add(
      Method::kPost, "/admin/places/new", Permission::kNetworkAdmin,
      [store](const RouteContext& ctx) { return Save(store, ctx, services::PlaceFormMode::kAdd); });
  router.Add(Method::kGet, "/admin/places/{code}", Permission::kNetworkAdmin,
             [store](const RouteContext& ctx) -> Result<Response> {
               auto fields = services::GetPlaceFields(store, ctx.Param("code"));
               if (!fields) return fields.error();
               render::PlaceFormView view;
               view.is_new = false;
               view.values = std::move(*fields);
               return FormResponse(store, ctx, std::move(view));
             });
  router.Add(Method::kPost, "/admin/places/{code}", Permission::kNetworkAdmin,
             [store](const RouteContext& ctx) {
               return Save(store, ctx, services::PlaceFormMode::kEdit);
             });
  router.Add(Method::kPost, "/admin/places/{code}/retire", Permission::kNetworkAdmin,
             [store](const RouteContext& ctx) -> Result<Response> {
               const std::string date = ctx.form.Field("date").value_or("");
               const services::PlaceImportReport report =
                   services::RetirePlace(store, ctx.Param("code"), date, ActorOf(ctx.principal));
               if (report.written) return Redirect(kListPath);
               for (const Error& e : report.errors) {
                 if (e.code() != ErrorCode::kInvalidArgument) return e;
               }
               auto fields = services::GetPlaceFields(store, ctx.Param("code"));
               if (!fields) return fields.error();
               render::PlaceFormView view;
               view.is_new = false;
               view.values = std::move(*fields);
               view.retire_date = date;
               for (const Error& e : report.errors) {
                 view.retire_error += (view.retire_error.empty() ? "" : "; ") + e.message();
               }
               return FormResponse(store, ctx, std::move(view));
             });
}

}  // namespace lct::web
