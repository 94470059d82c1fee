#include "web/router.hpp"

#include <gtest/gtest.h>

namespace lct::web {
namespace {

Response Error(int status, std::string_view message) {
  Response r;
  r.status = status;
  r.body = std::string(message);
  return r;
}

TEST(ParseTarget, DecodesPathAndQuery) {
  auto r = ParseTarget(Method::kGet, "/places/E08000012?sort=population&order=desc&q=a+b%26c");
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->path, "/places/E08000012");
  EXPECT_EQ(r->Query("sort"), "population");
  EXPECT_EQ(r->Query("q"), "a b&c");
  EXPECT_FALSE(r->Query("missing").has_value());
}

TEST(ParseTarget, RejectsMalformedTargets) {
  EXPECT_FALSE(ParseTarget(Method::kGet, "places").has_value());
  EXPECT_FALSE(ParseTarget(Method::kGet, "/bad%zz").has_value());
  EXPECT_FALSE(ParseTarget(Method::kGet, "/nul%00byte").has_value());
  EXPECT_FALSE(ParseTarget(Method::kGet, "/trailing%2").has_value());
}

// Issue 11 (found by fuzzing): a path that is not UTF-8, echoed into a JSON error, answered 500.
TEST(ParseTarget, RejectsPathsAndQueriesThatAreNotUtf8) {
  EXPECT_FALSE(ParseTarget(Method::kGet, "/api/v1/places/E08\xFA").has_value());
  EXPECT_FALSE(ParseTarget(Method::kGet, "/api/v1/places/E08%FF").has_value());
  EXPECT_FALSE(ParseTarget(Method::kGet, "/?q=%C3").has_value());
  EXPECT_FALSE(ParseTarget(Method::kGet, "/?%ED%A0%80=x").has_value());
  auto ok = ParseTarget(Method::kGet, "/guide/search?q=caf%C3%A9");
  ASSERT_TRUE(ok.has_value());
  EXPECT_EQ(ok->Query("q"), "caf\xC3\xA9");
}

TEST(MatchPattern, CapturesAndLiterals) {
  std::map<std::string, std::string> params;
  EXPECT_TRUE(MatchPattern("/places/{code}", "/places/E1", params));
  EXPECT_EQ(params["code"], "E1");
  EXPECT_FALSE(MatchPattern("/places/{code}", "/places/E1/extra", params));
  EXPECT_FALSE(MatchPattern("/places/{code}", "/places/", params));
  EXPECT_TRUE(MatchPattern("/", "/", params));
  EXPECT_FALSE(MatchPattern("/", "/x", params));
}

TEST(Router, NotFoundMethodNotAllowedAndPermission) {
  Router router;
  router.Add(Method::kGet, "/a", Permission::kPublic,
             [](const RouteContext&) { return Response{}; });
  router.Add(Method::kGet, "/admin", Permission::kNetworkAdmin,
             [](const RouteContext&) { return Response{}; });
  const Principal anonymous;
  EXPECT_EQ(router.Dispatch(*ParseTarget(Method::kGet, "/a"), anonymous, Error).status, 200);
  EXPECT_EQ(router.Dispatch(*ParseTarget(Method::kHead, "/a"), anonymous, Error).status, 200);
  EXPECT_EQ(router.Dispatch(*ParseTarget(Method::kGet, "/b"), anonymous, Error).status, 404);
  const auto post = router.Dispatch(*ParseTarget(Method::kPost, "/a"), anonymous, Error);
  EXPECT_EQ(post.status, 405);
  ASSERT_EQ(post.headers.size(), 1U);
  EXPECT_EQ(post.headers[0].second, "GET");
  EXPECT_EQ(router.Dispatch(*ParseTarget(Method::kGet, "/admin"), anonymous, Error).status, 401);
  Principal signed_in;
  signed_in.signed_in = true;
  EXPECT_EQ(router.Dispatch(*ParseTarget(Method::kGet, "/admin"), signed_in, Error).status, 403);
  Principal admin = signed_in;
  admin.network_admin = true;
  EXPECT_EQ(router.Dispatch(*ParseTarget(Method::kGet, "/admin"), admin, Error).status, 200);
}

}  // namespace
}  // namespace lct::web
