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

  const auto heat = HeatGrid({{"c-1", {0, 2}, 1}, {"c-2", {3, 0}, 0}}, {"Low", "Mid"}, "Don't know",
                             "Grid", "Counts");
  EXPECT_NE(heat.find("<desc id=\"grid-d\">Counts</desc>"), std::string::npos);
  EXPECT_NE(heat.find("Don&#39;t know"), std::string::npos);
  EXPECT_NE(heat.find(">c-2</text>"), std::string::npos);
  EXPECT_TRUE(HeatGrid({}, {"a"}, "b", "t", "d").empty());
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

// The rectangles of an SVG whose class attribute is `cls`.
std::vector<std::string> Rects(const std::string& svg, const std::string& cls) {
  std::vector<std::string> out;
  for (auto at = svg.find("<rect"); at != std::string::npos; at = svg.find("<rect", at + 1)) {
    const std::string rect = svg.substr(at, svg.find('>', at) - at);
    if (rect.find("class=\"" + cls + "\"") != std::string::npos) out.push_back(rect);
  }
  return out;
}

domain::CriterionView RatedCriterion(const std::string& id, int ratings, bool consensus) {
  domain::CriterionView c;
  c.id = id;
  c.statement = "Statement " + id;
  c.counts = {0, 0, 0, ratings};
  c.dont_know = 2;
  c.ratings = ratings;
  c.median = 3.0;
  c.iqr = 0.0;
  c.consensus = consensus;
  c.established = true;
  return c;
}

// Issue 11: a criterion rated by one person reads "One rating", not "No" consensus.
TEST(AssessmentPages, Issue11ACriterionRatedByOnePersonReadsOneRating) {
  auto v = View(false, false);
  v.submitted = 3;
  v.strands[0].levels[0].items = {RatedCriterion("partnership-1.1", 1, false),
                                  RatedCriterion("partnership-1.2", 3, true)};
  auto page = RoundResultsPage({&v, false, false});
  ASSERT_TRUE(page.ok());
  const auto row = [&](const std::string& id) {
    const auto at = page->find("criterion-id\">" + id);
    return page->substr(at, page->find("</tr>", at) - at);
  };
  EXPECT_NE(row("partnership-1.1").find("<td>One rating</td>"), std::string::npos)
      << row("partnership-1.1");
  EXPECT_EQ(row("partnership-1.1").find("<td>No</td>"), std::string::npos);
  EXPECT_NE(row("partnership-1.2").find("<td>Yes</td>"), std::string::npos);
}

// Issue 11: the "don't know" column of the heat grid is not shaded like a rating.
TEST(AssessmentPages, Issue11TheDontKnowColumnIsNotColouredLikeARating) {
  auto v = View(false, false);
  v.submitted = 5;
  v.strands[0].levels[0].items = {RatedCriterion("partnership-1.1", 3, true)};
  auto page = RoundResultsPage({&v, false, false});
  ASSERT_TRUE(page.ok());
  const auto rating_cells = Rects(*page, "rating");
  const auto dont_know_cells = Rects(*page, "dont-know");
  ASSERT_EQ(rating_cells.size(), 4U);
  ASSERT_EQ(dont_know_cells.size(), 1U);
  EXPECT_NE(rating_cells[0].find("#5694ca"), std::string::npos);
  EXPECT_EQ(dont_know_cells[0].find("#5694ca"), std::string::npos) << dont_know_cells[0];
}

// Issue 11: a round of one strand gets a bar chart, not a radar that degenerates to a line.
TEST(AssessmentPages, Issue11AOneStrandRoundGetsABarChart) {
  const auto v = View(false, false);
  auto page = RoundResultsPage({&v, false, false});
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->find("class=\"radar\""), std::string::npos);
  EXPECT_EQ(Rects(*page, "bar").size(), 1U);
  EXPECT_NE(page->find("Share of criteria established, by strand"), std::string::npos);
}

// The x of each <text> with text-anchor `anchor`, with its text.
std::vector<std::pair<double, std::string>> Labels(const std::string& svg,
                                                   const std::string& anchor) {
  std::vector<std::pair<double, std::string>> out;
  for (auto at = svg.find("<text"); at != std::string::npos; at = svg.find("<text", at + 1)) {
    const auto close = svg.find('>', at);
    const std::string tag = svg.substr(at, close - at);
    if (tag.find("text-anchor=\"" + anchor + "\"") == std::string::npos) continue;
    const auto x = tag.find(" x=\"");
    out.emplace_back(std::stod(tag.substr(x + 4)),
                     svg.substr(close + 1, svg.find("</text>", close) - close - 1));
  }
  return out;
}

// Issue 11: radar labels stay inside the drawing, whatever their length (the browser test
// measures them; here a generous 0.6em per character at the labels' size).
TEST(AssessmentCharts, Issue11RadarLabelsAreNotClipped) {
  const auto radar = RadarChart({{"Partnership", 0.5},
                                 {"Participation", 1.0},
                                 {"Performance", 0.0},
                                 {"Fundamental conditions for building a learning city", 0.2}},
                                "Share established", "d");
  const auto view_box = radar.find("viewBox=\"0 0 ");
  const double width = std::stod(radar.substr(view_box + 13));
  const double per_char = 0.6 * 13;
  const auto end = Labels(radar, "end");
  const auto start = Labels(radar, "start");
  ASSERT_FALSE(end.empty());
  ASSERT_FALSE(start.empty());
  for (const auto& [x, text] : end) {
    EXPECT_GE(x - per_char * static_cast<double>(text.size()), 0.0) << text;
  }
  for (const auto& [x, text] : start) {
    EXPECT_LE(x + per_char * static_cast<double>(text.size()), width) << text;
  }
}

// Issue 11: the co-ordinator's list shows numbers beside names, never the pseudonyms that
// exports use.
TEST(AssessmentPages, Issue11TheRespondentsPageNeverShowsPseudonyms) {
  ManagePageInput input;
  input.round.id = domain::RoundId{4};
  input.round.place_code = "E08000012";
  domain::Respondent r;
  r.number = 1;
  r.name = "Ann";
  r.sector = "Education";
  r.pseudonym = "P3F9A0C12";
  input.respondents = {r};
  auto page = RoundManagePage(input);
  ASSERT_TRUE(page.ok());
  EXPECT_NE(page->find("Ann"), std::string::npos);
  EXPECT_EQ(page->find("P3F9A0C12"), std::string::npos);
}

// Issue 11: the page names the round compared with, says whether the choice is fixed, labels
// an illustrative one, and says how many more criteria tie with the last gap listed.
TEST(AssessmentPages, Issue11ThePageNamesTheComparisonRoundAndTiedGaps) {
  auto v = View(false, false);
  v.submitted = 6;
  v.has_comparison = true;
  v.comparison = {domain::RoundId{2}, "2025-01-13", "2025-02-28", true, true, false};
  v.gaps.push_back({"partnership-1.1", "Statement", 1.5, {}});
  v.gaps_more_tied = 3;
  auto page = RoundResultsPage({&v, false, false});
  ASSERT_TRUE(page.ok());
  const auto section = page->substr(page->find("id=\"h-change\""));
  EXPECT_NE(section.find("round 2</a> (opened 2025-01-13, closed 2025-02-28)"), std::string::npos)
      << section.substr(0, 800);
  EXPECT_NE(section.find("fixed when this round closed"), std::string::npos);
  EXPECT_NE(section.find("Illustrative responses, not real"), std::string::npos);
  EXPECT_NE(page->find("3 more criteria have the same gap of 1.5"), std::string::npos);
}

}  // namespace
}  // namespace lct::render
