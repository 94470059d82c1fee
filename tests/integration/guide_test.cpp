// The guide over real HTTP: `lct init --demo` has imported the bundled frameworks, and `lct serve`
// answers the guide's pages, search, 404s and JSON.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "integration/server_support.hpp"

namespace lct::testing {
namespace {

// One server for the whole suite: started on first use, stopped when the test program exits.
ServerProcess& Server() {
  static ServerProcess server;
  return server;
}

class GuideTest : public ::testing::Test {
 protected:
  static HttpReply Fetch(const std::string& target) { return Get(Server().port(), target); }
};

TEST_F(GuideTest, TheGuideShowsTheGridAndTheFrameworks) {
  const auto r = Fetch("/guide");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.head.find("Content-Type: text/html; charset=utf-8"), std::string::npos);
  EXPECT_NE(r.body.find("<h1>The guide</h1>"), std::string::npos);
  EXPECT_NE(r.body.find("href=\"/guide/toolkit/performance/cycles-of-learning\""),
            std::string::npos);
  EXPECT_NE(r.body.find("Learning-city criteria on the UNESCO Key Features structure"),
            std::string::npos);
  EXPECT_NE(r.body.find("<a href=\"/guide\" aria-current=\"page\">Guide</a>"), std::string::npos);
}

TEST_F(GuideTest, WhereDoIStartAndTheSections) {
  const auto start = Fetch("/guide/start");
  ASSERT_EQ(start.status, 200);
  EXPECT_NE(start.body.find("<h1>Where do I start?</h1>"), std::string::npos);
  EXPECT_NE(start.body.find("Bring a core group together"), std::string::npos);
  EXPECT_NE(start.body.find("Honest broker"), std::string::npos);
  const auto sections = Fetch("/guide/toolkit/sections");
  ASSERT_EQ(sections.status, 200);
  EXPECT_NE(sections.body.find("Benchmarking step by step"), std::string::npos);
  EXPECT_NE(sections.body.find("Partnership health check"), std::string::npos);
}

TEST_F(GuideTest, ALevelPageShowsCriteriaWithTheirCrosswalk) {
  const auto r = Fetch("/guide/toolkit/participation/getting-organised");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("<h1>Participation: Getting organised</h1>"), std::string::npos);
  EXPECT_NE(r.body.find("id=\"participation-1.1\""), std::string::npos);
  EXPECT_NE(r.body.find("href=\"/guide/unesco-key-features/"), std::string::npos);
  EXPECT_NE(r.body.find("Ideas for action"), std::string::npos);
  EXPECT_NE(r.body.find("Pitfalls to avoid"), std::string::npos);
  EXPECT_NE(r.body.find("<h2 id=\"h-examples\">Examples</h2>"), std::string::npos);
  EXPECT_NE(r.body.find("Source: Pathfinder Project Report"), std::string::npos);
  EXPECT_NE(r.body.find("<dt>What each rating looks like</dt>"), std::string::npos);
  EXPECT_NE(r.body.find("Moderation with a critical friend"), std::string::npos);
}

TEST_F(GuideTest, SearchFindsCriteriaAndEchoesTheQueryEscaped) {
  const auto r = Fetch("/guide/search?q=honest+broker");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("#partnership-1.4\">Criterion partnership-1.4</a>"), std::string::npos);
  EXPECT_NE(r.body.find("<mark>honest</mark>"), std::string::npos);
  const auto hostile = Fetch("/guide/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
  ASSERT_EQ(hostile.status, 200);
  EXPECT_EQ(hostile.body.find("<script>alert(1)"), std::string::npos);
  EXPECT_NE(hostile.body.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  const auto empty = Fetch("/guide/search");
  ASSERT_EQ(empty.status, 200);
  EXPECT_NE(empty.body.find("<input type=\"search\" id=\"q\" name=\"q\" value=\"\">"),
            std::string::npos);
}

TEST_F(GuideTest, UnknownFrameworkStrandAndLevelAre404) {
  for (const char* target :
       {"/guide/no-such-framework", "/guide/toolkit/no-such-strand/x",
        "/guide/toolkit/partnership/no-such-level", "/guide/no-such-framework/sections"}) {
    const auto r = Fetch(target);
    EXPECT_EQ(r.status, 404) << target;
    EXPECT_NE(r.body.find("Page not found"), std::string::npos) << target;
  }
}

TEST_F(GuideTest, JsonListsFrameworksAndGivesOne) {
  const auto list = Fetch("/api/v1/frameworks");
  ASSERT_EQ(list.status, 200);
  EXPECT_NE(list.head.find("application/json"), std::string::npos);
  const auto parsed = nlohmann::json::parse(list.body);
  EXPECT_EQ(parsed["count"], 2);
  const auto one = Fetch("/api/v1/frameworks/unesco-key-features");
  ASSERT_EQ(one.status, 200);
  const auto unesco = nlohmann::json::parse(one.body);
  EXPECT_EQ(unesco["id"], "unesco-key-features");
  EXPECT_EQ(unesco["strands"].size(), 4U);
  const auto missing = Fetch("/api/v1/frameworks/no-such-framework");
  EXPECT_EQ(missing.status, 404);
  EXPECT_NE(missing.head.find("application/json"), std::string::npos);
  EXPECT_EQ(Fetch("/api/v1/frameworks/toolkit?version=0").status, 400);
}

}  // namespace
}  // namespace lct::testing
