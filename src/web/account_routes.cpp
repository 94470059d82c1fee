#include "web/account_routes.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "render/account_pages.hpp"
#include "render/json_text.hpp"
#include "web/app.hpp"
#include "web/auth_context.hpp"
#include "web/form_page.hpp"
#include "web/handler_support.hpp"
#include "web/redirect.hpp"

namespace lct::web {
namespace {

// A local path to go to after signing in; anything else (another site, "//host") is "/".
std::string SafeNext(std::string_view next) {
  const bool control = std::any_of(next.begin(), next.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
  });
  if (next.empty() || next.front() != '/' || next.starts_with("//") ||
      next.find('\\') != std::string_view::npos || control) {
    return "/";
  }
  return std::string(next);
}

// Puts a service error next to its field (or at the form's top).
void AddError(render::FormState& form, const Error& error, std::string_view fallback_field) {
  const std::string& field = error.location().field;
  form.errors[field.empty() ? std::string(fallback_field) : field] = error.message();
}

// "admin" or "ROLE@PLACE" -> a scope.
std::optional<domain::TokenScope> ParseScope(std::string_view text) {
  if (text == "admin") return domain::TokenScope{true, std::nullopt, ""};
  const std::size_t at = text.find('@');
  if (at == std::string_view::npos) return std::nullopt;
  const auto role = domain::PlaceRoleFromKey(text.substr(0, at));
  if (!role || at + 1 >= text.size()) return std::nullopt;
  return domain::TokenScope{false, role, std::string(text.substr(at + 1))};
}

Result<Response> RenderAccount(const App& app, const RouteContext& ctx, int status,
                               render::FormState password, render::FormState token,
                               std::string new_token = {}) {
  auto& accounts = app.accounts();
  const UserId id{ctx.principal.user_id};
  auto user = accounts.GetUser(id);
  if (!user) return user.error();
  auto roles = accounts.ListPlaceRoles(id);
  if (!roles) return roles.error();
  auto tokens = accounts.ListApiTokens(id);
  if (!tokens) return tokens.error();
  password.csrf = token.csrf = ctx.principal.csrf_token;
  return FormPage(
      status, render::AccountPage({*user, *roles, *tokens, std::move(new_token)}, password, token));
}

Result<Response> RenderPeople(const App& app, const RouteContext& ctx, int status,
                              render::FormState invite, std::string_view link = {}) {
  auto& accounts = app.accounts();
  auto users = accounts.ListUsers();
  if (!users) return users.error();
  std::vector<render::PersonView> people;
  for (auto& u : *users) {
    auto roles = accounts.ListPlaceRoles(u.id);
    if (!roles) return roles.error();
    people.push_back({std::move(u), std::move(*roles)});
  }
  auto places = accounts.ListPlaces();
  if (!places) return places.error();
  invite.csrf = ctx.principal.csrf_token;
  return FormPage(status, render::PeoplePage(people, *places, invite, link));
}

// "/reset/TOKEN" or "/invite/TOKEN".
std::string LinkPath(std::string_view kind, std::string_view token) {
  std::string path = "/";
  path.append(kind).append("/").append(token);
  return path;
}

void AddSignInRoutes(Router& router, const App& app) {
  router.Add(Method::kGet, "/sign-in", Permission::kPublic,
             [](const RouteContext& ctx) -> Result<Response> {
               if (ctx.principal.signed_in) return Redirect("/account");
               render::FormState form;
               form.csrf = ctx.principal.csrf_token;
               if (ctx.request.Query("reset"))
                 form.notice = "Your password has been set. Please sign in.";
               if (ctx.request.Query("invited"))
                 form.notice = "Your account is ready. Please sign in.";
               if (ctx.request.Query("signed-out")) form.notice = "You have signed out.";
               return FormPage(
                   200, render::SignInPage(form, SafeNext(ctx.request.Query("next").value_or(""))));
             });
  router.Add(Method::kPost, "/sign-in", Permission::kPublic,
             [&app](const RouteContext& ctx) -> Result<Response> {
               const std::string email = ctx.form.Field("email").value_or("");
               const std::string next = SafeNext(ctx.form.Field("next").value_or(""));
               const std::string client = app.ClientAddress(ctx.request);
               auto session =
                   app.accounts().SignIn(email, ctx.form.Field("password").value_or(""), client);
               if (!session) {
                 if (session.error().code() != ErrorCode::kPermissionDenied) {
                   return session.error();
                 }
                 render::FormState form;
                 form.csrf = ctx.principal.csrf_token;
                 form.values["email"] = email;
                 const bool throttled = session.error().location().field.empty();
                 form.errors[throttled ? "form" : "password"] = session.error().message();
                 auto response = FormPage(throttled ? 429 : 401, render::SignInPage(form, next));
                 if (response && throttled) {
                   response->SetHeader("Retry-After",
                                       std::to_string(app.accounts().SignInWait(email, client)));
                 }
                 return response;
               }
               Response response = Redirect(next);
               response.SetHeader("Set-Cookie",
                                  SetCookieValue(kSessionCookie, session->token,
                                                 {app.IsSecure(ctx.request), "Lax", std::nullopt}));
               return response;
             });
  router.Add(Method::kPost, "/sign-out", Permission::kPublic,
             [&app](const RouteContext& ctx) -> Result<Response> {
               if (const auto token = CookieValue(ctx.request, kSessionCookie)) {
                 if (auto status = app.accounts().SignOut(*token); !status) {
                   return status.error();
                 }
               }
               Response response = Redirect("/sign-in?signed-out=1");
               response.SetHeader(
                   "Set-Cookie",
                   SetCookieValue(kSessionCookie, "", {app.IsSecure(ctx.request), "Lax", 0}));
               return response;
             });
}

void AddAccountPageRoutes(Router& router, const App& app) {
  router.Add(Method::kGet, "/account", Permission::kSignedIn,
             [&app](const RouteContext& ctx) { return RenderAccount(app, ctx, 200, {}, {}); });
  router.Add(Method::kPost, "/account/password", Permission::kSignedIn,
             [&app](const RouteContext& ctx) -> Result<Response> {
               auto status = app.accounts().ChangePassword(
                   UserId{ctx.principal.user_id}, ctx.form.Field("current_password").value_or(""),
                   ctx.form.Field("new_password").value_or(""),
                   CookieValue(ctx.request, kSessionCookie).value_or(""));
               if (!status) {
                 if (status.error().code() != ErrorCode::kPermissionDenied &&
                     status.error().code() != ErrorCode::kInvalidArgument) {
                   return status.error();
                 }
                 render::FormState password;
                 AddError(password, status.error(), "new_password");
                 return RenderAccount(app, ctx, 400, password, {});
               }
               return Redirect("/account?changed=1");
             });
  router.Add(Method::kPost, "/account/tokens", Permission::kSignedIn,
             [&app](const RouteContext& ctx) -> Result<Response> {
               const std::string name = ctx.form.Field("name").value_or("");
               const auto scope = ParseScope(ctx.form.Field("scope").value_or(""));
               render::FormState token;
               token.values["name"] = name;
               if (!scope) {
                 token.errors["scope"] = "choose a scope";
                 return RenderAccount(app, ctx, 400, {}, token);
               }
               auto created = app.accounts().CreateApiToken(UserId{ctx.principal.user_id}, name,
                                                            *scope, ActorOf(ctx.principal));
               if (!created) {
                 if (created.error().code() != ErrorCode::kPermissionDenied &&
                     created.error().code() != ErrorCode::kInvalidArgument &&
                     created.error().code() != ErrorCode::kNotFound) {
                   return created.error();
                 }
                 AddError(token, created.error(), "scope");
                 return RenderAccount(app, ctx, 400, {}, token);
               }
               // Shown once, in this response: only the hash is kept.
               return RenderAccount(app, ctx, 200, {}, {}, *created);
             });
  router.Add(Method::kPost, "/account/tokens/{id}/revoke", Permission::kSignedIn,
             [&app](const RouteContext& ctx) -> Result<Response> {
               std::int64_t id = 0;
               try {
                 id = std::stoll(ctx.Param("id"));
               } catch (const std::exception&) {
                 return NotFound("There is no such token.");
               }
               // Only the owner's own tokens: another person's id is "not found".
               auto status = app.accounts().RevokeApiToken(id, UserId{ctx.principal.user_id},
                                                           ActorOf(ctx.principal));
               if (!status) return status.error();
               return Redirect("/account");
             });
  router.Add(
      Method::kGet, "/api/v1/me", Permission::kSignedIn,
      [](const RouteContext& ctx) -> Result<Response> {
        nlohmann::json roles = nlohmann::json::object();
        for (const auto& [code, role] : ctx.principal.place_roles) roles[code] = RoleName(role);
        return JsonBody(render::JsonText(nlohmann::json{{"email", ctx.principal.email},
                                                        {"name", ctx.principal.display_name},
                                                        {"admin", ctx.principal.network_admin},
                                                        {"api_token", ctx.principal.api_token},
                                                        {"roles", roles}}));
      });
}

void AddLinkRoutes(Router& router, const App& app) {
  for (const auto kind : {domain::OneTimePurpose::kReset, domain::OneTimePurpose::kInvite}) {
    const std::string key = domain::OneTimePurposeKey(kind);
    const std::string pattern = "/" + key + "/{token}";
    router.Add(Method::kGet, pattern, Permission::kCapability,
               [&app, kind, key](const RouteContext& ctx) -> Result<Response> {
                 const std::string& token = ctx.Param("token");
                 auto link = app.accounts().CheckLink(token, kind);
                 if (!link) return link.error();
                 render::FormState form;
                 form.csrf = ctx.principal.csrf_token;
                 return FormPage(200,
                                 render::LinkPage(key, link->email, LinkPath(key, token), form));
               });
    router.Add(Method::kPost, pattern, Permission::kCapability,
               [&app, kind, key](const RouteContext& ctx) -> Result<Response> {
                 const std::string& token = ctx.Param("token");
                 auto link = app.accounts().CheckLink(token, kind);
                 if (!link) return link.error();
                 const std::string password = ctx.form.Field("password").value_or("");
                 const std::string name = ctx.form.Field("name").value_or("");
                 const Status status = kind == domain::OneTimePurpose::kReset
                                           ? app.accounts().ResetPassword(token, password)
                                           : [&]() -> Status {
                   auto id = app.accounts().AcceptInvitation(token, name, password);
                   return id ? Ok() : Status(id.error());
                 }();
                 if (!status) {
                   if (status.error().code() != ErrorCode::kInvalidArgument) {
                     return status.error();
                   }
                   render::FormState form;
                   form.csrf = ctx.principal.csrf_token;
                   form.values["name"] = name;
                   AddError(form, status.error(), "password");
                   return FormPage(400,
                                   render::LinkPage(key, link->email, LinkPath(key, token), form));
                 }
                 return Redirect(kind == domain::OneTimePurpose::kReset ? "/sign-in?reset=1"
                                                                        : "/sign-in?invited=1");
               });
  }
}

void AddAdminRoutes(Router& router, const App& app) {
  router.Add(Method::kGet, "/admin/people", Permission::kNetworkAdmin,
             [&app](const RouteContext& ctx) { return RenderPeople(app, ctx, 200, {}); });
  router.Add(Method::kPost, "/admin/people/invite", Permission::kNetworkAdmin,
             [&app](const RouteContext& ctx) -> Result<Response> {
               render::FormState form;
               const std::string email = ctx.form.Field("email").value_or("");
               const std::string role = ctx.form.Field("role").value_or("");
               const std::string place = ctx.form.Field("place").value_or("");
               form.values = {{"email", email}, {"role", role}, {"place", place}};
               domain::TokenScope grant;
               if (role == "admin") {
                 grant.admin = true;
               } else if (auto parsed = domain::PlaceRoleFromKey(role)) {
                 grant.role = parsed;
                 grant.place_code = place;
               } else {
                 form.errors["role"] = "choose a role";
                 return RenderPeople(app, ctx, 400, form);
               }
               auto token = app.accounts().CreateInvitation(email, grant, ActorOf(ctx.principal));
               if (!token) {
                 if (token.error().code() != ErrorCode::kInvalidArgument &&
                     token.error().code() != ErrorCode::kConflict) {
                   return token.error();
                 }
                 AddError(form, token.error(), "email");
                 return RenderPeople(app, ctx, 400, form);
               }
               // Shown once, in this response: only the hash is kept.
               return RenderPeople(app, ctx, 200, {}, app.site().Link(LinkPath("invite", *token)));
             });
}

void AddAuditRoutes(Router& router, const App& app) {
  const auto list =
      [&app](std::optional<std::string> place) -> Result<std::vector<domain::AuditEntry>> {
    domain::AuditQuery query;
    query.place_code = std::move(place);
    query.limit = 10000;
    return app.accounts().ListAudit(query);
  };
  router.Add(Method::kGet, "/admin/audit", Permission::kNetworkAdmin,
             [list](const RouteContext&) -> Result<Response> {
               auto entries = list(std::nullopt);
               if (!entries) return entries.error();
               return FormPage(200, render::AuditPage(*entries, "", ""));
             });
  router.Add(Method::kGet, "/admin/audit.csv", Permission::kNetworkAdmin,
             [list](const RouteContext&) -> Result<Response> {
               auto entries = list(std::nullopt);
               if (!entries) return entries.error();
               return Csv(render::AuditCsv(*entries), "audit.csv");
             });
  router.Add(Method::kGet, "/places/{code}/audit", Permission::kPlaceCoordinator,
             [&app, list](const RouteContext& ctx) -> Result<Response> {
               auto place = app.accounts().GetPlace(ctx.Param("code"));
               if (!place) return place.error();
               auto entries = list(place->code);
               if (!entries) return entries.error();
               return FormPage(200, render::AuditPage(*entries, place->code, place->name));
             });
  router.Add(Method::kGet, "/places/{code}/audit.csv", Permission::kPlaceCoordinator,
             [list](const RouteContext& ctx) -> Result<Response> {
               auto entries = list(ctx.Param("code"));
               if (!entries) return entries.error();
               return Csv(render::AuditCsv(*entries), ctx.Param("code") + "-audit.csv");
             });
}

}  // namespace

void AddAccountRoutes(Router& router, const App& app) {
  AddSignInRoutes(router, app);
  AddAccountPageRoutes(router, app);
  AddLinkRoutes(router, app);
  AddAdminRoutes(router, app);
  AddAuditRoutes(router, app);
}

}  // namespace lct::web
