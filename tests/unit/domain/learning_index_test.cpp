// domain/learning_index: the index page's model assembled from a hand-made basis (no store, no
// pipeline run): places by rank with their intervals, excluded places, methods in use, changed
// strand weights, and the what-if's ranks and the places that moved most.
#include "domain/learning_index.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace lct::domain {
namespace {

analysis::RankStatistics Interval(double q05, double median, double q95) {
  analysis::RankStatistics stats;
  stats.q05 = q05;
  stats.median = median;
  stats.q95 = q95;
  return stats;
}

// Four places; Dover is screened out (no score). Published ranks: Aston 2, Bude 1, Crewe 3.
LearningIndexBasis Basis() {
  LearningIndexBasis b;
  b.title = "Test index";
  b.bundled_model = false;
  b.strands = {{"skills", "Skills", 1.0}, {"adult_learning", "Adult learning", 2.0}};
  b.components = {{"fe-participation", "FE participation", "adult_learning", "2023", false}};
  b.normalisation_choices = {"minmax", "zscore"};
  b.aggregation_choices = {"arithmetic", "geometric"};
  b.replications = 500;
  b.seed = 1;
  b.units = {
      {"A", "Aston", true}, {"B", "Bude", false}, {"C", "Crewe", false}, {"D", "Dover", false}};
  b.nominal_scores = {50.0, 70.0, 10.0, std::nan("")};
  b.nominal_ranks = {2, 1, 3, std::nan("")};
  b.rank_statistics = {Interval(1, 2, 3), Interval(1, 1, 2), Interval(2, 3, 3), Interval(0, 0, 0)};
  return b;
}

TEST(BuildLearningIndex, AsPublished) {
  const LearningIndex index = BuildLearningIndex(Basis(), {}, {});
  EXPECT_EQ(index.title, "Test index");
  EXPECT_FALSE(index.bundled_model);
  EXPECT_EQ(index.normalisation, "minmax");
  EXPECT_EQ(index.aggregation, "arithmetic");
  EXPECT_EQ(index.normalisation_choices, (std::vector<std::string>{"minmax", "zscore"}));
  EXPECT_EQ(index.replications, 500U);
  ASSERT_EQ(index.strands.size(), 2U);
  EXPECT_EQ(index.strands[1].weight, 2.0);
  ASSERT_EQ(index.components.size(), 1U);
  EXPECT_EQ(index.excluded_places, 1U);
  ASSERT_EQ(index.places.size(), 3U);
  EXPECT_EQ(index.places[0].name, "Bude");
  EXPECT_EQ(index.places[0].rank, 1);
  EXPECT_EQ(index.places[0].nominal_rank, 1);
  EXPECT_EQ(index.places[0].score, 70.0);
  EXPECT_EQ(index.places[0].rank_q95, 2.0);
  EXPECT_EQ(index.places[1].name, "Aston");
  EXPECT_TRUE(index.places[1].member);
  EXPECT_EQ(index.places[1].rank_median, 2.0);
  EXPECT_EQ(index.places[2].name, "Crewe");
  EXPECT_TRUE(index.moved_most.empty());
}

TEST(BuildLearningIndex, AWhatIfRanksItsOwnScoresAndKeepsThePublishedIntervals) {
  IndexWhatIf what_if;
  what_if.weights = {{"skills", "", 3.0}};
  what_if.aggregation = "geometric";
  // Crewe rises from 3rd to 1st; Dover is still screened out.
  const std::vector<double> scores = {50.0, 40.0, 90.0, std::nan("")};
  const LearningIndex index = BuildLearningIndex(Basis(), what_if, scores);
  EXPECT_EQ(index.normalisation, "minmax");
  EXPECT_EQ(index.aggregation, "geometric");
  EXPECT_EQ(index.strands[0].weight, 3.0);
  EXPECT_EQ(index.strands[1].weight, 2.0);
  EXPECT_EQ(index.excluded_places, 1U);
  ASSERT_EQ(index.places.size(), 3U);
  EXPECT_EQ(index.places[0].name, "Crewe");
  EXPECT_EQ(index.places[0].rank, 1);
  EXPECT_EQ(index.places[0].nominal_rank, 3);
  EXPECT_EQ(index.places[0].rank_q05, 2.0);  // the published settings' interval
  EXPECT_EQ(index.places[1].name, "Aston");
  EXPECT_EQ(index.places[2].name, "Bude");
  ASSERT_EQ(index.moved_most.size(), 3U);
  EXPECT_EQ(index.moved_most[0].name, "Crewe");  // moved 2 places
  EXPECT_EQ(index.moved_most[1].name, "Bude");   // moved 2 places, after Crewe by rank
  EXPECT_EQ(index.moved_most[2].name, "Aston");  // did not move
}

}  // namespace
}  // namespace lct::domain
