// web/guide_routes: the guide's pages and JSON through the App, without a network, over a
// database holding the bundled frameworks.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "store/store.hpp"
#include "unit/guide_test_support.hpp"
#include "web/app.hpp"

namespace lct::web {
namespace {

Response Get(const std::string& target) {
  static const auto kStore = testing::FrameworkStore();
  static const App kApp(*kStore);
  auto request = ParseTarget(Method::kGet, target);
  EXPECT_TRUE(request.has_value());
  return kApp.Handle(*request);
}

TEST(GuideRoutes, EveryGuidePageIsPublicAndRenders) {
  for (const char* target :
       {"/guide", "/guide/start", "/guide/search", "/guide/search?q=baseline", "/guide/toolkit",
        "/guide/toolkit/start", "/guide/toolkit/sections",
        "/guide/toolkit/performance/cycles-of-learning", "/guide/unesco-key-features",
        "/guide/unesco-key-features/guidelines/G5", "/api/v1/frameworks",
        "/api/v1/frameworks/toolkit", "/api/v1/frameworks/toolkit?version=2"}) {
    const auto r = Get(target);
    EXPECT_EQ(r.status, 200) << target;
  }
}

TEST(GuideRoutes, UnknownFrameworkStrandOrLevelIs404) {
  for (const char* target :
       {"/guide/nope", "/guide/nope/sections", "/guide/toolkit/nope/getting-organised",
        "/guide/toolkit/partnership/nope", "/guide/nope/partnership/getting-organised",
        "/guide/toolkit/partnership/getting-organised/extra"}) {
    const auto r = Get(target);
    EXPECT_EQ(r.status, 404) << target;
    EXPECT_NE(r.content_type.find("text/html"), std::string::npos) << target;
  }
  EXPECT_NE(Get("/guide/toolkit/partnership/nope")
                .body.find("the strand &apos;partnership&apos; has no level &apos;nope&apos;"),
            std::string::npos);
  const auto api = Get("/api/v1/frameworks/nope");
  EXPECT_EQ(api.status, 404);
  EXPECT_EQ(nlohmann::json::parse(api.body)["error"]["status"], 404);
  EXPECT_EQ(Get("/api/v1/frameworks/toolkit?version=9").status, 404);
  EXPECT_EQ(Get("/api/v1/frameworks/toolkit?version=one").status, 400);
}

TEST(GuideRoutes, SearchEchoesTheQueryEscaped) {
  const auto r = Get("/guide/search?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body.find("<script>alert"), std::string::npos);
  EXPECT_NE(r.body.find("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  const auto found = Get("/guide/search?q=Terms+of+reference");
  EXPECT_NE(found.body.find("#partnership-1.10\">Criterion partnership-1.10</a>"),
            std::string::npos);
}

TEST(GuideRoutes, JsonListsFrameworksAndGivesOneInFull) {
  const auto list = nlohmann::json::parse(Get("/api/v1/frameworks").body);
  EXPECT_EQ(list["count"], 2);
  EXPECT_EQ(list["frameworks"][0]["id"], "toolkit");
  EXPECT_EQ(list["frameworks"][0]["versions"][0]["version"], 2);
  EXPECT_EQ(list["frameworks"][1]["level_kind"], "area");
  const auto toolkit = nlohmann::json::parse(Get("/api/v1/frameworks/toolkit").body);
  EXPECT_EQ(toolkit["strands"].size(), 3U);
  const auto& level = toolkit["strands"][0]["levels"][0];
  EXPECT_EQ(level["url"], "/guide/toolkit/partnership/getting-organised");
  EXPECT_EQ(level["criteria"][0]["id"], "partnership-1.1");
  EXPECT_EQ(level["criteria"][0]["crosswalk"][0]["framework"], "unesco-key-features");
  EXPECT_FALSE(toolkit["sections"]["benchmarking"]["steps"].empty());
  // Issue 18: rating guidance, retirements, example sources and the crosswalk's coverage.
  EXPECT_EQ(level["criteria"][0]["rating_guide"].size(), 3U);
  EXPECT_EQ(level["criteria"][0]["rating_guide"][2]["label"], "Established");
  EXPECT_EQ(level["criteria"][1]["id"], "partnership-1.2");
  EXPECT_TRUE(level["criteria"][1]["retired"]);
  EXPECT_EQ(level["criteria"][1]["replaced_by"][0], "partnership-1.9");
  EXPECT_EQ(level["examples"][0]["source_kind"], "recorded");
  EXPECT_FALSE(toolkit["sections"]["evidence_guide"]["kinds"].empty());
  EXPECT_EQ(toolkit["sections"]["moderation"]["id"], "moderation-critical-friend");
  const auto& coverage = toolkit["crosswalk_coverage"];
  ASSERT_EQ(coverage.size(), 1U);
  EXPECT_EQ(coverage[0]["target"], "unesco-key-features");
  EXPECT_EQ(coverage[0]["areas"].size(), 18U);
  for (const auto& area : coverage[0]["areas"]) {
    EXPECT_EQ(area["thin"], area["count"].get<int>() < 3) << area["level"];
  }
}

}  // namespace
}  // namespace lct::web
