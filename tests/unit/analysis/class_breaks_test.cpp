#include "analysis/class_breaks.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "analysis/matrix.hpp"
#include "analysis/random.hpp"

namespace lct::analysis {
namespace {

constexpr double kNaN = kMissing;

ClassBreaks Breaks(const std::vector<double>& values, std::size_t k, ClassBreakMethod method) {
  Result<ClassBreaks> out = ComputeClassBreaks(values, k, method);
  EXPECT_TRUE(out.ok());
  return std::move(out).value();
}

void ExpectBreaks(const ClassBreaks& b, const std::vector<double>& expected) {
  ASSERT_EQ(b.breaks.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) EXPECT_NEAR(b.breaks[i], expected[i], 1e-12);
}

TEST(ClassBreaks, QuantilesAreType7) {
  const std::vector<double> v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  const ClassBreaks b = Breaks(v, 5, ClassBreakMethod::kQuantile);
  ExpectBreaks(b, {1, 2.8, 4.6, 6.4, 8.2, 10});
  EXPECT_EQ(b.counts, (std::vector<std::size_t>{2, 2, 2, 2, 2}));
  // Right-closed classes: 1 and 2 in class 0, 3 and 4 in class 1, ...
  EXPECT_EQ(b.classes, (std::vector<int>{0, 0, 1, 1, 2, 2, 3, 3, 4, 4}));
}

TEST(ClassBreaks, EqualIntervals) {
  const std::vector<double> v = {0, 1, 2, 3, 10};
  const ClassBreaks b = Breaks(v, 5, ClassBreakMethod::kEqualInterval);
  ExpectBreaks(b, {0, 2, 4, 6, 8, 10});
  EXPECT_EQ(b.classes, (std::vector<int>{0, 0, 0, 1, 4}));  // 2 is on a break: lower class
  EXPECT_EQ(b.counts, (std::vector<std::size_t>{3, 1, 0, 0, 1}));
}

TEST(ClassBreaks, NaturalBreaksOfTheJenkspyExample) {
  const std::vector<double> v = {1.3, 7.1, 7.3, 2.3, 3.9, 4.1, 7.8, 1.2, 4.3, 7.3, 5.0, 4.3};
  ExpectBreaks(Breaks(v, 3, ClassBreakMethod::kNaturalBreaks), {1.2, 2.3, 5.0, 7.8});
  ExpectBreaks(Breaks(v, 4, ClassBreakMethod::kNaturalBreaks), {1.2, 1.3, 2.3, 5.0, 7.8});
}

TEST(ClassBreaks, NaturalBreaksFindClearGroups) {
  const std::vector<double> v = {22, 1, 11, 2, 3, 10, 12, 20, 21};
  const ClassBreaks b = Breaks(v, 3, ClassBreakMethod::kNaturalBreaks);
  ExpectBreaks(b, {1, 3, 12, 22});
  EXPECT_EQ(b.classes, (std::vector<int>{2, 0, 1, 0, 0, 1, 1, 2, 2}));
  // GVF = 1 - 6/SDAM, SDAM = sum of squares about 11.33...
  double mean = 0;
  for (const double x : v) mean += x / 9;
  double sdam = 0;
  for (const double x : v) sdam += (x - mean) * (x - mean);
  EXPECT_NEAR(b.goodness_of_variance_fit, 1 - 6 / sdam, 1e-12);
}

// Least within-class sum of squares over every split of the sorted values into k classes.
double BestCost(std::vector<double> v, std::size_t k) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  double best = std::numeric_limits<double>::infinity();
  std::vector<std::size_t> cuts(k - 1);
  // Enumerate cut positions 1 <= c1 < ... < c_{k-1} < n (small n only).
  const auto cost = [&](std::size_t a, std::size_t b) {
    double m = 0;
    for (std::size_t i = a; i < b; ++i) m += v[i] / static_cast<double>(b - a);
    double s = 0;
    for (std::size_t i = a; i < b; ++i) s += (v[i] - m) * (v[i] - m);
    return s;
  };
  std::vector<bool> mask(n - 1, false);
  std::fill(mask.begin(), mask.begin() + static_cast<std::ptrdiff_t>(k - 1), true);
  std::sort(mask.begin(), mask.end());
  do {
    std::size_t start = 0;
    double total = 0;
    for (std::size_t i = 0; i < n - 1; ++i) {
      if (!mask[i]) continue;
      total += cost(start, i + 1);
      start = i + 1;
    }
    total += cost(start, n);
    best = std::min(best, total);
  } while (std::next_permutation(mask.begin(), mask.end()));
  return best;
}

TEST(ClassBreaks, NaturalBreaksAreOptimalAgainstBruteForce) {
  const std::vector<double> v = {3.1, 9.4, 2.2, 7.7, 5.0, 5.1, 8.8, 1.0, 6.3, 4.4, 0.5};
  for (const std::size_t k : {2U, 3U, 4U, 5U}) {
    const ClassBreaks b = Breaks(v, k, ClassBreakMethod::kNaturalBreaks);
    const double within = (1 - b.goodness_of_variance_fit);
    double mean = 0;
    for (const double x : v) mean += x / static_cast<double>(v.size());
    double sdam = 0;
    for (const double x : v) sdam += (x - mean) * (x - mean);
    EXPECT_NEAR(within * sdam, BestCost(v, k), 1e-9) << k;
  }
}

// The plain O(k m^2) dynamic programme, as a reference for larger samples.
double ReferenceCost(std::vector<double> v, std::size_t k) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  const auto cost = [&](std::size_t a, std::size_t b) {
    double m = 0;
    for (std::size_t i = a; i < b; ++i) m += v[i];
    m /= static_cast<double>(b - a);
    double s = 0;
    for (std::size_t i = a; i < b; ++i) s += (v[i] - m) * (v[i] - m);
    return s;
  };
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<double> prev(n + 1, inf);
  prev[0] = 0;
  for (std::size_t c = 1; c <= k; ++c) {
    std::vector<double> cur(n + 1, inf);
    for (std::size_t j = c; j <= n; ++j) {
      for (std::size_t i = c - 1; i < j; ++i) {
        if (prev[i] < inf) cur[j] = std::min(cur[j], prev[i] + cost(i, j));
      }
    }
    prev = cur;
  }
  return prev[n];
}

TEST(ClassBreaks, NaturalBreaksMatchTheFullDynamicProgramme) {
  RandomStream stream(3, RandomPurpose::kSyntheticData, 0);
  std::vector<double> v(150);
  for (double& x : v) x = std::exp(3 * stream.NextUniform());  // skewed, as real indicators
  for (const std::size_t k : {3U, 5U, 7U}) {
    const ClassBreaks b = Breaks(v, k, ClassBreakMethod::kNaturalBreaks);
    double mean = 0;
    for (const double x : v) mean += x / static_cast<double>(v.size());
    double sdam = 0;
    for (const double x : v) sdam += (x - mean) * (x - mean);
    EXPECT_NEAR((1 - b.goodness_of_variance_fit) * sdam, ReferenceCost(v, k), 1e-9) << k;
  }
}

TEST(ClassBreaks, TiesAreNeverSplitAndReduceTheClasses) {
  const std::vector<double> v = {1, 1, 1, 1, 1, 1, 2, 3};
  const ClassBreaks q = Breaks(v, 4, ClassBreakMethod::kQuantile);
  EXPECT_LT(q.breaks.size(), 5U);
  EXPECT_FALSE(q.notes.empty());
  const ClassBreaks n = Breaks(v, 5, ClassBreakMethod::kNaturalBreaks);
  ExpectBreaks(n, {1, 1, 2, 3});  // three distinct values: three classes
  EXPECT_EQ(n.counts, (std::vector<std::size_t>{6, 1, 1}));
  EXPECT_FALSE(n.notes.empty());
}

TEST(ClassBreaks, MissingValuesHaveNoClass) {
  const std::vector<double> v = {1, kNaN, 3};
  const ClassBreaks b = Breaks(v, 2, ClassBreakMethod::kEqualInterval);
  EXPECT_EQ(b.classes, (std::vector<int>{0, kNoClass, 1}));
}

TEST(ClassBreaks, AllEqualIsOneClass) {
  const std::vector<double> v = {4, 4, 4};
  for (const ClassBreakMethod m : {ClassBreakMethod::kQuantile, ClassBreakMethod::kEqualInterval,
                                   ClassBreakMethod::kNaturalBreaks}) {
    const ClassBreaks b = Breaks(v, 3, m);
    ExpectBreaks(b, {4, 4});
    EXPECT_EQ(b.classes, (std::vector<int>{0, 0, 0}));
    EXPECT_EQ(b.goodness_of_variance_fit, 1.0);
  }
}

TEST(ClassBreaks, EdgeCases) {
  EXPECT_FALSE(ComputeClassBreaks(std::vector<double>{1, 2}, 0, ClassBreakMethod::kQuantile).ok());
  EXPECT_FALSE(
      ComputeClassBreaks(std::vector<double>{1, INFINITY}, 2, ClassBreakMethod::kQuantile).ok());
  const ClassBreaks none = Breaks({kNaN, kNaN}, 3, ClassBreakMethod::kQuantile);
  EXPECT_EQ(none.status, MethodStatus::kInsufficientData);
  EXPECT_EQ(none.classes, (std::vector<int>{kNoClass, kNoClass}));
  EXPECT_STREQ(ClassBreakMethodName(ClassBreakMethod::kNaturalBreaks), "natural breaks (Jenks)");
}

}  // namespace
}  // namespace lct::analysis
