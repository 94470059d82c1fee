#include "web/auth_context.hpp"

#include <algorithm>

#include "base/text.hpp"

namespace lct::web {
namespace {

Role ToRole(domain::PlaceRole role) { return static_cast<Role>(static_cast<int>(role)); }

}  // namespace

std::optional<std::string> CookieValue(const Request& request, std::string_view name) {
  for (const auto& [header, value] : request.headers) {
    if (!text::EqualsIgnoreAsciiCase(header, "cookie")) continue;
    std::string_view rest = value;
    while (!rest.empty()) {
      const std::size_t semi = rest.find(';');
      const std::string_view pair = text::Trim(rest.substr(0, semi));
      rest = semi == std::string_view::npos ? std::string_view() : rest.substr(semi + 1);
      const std::size_t eq = pair.find('=');
      if (eq == std::string_view::npos || text::Trim(pair.substr(0, eq)) != name) continue;
      std::string_view v = text::Trim(pair.substr(eq + 1));
      if (v.size() >= 2 && v.front() == '"' && v.back() == '"') v = v.substr(1, v.size() - 2);
      return std::string(v);
    }
  }
  return std::nullopt;
}

std::string SetCookieValue(std::string_view name, std::string_view value,
                           const CookieAttributes& attributes) {
  std::string out = std::string(name) + "=" + std::string(value) +
                    "; Path=/; HttpOnly; SameSite=" + std::string(attributes.same_site);
  if (attributes.secure) out += "; Secure";
  if (attributes.max_age) out += "; Max-Age=" + std::to_string(*attributes.max_age);
  return out;
}

Principal PrincipalOf(const services::Identity& identity) {
  Principal p;
  p.signed_in = true;
  p.user_id = identity.user.id.value;
  p.email = identity.user.email;
  p.display_name = identity.user.display_name;
  p.network_admin = identity.user.admin;
  for (const auto& grant : identity.roles) p.place_roles[grant.place_code] = ToRole(grant.role);
  p.csrf_token = identity.csrf_token;
  return p;
}

Principal TokenPrincipalOf(const services::Identity& identity) {
  Principal p;
  p.signed_in = true;
  p.api_token = true;
  p.user_id = identity.user.id.value;
  p.email = identity.user.email;
  p.display_name = identity.user.display_name;
  if (!identity.token_scope) return p;
  const auto& scope = *identity.token_scope;
  if (scope.admin) {
    p.network_admin = identity.user.admin;
    return p;
  }
  if (!scope.role) return p;
  // The owner's current role caps the token's, so a withdrawn role withdraws the token's too.
  std::optional<domain::PlaceRole> held;
  if (identity.user.admin) held = domain::PlaceRole::kCoordinator;
  for (const auto& grant : identity.roles) {
    if (grant.place_code == scope.place_code) held = grant.role;
  }
  if (held) p.place_roles[scope.place_code] = ToRole(std::min(*held, *scope.role));
  return p;
}

render::Viewer ViewerOf(const Principal& principal) {
  render::Viewer viewer;
  viewer.signed_in = principal.signed_in && !principal.api_token;
  viewer.display_name = principal.display_name.empty() ? principal.email : principal.display_name;
  viewer.network_admin = principal.network_admin;
  viewer.csrf_token = principal.csrf_token;
  return viewer;
}

services::Reader ReaderOf(const Principal& principal) {
  services::Reader reader;
  if (!principal.signed_in) return reader;
  reader.network_admin = principal.network_admin;
  for (const auto& entry : principal.place_roles) reader.places.push_back(entry.first);
  return reader;
}

services::Actor ActorOf(const Principal& principal) {
  services::Actor actor;
  if (principal.signed_in) actor.user = UserId{principal.user_id};
  actor.name = principal.signed_in ? principal.email : "anonymous";
  if (principal.api_token) actor.name += " (API token)";
  return actor;
}

}  // namespace lct::web
