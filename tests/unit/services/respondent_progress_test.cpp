// services/respondent_progress (issue 19): where the personal link reopens, what the review
// lists, when a submission is nearly empty, and the page buttons that answer the rest at once.
#include "services/respondent_progress.hpp"

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <optional>

namespace lct::services {
namespace {

// A questionnaire of two pages: page 0 with criteria a1, a2 (and a retired a0), page 1 with
// the first `second_count` of b1..b6. `ratings` gives the stored answers (nullopt: "don't know").
domain::Questionnaire Make(const std::map<std::string, std::optional<int>>& ratings,
                           std::size_t second_count = 6) {
  auto framework = std::make_shared<domain::Framework>();
  domain::Strand strand;
  strand.id = "s";
  domain::Level first;
  first.id = "one";
  for (const char* id : {"a0", "a1", "a2"}) {
    domain::Criterion c;
    c.id = id;
    c.statement = std::string("statement ") + id;
    c.retired = c.id == "a0";
    first.criteria.push_back(c);
  }
  domain::Level second;
  second.id = "two";
  for (const char* id : {"b1", "b2", "b3", "b4", "b5", "b6"}) {
    domain::Criterion c;
    c.id = id;
    if (second.criteria.size() < second_count) second.criteria.push_back(c);
  }
  strand.levels = {first, second};
  framework->strands = {strand};
  domain::Questionnaire q;
  q.framework = framework;
  for (const auto& [id, rating] : ratings) {
    domain::Answer a;
    a.criterion = id;
    a.rating = rating;
    q.answers[id] = a;
  }
  for (const auto& level : framework->strands[0].levels) {
    domain::QuestionnairePage page{&framework->strands[0], &level, 0, 0};
    for (const auto& c : level.criteria) {
      if (c.retired) continue;
      ++page.total;
      if (q.answers.contains(c.id)) ++page.answered;
    }
    q.pages.push_back(page);
  }
  return q;
}

TEST(RespondentProgressTest, ResumesAtTheFirstPageWithAnUnansweredStatement) {
  EXPECT_EQ(ResumePage(Make({})), 0U);
  EXPECT_EQ(ResumePage(Make({{"a1", 2}, {"a2", std::nullopt}})), 1U);
  // A later page answered does not move the resume point past an earlier gap.
  EXPECT_EQ(ResumePage(Make(
                {{"a1", 2}, {"b1", 1}, {"b2", 1}, {"b3", 1}, {"b4", 1}, {"b5", 1}, {"b6", 1}})),
            0U);
  EXPECT_EQ(ResumePage(Make({{"a1", 2},
                             {"a2", 0},
                             {"b1", 1},
                             {"b2", 1},
                             {"b3", 1},
                             {"b4", 1},
                             {"b5", 1},
                             {"b6", std::nullopt}})),
            std::nullopt);
}

TEST(RespondentProgressTest, ReviewListsUnansweredAndDontKnowInOrder) {
  const auto review = ReviewAnswers(Make({{"a2", std::nullopt}, {"b1", 3}, {"b3", std::nullopt}}));
  EXPECT_EQ(review.total, 8);  // the retired a0 is not asked
  EXPECT_EQ(review.rated, 1);
  ASSERT_EQ(review.unanswered.size(), 5U);
  EXPECT_EQ(review.unanswered[0].criterion, "a1");
  EXPECT_EQ(review.unanswered[0].statement, "statement a1");
  EXPECT_EQ(review.unanswered[0].page, 0U);
  EXPECT_EQ(review.unanswered[1].criterion, "b2");
  EXPECT_EQ(review.unanswered[1].page, 1U);
  ASSERT_EQ(review.dont_know.size(), 2U);
  EXPECT_EQ(review.dont_know[0].criterion, "a2");
  EXPECT_EQ(review.dont_know[1].criterion, "b3");
}

TEST(RespondentProgressTest, NearlyEmptyIsFewerThanAQuarterRated) {
  // 8 statements: a quarter is 2 ratings. "Don't know" is not a rating.
  EXPECT_TRUE(ReviewAnswers(Make({})).nearly_empty);
  const auto all_dont_know =
      ReviewAnswers(Make({{"a1", std::nullopt}, {"a2", std::nullopt}, {"b1", std::nullopt}}));
  EXPECT_TRUE(all_dont_know.nearly_empty);
  EXPECT_EQ(all_dont_know.needed, 2);
  EXPECT_TRUE(ReviewAnswers(Make({{"a1", 3}})).nearly_empty);
  EXPECT_FALSE(ReviewAnswers(Make({{"a1", 3}, {"b2", 0}})).nearly_empty);
}

TEST(RespondentProgressTest, NeedsAtLeastOneRatingEvenForATinyQuestionnaire) {
  const auto review = ReviewAnswers(Make({}, 1));
  EXPECT_EQ(review.total, 3);
  EXPECT_EQ(review.needed, 1);
  EXPECT_TRUE(review.nearly_empty);
}

TEST(RespondentProgressTest, DecodesThePageButtons) {
  EXPECT_EQ(ParseSaveAction("continue").after, AfterSave::kContinue);
  EXPECT_EQ(ParseSaveAction("later").after, AfterSave::kFinishLater);
  EXPECT_EQ(ParseSaveAction("draft").after, AfterSave::kStay);
  EXPECT_EQ(ParseSaveAction("").after, AfterSave::kStay);
  EXPECT_FALSE(ParseSaveAction("continue").fill_rating.has_value());
  const auto rest = ParseSaveAction("rest:0");
  EXPECT_EQ(rest.after, AfterSave::kContinue);
  EXPECT_EQ(rest.fill_rating, "0");
  EXPECT_EQ(ParseSaveAction("rest:dont-know").fill_rating, "dont-know");
  EXPECT_EQ(ParseSaveAction("rest:").after, AfterSave::kStay);
}

TEST(RespondentProgressTest, FillsOnlyStatementsWithoutAChoice) {
  std::vector<domain::AnswerInput> inputs(3);
  inputs[0].criterion = "a1";
  inputs[0].rating = "3";
  inputs[1].criterion = "a2";
  inputs[1].evidence = "minutes of May";
  inputs[2].criterion = "b1";
  inputs[2].rating = "dont-know";
  FillUnanswered(inputs, "0");
  EXPECT_EQ(inputs[0].rating, "3");
  EXPECT_EQ(inputs[1].rating, "0");
  EXPECT_EQ(inputs[1].evidence, "minutes of May");
  EXPECT_EQ(inputs[2].rating, "dont-know");
}

}  // namespace
}  // namespace lct::services
