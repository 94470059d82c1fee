#include "analysis/peer_groups.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

// methods.md §2.3: the worked example (z-scores, distances from A, rebased distances, k = 2,
// unweighted d(A,D), d(B,E), d(C,E)) and every edge case of the section.
namespace lct::analysis {
namespace {

constexpr double kTol = 1e-6;
// Half a unit in the last digit the spec prints, for figures printed to fewer than 6 decimals.
constexpr double kTol4 = 0.5e-4 + 1e-12;
constexpr double kTol3 = 0.5e-3 + 1e-12;
constexpr double kNaN = kMissing;

const std::vector<std::string> kIds = {"A", "B", "C", "D", "E", "F"};
const std::vector<double> kDensity = {1200, 300, 2500, 900, 150, 1500};
const std::vector<double> kAged = {18, 24, 15, 20, 27, 17};
const std::vector<double> kUnemployment = {5.0, 4.0, 7.5, 5.5, 3.5, 6.0};

std::vector<ContextVariable> Example(double w1 = 1, double w2 = 1, double w3 = 2) {
  return {{"density", kDensity, w1, ContextTransform::kNone},
          {"aged 65+", kAged, w2, ContextTransform::kNone},
          {"unemployment", kUnemployment, w3, ContextTransform::kNone}};
}

PeerSpace Space(const std::vector<std::string>& ids, const std::vector<ContextVariable>& vars) {
  Result<PeerSpace> space = StandardiseContext(ids, vars);
  EXPECT_TRUE(space.ok()) << space.error().message();
  return std::move(space).value();
}

std::size_t Index(const std::string& id) {
  for (std::size_t i = 0; i < kIds.size(); ++i) {
    if (kIds[i] == id) return i;
  }
  return kIds.size();
}

TEST(PeerGroups, MeansAndSampleSdsOfTheWorkedExample) {
  const PeerSpace space = Space(kIds, Example());
  ASSERT_EQ(space.status, MethodStatus::kOk);
  EXPECT_NEAR(space.means[0], 1091.6667, kTol4);
  EXPECT_NEAR(space.means[1], 20.1667, kTol4);
  EXPECT_NEAR(space.means[2], 5.25, kTol);
  EXPECT_NEAR(space.sds[0], 861.636041, kTol);
  EXPECT_NEAR(space.sds[1], 4.535049, kTol);
  EXPECT_NEAR(space.sds[2], 1.440486, kTol);
}

TEST(PeerGroups, ZScoresOfTheWorkedExample) {
  const PeerSpace space = Space(kIds, Example());
  const std::vector<std::vector<double>> z = {
      {0.1257, -0.4778, -0.1736}, {-0.9188, 0.8453, -0.8678}, {1.6345, -1.1393, 1.5620},
      {-0.2224, -0.0368, 0.1736}, {-1.0929, 1.5068, -1.2149}, {0.4739, -0.6983, 0.5207}};
  for (std::size_t i = 0; i < z.size(); ++i) {
    for (std::size_t j = 0; j < 3; ++j) {
      EXPECT_NEAR(space.z(i, j), z[i][j], kTol4) << kIds[i] << " z" << j + 1;
    }
  }
}

TEST(PeerGroups, DistancesFromARebasedAndBanded) {
  const PeerSpace space = Space(kIds, Example());
  const Result<PeerGroup> group = FindPeers(space, Index("A"), PeerOptions{.k = 15});
  ASSERT_TRUE(group.ok());
  ASSERT_EQ(group->status, MethodStatus::kOk);
  const std::vector<std::string> order = {"D", "F", "B", "E", "C"};
  const std::vector<double> d = {0.7461, 1.0648, 1.9507, 2.7554, 2.9560};
  const std::vector<double> r = {0.2524, 0.3602, 0.6599, 0.9321, 1.0};
  ASSERT_EQ(group->ranked.size(), order.size());
  ASSERT_EQ(group->peers.size(), order.size());  // k = 15 > n - 1 = 5: all five
  for (std::size_t i = 0; i < order.size(); ++i) {
    EXPECT_EQ(group->ranked[i].id, order[i]);
    EXPECT_EQ(group->ranked[i].unit, Index(order[i]));
    EXPECT_NEAR(group->ranked[i].distance, d[i], kTol4) << order[i];
    EXPECT_NEAR(group->ranked[i].rebased, r[i], kTol4) << order[i];
    EXPECT_DOUBLE_EQ(group->ranked[i].weight_share, 1.0);
  }
  EXPECT_EQ(group->ranked[0].band, PeerBand::kClose);  // "0.2524 (close)"
  EXPECT_EQ(group->ranked[1].band, PeerBand::kSomewhatClose);
  EXPECT_EQ(group->ranked[2].band, PeerBand::kNotClose);
  EXPECT_FALSE(group->tie_at_cutoff);
}

TEST(PeerGroups, KEqualsTwoGivesDAndF) {
  const PeerSpace space = Space(kIds, Example());
  const Result<PeerGroup> group = FindPeers(space, Index("A"), PeerOptions{.k = 2});
  ASSERT_TRUE(group.ok());
  ASSERT_EQ(group->peers.size(), 2U);
  EXPECT_EQ(group->peers[0].id, "D");
  EXPECT_EQ(group->peers[1].id, "F");
  EXPECT_EQ(group->ranked.size(), 5U);  // the rest stay available for hand-picked peers
  EXPECT_FALSE(group->tie_at_cutoff);
  // Rebasing uses the farthest of all places, not of the k returned.
  EXPECT_NEAR(group->peers[1].rebased, 0.3602, kTol4);
}

TEST(PeerGroups, UnweightedDistanceAToD) {
  const PeerSpace space = Space(kIds, Example(1, 1, 1));
  const Matrix d = PeerDistanceMatrix(space);
  EXPECT_NEAR(d(Index("A"), Index("D")), 0.6605, kTol4);
}

TEST(PeerGroups, FullMatrixCheck) {
  const PeerSpace space = Space(kIds, Example());
  const Matrix d = PeerDistanceMatrix(space);
  EXPECT_NEAR(d(Index("B"), Index("E")), 0.842, kTol3);
  EXPECT_NEAR(d(Index("C"), Index("E")), 5.465, kTol3);
  for (std::size_t i = 0; i < kIds.size(); ++i) {
    EXPECT_EQ(d(i, i), 0.0);
    for (std::size_t l = 0; l < kIds.size(); ++l) EXPECT_EQ(d(i, l), d(l, i));
  }
  EXPECT_NEAR(d(Index("A"), Index("D")), 0.7461, kTol4);
}

TEST(PeerGroups, ZeroSpreadVariableIsDroppedWithAWarning) {
  const std::vector<double> constant(6, 3.0);
  std::vector<ContextVariable> vars = Example();
  vars.insert(vars.begin() + 1, ContextVariable{"coastal", constant});
  const PeerSpace space = Space(kIds, vars);
  ASSERT_EQ(space.status, MethodStatus::kOk);
  ASSERT_EQ(space.dropped.size(), 1U);
  EXPECT_EQ(space.dropped[0].name, "coastal");
  EXPECT_EQ(space.dropped[0].reason, "no spread (sd = 0)");
  ASSERT_EQ(space.warnings.size(), 1U);
  EXPECT_NE(space.warnings[0].find("coastal"), std::string::npos);
  EXPECT_EQ(space.variables, (std::vector<std::string>{"density", "aged 65+", "unemployment"}));
  EXPECT_EQ(space.variable_positions, (std::vector<std::size_t>{0, 2, 3}));
  // Distances are those of the example without the dropped variable.
  const Result<PeerGroup> group = FindPeers(space, Index("A"), PeerOptions{.k = 1});
  ASSERT_TRUE(group.ok());
  EXPECT_NEAR(group->peers[0].distance, 0.7461, kTol4);
  EXPECT_EQ(group->warnings, space.warnings);
}

TEST(PeerGroups, MissingValuesRescaleTheAvailableWeight) {
  // A's unemployment is missing: A-pairs use density and 65+ (weight 2 of 4 = 50%, kept).
  std::vector<double> unemployment = kUnemployment;
  unemployment[Index("A")] = kNaN;
  const std::vector<ContextVariable> vars = {
      {"density", kDensity, 1}, {"aged 65+", kAged, 1}, {"unemployment", unemployment, 2}};
  const PeerSpace space = Space(kIds, vars);
  // Mean and SD of unemployment are over the five places with a value.
  EXPECT_NEAR(space.means[2], (4.0 + 7.5 + 5.5 + 3.5 + 6.0) / 5, 1e-12);
  EXPECT_TRUE(std::isnan(space.z(Index("A"), 2)));
  const Result<PeerGroup> group = FindPeers(space, Index("A"));
  ASSERT_TRUE(group.ok());
  ASSERT_EQ(group->ranked.size(), 5U);
  const std::size_t a = Index("A");
  for (const Peer& peer : group->ranked) {
    const double dz1 = space.z(a, 0) - space.z(peer.unit, 0);
    const double dz2 = space.z(a, 1) - space.z(peer.unit, 1);
    EXPECT_NEAR(peer.distance, std::sqrt((dz1 * dz1 + dz2 * dz2) * (4.0 / 2.0)), 1e-12);
    EXPECT_DOUBLE_EQ(peer.weight_share, 0.5);
  }
  // Pairs without A use every variable.
  const Matrix d = PeerDistanceMatrix(space);
  const std::size_t b = Index("B");
  const std::size_t e = Index("E");
  double sum = 0;
  for (std::size_t j = 0; j < 3; ++j) {
    const double dz = space.z(b, j) - space.z(e, j);
    sum += space.weights[j] * dz * dz;
  }
  EXPECT_NEAR(d(b, e), std::sqrt(sum), 1e-12);
}

TEST(PeerGroups, PairWithLessThanHalfTheWeightIsNotComparable) {
  // A misses unemployment (weight 2) and density (weight 1): 1 of 4 = 25% < 50%.
  std::vector<double> unemployment = kUnemployment;
  std::vector<double> density = kDensity;
  unemployment[Index("A")] = kNaN;
  density[Index("A")] = kNaN;
  const std::vector<ContextVariable> vars = {
      {"density", density, 1}, {"aged 65+", kAged, 1}, {"unemployment", unemployment, 2}};
  const PeerSpace space = Space(kIds, vars);
  const Result<PeerGroup> group = FindPeers(space, Index("A"));
  ASSERT_TRUE(group.ok());
  EXPECT_EQ(group->status, MethodStatus::kInsufficientData);
  EXPECT_TRUE(group->peers.empty());
  EXPECT_EQ(group->not_comparable.size(), 5U);
  const Matrix d = PeerDistanceMatrix(space);
  EXPECT_TRUE(std::isnan(d(Index("A"), Index("B"))));
  EXPECT_FALSE(std::isnan(d(Index("B"), Index("C"))));
  // B still finds four comparable peers and lists A as not comparable.
  const Result<PeerGroup> b = FindPeers(space, Index("B"));
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->ranked.size(), 4U);
  EXPECT_EQ(b->not_comparable, (std::vector<std::size_t>{Index("A")}));
}

TEST(PeerGroups, ImputeZeroAlternativeTreatsMissingZAsTheMean) {
  std::vector<double> unemployment = kUnemployment;
  unemployment[Index("A")] = kNaN;
  const std::vector<ContextVariable> vars = {
      {"density", kDensity, 1}, {"aged 65+", kAged, 1}, {"unemployment", unemployment, 2}};
  const PeerSpace space = Space(kIds, vars);
  const Result<PeerGroup> group =
      FindPeers(space, Index("A"), PeerOptions{.missing = MissingContext::kImputeZero});
  ASSERT_TRUE(group.ok());
  const std::size_t a = Index("A");
  for (const Peer& peer : group->ranked) {
    double sum = 0;
    for (std::size_t j = 0; j < 3; ++j) {
      const double za = std::isnan(space.z(a, j)) ? 0.0 : space.z(a, j);
      const double dz = za - space.z(peer.unit, j);
      sum += space.weights[j] * dz * dz;
    }
    EXPECT_NEAR(peer.distance, std::sqrt(sum), 1e-12);
    EXPECT_DOUBLE_EQ(peer.weight_share, 1.0);
  }
}

TEST(PeerGroups, TiesBreakByIdAndAreFlaggedAtTheCutoff) {
  // X is the focal place at 0; P, Q, R sit at distances 1, 1, 2 (P and Q tie).
  const std::vector<std::string> ids = {"X", "Q", "P", "R"};
  const std::vector<double> v = {0, 1, -1, 2};
  const PeerSpace space = Space(ids, {ContextVariable{"v", v, 1}});
  const Result<PeerGroup> one = FindPeers(space, 0, PeerOptions{.k = 1});
  ASSERT_TRUE(one.ok());
  ASSERT_EQ(one->peers.size(), 1U);
  EXPECT_EQ(one->peers[0].id, "P");  // the tie keeps id order, not input order
  EXPECT_TRUE(one->tie_at_cutoff);
  const Result<PeerGroup> two = FindPeers(space, 0, PeerOptions{.k = 2});
  ASSERT_TRUE(two.ok());
  EXPECT_EQ(two->peers[1].id, "Q");
  EXPECT_FALSE(two->tie_at_cutoff);
}

TEST(PeerGroups, LogTransformBeforeStandardising) {
  const std::vector<ContextVariable> vars = {{"density", kDensity, 1, ContextTransform::kLog}};
  const PeerSpace space = Space(kIds, vars);
  double mean = 0;
  for (const double v : kDensity) mean += std::log(v) / 6.0;
  EXPECT_NEAR(space.means[0], mean, 1e-12);
  EXPECT_NEAR(space.z(0, 0) * space.sds[0] + space.means[0], std::log(1200.0), 1e-12);
}

TEST(PeerGroups, LogOfANonPositiveValueIsAnErrorNamingThePlace) {
  std::vector<double> density = kDensity;
  density[Index("C")] = 0;
  const std::vector<ContextVariable> vars = {{"density", density, 1, ContextTransform::kLog}};
  const Result<PeerSpace> space = StandardiseContext(kIds, vars);
  ASSERT_FALSE(space.ok());
  EXPECT_NE(space.error().message().find("'C'"), std::string::npos);
  EXPECT_EQ(space.error().location().field, "density");
}

TEST(PeerGroups, FewerThanThreePlacesIsInsufficientData) {
  const std::vector<std::string> ids = {"A", "B"};
  const std::vector<double> v = {1, 2};
  const PeerSpace space = Space(ids, {ContextVariable{"v", v, 1}});
  EXPECT_EQ(space.status, MethodStatus::kInsufficientData);
  const Result<PeerGroup> group = FindPeers(space, 0);
  ASSERT_TRUE(group.ok());
  EXPECT_EQ(group->status, MethodStatus::kInsufficientData);
  EXPECT_FALSE(group->status_reason.empty());
  EXPECT_TRUE(group->peers.empty());
  EXPECT_TRUE(PeerDistanceMatrix(space).empty());
}

TEST(PeerGroups, AllWeightsZeroIsAnError) {
  const Result<PeerSpace> space = StandardiseContext(kIds, Example(0, 0, 0));
  ASSERT_FALSE(space.ok());
  EXPECT_NE(space.error().message().find("all context weights are 0"), std::string::npos);
}

TEST(PeerGroups, BadInputIsAnError) {
  EXPECT_FALSE(StandardiseContext(kIds, Example(1, -1, 1)).ok());  // negative weight
  const std::vector<double> short_column = {1, 2, 3};
  const std::vector<ContextVariable> short_variable = {{"v", short_column, 1}};
  EXPECT_FALSE(StandardiseContext(kIds, short_variable).ok());
  const std::vector<std::string> duplicate = {"A", "A", "B", "C", "D", "E"};
  EXPECT_FALSE(StandardiseContext(duplicate, Example()).ok());
  EXPECT_FALSE(StandardiseContext(kIds, {}).ok());
  const PeerSpace space = Space(kIds, Example());
  EXPECT_FALSE(FindPeers(space, 6).ok());
  EXPECT_FALSE(FindPeers(space, 0, PeerOptions{.k = 0}).ok());
  EXPECT_FALSE(FindPeers(space, 0, PeerOptions{.min_weight_share = 0}).ok());
  EXPECT_FALSE(FindPeers(space, 0, PeerOptions{.bands = {0.5, 0.3, 0.2}}).ok());
}

TEST(PeerGroups, OnlyZeroWeightVariablesVaryIsInsufficientData) {
  const std::vector<double> constant(6, 1.0);
  const std::vector<ContextVariable> vars = {{"flat", constant, 1}, {"density", kDensity, 0}};
  const PeerSpace space = Space(kIds, vars);
  EXPECT_EQ(space.status, MethodStatus::kInsufficientData);
}

TEST(PeerGroups, BandsAreConfigurable) {
  EXPECT_EQ(BandOf(0.15, {}), PeerBand::kVeryClose);
  EXPECT_EQ(BandOf(0.16, {}), PeerBand::kClose);
  EXPECT_EQ(BandOf(0.50, {}), PeerBand::kSomewhatClose);
  EXPECT_EQ(BandOf(0.51, {}), PeerBand::kNotClose);
  EXPECT_EQ(BandOf(0.2524, PeerBands{0.3, 0.6, 0.9}), PeerBand::kVeryClose);
  EXPECT_STREQ(PeerBandName(PeerBand::kSomewhatClose), "somewhat close");
}

}  // namespace
}  // namespace lct::analysis
