// Targets: checking a form's values, saving with an audit entry, judging progress on real data.
#include "services/target_service.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <set>

#include "domain/period.hpp"
#include "services/database.hpp"
#include "services/demo_network.hpp"
#include "store/store.hpp"
#include "unit/test_support.hpp"

namespace lct::services {
namespace {

class TargetServiceTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { store_ = lct::testing::WritableDemo::Open("target-unit"); }
  static void TearDownTestSuite() { lct::testing::WritableDemo::Close(store_, "target-unit"); }

  static store::Store& Store() { return *store_; }

  static TargetInput Input() {
    TargetInput input;
    input.place_code = "E08000012";
    input.indicator_code = "fe-participation";
    input.baseline_value = "6837";
    input.baseline_period = "2019-08-01/P1Y";
    input.target_value = "7500";
    input.target_date = "2030-07-31";
    return input;
  }

  static inline store::Store* store_ = nullptr;
};

TEST_F(TargetServiceTest, EveryBadFieldIsNamedAndNothingIsWritten) {
  TargetInput input = Input();
  input.baseline_value = "lots";
  input.baseline_period = "2019/20";
  input.target_date = "2019-01-01";
  input.tolerance = "2";
  input.shape = "spiral";
  auto errors = SetTarget(Store(), input);
  ASSERT_TRUE(errors.ok());
  std::set<std::string> fields;
  for (const auto& e : *errors) fields.insert(e.location().field);
  EXPECT_EQ(fields,
            (std::set<std::string>{"baseline_value", "baseline_period", "tolerance", "shape"}));
  input = Input();
  input.target_date = "2020-01-01";  // before the baseline year ends (31 Jul 2020)
  errors = SetTarget(Store(), input);
  ASSERT_EQ(errors->size(), 1U);
  EXPECT_EQ(errors->front().location().field, "target_date");
  auto place = Store().GetPlace("E08000012");
  EXPECT_TRUE(Store().ListTargets(place->id)->empty());
  EXPECT_EQ(SetTarget(Store(),
                      [] {
                        TargetInput i = Input();
                        i.indicator_code = "nope";
                        return i;
                      }())
                .error()
                .code(),
            ErrorCode::kNotFound);
}

// Issue 12: whether a reader sees a place's target is decided in the service, not a handler.
TEST_F(TargetServiceTest, OnlyThePlacesPeopleAndAdministratorsSeeItsTarget) {
  ASSERT_TRUE(SetTarget(Store(), Input())->empty());
  auto place = Store().GetPlace("E08000012");
  auto indicator = Store().GetIndicator("fe-participation");
  ASSERT_TRUE(place.ok() && indicator.ok());
  const auto seen = [&](const Reader& reader) {
    auto target = VisibleTarget(Store(), reader, *place, indicator->id);
    EXPECT_TRUE(target.ok());
    return target.ok() && target->has_value();
  };
  EXPECT_FALSE(seen(Reader{}));                      // the public
  EXPECT_FALSE(seen(Reader{false, {"E08000003"}}));  // another place's people
  EXPECT_TRUE(seen(Reader{false, {"E08000012"}}));
  EXPECT_TRUE(seen(Reader{true, {}}));
  ASSERT_TRUE(RemoveTarget(Store(), "E08000012", "fe-participation").ok());
  EXPECT_FALSE(seen(Reader{true, {}}));  // no target: nothing to see
}

TEST_F(TargetServiceTest, SavesJudgesAndAuditsATarget) {
  Actor actor{UserId{7}, "coordinator@example.org"};
  auto errors = SetTarget(Store(), Input(), actor);
  ASSERT_TRUE(errors.ok()) << errors.error().ToString();
  ASSERT_TRUE(errors->empty());
  auto targets = PlaceTargets(Store(), "E08000012");
  ASSERT_TRUE(targets.ok()) << targets.error().ToString();
  ASSERT_EQ(targets->size(), 1U);
  const TargetProgress& t = targets->front();
  EXPECT_EQ(t.baseline_label, "2019/20");
  EXPECT_EQ(domain::FormatDate(t.baseline_date), "2020-07-31");
  ASSERT_TRUE(t.latest.has_value());
  ASSERT_TRUE(t.assessment.has_value()) << t.problem;
  EXPECT_FALSE(t.assessment->rule.empty());
  EXPECT_GE(t.trend.points, 2);
  EXPECT_FALSE(t.points.empty());

  auto audit = Store().ListAudit(domain::AuditQuery{"E08000012", 10});
  ASSERT_TRUE(audit.ok());
  ASSERT_FALSE(audit->empty());
  EXPECT_EQ(audit->front().action, "target.create");
  EXPECT_EQ(audit->front().actor, "coordinator@example.org");
  EXPECT_EQ(audit->front().actor_user_id, 7);
  EXPECT_NE(audit->front().after_json.find("\"target_value\":7500"), std::string::npos);

  TargetInput changed = Input();
  changed.target_value = "8000";
  ASSERT_TRUE(SetTarget(Store(), changed, actor)->empty());
  audit = Store().ListAudit(domain::AuditQuery{"E08000012", 10});
  EXPECT_EQ(audit->front().action, "target.update");
  EXPECT_NE(audit->front().before_json.find("\"target_value\":7500"), std::string::npos);

  ASSERT_TRUE(RemoveTarget(Store(), "E08000012", "fe-participation", actor).ok());
  audit = Store().ListAudit(domain::AuditQuery{"E08000012", 10});
  EXPECT_EQ(audit->front().action, "target.delete");
  EXPECT_TRUE(audit->front().after_json.empty());
  EXPECT_TRUE(PlaceTargets(Store(), "E08000012")->empty());
  EXPECT_EQ(RemoveTarget(Store(), "E08000012", "fe-participation").error().code(),
            ErrorCode::kNotFound);
}

}  // namespace
}  // namespace lct::services
