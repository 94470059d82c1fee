// domain/guide_search and guide_index: every item of a framework is findable, every query word
// must match (case-insensitive), hits are ranked and carry a snippet with the matches marked.
// The framework here is synthetic test data built in code.
#include "domain/guide_search.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "domain/guide_index.hpp"

namespace lct::domain {
namespace {

Framework Synthetic() {
  Framework f;
  f.id = "mini";
  f.version = 1;
  f.title = "Mini";
  Level level;
  level.number = 1;
  level.id = "l1";
  level.title = "Getting started";
  level.description = "Partners meet and agree a plan.";
  level.questions = {"Who chairs the steering group?"};
  const auto criterion = [](const char* id, const char* statement, const char* evidence,
                            bool retired) {
    domain::Criterion c;
    c.id = id;
    c.statement = statement;
    c.evidence = evidence;
    c.retired = retired;
    return c;
  };
  level.criteria = {
      criterion("c-1", "An honest broker chairs meetings.", "Minutes naming the broker.", false),
      criterion("c-2", "Partnerships overlap less.", "A map of partnerships.", false),
      criterion("c-old", "A retired honest practice.", "Old evidence.", true),
  };
  level.ideas = {{"i-1", "Rotate the chair between sectors.", {"c-1"}, {}, {}}};
  level.pitfalls = {{"p-1", "One sector takes over.", "Appoint an honest broker.", {}}};
  level.examples = {
      {"York", "Drew up a baseline.", "", {domain::ExampleKind::kRecorded, "A report (1999)"}, {}}};
  f.strands = {{"s", "Strand", "What the strand is about.", "", {level}, {}}};
  f.first_steps = {{"step-1", "Find a broker", "Ask around.", {}, {"c-1"}, {}, {}}};
  f.benchmarking.steps = {
      {"b-1", "Pick a partner", "Choose a place.", "Is it better?", "Look again.", "b-1", {}}};
  return f;
}

std::vector<GuideHit> Search(const Framework& f, std::string_view query) {
  const std::vector<const Framework*> all{&f};
  return SearchGuide(all, query);
}

TEST(QueryWords, LowerCasesSplitsAndDropsDuplicates) {
  EXPECT_EQ(QueryWords("  Honest, BROKER honest-broker "),
            (std::vector<std::string>{"honest", "broker"}));
  EXPECT_TRUE(QueryWords(" ,.;- ").empty());
  EXPECT_EQ(QueryWords("café Straße"), (std::vector<std::string>{"café", "straße"}));
  EXPECT_EQ(QueryWords("a b c d e f g h i j k l m n").size(), kMaxQueryWords);
}

TEST(GuideEntries, CoverEveryKindOfItemAndLeaveOutRetiredCriteria) {
  const Framework f = Synthetic();
  const auto entries = GuideEntries(f);
  std::vector<std::string> ids;
  ids.reserve(entries.size());
  for (const auto& e : entries) ids.push_back(e.id);
  for (const char* id :
       {"s", "l1", "c-1", "c-2", "i-1", "p-1", "first_steps", "step-1", "benchmarking", "b-1"}) {
    EXPECT_NE(std::find(ids.begin(), ids.end(), id), ids.end()) << id;
  }
  EXPECT_EQ(std::find(ids.begin(), ids.end(), "c-old"), ids.end());
  const auto step = FindGuideEntry(f, "step-1");
  ASSERT_TRUE(step.has_value());
  EXPECT_EQ(step->target, (GuideTarget{"mini", GuidePage::kStart, "", "", "step-1"}));
  const auto criterion = FindGuideEntry(f, "c-2");
  ASSERT_TRUE(criterion.has_value());
  EXPECT_EQ(criterion->target, (GuideTarget{"mini", GuidePage::kLevel, "s", "l1", "c-2"}));
  EXPECT_EQ(FindGuideEntry(f, "benchmarking")->target.page, GuidePage::kSections);
  EXPECT_FALSE(FindGuideEntry(f, "nothing").has_value());
}

TEST(SearchGuide, EveryWordMustMatchInAnyCase) {
  const Framework f = Synthetic();
  const auto hits = Search(f, "HONEST Broker");
  std::vector<std::string> ids;
  ids.reserve(hits.size());
  for (const auto& h : hits) ids.push_back(h.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"c-1", "p-1"}));  // the first step has no "honest"
  EXPECT_TRUE(Search(f, "honest zebra").empty());
  EXPECT_TRUE(Search(f, "  ").empty());
}

TEST(SearchGuide, WholeWordsRankAbovePartsOfWords) {
  const Framework f = Synthetic();
  const auto hits = Search(f, "partner");
  std::vector<std::string> ids;
  ids.reserve(hits.size());
  for (const auto& h : hits) ids.push_back(h.id);
  // "a partner" (the flow step) is a whole word; "Partnerships" (c-2) and "Partners" (the
  // level's description) are parts of words.
  EXPECT_EQ(ids, (std::vector<std::string>{"b-1", "c-2", "l1"}));
  const auto exact = Search(f, "chair");
  ASSERT_GE(exact.size(), 2U);
  EXPECT_EQ(exact[0].id, "i-1");  // "the chair": a whole word in its main text
}

TEST(SearchGuide, SnippetsMarkTheMatches) {
  const Framework f = Synthetic();
  const auto hits = Search(f, "broker honest");
  ASSERT_FALSE(hits.empty());
  const GuideHit& hit = hits.front();
  EXPECT_EQ(hit.snippet, "An honest broker chairs meetings.");
  ASSERT_EQ(hit.marks.size(), 2U);
  EXPECT_EQ(hit.snippet.substr(hit.marks[0].offset, hit.marks[0].length), "honest");
  EXPECT_EQ(hit.snippet.substr(hit.marks[1].offset, hit.marks[1].length), "broker");
  EXPECT_EQ(hit.label, "Criterion c-1");
  EXPECT_EQ(hit.context, "Mini › Strand › Getting started");
}

TEST(SearchGuide, LongTextIsCutAroundTheMatch) {
  Framework f = Synthetic();
  std::string description;
  for (int i = 0; i < 40; ++i) description += "filler words here ";
  description += "the needle sits here ";
  for (int i = 0; i < 40; ++i) description += "more filler text ";
  f.strands[0].levels[0].description = description;
  const auto hits = Search(f, "needle");
  ASSERT_EQ(hits.size(), 1U);
  const GuideHit& hit = hits.front();
  EXPECT_TRUE(hit.snippet.starts_with("… ")) << hit.snippet;
  EXPECT_TRUE(hit.snippet.ends_with(" …")) << hit.snippet;
  EXPECT_LT(hit.snippet.size(), 260U);
  ASSERT_EQ(hit.marks.size(), 1U);
  EXPECT_EQ(hit.snippet.substr(hit.marks[0].offset, hit.marks[0].length), "needle");
}

}  // namespace
}  // namespace lct::domain
