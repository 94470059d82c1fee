// The self-assessment charts and results page (issue 4): text alternatives, escaping, the
// illustrative label and the named-answers table only for named rounds.
#include "render/assessment_pages.hpp"

#include <gtest/gtest.h>

#include "render/assessment_charts.hpp"

namespace lct::render {
namespace {

TEST(AssessmentCharts, RadarAndHeatGridCarryTitleAndDescriptionEscaped) {
  const auto radar = RadarChart({{"Partnership", 0.5}, {"A & B", 1.0}, {"C", 0.0}},
                                "Share established", "One axis per <strand>");
  EXPECT_NE(radar.find("<title id=\"share-established-t\">Share established</title>"),
            std::string::npos);
  EXPECT_NE(radar.find("One axis per &lt;strand&gt;"), std::string::npos);
  EXPECT_NE(radar.find("A &amp; B"), std::string::npos);
  EXPECT_NE(radar.find("role=\"img\""), std::string::npos);
  EXPECT_TRUE(RadarChart({}, "t", "d").empty());

  const auto heat = HeatGrid({{"c-1", {0, 2, 1}}, {"c-2", {3, 0, 0}}}, {"Low", "Mid", "Don't know"},
                             "Grid", "Counts");
  EXPECT_NE(heat.find("<desc id=\"grid-d\">Counts</desc>"), std::string::npos);
  EXPECT_NE(heat.find("Don&#39;t know"), std::string::npos);
  EXPECT_NE(heat.find(">c-2</text>"), std::string::npos);
  EXPECT_TRUE(HeatGrid({}, {"a"}, "t", "d").empty());
}

domain::RoundResultsView View(bool illustrative, bool named) {
  domain::RoundResultsView v;
  v.round.id = domain::RoundId{4};
  v.round.place_code = "E08000012";
  v.round.place_name = "Liverpool";
  v.round.framework = "toolkit";
  v.round.framework_version = 1;
  v.round.illustrative = illustrative;
  v.framework_title = "Learning City Toolkit";
  v.scale = domain::DefaultScale();
  domain::StrandView s;
  s.id = "partnership";
  s.title = "Partnership";
  s.level_attained = 1;
  s.level_attained_title = "Getting organised";
  s.agreement = "not enough answers to measure agreement";
  s.levels.push_back({"getting-organised", 1, "Getting organised", 2, 2, 1.0, true, {}});
  v.strands.push_back(s);
  if (named) {
    domain::NamedAnswersView n;
    n.respondents = {"Ann (College)"};
    n.rows = {{"partnership-1.1", {"Established"}}};
    v.named = n;
    v.round.visibility = domain::AnswerVisibility::kNamed;
  }
  return v;
}

TEST(AssessmentPages, ResultsSayIllustrativeAndNameOnlyInNamedRounds) {
  const auto illustrative = View(true, false);
  auto page = RoundResultsPage({&illustrative, false, false});
  ASSERT_TRUE(page.ok()) << page.error().ToString();
  EXPECT_NE(page->find("Illustrative responses, not real"), std::string::npos);
  EXPECT_NE(page->find("Level 1: Getting organised"), std::string::npos);
  EXPECT_NE(page->find("not enough answers"), std::string::npos);
  EXPECT_EQ(page->find("Who gave which rating"), std::string::npos);
  EXPECT_EQ(page->find("/respondents"), std::string::npos);  // not a co-ordinator

  const auto named = View(false, true);
  auto named_page = RoundResultsPage({&named, true, true});
  ASSERT_TRUE(named_page.ok());
  EXPECT_EQ(named_page->find("Illustrative responses"), std::string::npos);
  EXPECT_NE(named_page->find("Who gave which rating"), std::string::npos);
  EXPECT_NE(named_page->find("Ann (College)"), std::string::npos);
  EXPECT_EQ(named_page->find("Download the answers"), std::string::npos);  // printable
}

}  // namespace
}  // namespace lct::render
