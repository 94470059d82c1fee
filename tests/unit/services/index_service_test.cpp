// Building the ASEM example from the example files, and the learning-conditions index of the
// demo network with its what-if.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "analysis/pipeline.hpp"
#include "io/index_data.hpp"
#include "io/index_model.hpp"
#include "services/index_service.hpp"
#include "services/learning_index.hpp"
#include "store/store.hpp"
#include "unit/csv_test_support.hpp"
#include "unit/test_support.hpp"

namespace lct::services {
namespace {

IndexFiles AsemFiles() {
  const std::string dir = std::string(LCT_SOURCE_DIR) + "/examples/";
  return {dir + "ASEM_iData.csv", dir + "ASEM_iMeta.csv", dir + "asem-model.yaml"};
}

TEST(IndexService, BuildsTheAsemExampleAsCoinrDoes) {
  const auto problem = LoadIndexProblem(AsemFiles());
  ASSERT_TRUE(problem.ok()) << problem.error().ToString();
  EXPECT_EQ(problem->uncertain.size(), 4U);
  const auto result = analysis::BuildIndex(problem->input, problem->framework, problem->pipeline);
  ASSERT_TRUE(result.ok()) << result.error().ToString();
  const auto index = problem->framework.Find("Index");
  ASSERT_TRUE(index);
  const auto scores = analysis::NodeScores(*result, *index, problem->input.unit_codes.size());
  std::size_t ind = 0;
  while (problem->input.unit_codes[ind] != "IND") ++ind;
  EXPECT_NEAR(scores[ind], 39.79, 0.005);  // composite-index.md C3 spot value
}

TEST(IndexService, TablesIncludeEveryIntermediateDataSet) {
  const auto problem = LoadIndexProblem(AsemFiles());
  ASSERT_TRUE(problem.ok());
  const auto tables = BuildIndexTables(*problem);
  ASSERT_TRUE(tables.ok()) << tables.error().ToString();
  std::vector<std::string> names;
  for (const auto& t : *tables) names.push_back(t.name);
  for (const char* name :
       {"scores.csv", "ranks.csv", "denominated.csv", "imputed.csv", "screened.csv", "treated.csv",
        "normalised.csv", "aggregated.csv", "weights.csv", "treatment.csv"}) {
    EXPECT_NE(std::find(names.begin(), names.end(), name), names.end()) << name;
  }
}

TEST(IndexService, UncertaintyGivesRankStatisticsPerUnit) {
  const auto problem = LoadIndexProblem(AsemFiles());
  ASSERT_TRUE(problem.ok());
  AnalysisOptions options;
  options.replications = 50;
  const auto tables = UncertaintyTables(*problem, options);
  ASSERT_TRUE(tables.ok()) << tables.error().ToString();
  ASSERT_EQ(tables->front().name, "rank_statistics.csv");
  EXPECT_EQ(std::count(tables->front().text.begin(), tables->front().text.end(), '\n'), 52);
}

TEST(IndexService, GeometricMeanOnZeroNamesTheIndicatorAndUnits) {
  auto meta = io::ParseIndexMeta(
      "Level,iCode,Direction,Weight,Parent,Type\n1,a,1,1,X,Indicator\n1,b,1,1,X,Indicator\n"
      "2,X,1,1,NA,Aggregate\n",
      "m.csv");
  ASSERT_TRUE(meta.ok());
  auto data = io::ParseIndexData("uCode,a,b\nP,1,2\nQ,2,3\nR,3,1\n", "d.csv", *meta);
  ASSERT_TRUE(data.ok());
  auto model = io::ParseIndexModel(
      "name: t\nsteps:\n  normalise: {method: minmax, lower: 0, upper: 100}\n"
      "  aggregate: {method: geometric}\n",
      "model.yaml");
  ASSERT_TRUE(model.ok()) << model.error().ToString();
  auto problem = MakeIndexProblem(*data, *meta, *model);
  ASSERT_TRUE(problem.ok()) << problem.error().ToString();
  const auto tables = BuildIndexTables(*problem);
  ASSERT_FALSE(tables.ok());
  EXPECT_NE(tables.error().message().find("a"), std::string::npos);
  EXPECT_NE(tables.error().message().find("P"), std::string::npos);
}

// Issue 11: unit names come from the user's data file; every table writes them neutralised.
TEST(IndexService, HostileUnitNamesComeOutNeutralisedInEveryTable) {
  auto meta = io::ParseIndexMeta(
      "Level,iCode,Direction,Weight,Parent,Type\n1,a,1,1,X,Indicator\n1,b,-1,1,X,Indicator\n"
      "2,X,1,1,NA,Aggregate\n",
      "m.csv");
  ASSERT_TRUE(meta.ok()) << meta.error().ToString();
  std::string data_csv = "uName,uCode,a,b\n";
  const auto& hostile = testing::HostileCells();
  for (std::size_t u = 0; u < hostile.size(); ++u) {
    std::string quoted = "\"";
    for (const char c : hostile[u]) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    data_csv += quoted + "\",U" + std::to_string(u) + "," + std::to_string(u + 1) + "," +
                std::to_string(10 - u) + "\n";
  }
  auto data = io::ParseIndexData(data_csv, "d.csv", *meta);
  ASSERT_TRUE(data.ok()) << data.error().ToString();
  auto model = io::ParseIndexModel(
      "name: t\nsteps:\n  normalise: {method: zscore}\n  aggregate: {method: arithmetic}\n",
      "model.yaml");
  ASSERT_TRUE(model.ok()) << model.error().ToString();
  auto problem = MakeIndexProblem(*data, *meta, *model);
  ASSERT_TRUE(problem.ok()) << problem.error().ToString();
  const auto tables = BuildIndexTables(*problem);
  ASSERT_TRUE(tables.ok()) << tables.error().ToString();
  bool negative = false;
  for (const auto& table : *tables) {
    SCOPED_TRACE(table.name);
    if (table.name == "weights.csv") continue;  // no unit names
    testing::ExpectNeutralised(table.text, hostile);
    negative = negative || table.text.find(",-") != std::string::npos;
  }
  EXPECT_TRUE(negative);  // z-scores below the mean stay negative numbers
}

TEST(LearningIndex, RanksEnglishAuthoritiesWithIntervals) {
  LearningIndexCache cache;
  const auto index = GetLearningIndex(testing::DemoStore(), cache, {});
  ASSERT_TRUE(index.ok()) << index.error().ToString();
  ASSERT_GT(index->places.size(), 250U);
  EXPECT_EQ(index->strands.size(), 4U);
  EXPECT_EQ(index->components.size(), 11U);
  EXPECT_EQ(index->places.front().rank, 1);
  bool members = false;
  for (const auto& p : index->places) {
    EXPECT_EQ(p.code.substr(0, 1), "E");
    EXPECT_LE(p.rank_q05, p.rank_q95);
    members = members || p.member;
  }
  EXPECT_TRUE(members);
  EXPECT_TRUE(index->moved_most.empty());
}

TEST(LearningIndex, WhatIfMovesRanksQuickly) {
  LearningIndexCache cache;
  ASSERT_TRUE(GetLearningIndex(testing::DemoStore(), cache, {}).ok());
  domain::IndexWhatIf what_if;
  what_if.weights = {{"culture", "", 0.0}};
  what_if.aggregation = "geometric";
  const auto start = std::chrono::steady_clock::now();
  const auto index = GetLearningIndex(testing::DemoStore(), cache, what_if);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_TRUE(index.ok()) << index.error().ToString();
  EXPECT_FALSE(index->moved_most.empty());
  EXPECT_NE(index->moved_most.front().rank, index->moved_most.front().nominal_rank);
  EXPECT_LT(elapsed, std::chrono::seconds(5));  // generous: a sanity bound, not a benchmark
}

TEST(LearningIndex, UnknownStrandOrMethodIsInvalid) {
  LearningIndexCache cache;
  domain::IndexWhatIf bad_method;
  bad_method.normalisation = "magic";
  EXPECT_EQ(GetLearningIndex(testing::DemoStore(), cache, bad_method).error().code(),
            ErrorCode::kInvalidArgument);
  domain::IndexWhatIf bad_strand;
  bad_strand.weights = {{"nonsense", "", 2.0}};
  EXPECT_EQ(GetLearningIndex(testing::DemoStore(), cache, bad_strand).error().code(),
            ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace lct::services
