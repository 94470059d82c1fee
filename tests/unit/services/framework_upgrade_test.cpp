// Moving a database from toolkit version 1 to version 2 (issue 18): `lct init` imports the new
// bundled version over the old one, and a round answered on version 1 (the demo round) stays
// readable: it is still scored against version 1, and every criterion it answered resolves in
// version 2, retired or not.
#include <gtest/gtest.h>

#include "domain/framework_lookup.hpp"
#include "services/assessment_service.hpp"
#include "services/demo_round.hpp"
#include "services/framework_cache.hpp"
#include "services/framework_service.hpp"
#include "store/store.hpp"
#include "unit/domain/shipped_frameworks.hpp"
#include "unit/guide_test_support.hpp"

namespace lct::services {
namespace {

constexpr const char* kToday = "2026-03-01";

TEST(FrameworkUpgrade, ARoundOnVersion1StaysReadableAfterVersion2IsImported) {
  auto store = testing::EmptyStore();
  const auto unesco = ImportFramework(*store, testing::BundledText("unesco-key-features.yaml"),
                                      "unesco-key-features.yaml");
  ASSERT_TRUE(unesco.errors.empty()) << unesco.errors.front().ToString();
  const auto v1 = ImportFramework(
      *store, testing::ReadSourceFile(LCT_SOURCE_DIR "/tests/unit/domain/data/toolkit-v1.yaml"),
      "toolkit-v1.yaml");
  ASSERT_TRUE(v1.errors.empty()) << v1.errors.front().ToString();
  domain::Place place;
  place.code = kDemoRoundPlace;
  place.name = "Liverpool";
  place.kind = domain::AreaKind::kMetropolitanDistrict;
  ASSERT_TRUE(store
                  ->Write([&](store::StoreWriter& w) -> Status {
                    auto id = w.UpsertPlace(place);
                    if (!id) return id.error();
                    return Ok();
                  })
                  .ok());
  // The demo round, answered on version 1 (the only toolkit version stored so far).
  {
    FrameworkCache v1_cache;
    const auto toolkit_v1 = LoadFramework(*store, v1_cache, "toolkit");
    ASSERT_TRUE(toolkit_v1.ok());
    ASSERT_EQ((*toolkit_v1)->version, 1);
    const auto plan = PlanDemoRound(*store, **toolkit_v1, false);
    ASSERT_TRUE(plan.ok() && plan->has_value());
    ASSERT_TRUE(
        store->Write([&](store::StoreWriter& w) { return WriteDemoRound(w, **plan); }).ok());
  }
  const auto rounds = store->ListRounds(kDemoRoundPlace);
  ASSERT_TRUE(rounds.ok());
  ASSERT_EQ(rounds->size(), 1U);
  const domain::AssessmentRound demo = rounds->front();
  EXPECT_EQ(demo.framework_version, 1);

  // `lct init` with the version 2 files: the toolkit moves to version 2.
  const auto imported = ImportBundledFrameworks(*store);
  ASSERT_TRUE(imported.ok()) << imported.error().ToString();
  FrameworkCache cache;
  const auto latest = LoadFramework(*store, cache, "toolkit");
  ASSERT_TRUE(latest.ok());
  EXPECT_EQ((*latest)->version, 2);

  // The old round is still scored on the version it was answered against.
  const auto report = GetRoundReport(*store, cache, kDemoRoundPlace, demo.id, kToday);
  ASSERT_TRUE(report.ok()) << report.error().ToString();
  EXPECT_EQ(report->framework->version, 1);
  EXPECT_EQ(report->results.criteria.size(), 64U);
  EXPECT_EQ(report->results.submitted, 8);
  // Every criterion it answered still resolves in version 2.
  for (const domain::Answer& answer : report->answers) {
    const domain::Criterion* now = domain::FindCriterion(**latest, answer.criterion);
    ASSERT_NE(now, nullptr) << answer.criterion;
    if (now->retired) {
      EXPECT_FALSE(now->replaced_by.empty()) << answer.criterion;
    }
  }

  // A round opened now uses version 2 and asks only the criteria in use.
  OpenRoundRequest request;
  request.place_code = kDemoRoundPlace;
  request.framework = "toolkit";
  const auto opened = OpenRound(*store, cache, request, kToday);
  ASSERT_TRUE(opened.ok()) << opened.error().ToString();
  EXPECT_EQ(opened->framework_version, 2);
  const auto fresh = GetRoundReport(*store, cache, kDemoRoundPlace, opened->id, kToday);
  ASSERT_TRUE(fresh.ok());
  EXPECT_EQ(fresh->results.criteria.size(), 71U);
}

}  // namespace
}  // namespace lct::services
