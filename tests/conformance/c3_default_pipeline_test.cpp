// C3 of composite-index.md §11: the full default pipeline (COINr's build_example_coin) on ASEM,
// stage by stage, against the reference files.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <stdexcept>
#include <string>

#include "analysis/pipeline.hpp"
#include "analysis/ranking.hpp"
#include "asem_data.hpp"

namespace lct::analysis {
namespace {

struct Built {
  testing::AsemData asem;
  PipelineResult result;
};

// The default build, made once for all tests of this file.
const Built& Default() {
  static const Built kBuilt = [] {
    testing::AsemData asem = testing::LoadAsem();
    Result<PipelineResult> result =
        BuildIndex(asem.input, asem.framework, testing::AsemDefaultPipeline());
    if (!result) throw std::runtime_error(result.error().ToString());
    return Built{std::move(asem), std::move(*result)};
  }();
  return kBuilt;
}

// Compares every indicator column of a stage with a reference file (old column names).
void ExpectStageMatches(const StageData& stage, const std::string& file, double rel_tol) {
  const testing::AsemData& asem = Default().asem;
  const testing::ReferenceSet reference = testing::ReadReference(file, "UnitCode");
  ASSERT_EQ(stage.units.size(), reference.values.size());
  for (std::size_t k = 0; k < stage.units.size(); ++k) {
    const std::string& unit = asem.input.unit_codes[stage.units[k]];
    for (std::size_t j = 0; j < asem.framework.indicator_count(); ++j) {
      const std::string& code = asem.framework.node(j).code;
      const double expected = reference.At(unit, code);
      const double actual = stage.values(k, j);
      if (std::isnan(expected) || std::isnan(actual)) {
        EXPECT_EQ(std::isnan(actual), std::isnan(expected)) << file << " " << unit << " " << code;
        continue;
      }
      const double scale = std::max(1.0, std::abs(expected));
      EXPECT_NEAR(actual, expected, rel_tol * scale) << file << " " << unit << " " << code;
    }
  }
}

TEST(C3DefaultPipeline, IndexScoresAndRanksMatchUaNominal) {
  const testing::AsemData& asem = Default().asem;
  const PipelineResult& result = Default().result;
  const testing::CsvTable nominal = testing::ReadCsv(testing::AsemDir() + "/UA_Nominal.csv");
  const std::size_t index = *asem.framework.Find("Index");
  const std::size_t units = asem.input.unit_codes.size();
  const std::vector<double> scores = NodeScores(result, index, units);
  const std::vector<double> ranks = NodeRanks(result, index, units);
  ASSERT_EQ(nominal.rows.size(), units);
  for (const auto& row : nominal.rows) {
    const std::string& unit = row[nominal.Col("uCode")];
    const auto found = std::find(asem.input.unit_codes.begin(), asem.input.unit_codes.end(), unit);
    ASSERT_NE(found, asem.input.unit_codes.end()) << unit;
    const auto i = static_cast<std::size_t>(found - asem.input.unit_codes.begin());
    EXPECT_NEAR(scores[i], testing::Number(row[nominal.Col("Score")]), 1e-9) << unit;
    EXPECT_EQ(ranks[i], testing::Number(row[nominal.Col("Rank")])) << unit;
  }
}

TEST(C3DefaultPipeline, AggregatedDataSetMatches) {
  const testing::AsemData& asem = Default().asem;
  const PipelineResult& result = Default().result;
  const testing::ReferenceSet reference =
      testing::ReadReference("ASEM_COIN_Aggregated.csv", "UnitCode");
  const StageData& aggregated = result.aggregated;
  ASSERT_EQ(aggregated.values.cols(), asem.framework.node_count());
  for (std::size_t k = 0; k < aggregated.units.size(); ++k) {
    const std::string& unit = asem.input.unit_codes[aggregated.units[k]];
    for (std::size_t j = 0; j < asem.framework.node_count(); ++j) {
      const std::string& code = asem.framework.node(j).code;
      EXPECT_NEAR(aggregated.values(k, j), reference.At(unit, code), 1e-6) << unit << " " << code;
    }
  }
}

TEST(C3DefaultPipeline, IntermediateDataSetsMatch) {
  const PipelineResult& result = Default().result;
  ASSERT_TRUE(result.denominated && result.imputed && result.treated && result.normalised);
  ExpectStageMatches(*result.denominated, "ASEM_COIN_Denominated.csv", 1e-6);
  ExpectStageMatches(*result.imputed, "ASEM_COIN_Imputed.csv", 1e-6);
  ExpectStageMatches(*result.treated, "ASEM_COIN_Treated.csv", 1e-6);
  ExpectStageMatches(*result.normalised, "ASEM_COIN_Normalised.csv", 1e-6);
}

TEST(C3DefaultPipeline, SixtyFiveCellsImputedAndNoUnitScreenedOut) {
  const testing::AsemData& asem = Default().asem;
  const PipelineResult& result = Default().result;
  EXPECT_EQ(result.imputed_cells, 65U);
  ASSERT_TRUE(result.screen_report);
  EXPECT_EQ(result.screen_report->kept_rows.size(), asem.input.unit_codes.size());
}

TEST(C3DefaultPipeline, TreatmentLogMatches) {
  const testing::AsemData& asem = Default().asem;
  const PipelineResult& result = Default().result;
  const std::map<std::string, std::size_t> high = {
      {"Services", 4}, {"FDI", 2},      {"ForPort", 3}, {"CostImpEx", 1}, {"Tariff", 3},
      {"StMob", 2},    {"CultServ", 3}, {"Flights", 1}, {"Bord", 3},      {"Gas", 3},
      {"Forest", 2},   {"Poverty", 3},  {"NGOs", 3},    {"PubDebt", 1}};
  ASSERT_EQ(result.treatment.size(), asem.framework.indicator_count());
  std::size_t winsorised = 0;
  for (std::size_t j = 0; j < result.treatment.size(); ++j) {
    const std::string& code = asem.framework.node(j).code;
    const TreatmentRecord& record = result.treatment[j];
    EXPECT_EQ(record.transform, Transform::kNone) << code;
    const auto expected_high = high.find(code);
    EXPECT_EQ(record.winsorised_high, expected_high == high.end() ? 0 : expected_high->second)
        << code;
    EXPECT_EQ(record.winsorised_low, code == "FemLab" ? 1U : 0U) << code;
    winsorised += record.winsorised_high + record.winsorised_low > 0 ? 1 : 0;
  }
  EXPECT_EQ(winsorised, 15U);

  // The same, read from the reference summary.
  const testing::CsvTable summary =
      testing::ReadCsv(testing::AsemDir() + "/ASEM_COIN_TreatSummary.csv");
  for (const auto& row : summary.rows) {
    const std::size_t j = *asem.framework.Find(row[summary.Col("IndCode")]);
    EXPECT_EQ(static_cast<double>(result.treatment[j].winsorised_low),
              testing::Number(row[summary.Col("Low")]));
    EXPECT_EQ(static_cast<double>(result.treatment[j].winsorised_high),
              testing::Number(row[summary.Col("High")]));
  }
}

TEST(C3DefaultPipeline, SpotValues) {
  const testing::AsemData& asem = Default().asem;
  const PipelineResult& result = Default().result;
  struct Spot {
    const char* code;
    double score;
    double rank;
  };
  const Spot spots[] = {{"Index", 39.79, 45},    {"Conn", 28.60, 44},    {"Sust", 50.99, 43},
                        {"Physical", 18.78, 48}, {"ConEcFin", 6.38, 49}, {"Political", 51.90, 33},
                        {"Instit", 59.84, 37},   {"P2P", 6.07, 47},      {"Environ", 75.34, 6},
                        {"Social", 22.74, 51},   {"SusEcFin", 54.88, 36}};
  const std::size_t units = asem.input.unit_codes.size();
  const auto ind = static_cast<std::size_t>(
      std::find(asem.input.unit_codes.begin(), asem.input.unit_codes.end(), "IND") -
      asem.input.unit_codes.begin());
  for (const Spot& spot : spots) {
    const std::size_t node = *asem.framework.Find(spot.code);
    EXPECT_NEAR(NodeScores(result, node, units)[ind], spot.score, 0.005) << spot.code;
    EXPECT_EQ(NodeRanks(result, node, units)[ind], spot.rank) << spot.code;
  }
}

}  // namespace
}  // namespace lct::analysis
