// Two depths (issue 18): at operational depth a level keeps only the criteria with an
// operational variant, asked in that wording; strategic depth asks the framework as it is.
#include "domain/framework_depth.hpp"

#include <gtest/gtest.h>

namespace lct::domain {
namespace {

Criterion MakeCriterion(std::string id, std::string statement, std::string operational) {
  Criterion c;
  c.id = std::move(id);
  c.statement = std::move(statement);
  c.operational = std::move(operational);
  return c;
}

Framework TwoLevels() {
  Framework f;
  f.id = "toolkit";
  Strand strand;
  strand.id = "partnership";
  Level one;
  one.number = 1;
  one.id = "getting-organised";
  one.criteria = {MakeCriterion("p-1.1", "The partnership has a shared plan.",
                                "The project has a written plan its partners agreed."),
                  MakeCriterion("p-1.2", "The partnership reviews its membership.", ""),
                  MakeCriterion("p-1.3", "Partners commit resources.",
                                "Each partner in the project commits staff time.")};
  Idea both;
  both.id = "idea-1";
  both.criteria = {"p-1.1", "p-1.2"};
  Idea strategic_only;
  strategic_only.id = "idea-2";
  strategic_only.criteria = {"p-1.2"};
  one.ideas = {both, strategic_only};
  Level two;
  two.number = 2;
  two.id = "shared-understanding";
  two.criteria = {MakeCriterion("p-2.1", "Partners share data.", "The project shares data.")};
  strand.levels = {one, two};
  f.strands = {strand};
  return f;
}

TEST(FrameworkDepth, StrategicDepthAsksTheFrameworkAsItIs) {
  EXPECT_EQ(AtDepth(TwoLevels(), RoundDepth::kStrategic), TwoLevels());
}

TEST(FrameworkDepth, OperationalDepthAsksOnlyTheVariantsInTheirWording) {
  const Framework f = AtDepth(TwoLevels(), RoundDepth::kOperational);
  const Level& one = f.strands[0].levels[0];
  ASSERT_EQ(one.criteria.size(), 2U);
  EXPECT_EQ(one.criteria[0].id, "p-1.1");
  EXPECT_EQ(one.criteria[0].statement, "The project has a written plan its partners agreed.");
  EXPECT_EQ(one.criteria[1].id, "p-1.3");
  EXPECT_EQ(one.criteria[1].statement, "Each partner in the project commits staff time.");
  // Ideas keep the criteria still asked; one left with none goes.
  ASSERT_EQ(one.ideas.size(), 1U);
  EXPECT_EQ(one.ideas[0].criteria, std::vector<std::string>{"p-1.1"});
  // Levels, their numbers and ids stay, so scoring and results work unchanged.
  ASSERT_EQ(f.strands[0].levels.size(), 2U);
  EXPECT_EQ(f.strands[0].levels[1].criteria[0].statement, "The project shares data.");
}

TEST(FrameworkDepth, CountsTheCurrentCriteriaWithAVariant) {
  Framework f = TwoLevels();
  EXPECT_EQ(OperationalCriteriaCount(f), 3);
  f.strands[0].levels[0].criteria[0].retired = true;
  EXPECT_EQ(OperationalCriteriaCount(f), 2);
  EXPECT_EQ(OperationalCriteriaCount(Framework{}), 0);
}

TEST(FrameworkDepth, NamesALevelThatCouldNotBeRatedAtOperationalDepth) {
  Framework f = TwoLevels();
  EXPECT_EQ(LevelWithoutOperational(f, {"partnership"}), "");
  f.strands[0].levels[1].criteria[0].retired = true;  // its only variant
  EXPECT_EQ(LevelWithoutOperational(f, {"partnership"}), "partnership/shared-understanding");
  EXPECT_EQ(LevelWithoutOperational(f, {"participation"}), "");  // a strand not asked
}

TEST(RoundDepth, KeysRoundTrip) {
  for (const RoundDepth d : {RoundDepth::kStrategic, RoundDepth::kOperational}) {
    EXPECT_EQ(RoundDepthFromKey(RoundDepthKey(d)), d);
  }
  EXPECT_EQ(RoundDepthFromKey("deep"), std::nullopt);
}

TEST(RoundDepth, ARoundIsComparedOnlyWithOneAtTheSameDepth) {
  AssessmentRound earlier;
  earlier.id = RoundId{1};
  earlier.framework = "toolkit";
  earlier.strands = {"partnership"};
  earlier.closed_at = "2026-01-31T12:00:00Z";
  AssessmentRound later = earlier;
  later.id = RoundId{2};
  later.closed_at = "2026-06-30T12:00:00Z";
  EXPECT_EQ(ChooseComparisonRound({earlier, later}, later, "2026-07-01"), RoundId{1});
  later.depth = RoundDepth::kOperational;
  EXPECT_EQ(ChooseComparisonRound({earlier, later}, later, "2026-07-01"), std::nullopt);
}

}  // namespace
}  // namespace lct::domain
