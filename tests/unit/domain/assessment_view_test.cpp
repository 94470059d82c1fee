// domain/assessment_view: the results page's model built from a hand-made scored round: levels
// and strands as scored, the distribution dropped when it is withheld, and who gave which
// rating only for a round opened with named answers.
#include "domain/assessment_view.hpp"

#include <gtest/gtest.h>

#include <memory>

namespace lct::domain {
namespace {

CriterionResult Criterion(const std::string& id, double median, bool established) {
  CriterionResult c;
  c.id = id;
  c.statement = "Statement " + id;
  c.strand = "a";
  c.level = "l1";
  c.counts = {0, 1, 0, 2};
  c.dispersion.outcome = analysis::AgreementOutcome::kOk;
  c.dispersion.count = 3;
  c.dispersion.median = median;
  c.dispersion.iqr = 1.0;
  c.established = established;
  return c;
}

Respondent Person(std::int64_t id, const std::string& name, const std::string& submitted_at) {
  Respondent r;
  r.id = RespondentId{id};
  r.name = name;
  r.organisation = name == "Bob" ? "" : name + " Ltd";
  r.sector = "Education";
  r.submitted_at = submitted_at;
  return r;
}

// Strand "a" with two levels: level 1 met (2 of 2 criteria established), level 2 not.
RoundReport Report(AnswerVisibility visibility, bool withheld) {
  RoundReport report;
  report.round.id = RoundId{7};
  report.round.visibility = visibility;
  report.round.strands = {"a"};
  auto framework = std::make_shared<Framework>();
  framework->title = "Small";
  report.framework = framework;
  report.open = true;
  RoundResults& res = report.results;
  res.scale = DefaultScale();
  res.invited = 4;
  res.submitted = 3;
  res.distribution_withheld = withheld;
  res.min_group_size = 3;
  res.criteria = {Criterion("a1.1", 3, true), Criterion("a1.2", 3, true)};
  StrandResult strand;
  strand.id = "a";
  strand.title = "Alpha";
  strand.level_attained = 1;
  strand.alpha.outcome = analysis::AgreementOutcome::kOk;
  strand.alpha.alpha = 0.8;
  strand.agreement = "good agreement";
  strand.levels = {{"l1", 1, "Getting organised", 2, 2, 1.0, true},
                   {"l2", 2, "Growing", 2, 0, 0.0, false}};
  res.strands = {strand};
  res.sectors = {{"Education", 3}};
  report.respondents = {Person(1, "Ann", "2026-03-01T10:00:00Z"), Person(2, "Bob", "2026-03-01"),
                        Person(3, "Cat", "")};
  report.answers = {{RespondentId{1}, "a1.1", 3, "", {}, ""},
                    {RespondentId{2}, "a1.1", std::nullopt, "", {}, ""},
                    {RespondentId{3}, "a1.1", 1, "", {}, ""}};
  return report;
}

TEST(BuildResultsView, LevelsAndStrandsAsScored) {
  const auto view = BuildResultsView(Report(AnswerVisibility::kAnonymous, false));
  EXPECT_EQ(view.round.id, RoundId{7});
  EXPECT_EQ(view.framework_title, "Small");
  EXPECT_TRUE(view.open);
  EXPECT_EQ(view.invited, 4);
  EXPECT_EQ(view.submitted, 3);
  ASSERT_EQ(view.strands.size(), 1U);
  const auto& strand = view.strands.front();
  EXPECT_EQ(strand.level_attained_title, "Getting organised");
  EXPECT_DOUBLE_EQ(strand.share_established, 0.5);  // 2 of the strand's 4 criteria
  ASSERT_TRUE(strand.alpha.has_value());
  EXPECT_DOUBLE_EQ(*strand.alpha, 0.8);
  ASSERT_EQ(strand.levels.size(), 2U);
  ASSERT_EQ(strand.levels[0].items.size(), 2U);
  EXPECT_TRUE(strand.levels[1].items.empty());
  const auto& item = strand.levels[0].items[0];
  EXPECT_EQ(item.counts, (std::vector<int>{0, 1, 0, 2}));
  ASSERT_TRUE(item.median.has_value());
  EXPECT_DOUBLE_EQ(*item.median, 3.0);
  EXPECT_FALSE(view.overall_alpha.has_value());  // not computed: kInsufficientData
  EXPECT_FALSE(view.named.has_value());
  EXPECT_FALSE(view.distribution_withheld);
}

TEST(BuildResultsView, AWithheldDistributionKeepsOnlyWhetherACriterionIsEstablished) {
  const auto view = BuildResultsView(Report(AnswerVisibility::kAnonymous, true));
  EXPECT_TRUE(view.distribution_withheld);
  EXPECT_EQ(view.withheld_reason, WithheldReason(3));
  const auto& item = view.strands.front().levels[0].items[0];
  EXPECT_TRUE(item.established);
  EXPECT_EQ(item.statement, "Statement a1.1");
  EXPECT_TRUE(item.counts.empty());
  EXPECT_FALSE(item.median.has_value());
  EXPECT_EQ(item.ratings, 0);
}

TEST(BuildResultsView, NamedAnswersListOnlySubmittedRespondents) {
  const auto view = BuildResultsView(Report(AnswerVisibility::kNamed, false));
  ASSERT_TRUE(view.named.has_value());
  EXPECT_EQ(view.named->respondents, (std::vector<std::string>{"Ann (Ann Ltd)", "Bob"}));
  ASSERT_EQ(view.named->rows.size(), 2U);
  EXPECT_EQ(view.named->rows[0].criterion, "a1.1");
  EXPECT_EQ(view.named->rows[0].ratings, (std::vector<std::string>{"Established", "Don't know"}));
  EXPECT_EQ(view.named->rows[1].ratings, (std::vector<std::string>{"", ""}));
}

}  // namespace
}  // namespace lct::domain
