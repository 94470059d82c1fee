// services/guide_service and framework_cache: the loaded guide, lookups that fail with
// NotFound, search over the real toolkit, the cache shared by threads, and `lct guide` text.
#include "services/guide_service.hpp"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "store/store.hpp"
#include "unit/guide_test_support.hpp"

namespace lct::services {
namespace {

store::Store& Store() {
  static const auto kStore = testing::FrameworkStore();
  return *kStore;
}

Guide Loaded() {
  FrameworkCache cache;
  auto guide = LoadGuide(Store(), cache);
  EXPECT_TRUE(guide.ok());
  return std::move(*guide);
}

TEST(LoadGuide, TheDefaultFrameworkComesFirst) {
  const Guide guide = Loaded();
  ASSERT_EQ(guide.frameworks.size(), 2U);
  EXPECT_EQ(guide.frameworks[0]->id, "toolkit");
  EXPECT_EQ(guide.frameworks[1]->id, "unesco-key-features");
  EXPECT_EQ(guide.versions.size(), 2U);
  FrameworkCache cache;
  auto empty = LoadGuide(*testing::EmptyStore(), cache);
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->frameworks.empty());
}

TEST(FindGuideLevel, NamesWhatIsMissing) {
  const Guide guide = Loaded();
  auto found = FindGuideLevel(guide, "toolkit", "partnership", "getting-organised");
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->level->number, 1);
  const auto framework = FindGuideLevel(guide, "nope", "partnership", "getting-organised");
  EXPECT_EQ(framework.error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(framework.error().message(), "no framework has the id 'nope'");
  EXPECT_EQ(FindGuideLevel(guide, "toolkit", "nope", "x").error().message(),
            "the framework 'toolkit' has no strand 'nope'");
  EXPECT_EQ(FindGuideLevel(guide, "toolkit", "partnership", "9").error().message(),
            "the strand 'partnership' has no level '9'");
}

TEST(SearchGuide, FindsAKnownCriterionAndRanksItAboveLooserMatches) {
  const Guide guide = Loaded();
  const auto hits = SearchGuide(guide, "Terms of Reference");
  ASSERT_GE(hits.size(), 3U);
  EXPECT_EQ(hits[0].id, "partnership-1.10");  // partnership-1.5 is retired, so not found
  EXPECT_EQ(hits[0].target.page, domain::GuidePage::kLevel);
  EXPECT_EQ(hits[0].target.anchor, "partnership-1.10");
  EXPECT_NE(hits[0].snippet.find("terms of reference"), std::string::npos);
  // The honest broker: the criterion ranks above the idea and the level that mention it.
  const auto broker = SearchGuide(guide, "honest broker");
  std::vector<std::string> ids;
  ids.reserve(broker.size());
  for (const auto& hit : broker) ids.push_back(hit.id);
  const auto at = [&](const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) - ids.begin();
  };
  ASSERT_LT(at("partnership-1.4"), static_cast<long>(ids.size()));
  EXPECT_LE(at("partnership-1.4"), 1);
  EXPECT_LT(at("partnership-1.4"), at("partnership-1-idea3"));
  EXPECT_LT(at("partnership-1.4"), at("getting-organised"));
  // Every word must match; the UNESCO framework is searched too.
  EXPECT_TRUE(SearchGuide(guide, "honest zebra").empty());
  const auto unesco = SearchGuide(guide, "political will");
  ASSERT_FALSE(unesco.empty());
  EXPECT_EQ(unesco[0].target.framework, "unesco-key-features");
}

TEST(FrameworkCache, ParsesEachVersionOnceAndIsSafeAcrossThreads) {
  FrameworkCache cache;
  constexpr std::size_t kThreads = 8;
  std::vector<const domain::Framework*> seen(kThreads);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < kThreads; ++i) {
    threads.emplace_back([&, i] {
      auto framework = LoadFramework(Store(), cache, "toolkit");
      seen[i] = framework.ok() ? framework->get() : nullptr;
    });
  }
  for (auto& t : threads) t.join();
  ASSERT_NE(seen[0], nullptr);
  for (const auto* f : seen) EXPECT_EQ(f, seen[0]);
  const int version = seen[0]->version;  // the bundled version
  auto again = LoadFramework(Store(), cache, "toolkit", version);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->get(), seen[0]);
  EXPECT_EQ(LoadFramework(Store(), cache, "toolkit", version + 1).error().code(),
            ErrorCode::kNotFound);
}

TEST(GuideText, PrintsOneLevelAsMarkdown) {
  auto text = GuideText(Store(), {"", "partnership", "getting-organised", GuideFormat::kMarkdown});
  ASSERT_TRUE(text.ok()) << text.error().ToString();
  EXPECT_TRUE(text->starts_with("# Partnership – Level 1: Getting organised\n")) << *text;
  EXPECT_NE(text->find("## Criteria"), std::string::npos);
  EXPECT_NE(text->find("1. **partnership-1.1** The main local organisations"), std::string::npos);
  EXPECT_NE(text->find("3.2 Governance and participation of all stakeholders"), std::string::npos);
  EXPECT_NE(text->find("## Examples"), std::string::npos);
  EXPECT_EQ(text->find("## Who to involve"), std::string::npos);
}

TEST(GuideText, TheWholeFrameworkIncludesItsSections) {
  auto text = GuideText(Store(), {"toolkit", "", "", GuideFormat::kText});
  ASSERT_TRUE(text.ok());
  for (const char* heading :
       {"Learning City Toolkit\n=====", "Participation – Level 2: Towards a shared understanding:",
        "Where do I start? First steps\n-----", "Benchmarking step by step\n", "Review calendar\n",
        "Answers to users' feedback\n"}) {
    EXPECT_NE(text->find(heading), std::string::npos) << heading;
  }
  // A level given by number selects it in every strand.
  auto level_two = GuideText(Store(), {"toolkit", "", "2", GuideFormat::kText});
  ASSERT_TRUE(level_two.ok());
  EXPECT_NE(level_two->find("Performance – Level 2"), std::string::npos);
  EXPECT_EQ(level_two->find("Partnership – Level 1"), std::string::npos);
}

TEST(GuideText, UnknownSelectionsAreNotFound) {
  EXPECT_EQ(GuideText(Store(), {"nope", "", "", GuideFormat::kText}).error().code(),
            ErrorCode::kNotFound);
  EXPECT_EQ(GuideText(Store(), {"", "nope", "", GuideFormat::kText}).error().code(),
            ErrorCode::kNotFound);
  EXPECT_EQ(GuideText(Store(), {"", "partnership", "7", GuideFormat::kText}).error().code(),
            ErrorCode::kNotFound);
  EXPECT_EQ(GuideText(*testing::EmptyStore(), {}).error().code(), ErrorCode::kNotFound);
}

}  // namespace
}  // namespace lct::services
