// The web application as a function, without a network: routes, error pages, headers.
#include "web/app.hpp"

#include <gtest/gtest.h>

#include "store/store.hpp"
#include "unit/test_support.hpp"

namespace lct::web {
namespace {

Response Get(const std::string& target, Method method = Method::kGet) {
  static const App app(testing::DemoStore());
  auto request = ParseTarget(method, target);
  EXPECT_TRUE(request.has_value());
  return app.Handle(*request);
}

std::string HeaderOf(const Response& r, const std::string& name) {
  for (const auto& [k, v] : r.headers) {
    if (k == name) return v;
  }
  return {};
}

TEST(App, HomePageListsTheNetwork) {
  const auto r = Get("/");
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("<h1>UK Learning City Network</h1>"), std::string::npos);
  EXPECT_NE(r.body.find("href=\"/places/E08000012\">Liverpool</a>"), std::string::npos);
  EXPECT_NE(r.body.find("Open Government Licence v3.0"), std::string::npos);
}

// Issue 11: refused at the door, before any route runs, with the part named.
TEST(App, AQueryOrPathThatIsNotUtf8Is400NamingIt) {
  const auto page = Get("/guide/search?q=%FF");
  EXPECT_EQ(page.status, 400);
  EXPECT_TRUE(page.body.find("&#39;q&#39; is not valid UTF-8") != std::string::npos ||
              page.body.find("&apos;q&apos; is not valid UTF-8") != std::string::npos)
      << page.body;
  const auto api = Get("/api/v1/places?region=%C3");
  EXPECT_EQ(api.status, 400);
  EXPECT_NE(api.body.find("\"message\":\"the query parameter 'region' is not valid UTF-8"),
            std::string::npos)
      << api.body;
  EXPECT_EQ(Get("/places/%FF").status, 400);
  EXPECT_EQ(Get("/indicators/%E9t%E9", Method::kPost).status, 400);
}

TEST(App, EveryResponseCarriesSecurityHeaders) {
  for (const char* target : {"/", "/nope", "/static/app.css", "/api/v1/places"}) {
    const auto r = Get(target);
    EXPECT_NE(HeaderOf(r, "Content-Security-Policy").find("frame-ancestors 'none'"),
              std::string::npos)
        << target;
    EXPECT_EQ(HeaderOf(r, "X-Content-Type-Options"), "nosniff") << target;
  }
}

TEST(App, PlacePageShowsRealValuesWithPeriodsAndSources) {
  const auto r = Get("/places/E08000012");
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("486,100"), std::string::npos);
  EXPECT_NE(r.body.find("7,069"), std::string::npos);
  EXPECT_NE(r.body.find("2024/25"), std::string::npos);
  EXPECT_NE(r.body.find("Department for Education"), std::string::npos);
  EXPECT_NE(r.body.find("<svg"), std::string::npos);
}

TEST(App, UnknownPlaceAndRouteAre404WithoutLeakingDetail) {
  const auto place = Get("/places/E99999999");
  EXPECT_EQ(place.status, 404);
  EXPECT_NE(place.body.find("no place has the code"), std::string::npos);
  const auto route = Get("/no/such/page");
  EXPECT_EQ(route.status, 404);
  EXPECT_EQ(route.body.find("sqlite"), std::string::npos);
}

// Issue 12 item 4: a handler's error becomes its status at the router; the error page of a
// capability link (a respondent's questionnaire) is still never kept by a cache.
TEST(App, AHandlersErrorOnACapabilityRouteIsNotStored) {
  const auto r = Get("/respond/no-such-token");
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(HeaderOf(r, "Cache-Control"), "no-store");
  const auto file = Get("/static/no-such-file.css");
  EXPECT_EQ(file.status, 404);
  EXPECT_NE(file.body.find("There is no file at this address."), std::string::npos);
}

TEST(App, BadQueryIs400WithAClearMessage) {
  const auto r = Get("/?sort=shoe-size");
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("unknown sort"), std::string::npos);
}

TEST(App, ScriptInTheQueryComesBackEscaped) {
  const auto r = Get("/?region=%3Cscript%3Ealert(1)%3C/script%3E");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body.find("<script>alert(1)"), std::string::npos);
  const auto api = Get("/api/v1/places/%3Cscript%3E");
  EXPECT_EQ(api.status, 404);
  // JSON is never sniffed as HTML (nosniff), so the code may be echoed inside a JSON string.
  EXPECT_EQ(api.content_type, "application/json");
  EXPECT_EQ(HeaderOf(api, "X-Content-Type-Options"), "nosniff");
  EXPECT_TRUE(api.body.starts_with("{\"error\":"));
}

TEST(App, ApiReturnsJson) {
  const auto r = Get("/api/v1/places?membership=member");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "application/json");
  EXPECT_NE(r.body.find("\"count\":12"), std::string::npos);
  const auto place = Get("/api/v1/places/E08000012");
  EXPECT_NE(place.body.find("\"fe-participation\""), std::string::npos);
}

TEST(App, CsvTwins) {
  const auto r = Get("/places.csv?membership=member");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "text/csv; charset=utf-8");
  EXPECT_EQ(std::count(r.body.begin(), r.body.end(), '\n'), 13);
  const auto place = Get("/places/E08000012/indicators.csv");
  EXPECT_NE(place.body.find("E08000012,Liverpool,fe-participation"), std::string::npos);
}

TEST(App, StaticFilesHaveTypesAndCaching) {
  const auto css = Get("/static/app.css");
  EXPECT_EQ(css.status, 200);
  EXPECT_EQ(css.content_type, "text/css; charset=utf-8");
  EXPECT_EQ(HeaderOf(css, "Cache-Control"), "public, max-age=3600");
  EXPECT_FALSE(HeaderOf(css, "ETag").empty());
  EXPECT_EQ(Get("/static/..%2F..%2Fetc%2Fpasswd").status, 404);
  EXPECT_EQ(Get("/static/../CMakeLists.txt").status, 404);
  EXPECT_EQ(Get("/static/missing.css").status, 404);
}

TEST(App, HealthzReportsTheSchema) {
  const auto r = Get("/healthz");
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("\"status\":\"ok\""), std::string::npos);
}

TEST(App, WrongMethodIs405) {
  const auto r = Get("/", Method::kPost);
  EXPECT_EQ(r.status, 405);
  EXPECT_EQ(HeaderOf(r, "Allow"), "GET");
}

TEST(App, EveryRouteDeclaresAPermission) {
  const App app(testing::DemoStore());
  ASSERT_FALSE(app.router().routes().empty());
  for (const auto& route : app.router().routes()) {
    EXPECT_STRNE(PermissionName(route.permission), "unknown") << route.pattern;
  }
}

}  // namespace
}  // namespace lct::web
