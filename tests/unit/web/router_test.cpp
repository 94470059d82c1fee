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

// Issue 11: the decoded path, the query and the cookies must be valid UTF-8; the error names
// the part.
TEST(CheckRequestText, NamesThePathTheParameterOrTheCookie) {
  EXPECT_TRUE(CheckRequestText(*ParseTarget(Method::kGet, "/guide/search?q=caf%C3%A9")).ok());
  const auto path = CheckRequestText(*ParseTarget(Method::kGet, "/places/E%FF"));
  ASSERT_FALSE(path.ok());
  EXPECT_EQ(path.error().location().field, "path");
  const auto query = CheckRequestText(*ParseTarget(Method::kGet, "/guide/search?q=caf%E9"));
  ASSERT_FALSE(query.ok());
  EXPECT_EQ(query.error().location().field, "q");
  EXPECT_EQ(query.error().message(),
            "the query parameter 'q' is not valid UTF-8 (byte 0xE9 at position 4)");
  auto request = *ParseTarget(Method::kGet, "/");
  request.headers.emplace_back("cookie", "theme=dark; lct_session=ab\xFF; x=1");
  const auto cookie = CheckRequestText(request);
  ASSERT_FALSE(cookie.ok());
  EXPECT_EQ(cookie.error().location().field, "lct_session");
  EXPECT_NE(cookie.error().message().find("'lct_session'"), std::string::npos);
  auto header = *ParseTarget(Method::kGet, "/");
  header.headers.emplace_back("User-Agent", "old \xFF browser");  // other headers: not checked
  EXPECT_TRUE(CheckRequestText(header).ok());
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
