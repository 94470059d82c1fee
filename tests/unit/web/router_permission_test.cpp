// The permission choke point: roles per place, 401 for nobody, 403 for the wrong person.
#include <gtest/gtest.h>

#include "web/router.hpp"

namespace lct::web {
namespace {

Response ErrorPage(int status, std::string_view message) {
  Response r;
  r.status = status;
  r.body = std::string(message);
  return r;
}

Principal Person(std::map<std::string, Role, std::less<>> roles, bool admin = false) {
  Principal p;
  p.signed_in = true;
  p.user_id = 7;
  p.network_admin = admin;
  p.place_roles = std::move(roles);
  return p;
}

TEST(Principal, HasPlaceRoleIsOrderedAndPerPlace) {
  const Principal partner = Person({{"A", Role::kPartner}});
  EXPECT_TRUE(partner.HasPlaceRole("A", Role::kViewer));
  EXPECT_TRUE(partner.HasPlaceRole("A", Role::kPartner));
  EXPECT_FALSE(partner.HasPlaceRole("A", Role::kCoordinator));
  EXPECT_FALSE(partner.HasPlaceRole("B", Role::kViewer));
  EXPECT_TRUE(Person({}, true).HasPlaceRole("B", Role::kCoordinator));
  Principal anonymous;
  anonymous.place_roles["A"] = Role::kCoordinator;  // not signed in: holds nothing
  EXPECT_FALSE(anonymous.HasPlaceRole("A", Role::kViewer));
}

TEST(Router, PlacePermissionsReadTheCodeParameter) {
  Router router;
  const auto ok = [](const RouteContext&) { return Response{}; };
  router.Add(Method::kGet, "/places/{code}/private", Permission::kPlaceViewer, ok);
  router.Add(Method::kGet, "/places/{code}/answers", Permission::kPlacePartner, ok);
  router.Add(Method::kGet, "/places/{code}/manage", Permission::kPlaceCoordinator, ok);
  router.Add(Method::kGet, "/me", Permission::kSignedIn, ok);
  router.Add(Method::kGet, "/respond/{token}", Permission::kCapability, ok);
  const auto status = [&](const std::string& path, const Principal& p) {
    return router.Dispatch(*ParseTarget(Method::kGet, path), p, ErrorPage).status;
  };
  const Principal anonymous;
  const Principal viewer = Person({{"A", Role::kViewer}});
  const Principal coordinator = Person({{"A", Role::kCoordinator}});
  EXPECT_EQ(status("/places/A/private", anonymous), 401);
  EXPECT_EQ(status("/places/A/private", viewer), 200);
  EXPECT_EQ(status("/places/B/private", viewer), 403);  // changing the code in the URL
  EXPECT_EQ(status("/places/A/answers", viewer), 403);
  EXPECT_EQ(status("/places/A/manage", coordinator), 200);
  EXPECT_EQ(status("/places/B/manage", coordinator), 403);
  EXPECT_EQ(status("/places/B/manage", Person({}, true)), 200);
  EXPECT_EQ(status("/me", anonymous), 401);
  EXPECT_EQ(status("/me", viewer), 200);
  EXPECT_EQ(status("/respond/secret", anonymous), 200);
}

TEST(Router, RouteContextCarriesTheForm) {
  Router router;
  router.Add(Method::kPost, "/echo", Permission::kPublic, [](const RouteContext& ctx) {
    Response r;
    r.body = ctx.form.Field("x").value_or("none");
    return r;
  });
  Form form;
  form.fields.emplace("x", "42");
  const Principal anonymous;
  EXPECT_EQ(router.Dispatch(*ParseTarget(Method::kPost, "/echo"), anonymous, form, ErrorPage).body,
            "42");
  EXPECT_EQ(router.Dispatch(*ParseTarget(Method::kPost, "/echo"), anonymous, ErrorPage).body,
            "none");
}

TEST(Router, HandlesTellsWhetherAHandlerWouldRun) {
  Router router;
  router.Add(Method::kGet, "/a/{x}", Permission::kPublic,
             [](const RouteContext&) { return Response{}; });
  EXPECT_TRUE(router.Handles(*ParseTarget(Method::kGet, "/a/1")));
  EXPECT_TRUE(router.Handles(*ParseTarget(Method::kHead, "/a/1")));
  EXPECT_FALSE(router.Handles(*ParseTarget(Method::kPost, "/a/1")));
  EXPECT_FALSE(router.Handles(*ParseTarget(Method::kGet, "/b")));
}

TEST(Roles, NamesRoundTrip) {
  for (const Role role : {Role::kViewer, Role::kPartner, Role::kCoordinator}) {
    EXPECT_EQ(RoleFromName(RoleName(role)), role);
  }
  EXPECT_FALSE(RoleFromName("owner").has_value());
  EXPECT_TRUE(IsPlacePermission(Permission::kPlacePartner));
  EXPECT_FALSE(IsPlacePermission(Permission::kNetworkAdmin));
}

#ifndef NDEBUG
TEST(RouterDeathTest, PlacePermissionWithoutCodeAsserts) {
  Router router;
  EXPECT_DEATH(router.Add(Method::kGet, "/nowhere", Permission::kPlaceViewer,
                          [](const RouteContext&) { return Response{}; }),
               "");
}
#endif

}  // namespace
}  // namespace lct::web
