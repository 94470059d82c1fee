#include "analysis/agreement.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstddef>
#include <optional>
#include <vector>

// Every worked example and test vector of methods.md §1 (KA-1..KA-9, D-1, D-2, FK-1..FK-4).
namespace lct::analysis {
namespace {

constexpr double kTol = 1e-6;  // methods.md compares to 1e-6
constexpr std::optional<double> kNA = std::nullopt;
constexpr AlphaMetric kAllMetrics[] = {AlphaMetric::kNominal, AlphaMetric::kOrdinal,
                                       AlphaMetric::kInterval, AlphaMetric::kRatio};

// KA-1: Krippendorff (2011), 4 observers x 12 units.
ReliabilityData Ka1() {
  return {
      {1, 2, 3, 3, 2, 1, 4, 1, 2, kNA, kNA, kNA},
      {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, kNA, 3},
      {kNA, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, kNA},
      {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, kNA},
  };
}

// KA-2: the Wikipedia example, 3 observers x 15 units.
ReliabilityData Ka2() {
  return {
      {kNA, kNA, kNA, kNA, kNA, 3, 4, 1, 2, 1, 1, 3, 3, kNA, 3},
      {1, kNA, 2, 1, 3, 3, 4, 3, kNA, kNA, kNA, kNA, kNA, kNA, kNA},
      {kNA, kNA, 2, 1, 3, 4, 4, kNA, 2, 1, 1, 3, 3, kNA, 4},
  };
}

// KA-2 as a units x values count matrix over the values 1..4, counted by hand from Ka2().
std::vector<std::vector<double>> Ka2Counts() {
  return {{1, 0, 0, 0}, {0, 0, 0, 0}, {0, 2, 0, 0}, {2, 0, 0, 0}, {0, 0, 2, 0},
          {0, 0, 2, 1}, {0, 0, 0, 3}, {1, 0, 1, 0}, {0, 2, 0, 0}, {2, 0, 0, 0},
          {2, 0, 0, 0}, {0, 0, 2, 0}, {0, 0, 2, 0}, {0, 0, 0, 0}, {0, 0, 1, 1}};
}

TEST(KrippendorffAlpha, Ka1CoincidenceMatrix) {
  const AlphaResult r = KrippendorffAlpha(Ka1(), AlphaMetric::kNominal);
  ASSERT_EQ(r.outcome, AgreementOutcome::kOk);
  EXPECT_NEAR(r.pairable_values, 40.0, kTol);
  EXPECT_EQ(r.values, (std::vector<double>{1, 2, 3, 4, 5}));
  const std::vector<double> n_c = {9, 13, 10, 5, 3};
  ASSERT_EQ(r.value_totals.size(), n_c.size());
  for (std::size_t c = 0; c < n_c.size(); ++c) EXPECT_NEAR(r.value_totals[c], n_c[c], kTol);
  const double t = 1.0 / 3.0;
  const std::vector<std::vector<double>> o = {{7, 4 * t, t, t, 0},
                                              {4 * t, 10, 4 * t, t, 0},
                                              {t, 4 * t, 8, t, 0},
                                              {t, t, t, 4, 0},
                                              {0, 0, 0, 0, 3}};
  ASSERT_EQ(r.coincidences.size(), o.size());
  for (std::size_t c = 0; c < o.size(); ++c) {
    for (std::size_t k = 0; k < o.size(); ++k) {
      EXPECT_NEAR(r.coincidences[c][k], o[c][k], kTol) << c << "," << k;
    }
  }
}

TEST(KrippendorffAlpha, Ka1AllFourMetrics) {
  struct Expected {
    AlphaMetric metric;
    double d_o;
    double d_e;
    double alpha;
  };
  const Expected table[] = {
      {AlphaMetric::kNominal, 1.0 / 5.0, 152.0 / 195.0, 0.743421},
      {AlphaMetric::kOrdinal, 47.275, 256.076923, 0.815388},
      {AlphaMetric::kInterval, 13.0 / 30.0, 112.0 / 39.0, 0.849107},
      {AlphaMetric::kRatio, 0.0224327, 0.1107257, 0.797403},
  };
  for (const auto& e : table) {
    const AlphaResult r = KrippendorffAlpha(Ka1(), e.metric);
    ASSERT_EQ(r.outcome, AgreementOutcome::kOk);
    EXPECT_NEAR(r.observed_disagreement, e.d_o, kTol);
    EXPECT_NEAR(r.expected_disagreement, e.d_e, kTol);
    EXPECT_NEAR(r.alpha, e.alpha, kTol);
    EXPECT_NEAR(r.pairable_values, 40.0, kTol);
  }
  // The exact fractions.
  EXPECT_NEAR(KrippendorffAlpha(Ka1(), AlphaMetric::kNominal).alpha, 113.0 / 152.0, 1e-12);
  EXPECT_NEAR(KrippendorffAlpha(Ka1(), AlphaMetric::kInterval).alpha, 2853.0 / 3360.0, 1e-12);
}

TEST(KrippendorffAlpha, Ka2AllMetricsFromRawData) {
  EXPECT_NEAR(KrippendorffAlpha(Ka2(), AlphaMetric::kNominal).alpha, 0.691358, kTol);
  EXPECT_NEAR(KrippendorffAlpha(Ka2(), AlphaMetric::kInterval).alpha, 0.810845, kTol);
  EXPECT_NEAR(KrippendorffAlpha(Ka2(), AlphaMetric::kOrdinal).alpha, 0.806721, kTol);
  EXPECT_NEAR(KrippendorffAlpha(Ka2(), AlphaMetric::kRatio).alpha, 0.808944, kTol);
}

TEST(KrippendorffAlpha, Ka2CountMatrixGivesTheSameAnswers) {
  for (const AlphaMetric metric : kAllMetrics) {
    const AlphaResult raw = KrippendorffAlpha(Ka2(), metric);
    const AlphaResult counted = KrippendorffAlphaFromCounts(Ka2Counts(), {1, 2, 3, 4}, metric);
    ASSERT_EQ(counted.outcome, AgreementOutcome::kOk);
    EXPECT_NEAR(counted.alpha, raw.alpha, 1e-12);
    EXPECT_NEAR(counted.observed_disagreement, raw.observed_disagreement, 1e-12);
    EXPECT_NEAR(counted.expected_disagreement, raw.expected_disagreement, 1e-12);
    EXPECT_NEAR(counted.pairable_values, raw.pairable_values, 1e-12);
  }
  EXPECT_NEAR(KrippendorffAlphaFromCounts(Ka2Counts(), {1, 2, 3, 4}, AlphaMetric::kNominal).alpha,
              0.691358, kTol);
}

TEST(KrippendorffAlpha, CountMatrixWithAnUnusedValue) {
  // An unused value (n_g = 0) changes nothing, even for the ordinal metric.
  std::vector<std::vector<double>> counts = Ka2Counts();
  for (auto& row : counts) row.push_back(0.0);
  for (const AlphaMetric metric : kAllMetrics) {
    EXPECT_NEAR(KrippendorffAlphaFromCounts(counts, {1, 2, 3, 4, 7}, metric).alpha,
                KrippendorffAlpha(Ka2(), metric).alpha, 1e-12);
  }
}

TEST(KrippendorffAlpha, Ka3NominalLabels) {
  // "pos", "neg", "neu" coded as numbers: the nominal metric only compares for equality.
  constexpr double kPos = 0;
  constexpr double kNeg = 1;
  constexpr double kNeu = 2;
  const ReliabilityData data = {
      {kPos, kNeg, kNeu, kNA}, {kPos, kNeg, kNeu, kPos}, {kPos, kNeg, kPos, kPos}};
  EXPECT_NEAR(KrippendorffAlpha(data, AlphaMetric::kNominal).alpha, 0.722222, kTol);
}

TEST(KrippendorffAlpha, Ka4RatioWithZeros) {
  const AlphaResult r = KrippendorffAlpha({{0, 1, 2}, {0, 1, 2}}, AlphaMetric::kRatio);
  ASSERT_EQ(r.outcome, AgreementOutcome::kOk);
  EXPECT_DOUBLE_EQ(r.alpha, 1.0);
}

TEST(KrippendorffAlpha, Ka5PerfectAgreement) {
  const ReliabilityData data = {{1, 2, 3, 4}, {1, 2, 3, 4}, {1, 2, 3, 4}};
  EXPECT_DOUBLE_EQ(KrippendorffAlpha(data, AlphaMetric::kNominal).alpha, 1.0);
  EXPECT_DOUBLE_EQ(KrippendorffAlpha(data, AlphaMetric::kInterval).alpha, 1.0);
}

TEST(KrippendorffAlpha, Ka6CustomMetric) {
  const AlphaResult r =
      KrippendorffAlpha({{1, 2, 3}, {1, 2, 4}}, [](double c, double k) { return std::abs(c - k); });
  ASSERT_EQ(r.outcome, AgreementOutcome::kOk);
  EXPECT_NEAR(r.alpha, 16.0 / 21.0, 1e-12);
  EXPECT_NEAR(r.alpha, 0.761905, kTol);
}

TEST(KrippendorffAlpha, Ka7OneValueIsUndefined) {
  for (const AlphaMetric metric : kAllMetrics) {
    const AlphaResult r = KrippendorffAlpha({{1, 1}, {1, 1}}, metric);
    EXPECT_EQ(r.outcome, AgreementOutcome::kUndefined);
    EXPECT_DOUBLE_EQ(r.expected_disagreement, 0.0);
  }
}

TEST(KrippendorffAlpha, Ka8NoPairableUnitIsInsufficient) {
  for (const AlphaMetric metric : kAllMetrics) {
    const AlphaResult r = KrippendorffAlpha({{1, kNA}, {kNA, 2}}, metric);
    EXPECT_EQ(r.outcome, AgreementOutcome::kInsufficientData);
    EXPECT_DOUBLE_EQ(r.pairable_values, 0.0);
  }
  EXPECT_EQ(KrippendorffAlpha(ReliabilityData{}, AlphaMetric::kNominal).outcome,
            AgreementOutcome::kInsufficientData);
}

TEST(KrippendorffAlpha, Ka9LabelInvariance) {
  ReliabilityData data = Ka1();
  for (auto& row : data) {
    for (auto& cell : row) {
      if (cell == 1.0) {
        cell = 6.0;
      } else if (cell == 2.0) {
        cell = 99.0;
      }
    }
  }
  EXPECT_NEAR(KrippendorffAlpha(data, AlphaMetric::kNominal).alpha, 0.743421, kTol);
}

TEST(KrippendorffAlpha, ValuesOnlyInUnpairedUnitsDoNotCount) {
  // Unit 12 of KA-1 holds a lone 3: n_c for 3 is 10, not 11.
  const AlphaResult r = KrippendorffAlpha(Ka1(), AlphaMetric::kNominal);
  EXPECT_NEAR(r.value_totals[2], 10.0, kTol);
  // A value seen only in an unpaired unit is not one of the values at all.
  const AlphaResult lone = KrippendorffAlpha({{1, 2, 9}, {1, 2, kNA}}, AlphaMetric::kNominal);
  EXPECT_EQ(lone.values, (std::vector<double>{1, 2}));
}

TEST(KrippendorffAlpha, FleissExamplesAsAlpha) {
  // methods.md §1.3: nominal alpha on FK-2 is 0.5 and on FK-1 0.215574.
  EXPECT_NEAR(KrippendorffAlphaFromCounts({{3, 0, 0}, {0, 3, 0}, {1, 2, 0}, {0, 1, 2}}, {1, 2, 3},
                                          AlphaMetric::kNominal)
                  .alpha,
              0.5, kTol);
  const std::vector<std::vector<double>> fk1 = {
      {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
      {7, 7, 0, 0, 0},  {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
  EXPECT_NEAR(KrippendorffAlphaFromCounts(fk1, {1, 2, 3, 4, 5}, AlphaMetric::kNominal).alpha,
              0.215574, kTol);
}

TEST(DescribeAlpha, PlainWordsReading) {
  AlphaResult r;
  r.outcome = AgreementOutcome::kOk;
  r.alpha = 1.0;
  EXPECT_EQ(DescribeAlpha(r), "reliable agreement");
  r.alpha = 0.800;
  EXPECT_EQ(DescribeAlpha(r), "reliable agreement");
  r.alpha = 0.7999;
  EXPECT_EQ(DescribeAlpha(r), "tentative agreement");
  r.alpha = 0.667;
  EXPECT_EQ(DescribeAlpha(r), "tentative agreement");
  r.alpha = 0.6669;
  EXPECT_EQ(DescribeAlpha(r), "low agreement");
  r.alpha = 0.0;
  EXPECT_EQ(DescribeAlpha(r), "low agreement");
  r.alpha = -0.2;
  EXPECT_EQ(DescribeAlpha(r), "systematic disagreement");
  EXPECT_EQ(DescribeAlpha(KrippendorffAlpha(Ka1(), AlphaMetric::kOrdinal)), "reliable agreement");
  EXPECT_EQ(DescribeAlpha(KrippendorffAlpha(Ka1(), AlphaMetric::kNominal)), "tentative agreement");
}

TEST(DescribeAlpha, NotEnoughAnswers) {
  const std::string insufficient =
      DescribeAlpha(KrippendorffAlpha({{1, kNA}, {kNA, 2}}, AlphaMetric::kNominal));
  EXPECT_EQ(insufficient.rfind("not enough answers", 0), 0U) << insufficient;
}

// Issue 11: one distinct pairable value (KA-7) leaves alpha undefined, but it is perfect
// agreement, and reads as such.
TEST(DescribeAlpha, Issue11OneDistinctValueReadsAsCompleteAgreement) {
  const std::string undefined =
      DescribeAlpha(KrippendorffAlpha({{1, 1}, {1, 1}}, AlphaMetric::kNominal));
  EXPECT_EQ(undefined.rfind("complete agreement", 0), 0U) << undefined;
  EXPECT_EQ(undefined.find("not enough"), std::string::npos);
}

TEST(DescribeResponses, D1EvenCount) {
  const Dispersion d = DescribeResponses({5, 1, 4, 2, 5, 2, 3, 4});
  ASSERT_EQ(d.outcome, AgreementOutcome::kOk);
  EXPECT_EQ(d.count, 8);
  EXPECT_NEAR(d.median, 3.5, kTol);
  EXPECT_NEAR(d.q1, 2.0, kTol);
  EXPECT_NEAR(d.q3, 4.25, kTol);
  EXPECT_NEAR(d.iqr, 2.25, kTol);  // type 7; type 6 would give 2.75
  EXPECT_NEAR(d.within1, 0.375, kTol);
  ASSERT_TRUE(d.sd.has_value());
  EXPECT_NEAR(*d.sd, std::sqrt(15.5 / 7.0), 1e-12);
  EXPECT_FALSE(d.consensus);
  EXPECT_FALSE(d.single_respondent);
}

TEST(DescribeResponses, D2OddCountReachesConsensus) {
  const Dispersion d = DescribeResponses({2, 3, 3, 4, 4, 4, 5});
  ASSERT_EQ(d.outcome, AgreementOutcome::kOk);
  EXPECT_NEAR(d.median, 4.0, kTol);
  EXPECT_NEAR(d.q1, 3.0, kTol);
  EXPECT_NEAR(d.q3, 4.0, kTol);
  EXPECT_NEAR(d.iqr, 1.0, kTol);
  EXPECT_NEAR(d.within1, 0.857143, kTol);
  EXPECT_TRUE(d.consensus);
  // A stricter convention changes the flag, not the figures.
  DispersionOptions strict;
  strict.max_iqr = 0.5;
  EXPECT_FALSE(DescribeResponses({2, 3, 3, 4, 4, 4, 5}, strict).consensus);
}

TEST(DescribeResponses, NoResponsesIsInsufficient) {
  const Dispersion d = DescribeResponses({});
  EXPECT_EQ(d.outcome, AgreementOutcome::kInsufficientData);
  EXPECT_EQ(d.count, 0);
  EXPECT_FALSE(d.sd.has_value());
  EXPECT_FALSE(d.consensus);
  EXPECT_EQ(DescribeResponses({std::nan("")}).outcome, AgreementOutcome::kInsufficientData);
}

TEST(DescribeResponses, SingleRespondent) {
  const Dispersion d = DescribeResponses({3});
  ASSERT_EQ(d.outcome, AgreementOutcome::kOk);
  EXPECT_EQ(d.count, 1);
  EXPECT_DOUBLE_EQ(d.median, 3.0);
  EXPECT_DOUBLE_EQ(d.iqr, 0.0);
  EXPECT_DOUBLE_EQ(d.within1, 1.0);
  EXPECT_FALSE(d.sd.has_value());
  EXPECT_TRUE(d.single_respondent);
  EXPECT_FALSE(d.consensus);
}

// Subjects x categories counts from raw ratings, ratings[rater][subject] in 1..categories.
std::vector<std::vector<int>> CountRatings(const std::vector<std::vector<int>>& ratings,
                                           int categories) {
  std::vector<std::vector<int>> counts(ratings.front().size(),
                                       std::vector<int>(static_cast<std::size_t>(categories), 0));
  for (const auto& rater : ratings) {
    for (std::size_t s = 0; s < rater.size(); ++s) {
      ++counts[s][static_cast<std::size_t>(rater[s] - 1)];
    }
  }
  return counts;
}

TEST(FleissKappa, Fk1FleissExample) {
  const KappaResult k = FleissKappa({{0, 0, 0, 0, 14},
                                     {0, 2, 6, 4, 2},
                                     {0, 0, 3, 5, 6},
                                     {0, 3, 9, 2, 0},
                                     {2, 2, 8, 1, 1},
                                     {7, 7, 0, 0, 0},
                                     {3, 2, 6, 3, 0},
                                     {2, 5, 3, 2, 2},
                                     {6, 5, 2, 1, 0},
                                     {0, 2, 2, 3, 7}});
  ASSERT_EQ(k.outcome, AgreementOutcome::kOk);
  EXPECT_NEAR(k.kappa, 0.209931, kTol);
  EXPECT_NEAR(k.observed_agreement, 0.378022, kTol);
  EXPECT_NEAR(k.expected_agreement, 0.212755, kTol);
}

TEST(FleissKappa, Fk2SmallMatrix) {
  const KappaResult k = FleissKappa({{3, 0, 0}, {0, 3, 0}, {1, 2, 0}, {0, 1, 2}});
  ASSERT_EQ(k.outcome, AgreementOutcome::kOk);
  EXPECT_NEAR(k.kappa, 5.0 / 11.0, 1e-12);
  EXPECT_NEAR(k.observed_agreement, 2.0 / 3.0, 1e-12);
  EXPECT_NEAR(k.expected_agreement, 7.0 / 18.0, 1e-12);
}

TEST(FleissKappa, Fk3TwoRatersFromRawRatings) {
  const std::vector<int> r1 = {1, 2, 4, 1, 2, 1, 1, 1, 2};
  const std::vector<int> r2 = {1, 2, 3, 1, 2, 2, 1, 1, 2};
  const KappaResult k = FleissKappa(CountRatings({r1, r2}, 4));
  ASSERT_EQ(k.outcome, AgreementOutcome::kOk);
  EXPECT_NEAR(k.kappa, 0.625, 1e-12);
}

TEST(FleissKappa, Fk4ThreeRatersFromRawRatings) {
  const std::vector<int> r1 = {1, 2, 4, 1, 2, 1, 1, 1, 2};
  const std::vector<int> r2 = {1, 2, 3, 1, 2, 2, 1, 1, 2};
  const std::vector<int> r3 = {1, 2, 3, 1, 2, 1, 1, 2, 2};
  const KappaResult k = FleissKappa(CountRatings({r1, r2, r3}, 4));
  ASSERT_EQ(k.outcome, AgreementOutcome::kOk);
  EXPECT_NEAR(k.kappa, 0.626728, kTol);
}

TEST(FleissKappa, RefusesUnequalRaters) {
  EXPECT_EQ(FleissKappa({{3, 0, 0}, {0, 2, 0}}).outcome, AgreementOutcome::kUndefined);
}

TEST(FleissKappa, UndefinedEdgeCases) {
  EXPECT_EQ(FleissKappa({{1, 0}, {0, 1}}).outcome, AgreementOutcome::kUndefined);  // n < 2
  EXPECT_EQ(FleissKappa({{3, 0}, {3, 0}}).outcome, AgreementOutcome::kUndefined);  // P_e = 1
  EXPECT_EQ(FleissKappa({}).outcome, AgreementOutcome::kInsufficientData);
}

}  // namespace
}  // namespace lct::analysis
