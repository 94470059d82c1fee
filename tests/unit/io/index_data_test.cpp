// COINr iData/iMeta readers and the index model reader: good files and broken ones, with the
// file, line and field of each error.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "io/file.hpp"
#include "io/index_data.hpp"
#include "io/index_model.hpp"

namespace lct::io {
namespace {

std::string Example(const std::string& name) {
  auto text = ReadFile(std::string(LCT_SOURCE_DIR) + "/examples/" + name);
  EXPECT_TRUE(text.ok());
  return text.ok() ? *text : std::string();
}

const char* const kMeta =
    "Level,iCode,iName,Direction,Weight,Parent,Type,Denominator\n"
    "1,a,A,1,1,X,Indicator,NA\n"
    "1,b,B,-1,1,X,Indicator,pop\n"
    "2,X,X,1,1,NA,Aggregate,NA\n"
    "NA,grp,Group,NA,NA,NA,Group,NA\n"
    "NA,pop,Population,NA,NA,NA,Denominator,NA\n";

TEST(IndexDataReader, ReadsTheAsemExampleAsIs) {
  const auto meta = ParseIndexMeta(Example("ASEM_iMeta.csv"), "ASEM_iMeta.csv");
  ASSERT_TRUE(meta.ok()) << meta.error().ToString();
  EXPECT_EQ(meta->rows.size(), 68U);
  const auto data = ParseIndexData(Example("ASEM_iData.csv"), "ASEM_iData.csv", *meta);
  ASSERT_TRUE(data.ok()) << data.error().ToString();
  ASSERT_EQ(data->unit_codes.size(), 51U);
  EXPECT_EQ(data->unit_codes.front(), "AUS");  // sorted by uCode, as new_coin() does
  EXPECT_EQ(data->unit_names.front(), "Australia");
  EXPECT_EQ(data->groups.size(), 4U);
  const NumericColumn* lpi = data->FindNumeric("LPI");
  ASSERT_NE(lpi, nullptr);
  EXPECT_NEAR(lpi->values[1], 4.097985, 1e-12);  // AUT
}

TEST(IndexDataReader, MissingValuesAreNaN) {
  const auto meta = ParseIndexMeta(kMeta, "m.csv");
  ASSERT_TRUE(meta.ok()) << meta.error().ToString();
  const auto data = ParseIndexData("uCode,a,b,grp,pop\nZ,1,NA,g,5\nY,,2,NA,6\n", "d.csv", *meta);
  ASSERT_TRUE(data.ok()) << data.error().ToString();
  EXPECT_EQ(data->unit_codes[0], "Y");
  EXPECT_TRUE(std::isnan(data->FindNumeric("a")->values[0]));
  EXPECT_TRUE(std::isnan(data->FindNumeric("b")->values[1]));
  EXPECT_EQ(data->groups[0].values[0], "");
}

TEST(IndexDataReader, BadNumberNamesFileLineAndColumn) {
  const auto meta = ParseIndexMeta(kMeta, "m.csv");
  ASSERT_TRUE(meta.ok());
  const auto data = ParseIndexData("uCode,a,b\nZ,1,2\nY,x1,2\n", "d.csv", *meta);
  ASSERT_FALSE(data.ok());
  EXPECT_EQ(data.error().location(), (ErrorLocation{"d.csv", 3, "a"}));
}

TEST(IndexDataReader, RefusesUnknownColumnsAggregatesDuplicatesAndPanels) {
  const auto meta = ParseIndexMeta(kMeta, "m.csv");
  ASSERT_TRUE(meta.ok());
  const auto unknown = ParseIndexData("uCode,a,b,zz\nZ,1,2,3\n", "d.csv", *meta);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().location(), (ErrorLocation{"d.csv", 1, "zz"}));
  const auto aggregate = ParseIndexData("uCode,a,b,X\nZ,1,2,3\n", "d.csv", *meta);
  ASSERT_FALSE(aggregate.ok());
  EXPECT_EQ(aggregate.error().location().field, "X");
  const auto duplicate = ParseIndexData("uCode,a,b\nZ,1,2\nZ,1,2\n", "d.csv", *meta);
  ASSERT_FALSE(duplicate.ok());
  EXPECT_EQ(duplicate.error().location(), (ErrorLocation{"d.csv", 3, "uCode"}));
  const auto panel = ParseIndexData("uCode,Time,a,b\nZ,2020,1,2\nY,2021,1,2\n", "d.csv", *meta);
  ASSERT_FALSE(panel.ok());
  EXPECT_EQ(panel.error().location(), (ErrorLocation{"d.csv", 3, "Time"}));
  const auto missing = ParseIndexData("uCode,a\nZ,1\n", "d.csv", *meta);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().location(), (ErrorLocation{"m.csv", 3, "iCode"}));
}

TEST(IndexMetaReader, BrokenRowsNameLineAndField) {
  const std::string header = "Level,iCode,Direction,Weight,Parent,Type\n";
  const auto type = ParseIndexMeta(header + "1,a,1,1,X,Indicatr\n", "m.csv");
  ASSERT_FALSE(type.ok());
  EXPECT_EQ(type.error().location(), (ErrorLocation{"m.csv", 2, "Type"}));
  const auto direction =
      ParseIndexMeta(header + "1,a,1,1,X,Indicator\n1,b,2,1,X,Indicator\n", "m.csv");
  ASSERT_FALSE(direction.ok());
  EXPECT_EQ(direction.error().location(), (ErrorLocation{"m.csv", 3, "Direction"}));
  const auto weight = ParseIndexMeta(header + "1,a,1,heavy,X,Indicator\n", "m.csv");
  ASSERT_FALSE(weight.ok());
  EXPECT_EQ(weight.error().location(), (ErrorLocation{"m.csv", 2, "Weight"}));
  const auto level = ParseIndexMeta(header + "2,a,1,1,X,Indicator\n", "m.csv");
  ASSERT_FALSE(level.ok());
  EXPECT_EQ(level.error().location(), (ErrorLocation{"m.csv", 2, "Level"}));
  const auto column = ParseIndexMeta("Level,iCode\n1,a\n", "m.csv");
  ASSERT_FALSE(column.ok());
  EXPECT_EQ(column.error().location().file, "m.csv");
}

TEST(IndexModelReader, ReadsTheAsemExampleModel) {
  const auto model = ParseIndexModel(Example("asem-model.yaml"), "asem-model.yaml");
  ASSERT_TRUE(model.ok()) << model.error().ToString();
  EXPECT_TRUE(model->denominate);
  ASSERT_TRUE(model->impute);
  EXPECT_EQ(model->impute->method, "group_mean");
  EXPECT_EQ(model->impute->group, "EurAsia_group");
  ASSERT_TRUE(model->screen);
  EXPECT_DOUBLE_EQ(model->screen->data_threshold, 0.9);
  ASSERT_EQ(model->uncertainty.size(), 4U);
  EXPECT_EQ(model->uncertainty[0].winmax, (std::vector<int>{1, 2, 3, 4, 5}));
  EXPECT_EQ(model->uncertainty[1].normalisations[1].method, "zscore");
  EXPECT_DOUBLE_EQ(model->uncertainty[1].normalisations[1].mean, 10);
  EXPECT_EQ(model->uncertainty[2].count, 100U);
  EXPECT_EQ(model->uncertainty[2].levels, (std::vector<int>{2, 3}));
  EXPECT_EQ(model->uncertainty[3].aggregations[1].method, "geometric");
}

TEST(IndexModelReader, UnknownMethodNamesLineAndField) {
  const auto model =
      ParseIndexModel("name: x\nsteps:\n  normalise:\n    method: minmix\n", "model.yaml");
  ASSERT_FALSE(model.ok());
  EXPECT_EQ(model.error().location(), (ErrorLocation{"model.yaml", 4, "steps.normalise.method"}));
}

// Issue 11: a model file that is not UTF-8 is refused with its line and column, before yaml-cpp
// (which would quietly replace the byte) reads it.
TEST(IndexModelReader, TextThatIsNotUtf8NamesLineAndColumn) {
  const auto model =
      ParseIndexModel("name: x\nsteps:\n  normalise: {method: min\xFFmax}\n", "model.yaml");
  ASSERT_FALSE(model.ok());
  EXPECT_EQ(model.error().ToString(),
            "model.yaml:3:26: text is not valid UTF-8 (byte 0xFF): save the file as UTF-8");
}

TEST(IndexModelReader, VaryingAStepAbsentFromThePipelineIsAnError) {
  const auto model = ParseIndexModel(
      "name: x\nsteps:\n  normalise: {method: minmax}\nuncertainty:\n"
      "  - name: winsorisation\n    step: treat\n    winmax: [1, 2]\n",
      "model.yaml");
  ASSERT_FALSE(model.ok());
  EXPECT_EQ(model.error().location(), (ErrorLocation{"model.yaml", 6, "uncertainty[0].step"}));
  EXPECT_NE(model.error().message().find("'treat'"), std::string::npos);
  EXPECT_NE(model.error().message().find("winsorisation"), std::string::npos);
}

TEST(IndexModelReader, ReportsEveryProblem) {
  const auto errors = CheckIndexModel(
      "name: x\ncolour: red\nsteps:\n  treat: {winmax: many}\n  aggregate: {method: mean}\n",
      "model.yaml");
  ASSERT_EQ(errors.size(), 3U);
  EXPECT_EQ(errors[0].location(), (ErrorLocation{"model.yaml", 2, "colour"}));
  EXPECT_EQ(errors[1].location().field, "steps.treat.winmax");
  EXPECT_EQ(errors[2].location().field, "steps.aggregate.method");
  const auto syntax = ParseIndexModel("name: [x\n", "model.yaml");
  ASSERT_FALSE(syntax.ok());
  EXPECT_EQ(syntax.error().location().file, "model.yaml");
}

}  // namespace
}  // namespace lct::io
