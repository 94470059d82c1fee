// The scoring rules of self-assessment rounds (docs/self-assessment.md): established criteria,
// share per level, the staged rule, agreement, perception gaps with the group-size rule,
// merged small sectors, gains and losses, unmet criteria with their ideas.
#include "domain/assessment_scoring.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace lct::domain {
namespace {

// Two strands ("a", "b") of three stage levels with four criteria each: a1.1..a1.4 etc.
Framework SmallFramework() {
  Framework f;
  f.id = "small";
  f.version = 1;
  f.title = "Small";
  f.scale = DefaultScale();  // 0..3
  for (const std::string strand : {"a", "b"}) {
    Strand s;
    s.id = strand;
    s.title = strand == "a" ? "Alpha strand" : "Beta strand";
    for (int n = 1; n <= 3; ++n) {
      Level l;
      l.number = n;
      l.id = "l" + std::to_string(n);
      l.title = "Level " + std::to_string(n);
      for (int c = 1; c <= 4; ++c) {
        Criterion criterion;
        criterion.id = strand + std::to_string(n) + "." + std::to_string(c);
        criterion.statement = "Statement " + criterion.id;
        l.criteria.push_back(criterion);
      }
      if (strand == "a" && n == 1) {
        Idea idea;
        idea.id = "idea-a1";
        idea.text = "Do the first thing";
        idea.criteria = {"a1.4"};
        l.ideas.push_back(idea);
      }
      s.levels.push_back(l);
    }
    f.strands.push_back(s);
  }
  return f;
}

AssessmentRound Round(std::vector<std::string> strands = {"a", "b"}) {
  AssessmentRound r;
  r.id = RoundId{1};
  r.place_code = "E08000012";
  r.framework = "small";
  r.framework_version = 1;
  r.strands = std::move(strands);
  return r;
}

// Builds respondents and answers: every respondent gives `rating(respondent, criterion)`.
struct Data {
  std::vector<Respondent> respondents;
  std::vector<Answer> answers;

  void Add(const std::string& sector, bool submitted = true) {
    Respondent r;
    r.id = RespondentId{static_cast<std::int64_t>(respondents.size() + 1)};
    r.number = static_cast<int>(respondents.size() + 1);
    r.name = "Person " + std::to_string(r.number);
    r.sector = sector;
    if (submitted) r.submitted_at = "2026-01-01T00:00:00Z";
    respondents.push_back(r);
  }
  void Rate(std::size_t respondent, const std::string& criterion, std::optional<int> rating) {
    Answer a;
    a.respondent = respondents.at(respondent).id;
    a.criterion = criterion;
    a.rating = rating;
    answers.push_back(a);
  }
  // Everyone rates every criterion of strand/level `prefix` ("a1") with `rating`.
  void RateLevel(const std::string& prefix, int rating, int established_count = 4) {
    for (std::size_t r = 0; r < respondents.size(); ++r) {
      for (int c = 1; c <= 4; ++c) {
        Rate(r, prefix + "." + std::to_string(c), c <= established_count ? rating : rating - 1);
      }
    }
  }
};

const StrandResult& Strand(const RoundResults& results, const std::string& id) {
  return *std::find_if(results.strands.begin(), results.strands.end(),
                       [&](const StrandResult& s) { return s.id == id; });
}

const CriterionResult& Criterion(const RoundResults& results, const std::string& id) {
  return *std::find_if(results.criteria.begin(), results.criteria.end(),
                       [&](const CriterionResult& c) { return c.id == id; });
}

TEST(AssessmentScoring, CriterionIsEstablishedWhenItsMedianIsTheTopOfTheScale) {
  Data d;
  for (int i = 0; i < 4; ++i) d.Add("Education");
  d.Rate(0, "a1.1", 3);
  d.Rate(1, "a1.1", 3);
  d.Rate(2, "a1.1", 3);
  d.Rate(3, "a1.1", 1);  // median 3
  d.Rate(0, "a1.2", 3);
  d.Rate(1, "a1.2", 3);
  d.Rate(2, "a1.2", 2);
  d.Rate(3, "a1.2", 2);  // median 2.5: not established
  const auto results = ScoreRound(SmallFramework(), Round(), d.respondents, d.answers);
  EXPECT_TRUE(Criterion(results, "a1.1").established);
  EXPECT_DOUBLE_EQ(Criterion(results, "a1.2").dispersion.median, 2.5);
  EXPECT_FALSE(Criterion(results, "a1.2").established);
  EXPECT_EQ(Criterion(results, "a1.1").counts, (std::vector<int>{0, 1, 0, 3}));
  EXPECT_FALSE(Criterion(results, "a1.3").established);  // nobody rated it
}

TEST(AssessmentScoring, ShareEstablishedAndTheThresholdAreInclusive) {
  Data d;
  for (int i = 0; i < 3; ++i) d.Add("Education");
  d.RateLevel("a1", 3, 3);  // 3 of 4 established: exactly 75%
  const auto results = ScoreRound(SmallFramework(), Round(), d.respondents, d.answers);
  const auto& level = Strand(results, "a").levels[0];
  EXPECT_EQ(level.criteria, 4);
  EXPECT_EQ(level.established, 3);
  EXPECT_DOUBLE_EQ(level.share, 0.75);
  EXPECT_TRUE(level.met);
  EXPECT_EQ(Strand(results, "a").level_attained, 1);

  ScoringOptions strict;
  strict.level_threshold = 0.8;
  const auto stricter = ScoreRound(SmallFramework(), Round(), d.respondents, d.answers, strict);
  EXPECT_FALSE(Strand(stricter, "a").levels[0].met);
  EXPECT_EQ(Strand(stricter, "a").level_attained, 0);
}

TEST(AssessmentScoring, ALevelCountsOnlyWhenEveryLevelBelowIsMet) {
  Data d;
  for (int i = 0; i < 3; ++i) d.Add("Education");
  d.RateLevel("a1", 3, 2);  // level 1: 50%, not met
  d.RateLevel("a2", 3);     // level 2: 100%, but level 1 is not met
  d.RateLevel("b1", 3);     // strand b: level 1 and 2 met, level 3 not
  d.RateLevel("b2", 3);
  d.RateLevel("b3", 2);
  const auto results = ScoreRound(SmallFramework(), Round(), d.respondents, d.answers);
  const auto& a = Strand(results, "a");
  EXPECT_FALSE(a.levels[0].met);
  EXPECT_DOUBLE_EQ(a.levels[1].share, 1.0);
  EXPECT_FALSE(a.levels[1].met);
  EXPECT_EQ(a.level_attained, 0);
  const auto& b = Strand(results, "b");
  EXPECT_TRUE(b.levels[1].met);
  EXPECT_FALSE(b.levels[2].met);
  EXPECT_EQ(b.level_attained, 2);
}

TEST(AssessmentScoring, AreasAreScoredSideBySideWithoutTheStagedRule) {
  auto framework = SmallFramework();
  framework.level_kind = LevelKind::kArea;
  Data d;
  for (int i = 0; i < 3; ++i) d.Add("Education");
  d.RateLevel("a2", 3);
  const auto results = ScoreRound(framework, Round(), d.respondents, d.answers);
  EXPECT_FALSE(results.stages);
  EXPECT_FALSE(Strand(results, "a").levels[0].met);
  EXPECT_TRUE(Strand(results, "a").levels[1].met);
}

TEST(AssessmentScoring, OnlySubmittedAnswersCountAndDontKnowIsNoRating) {
  Data d;
  d.Add("Education");
  d.Add("Education");
  d.Add("Education", /*submitted=*/false);
  d.Rate(0, "a1.1", 3);
  d.Rate(1, "a1.1", std::nullopt);  // don't know
  d.Rate(2, "a1.1", 0);             // a draft: ignored
  const auto results = ScoreRound(SmallFramework(), Round(), d.respondents, d.answers);
  EXPECT_EQ(results.invited, 3);
  EXPECT_EQ(results.submitted, 2);
  const auto& c = Criterion(results, "a1.1");
  EXPECT_EQ(c.dispersion.count, 1);
  EXPECT_EQ(c.dont_know, 1);
  EXPECT_TRUE(c.established);
}

TEST(AssessmentScoring, OnlyTheRoundsStrandsAreScored) {
  Data d;
  d.Add("Education");
  const auto results = ScoreRound(SmallFramework(), Round({"b"}), d.respondents, d.answers);
  ASSERT_EQ(results.strands.size(), 1U);
  EXPECT_EQ(results.strands[0].id, "b");
  EXPECT_EQ(results.criteria.size(), 12U);
}

TEST(AssessmentScoring, AgreementIsOrdinalAlphaWithNotEnoughAnswersWhenUndefined) {
  Data one;
  one.Add("Education");
  one.RateLevel("a1", 3);
  const auto alone = ScoreRound(SmallFramework(), Round(), one.respondents, one.answers);
  EXPECT_EQ(alone.overall_alpha.outcome, analysis::AgreementOutcome::kInsufficientData);
  EXPECT_NE(alone.overall_agreement.find("not enough answers"), std::string::npos);
  EXPECT_NE(Strand(alone, "b").agreement.find("not enough answers"), std::string::npos);

  Data two;
  two.Add("Education");
  two.Add("Business");
  // Identical ratings over varied values: perfect agreement.
  for (std::size_t r = 0; r < 2; ++r) {
    two.Rate(r, "a1.1", 0);
    two.Rate(r, "a1.2", 1);
    two.Rate(r, "a1.3", 2);
    two.Rate(r, "a1.4", 3);
  }
  const auto agreed = ScoreRound(SmallFramework(), Round(), two.respondents, two.answers);
  ASSERT_EQ(agreed.overall_alpha.outcome, analysis::AgreementOutcome::kOk);
  EXPECT_DOUBLE_EQ(agreed.overall_alpha.alpha, 1.0);
  EXPECT_EQ(agreed.overall_agreement, "reliable agreement");
}

TEST(AssessmentScoring, PerceptionGapsCompareOnlySectorsOfThreeOrMore) {
  Data d;
  for (int i = 0; i < 3; ++i) d.Add("Education");
  for (int i = 0; i < 3; ++i) d.Add("Business");
  d.Add("Health");
  d.Add("Health");
  for (std::size_t r = 0; r < 8; ++r) {
    const std::string sector = d.respondents[r].sector;
    d.Rate(r, "a1.1", sector == "Education" ? 3 : (sector == "Business" ? 1 : 0));
    d.Rate(r, "a1.2", 2);                           // no gap
    d.Rate(r, "b1.1", sector == "Health" ? 3 : 2);  // only the small group differs
  }
  const auto results = ScoreRound(SmallFramework(), Round(), d.respondents, d.answers);
  ASSERT_EQ(results.gaps.size(), 1U);
  const auto& gap = results.gaps[0];
  EXPECT_EQ(gap.criterion, "a1.1");
  EXPECT_DOUBLE_EQ(gap.gap, 2.0);
  ASSERT_EQ(gap.sectors.size(), 2U);
  for (const auto& s : gap.sectors) EXPECT_NE(s.sector, "Health");
}

TEST(AssessmentScoring, ASectorIsComparedOnACriterionOnlyWithThreeRatings) {
  Data d;
  for (int i = 0; i < 3; ++i) d.Add("Education");
  for (int i = 0; i < 3; ++i) d.Add("Business");
  for (std::size_t r = 0; r < 6; ++r) {
    // Two of the three Business respondents say "don't know": Business has 1 rating.
    const bool business = d.respondents[r].sector == "Business";
    d.Rate(r, "a1.1", business && r != 3 ? std::nullopt : std::optional<int>(business ? 0 : 3));
  }
  const auto results = ScoreRound(SmallFramework(), Round(), d.respondents, d.answers);
  EXPECT_TRUE(results.gaps.empty());
}

TEST(AssessmentScoring, SectorsSmallerThanThreeAreMergedNeverShownAlone) {
  Data d;
  for (int i = 0; i < 3; ++i) d.Add("Education");
  d.Add("Health");
  d.Add("Business");
  d.Add("Voluntary");
  d.Add("Business", /*submitted=*/false);  // drafts do not make a group bigger
  const auto results = ScoreRound(SmallFramework(), Round(), d.respondents, d.answers);
  ASSERT_EQ(results.sectors.size(), 2U);
  EXPECT_EQ(results.sectors[0].label, "Education");
  EXPECT_EQ(results.sectors[0].respondents, 3);
  EXPECT_EQ(results.sectors[1].label, kSmallSectorsLabel);
  EXPECT_EQ(results.sectors[1].respondents, 3);
  EXPECT_EQ(ShownSector(d.respondents, "Health", 3), kSmallSectorsLabel);
  EXPECT_EQ(ShownSector(d.respondents, "Education", 3), "Education");
}

TEST(AssessmentScoring, GainsAndLossesCompareMediansAndLevels) {
  Data before;
  for (int i = 0; i < 3; ++i) before.Add("Education");
  before.RateLevel("a1", 2);
  before.Rate(0, "b1.1", 3);
  before.Rate(1, "b1.1", 3);
  before.Rate(2, "b1.1", 3);
  Data after;
  for (int i = 0; i < 3; ++i) after.Add("Education");
  after.RateLevel("a1", 3);  // every a1 criterion rises from 2 to 3: level 1 now met
  after.Rate(0, "b1.1", 1);
  after.Rate(1, "b1.1", 1);
  after.Rate(2, "b1.1", 1);
  const auto framework = SmallFramework();
  const auto was = ScoreRound(framework, Round(), before.respondents, before.answers);
  const auto now = ScoreRound(framework, Round(), after.respondents, after.answers);
  const auto c = CompareRounds(was, RoundId{7}, now);
  EXPECT_EQ(c.previous.value, 7);
  ASSERT_EQ(c.gains.size(), 4U);
  EXPECT_EQ(c.gains[0].criterion, "a1.1");
  EXPECT_DOUBLE_EQ(c.gains[0].before, 2.0);
  EXPECT_DOUBLE_EQ(c.gains[0].after, 3.0);
  ASSERT_EQ(c.losses.size(), 1U);
  EXPECT_EQ(c.losses[0].criterion, "b1.1");
  ASSERT_EQ(c.strands.size(), 2U);
  EXPECT_EQ(c.strands[0].before, 0);
  EXPECT_EQ(c.strands[0].after, 1);
}

TEST(AssessmentScoring, UnmetCriteriaCarryTheIdeasThatAddressThem) {
  Data d;
  for (int i = 0; i < 3; ++i) d.Add("Education");
  d.RateLevel("a1", 3, 3);                  // a1.4 not established
  const auto framework = SmallFramework();  // the ideas point into it
  const auto results = ScoreRound(framework, Round({"a"}), d.respondents, d.answers);
  const auto it = std::find_if(results.unmet.begin(), results.unmet.end(),
                               [](const UnmetCriterion& u) { return u.id == "a1.4"; });
  ASSERT_NE(it, results.unmet.end());
  ASSERT_EQ(it->ideas.size(), 1U);
  EXPECT_EQ(it->ideas[0]->id, "idea-a1");
  EXPECT_EQ(it->strand_title, "Alpha strand");
  EXPECT_TRUE(std::none_of(results.unmet.begin(), results.unmet.end(),
                           [](const UnmetCriterion& u) { return u.id == "a1.1"; }));
}

// Issue 11: every criterion of strand "a" shows the same gap between two sectors of three, so
// more than five gaps tie. The framework lists each level's criteria in reverse id order, so
// framework order and id order differ.
TEST(AssessmentScoring, Issue11TiedGapsBreakByCriterionId) {
  auto framework = SmallFramework();
  for (auto& strand : framework.strands) {
    for (auto& level : strand.levels) std::reverse(level.criteria.begin(), level.criteria.end());
  }
  Data d;
  for (int i = 0; i < 3; ++i) d.Add("Education");
  for (int i = 0; i < 3; ++i) d.Add("Business");
  for (std::size_t r = 0; r < 6; ++r) {
    const bool education = d.respondents[r].sector == "Education";
    for (int n = 1; n <= 2; ++n) {
      for (int c = 1; c <= 4; ++c) {
        d.Rate(r, "a" + std::to_string(n) + "." + std::to_string(c), education ? 3 : 1);
      }
    }
    d.Rate(r, "b1.1", education ? 3 : 0);  // the one larger gap comes first whatever its id
  }
  const auto results = ScoreRound(framework, Round(), d.respondents, d.answers);
  ASSERT_EQ(results.gaps.size(), 5U);
  std::vector<std::string> ids;
  for (const auto& g : results.gaps) ids.push_back(g.criterion);
  EXPECT_EQ(ids, (std::vector<std::string>{"b1.1", "a1.1", "a1.2", "a1.3", "a1.4"}));
  EXPECT_EQ(results.gaps_more_tied, 4);  // a2.1 to a2.4 have the same gap of 2

  ScoringOptions wider;
  wider.max_gaps = 9;
  EXPECT_EQ(ScoreRound(framework, Round(), d.respondents, d.answers, wider).gaps_more_tied, 0);
}

// Issue 11: when every paired rating is the same, alpha is undefined (methods.md §1.1: D_e = 0),
// and the reading says so as agreement, not as a lack of answers.
TEST(AssessmentScoring, Issue11PerfectAgreementReadsAsAgreement) {
  Data d;
  for (int i = 0; i < 3; ++i) d.Add("Education");
  d.RateLevel("a1", 2);
  const auto results = ScoreRound(SmallFramework(), Round(), d.respondents, d.answers);
  EXPECT_EQ(results.overall_alpha.outcome, analysis::AgreementOutcome::kUndefined);
  EXPECT_EQ(results.overall_agreement.find("not enough answers"), std::string::npos);
  EXPECT_NE(results.overall_agreement.find("complete agreement"), std::string::npos)
      << results.overall_agreement;
  EXPECT_NE(Strand(results, "a").agreement.find("complete agreement"), std::string::npos);
  EXPECT_NE(Strand(results, "b").agreement.find("not enough answers"), std::string::npos);
}

// Issue 11: two small sectors pooled make a group of two, which could name who answered; the
// smallest named sector joins the pool until it has at least three members.
TEST(AssessmentScoring, Issue11APooledGroupOfFewerThanThreeIsNeverShown) {
  Data d;
  for (int i = 0; i < 3; ++i) d.Add("Public services");
  for (int i = 0; i < 3; ++i) d.Add("Education");
  for (int i = 0; i < 4; ++i) d.Add("Business");
  d.Add("Health");
  d.Add("Voluntary");
  const auto results = ScoreRound(SmallFramework(), Round(), d.respondents, d.answers);
  for (const auto& s : results.sectors) EXPECT_GE(s.respondents, 3) << s.label;
  ASSERT_EQ(results.sectors.size(), 3U);
  EXPECT_EQ(results.sectors[0].label, "Business");
  EXPECT_EQ(results.sectors[1].label, "Public services");
  EXPECT_EQ(results.sectors[2].label, kSmallSectorsLabel);
  EXPECT_EQ(results.sectors[2].respondents, 5);  // Health, Voluntary and Education's three
  EXPECT_EQ(ShownSector(d.respondents, "Education", 3), kSmallSectorsLabel);
  EXPECT_EQ(ShownSector(d.respondents, "Health", 3), kSmallSectorsLabel);
  EXPECT_EQ(ShownSector(d.respondents, "Public services", 3), "Public services");
}

// Issue 11: with fewer than three submitted respondents nobody's sector is shown, not even as
// a pool.
TEST(AssessmentScoring, Issue11FewerThanThreeRespondentsShowNoSector) {
  Data d;
  d.Add("Education");
  d.Add("Business");
  const auto results = ScoreRound(SmallFramework(), Round(), d.respondents, d.answers);
  EXPECT_TRUE(results.sectors.empty());
  EXPECT_EQ(ShownSector(d.respondents, "Education", 3), "");
}

// Issue 11: criterion gains and losses are not listed when a round withholds its distribution.
TEST(AssessmentScoring, Issue11CriterionChangesNeedThreeRespondentsInBothRounds) {
  Data few;
  few.Add("Education");
  few.RateLevel("a1", 1);
  Data many;
  for (int i = 0; i < 3; ++i) many.Add("Education");
  many.RateLevel("a1", 3);
  const auto framework = SmallFramework();
  const auto was = ScoreRound(framework, Round(), few.respondents, few.answers);
  const auto now = ScoreRound(framework, Round(), many.respondents, many.answers);
  EXPECT_TRUE(was.distribution_withheld);
  EXPECT_FALSE(now.distribution_withheld);
  const auto c = CompareRounds(was, RoundId{7}, now);
  EXPECT_TRUE(c.criteria_withheld);
  EXPECT_TRUE(c.gains.empty());
  ASSERT_EQ(c.strands.size(), 2U);
  EXPECT_EQ(c.strands[0].after, 1);  // levels are still compared
}

}  // namespace
}  // namespace lct::domain
