#include "render/account_pages.hpp"

#include "render/csv_writer.hpp"
#include "render/template_engine.hpp"

namespace lct::render {
namespace {

using detail::Data;
using detail::Str;

// Sets value_<field>, error_<field> and has_errors for a form template.
void SetForm(Data& data, const FormState& form, std::string_view prefix = {}) {
  const std::string p(prefix);
  data.set("csrf", Str(form.csrf));
  for (const auto& [field, value] : form.values) data.set(p + "value_" += field, Str(value));
  for (const auto& [field, message] : form.errors) data.set(p + "error_" += field, Str(message));
  if (!form.errors.empty()) data.set(p + "has_errors", Data{true});
  if (!form.notice.empty()) data.set(p + "notice", Str(form.notice));
}

std::string ScopeLabel(const domain::TokenScope& scope) {
  if (scope.admin) return "Administrator (everything)";
  if (!scope.role) return "None";
  return std::string(domain::PlaceRoleKey(*scope.role)) + " for " + scope.place_code;
}

Data Roles(const std::vector<domain::PlaceGrant>& roles) {
  Data list{Data::type::list};
  for (const auto& g : roles) {
    Data item;
    item.set("place", Str(g.place_code));
    item.set("role", Str(domain::PlaceRoleKey(g.role)));
    list.push_back(item);
  }
  return list;
}

}  // namespace

Result<std::string> SignInPage(const FormState& form, std::string_view next) {
  Data data;
  SetForm(data, form);
  data.set("next", Str(next));
  return detail::RenderPage("sign_in", data, "Sign in", "none");
}

std::string SignInRequiredPage(std::string_view message, std::string_view sign_in_href) {
  Data data;
  data.set("message", Str(message));
  data.set("href", Str(sign_in_href));
  auto page = detail::RenderPage("sign_in_required", data, "Sign in required", "none");
  return page ? *page : "<!DOCTYPE html><html lang=\"en\"><title>Sign in required</title></html>";
}

Result<std::string> AccountPage(const AccountView& view, const FormState& password,
                                const FormState& token) {
  Data data;
  SetForm(data, password, "password_");
  SetForm(data, token, "token_");
  data.set("csrf", Str(password.csrf));
  data.set("email", Str(view.user.email));
  data.set("name", Str(view.user.display_name));
  data.set("admin", Data{view.user.admin});
  data.set("roles", Roles(view.roles));
  data.set("has_roles", Data{!view.roles.empty()});
  Data scopes{Data::type::list};
  if (view.user.admin) {
    Data admin;
    admin.set("value", Str("admin"));
    admin.set("label", Str("Administrator (everything)"));
    scopes.push_back(admin);
  }
  for (const auto& g : view.roles) {
    for (const domain::PlaceRole role : {domain::PlaceRole::kViewer, domain::PlaceRole::kPartner,
                                         domain::PlaceRole::kCoordinator}) {
      if (role > g.role) continue;
      Data item;
      item.set("value", Str(std::string(domain::PlaceRoleKey(role)) + "@" + g.place_code));
      item.set("label", Str(ScopeLabel({false, role, g.place_code})));
      scopes.push_back(item);
    }
  }
  data.set("scopes", scopes);
  data.set("can_create_tokens", Data{view.user.admin || !view.roles.empty()});
  Data tokens{Data::type::list};
  for (const auto& t : view.tokens) {
    Data item;
    item.set("id", Str(std::to_string(t.id)));
    item.set("name", Str(t.name));
    item.set("scope", Str(ScopeLabel(t.scope)));
    item.set("revoked", Data{t.revoked});
    tokens.push_back(item);
  }
  data.set("tokens", tokens);
  data.set("has_tokens", Data{!view.tokens.empty()});
  if (!view.new_token.empty()) data.set("new_token", Str(view.new_token));
  return detail::RenderPage("account", data, "Your account", "none");
}

Result<std::string> LinkPage(std::string_view kind, std::string_view email, std::string_view action,
                             const FormState& form) {
  Data data;
  SetForm(data, form);
  data.set("email", Str(email));
  data.set("action", Str(action));
  data.set(kind == "invite" ? "invite" : "reset", Data{true});
  return detail::RenderPage("account_link", data,
                            kind == "invite" ? "Accept your invitation" : "Choose a new password",
                            "none");
}

Result<std::string> PeoplePage(const std::vector<PersonView>& people,
                               const std::vector<domain::Place>& places, const FormState& invite,
                               std::string_view invitation_link) {
  Data data;
  SetForm(data, invite);
  Data list{Data::type::list};
  for (const auto& p : people) {
    Data item;
    item.set("email", Str(p.user.email));
    item.set("name", Str(p.user.display_name));
    item.set("admin", Data{p.user.admin});
    item.set("disabled", Data{p.user.disabled});
    item.set("roles", Roles(p.roles));
    list.push_back(item);
  }
  data.set("people", list);
  Data place_list{Data::type::list};
  const auto chosen = invite.values.find("place");
  for (const auto& place : places) {
    Data item;
    item.set("code", Str(place.code));
    item.set("name", Str(place.name));
    item.set("selected", Data{chosen != invite.values.end() && chosen->second == place.code});
    place_list.push_back(item);
  }
  data.set("places", place_list);
  Data role_list{Data::type::list};
  const auto chosen_role = invite.values.find("role");
  for (const char* role : {"viewer", "partner", "coordinator", "admin"}) {
    Data item;
    item.set("value", Str(role));
    item.set("label", Str(std::string_view(role) == "admin" ? "network administrator" : role));
    item.set("selected", Data{chosen_role != invite.values.end() && chosen_role->second == role});
    role_list.push_back(item);
  }
  data.set("roles", role_list);
  if (!invitation_link.empty()) data.set("invitation_link", Str(invitation_link));
  return detail::RenderPage("people", data, "People", "none");
}

Result<std::string> AuditPage(const std::vector<domain::AuditEntry>& entries,
                              std::string_view place_code, std::string_view place_name) {
  Data data;
  Data list{Data::type::list};
  for (const auto& e : entries) {
    Data item;
    item.set("at", Str(e.at));
    item.set("actor", Str(e.actor));
    item.set("action", Str(e.action));
    item.set("entity", Str(e.entity + (e.entity_id.empty() ? "" : " " + e.entity_id)));
    item.set("place", Str(e.place_code));
    item.set("before", Str(e.before_json));
    item.set("after", Str(e.after_json));
    list.push_back(item);
  }
  data.set("entries", list);
  data.set("has_entries", Data{!entries.empty()});
  data.set("place_name", Str(place_name));
  data.set("for_place", Data{!place_code.empty()});
  data.set("csv_href",
           Str(place_code.empty() ? "/admin/audit.csv"
                                  : "/places/" + std::string(place_code) + "/audit.csv"));
  return detail::RenderPage(
      "audit", data, place_name.empty() ? "Audit log" : "Audit log: " + std::string(place_name),
      place_code.empty() ? "none" : "network_section");
}

std::string AuditCsv(const std::vector<domain::AuditEntry>& entries) {
  CsvWriter csv(
      {"id", "at", "actor", "action", "entity", "entity_id", "place_code", "before", "after"});
  for (const auto& e : entries) {
    csv.Integer(e.id)
        .Text(e.at)
        .Text(e.actor)
        .Text(e.action)
        .Text(e.entity)
        .Text(e.entity_id)
        .Text(e.place_code)
        .Text(e.before_json)
        .Text(e.after_json)
        .EndRow();
  }
  return std::move(csv).Take();
}

}  // namespace lct::render
