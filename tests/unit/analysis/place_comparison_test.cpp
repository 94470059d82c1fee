#include "analysis/place_comparison.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lct::analysis {
namespace {

constexpr double kNaN = kMissing;

TEST(PlaceComparison, MedianRangeAndIntervalSignificance) {
  const std::vector<std::string> ids = {"p1", "p2", "p3", "p4", "p5"};
  const std::vector<double> values = {40, 50, 55, 60, kNaN};
  const std::vector<double> lower = {35, 47, 52, kNaN, kNaN};
  const std::vector<double> upper = {45, 53, 58, kNaN, kNaN};
  const Result<PlaceComparison> c = ComparePlace(56, {54, 58}, ids, values, lower, upper);
  ASSERT_TRUE(c.ok()) << c.error().message();
  EXPECT_EQ(c->status, MethodStatus::kOk);
  EXPECT_EQ(c->members, 4U);  // p5 has no value
  EXPECT_DOUBLE_EQ(c->median, 52.5);
  EXPECT_DOUBLE_EQ(c->min, 40);
  EXPECT_DOUBLE_EQ(c->max, 60);
  EXPECT_DOUBLE_EQ(c->difference_from_median, 3.5);
  EXPECT_EQ(c->versus_median, IntervalComparison::kHigher);  // [54, 58] lies above 52.5
  ASSERT_EQ(c->compared.size(), 4U);
  EXPECT_EQ(c->compared[0].significance, IntervalComparison::kHigher);       // 54 > 45
  EXPECT_EQ(c->compared[1].significance, IntervalComparison::kHigher);       // 54 > 53
  EXPECT_EQ(c->compared[2].significance, IntervalComparison::kOverlapping);  // [52, 58]
  EXPECT_EQ(c->compared[3].significance, IntervalComparison::kNoInterval);
  EXPECT_DOUBLE_EQ(c->compared[0].difference, 16);
  EXPECT_EQ(c->higher_than, 2U);
  EXPECT_EQ(c->lower_than, 0U);
  EXPECT_EQ(c->overlapping, 1U);
  EXPECT_EQ(c->no_interval, 1U);
}

TEST(PlaceComparison, TouchingIntervalsOverlap) {
  EXPECT_EQ(CompareIntervals({1, 2}, {2, 3}), IntervalComparison::kOverlapping);
  EXPECT_EQ(CompareIntervals({1, 2}, {2.01, 3}), IntervalComparison::kLower);
  EXPECT_EQ(CompareIntervals({}, {2.01, 3}), IntervalComparison::kNoInterval);
}

TEST(PlaceComparison, WithoutIntervalsNothingIsJudged) {
  const std::vector<std::string> ids = {"a", "b", "c"};
  const std::vector<double> values = {1, 2, 3};
  const Result<PlaceComparison> c = ComparePlace(10, {}, ids, values, {}, {});
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->no_interval, 3U);
  EXPECT_EQ(c->versus_median, IntervalComparison::kNoInterval);
  EXPECT_DOUBLE_EQ(c->median, 2);
}

TEST(PlaceComparison, EdgeCases) {
  const std::vector<std::string> ids = {"a"};
  const std::vector<double> missing = {kNaN};
  const Result<PlaceComparison> empty = ComparePlace(1, {}, ids, missing, {}, {});
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(empty->status, MethodStatus::kInsufficientData);
  const std::vector<double> one = {1};
  EXPECT_FALSE(ComparePlace(kNaN, {}, ids, one, {}, {}).ok());
  EXPECT_FALSE(ComparePlace(5, {6, 7}, ids, one, {}, {}).ok());  // interval misses its value
  const std::vector<double> bad_low = {2};
  const std::vector<double> bad_high = {3};
  const Result<PlaceComparison> bad = ComparePlace(5, {}, ids, one, bad_low, bad_high);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message().find("'a'"), std::string::npos);
  const std::vector<double> two = {1, 2};
  EXPECT_FALSE(ComparePlace(5, {}, ids, two, {}, {}).ok());
  EXPECT_STREQ(IntervalComparisonName(IntervalComparison::kOverlapping),
               "no significant difference shown");
}

}  // namespace
}  // namespace lct::analysis
