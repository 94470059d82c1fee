#include "domain/target_tracking.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <optional>
#include <vector>

// The worked examples of methods.md §4, its edge cases, and ComputeTrend.
namespace lct::domain {
namespace {

using std::chrono::April;
using std::chrono::January;
using std::chrono::July;
using std::chrono::year;

constexpr double kTol = 1e-6;  // methods.md compares to 1e-6

constexpr Date kBaselineDate{year{2018}, January, std::chrono::day{1}};
constexpr Date kTargetDate{year{2030}, January, std::chrono::day{1}};
constexpr Date kLatestDate{year{2024}, July, std::chrono::day{1}};

// methods.md §4 worked example: 20.0 (2018-01-01) towards 35.0 (2030-01-01).
TargetSpec Example(PathShape shape = PathShape::kLinear) {
  TargetSpec spec;
  spec.baseline_date = kBaselineDate;
  spec.baseline = 20.0;
  spec.target_date = kTargetDate;
  spec.target = 35.0;
  spec.shape = shape;
  return spec;
}

TargetAssessment Assess(const TargetSpec& spec, double y, Date date = kLatestDate) {
  auto result = AssessTarget(spec, DatedValue{date, y});
  EXPECT_TRUE(result.ok()) << result.error().ToString();
  return result.ok() ? *result : TargetAssessment{};
}

TEST(AssessTarget, WorkedExampleLinearPath) {
  const TargetAssessment a = Assess(Example(), 27.0);
  EXPECT_EQ(a.status, TargetStatus::kAtRisk);
  EXPECT_FALSE(a.maintain);
  EXPECT_NEAR(a.fraction_elapsed, 2373.0 / 4383.0, 1e-12);
  EXPECT_NEAR(a.fraction_elapsed, 0.541410, kTol);
  EXPECT_NEAR(a.expected, 28.121150, kTol);
  EXPECT_NEAR(a.shortfall, 1.121150, kTol);
  EXPECT_NEAR(a.band, 1.5, 1e-12);
  ASSERT_TRUE(a.progress_ratio.has_value());
  EXPECT_NEAR(*a.progress_ratio, 0.861947, kTol);
  EXPECT_EQ(a.rule, "linear path: shortfall 1.12 is within the at-risk band 1.50");
}

TEST(AssessTarget, WorkedExampleGrowthRates) {
  const TargetAssessment a = Assess(Example(), 27.0);
  ASSERT_TRUE(a.cagr_observed && a.cagr_required && a.cagr_needed && a.cagr_ratio);
  EXPECT_NEAR(*a.cagr_observed, 0.047275, kTol);
  EXPECT_NEAR(*a.cagr_required, 0.047739, kTol);
  EXPECT_NEAR(*a.cagr_ratio, 0.990283, kTol);
  EXPECT_NEAR(*a.cagr_needed, 0.048287, kTol);
  EXPECT_TRUE(a.cagr_reason.empty()) << a.cagr_reason;
}

TEST(AssessTarget, WorkedExampleGeometricPath) {
  const TargetAssessment a = Assess(Example(PathShape::kGeometric), 27.0);
  EXPECT_NEAR(a.expected, 27.077791, kTol);
  EXPECT_NEAR(a.shortfall, 0.077791, kTol);
  EXPECT_EQ(a.status, TargetStatus::kAtRisk);
  EXPECT_EQ(a.rule.rfind("geometric path: shortfall", 0), 0U) << a.rule;
}

TEST(AssessTarget, WorkedExampleOtherValues) {
  struct Case {
    double y;
    TargetStatus status;
    const char* rule_start;
  };
  const Case cases[] = {
      {28.5, TargetStatus::kOnTrack, "linear path: 28.50 is at or ahead of the expected 28.12"},
      {27.5, TargetStatus::kAtRisk, "linear path: shortfall 0.621 is within the at-risk band"},
      {26.0, TargetStatus::kOffTrack, "linear path: shortfall 2.12 exceeds the at-risk band"},
      {19.0, TargetStatus::kOffTrack, "moved away from the target: 19.00 is below the baseline"},
      {36.0, TargetStatus::kAchieved, "target reached: 36.00 is at or beyond the target 35.00"},
  };
  for (const auto& c : cases) {
    const TargetAssessment a = Assess(Example(), c.y);
    EXPECT_EQ(a.status, c.status) << c.y;
    EXPECT_EQ(a.rule.rfind(c.rule_start, 0), 0U) << a.rule;
    EXPECT_NEAR(a.shortfall, 28.121150 - c.y, kTol);
  }
}

TEST(AssessTarget, MovingAwayCanBeJudgedByTheBandInstead) {
  TargetSpec spec = Example();
  spec.moving_away_is_off_track = false;
  const TargetAssessment a = Assess(spec, 19.0);
  EXPECT_EQ(a.status, TargetStatus::kOffTrack);  // shortfall 9.12 > band 1.5: rule 6
  EXPECT_EQ(a.rule.rfind("linear path: shortfall 9.12 exceeds", 0), 0U) << a.rule;
  spec.tolerance = 10.0;
  EXPECT_EQ(Assess(spec, 19.0).status, TargetStatus::kAtRisk);
}

TEST(AssessTarget, DecreasingTarget) {
  TargetSpec spec = Example();
  spec.baseline = 12.0;
  spec.target = 6.0;
  const TargetAssessment a = Assess(spec, 9.5);
  EXPECT_NEAR(a.expected, 8.751540, kTol);
  EXPECT_NEAR(a.shortfall, 0.748460, kTol);
  EXPECT_NEAR(a.band, 0.6, 1e-12);
  EXPECT_EQ(a.status, TargetStatus::kOffTrack);
  EXPECT_EQ(a.rule, "linear path: shortfall 0.748 exceeds the at-risk band 0.6");
  ASSERT_TRUE(a.cagr_observed && a.cagr_required && a.cagr_ratio);
  EXPECT_NEAR(*a.cagr_observed, -0.035319, kTol);
  EXPECT_NEAR(*a.cagr_required, -0.056126, kTol);
  EXPECT_NEAR(*a.cagr_ratio, 0.629284, kTol);
  // Going up is moving away from a falling target.
  EXPECT_EQ(Assess(spec, 12.5).rule,
            "moved away from the target: 12.50 is above the baseline 12.00");
  EXPECT_EQ(Assess(spec, 5.0).status, TargetStatus::kAchieved);
}

TEST(AssessTarget, MissedAfterTheTargetDate) {
  const TargetAssessment a = Assess(Example(), 30.0, kTargetDate);
  EXPECT_EQ(a.status, TargetStatus::kMissed);
  EXPECT_DOUBLE_EQ(a.fraction_elapsed, 1.0);
  EXPECT_EQ(a.rule, "target date passed: 30.00 falls short of the target 35.00");
  EXPECT_FALSE(a.cagr_needed.has_value());
  EXPECT_NE(a.cagr_reason.find("the target date has passed"), std::string::npos);
  const Date later{year{2031}, April, std::chrono::day{1}};
  EXPECT_EQ(Assess(Example(), 35.5, later).status, TargetStatus::kAchieved);
  EXPECT_DOUBLE_EQ(Assess(Example(), 30.0, later).fraction_elapsed, 1.0);
}

TEST(AssessTarget, MaintainUsesAnAbsoluteBand) {
  TargetSpec spec = Example();
  spec.target = 20.0;  // keep the baseline level: band = 0.10 * 20 = 2
  const TargetAssessment on = Assess(spec, 21.5);
  EXPECT_TRUE(on.maintain);
  EXPECT_EQ(on.status, TargetStatus::kOnTrack);
  EXPECT_NEAR(on.band, 2.0, 1e-12);
  EXPECT_NEAR(on.shortfall, 1.5, 1e-12);
  EXPECT_FALSE(on.progress_ratio.has_value());
  EXPECT_EQ(on.rule, "maintain: 21.50 is within 2.00 of the target 20.00");
  EXPECT_FALSE(on.cagr_ratio.has_value());
  EXPECT_NE(on.cagr_reason.find("no growth is required"), std::string::npos);
  EXPECT_EQ(Assess(spec, 17.5).status, TargetStatus::kOffTrack);
  EXPECT_EQ(Assess(spec, 20.5, kTargetDate).status, TargetStatus::kAchieved);
  const TargetAssessment missed = Assess(spec, 23.0, kTargetDate);
  EXPECT_EQ(missed.status, TargetStatus::kMissed);
  EXPECT_EQ(missed.rule,
            "maintain: 23.00 is more than 2.00 away from the target 20.00 at the target date");
}

TEST(AssessTarget, MaintainAtZero) {
  TargetSpec spec = Example();
  spec.baseline = 0.0;
  spec.target = 0.0;
  EXPECT_EQ(Assess(spec, 0.0).status, TargetStatus::kOnTrack);
  EXPECT_EQ(Assess(spec, 0.01).status, TargetStatus::kOffTrack);
  const TargetAssessment a = Assess(spec, 0.0);
  EXPECT_FALSE(a.cagr_observed.has_value());
  EXPECT_NE(a.cagr_reason.find("above zero"), std::string::npos);
}

TEST(AssessTarget, InvalidDatesAndPaths) {
  TargetSpec spec = Example();
  spec.target_date = spec.baseline_date;  // T <= t0
  auto same = AssessTarget(spec, DatedValue{kLatestDate, 27.0});
  ASSERT_FALSE(same.ok());
  EXPECT_EQ(same.error().code(), ErrorCode::kInvalidArgument);
  spec.target_date = Date{year{2017}, January, std::chrono::day{1}};
  EXPECT_FALSE(AssessTarget(spec, DatedValue{kLatestDate, 27.0}).ok());

  const Date before{year{2017}, July, std::chrono::day{1}};  // t < t0
  auto early = AssessTarget(Example(), DatedValue{before, 27.0});
  ASSERT_FALSE(early.ok());
  EXPECT_NE(early.error().message().find("before the baseline"), std::string::npos);

  TargetSpec geometric = Example(PathShape::kGeometric);
  geometric.baseline = 0.0;  // geometric needs b > 0
  EXPECT_FALSE(AssessTarget(geometric, DatedValue{kLatestDate, 27.0}).ok());
  geometric.baseline = -1.0;
  EXPECT_FALSE(AssessTarget(geometric, DatedValue{kLatestDate, 27.0}).ok());
  geometric.baseline = 20.0;
  geometric.target = -5.0;
  EXPECT_FALSE(AssessTarget(geometric, DatedValue{kLatestDate, 27.0}).ok());

  EXPECT_FALSE(AssessTarget(Example(), DatedValue{kLatestDate, std::nan("")}).ok());
}

TEST(AssessTarget, NoData) {
  auto result = AssessTarget(Example(), std::nullopt);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->status, TargetStatus::kNoData);
  EXPECT_FALSE(result->rule.empty());
  EXPECT_FALSE(result->cagr_observed.has_value());
  EXPECT_STREQ(TargetStatusKey(result->status), "no-data");
}

TEST(AssessTarget, AtTheBaselineDateNoGrowthRateIsObserved) {
  const TargetAssessment a = Assess(Example(), 20.0, kBaselineDate);
  EXPECT_DOUBLE_EQ(a.fraction_elapsed, 0.0);
  EXPECT_EQ(a.status, TargetStatus::kOnTrack);
  EXPECT_FALSE(a.cagr_observed.has_value());
  EXPECT_FALSE(a.progress_ratio.has_value());
  EXPECT_NE(a.cagr_reason.find("no time has passed"), std::string::npos);
}

TEST(TargetKeys, RoundTrip) {
  EXPECT_STREQ(PathShapeKey(PathShape::kLinear), "linear");
  EXPECT_STREQ(PathShapeKey(PathShape::kGeometric), "geometric");
  EXPECT_EQ(PathShapeFromKey("geometric"), PathShape::kGeometric);
  EXPECT_EQ(PathShapeFromKey("linear"), PathShape::kLinear);
  EXPECT_FALSE(PathShapeFromKey("straight").has_value());
  EXPECT_STREQ(TargetStatusKey(TargetStatus::kOnTrack), "on-track");
  EXPECT_STREQ(TargetStatusLabel(TargetStatus::kOnTrack), "On track");
  EXPECT_STREQ(TargetStatusKey(TargetStatus::kAtRisk), "at-risk");
  EXPECT_STREQ(TargetStatusLabel(TargetStatus::kOffTrack), "Off track");
}

TEST(ComputeTrend, LeastSquaresSlopePerYear) {
  // value = 2 + 0.01 * days since 2020-01-01: 0.01 * 365.25 per year, whatever the order.
  const Date d0{year{2020}, January, std::chrono::day{1}};
  std::vector<DatedValue> series;
  for (const int days : {400, 0, 1461, 731}) {
    series.push_back({std::chrono::sys_days(d0) + std::chrono::days{days}, 2.0 + 0.01 * days});
  }
  const Trend t = ComputeTrend(series);
  EXPECT_EQ(t.points, 4);
  ASSERT_TRUE(t.annual_change.has_value());
  EXPECT_NEAR(*t.annual_change, 3.6525, 1e-9);
  // First to last: 2 -> 16.61 over 1461 days = 4 years.
  ASSERT_TRUE(t.compound_growth.has_value());
  EXPECT_NEAR(*t.compound_growth, std::pow(16.61 / 2.0, 0.25) - 1.0, 1e-12);
}

TEST(ComputeTrend, CompoundGrowthFirstToLast) {
  const Trend t = ComputeTrend({{Date{year{2020}, January, std::chrono::day{1}}, 100.0},
                                {Date{year{2024}, January, std::chrono::day{1}}, 146.41}});
  ASSERT_TRUE(t.compound_growth.has_value());
  EXPECT_NEAR(*t.compound_growth, 0.1, 1e-12);
  EXPECT_NEAR(*t.annual_change, 46.41 / 4.0, 1e-9);
}

TEST(ComputeTrend, MissingFigures) {
  const Date d0{year{2020}, January, std::chrono::day{1}};
  const Date d1{year{2021}, January, std::chrono::day{1}};
  const Trend one = ComputeTrend({{d0, 1.0}});
  EXPECT_EQ(one.points, 1);
  EXPECT_FALSE(one.annual_change.has_value());
  EXPECT_FALSE(one.compound_growth.has_value());
  EXPECT_FALSE(one.reason.empty());
  EXPECT_EQ(ComputeTrend({}).points, 0);
  EXPECT_FALSE(ComputeTrend({}).annual_change.has_value());

  const Trend same_date = ComputeTrend({{d0, 1.0}, {d0, 2.0}});
  EXPECT_FALSE(same_date.annual_change.has_value());
  EXPECT_NE(same_date.reason.find("2020-01-01"), std::string::npos) << same_date.reason;

  const Trend negative = ComputeTrend({{d0, -1.0}, {d1, 2.0}});
  ASSERT_TRUE(negative.annual_change.has_value());
  EXPECT_NEAR(*negative.annual_change, 3.0 * 365.25 / 366.0, 1e-12);  // 2020 is a leap year
  EXPECT_FALSE(negative.compound_growth.has_value());
  EXPECT_NE(negative.reason.find("above zero"), std::string::npos);
}

}  // namespace
}  // namespace lct::domain
