#include "io/ons_tidy.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace lct::io {
namespace {

constexpr const char* kHeader =
    "areacd,areanm,geography,indicator,period,observation,measure,unit,lci_95,uci_95,status,"
    "notes\n";

Status ReadText(const std::string& text, std::vector<OnsRow>& rows) {
  std::istringstream in(text);
  return ReadOnsTidy(in, "ons.csv", [&](const OnsRow& row) {
    rows.push_back(row);
    return Ok();
  });
}

TEST(OnsTidy, ReadsValuesIntervalsAndSuppressedRows) {
  std::vector<OnsRow> rows;
  const auto status = ReadText(std::string(kHeader) +
                                   "E08000012,Liverpool,Local Authority District,Employment "
                                   "rate,2023-01-01/P1Y,67.5,Percentage,%,62.5,72.5,,\n"
                                   "E06000001,Hartlepool,County or Unitary Authority,Employment "
                                   "rate,2023-01-01/P1Y,,Percentage,%,,,x,note\n",
                               rows);
  ASSERT_TRUE(status.ok()) << status.error().ToString();
  ASSERT_EQ(rows.size(), 2U);
  EXPECT_EQ(rows[0].area_code, "E08000012");
  EXPECT_EQ(rows[0].value, 67.5);
  EXPECT_EQ(rows[0].lower, 62.5);
  EXPECT_EQ(rows[0].upper, 72.5);
  EXPECT_FALSE(rows[1].value.has_value());
  EXPECT_EQ(rows[1].status, "x");
  EXPECT_EQ(rows[1].line, 3);
}

TEST(OnsTidy, BadNumberNamesFileLineAndColumn) {
  std::vector<OnsRow> rows;
  const auto status =
      ReadText(std::string(kHeader) +
                   "E08000012,Liverpool,LAD,Employment rate,2023-01-01/P1Y,6x7,Percentage,%,,,,\n",
               rows);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().ToString(), "ons.csv:2: observation: '6x7' is not a number");
}

TEST(OnsTidy, BadPeriodNamesTheField) {
  std::vector<OnsRow> rows;
  const auto status = ReadText(std::string(kHeader) + "E1,X,LAD,I,2023/24,1,m,u,,,,\n", rows);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().location().field, "period");
  EXPECT_EQ(status.error().location().line, 2);
}

TEST(OnsTidy, MissingColumnIsAnError) {
  std::vector<OnsRow> rows;
  const auto status = ReadText("areacd,indicator,period\nE1,I,2023-01-01\n", rows);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().location().field, "observation");
}

TEST(OnsTidy, ReadsTheRealFurtherEducationFile) {
  std::ifstream in(
      std::string(LCT_SOURCE_DIR) +
          "/data/demo/ons-local-indicators/further-education-and-skills-participation.csv",
      std::ios::binary);
  ASSERT_TRUE(in);
  int rows = 0;
  std::optional<double> liverpool_2024;
  const auto status = ReadOnsTidy(in, "fe.csv", [&](const OnsRow& row) {
    ++rows;
    if (row.area_code == "E08000012" && row.period == "2024-08-01/P1Y") liverpool_2024 = row.value;
    return Ok();
  });
  ASSERT_TRUE(status.ok()) << status.error().ToString();
  EXPECT_EQ(rows, 2084);  // as SOURCE.md counts them, header excluded
  EXPECT_EQ(liverpool_2024, 7069.0);
}

}  // namespace
}  // namespace lct::io
