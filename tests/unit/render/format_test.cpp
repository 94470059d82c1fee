#include "render/format.hpp"

#include <gtest/gtest.h>

#include "render/svg_chart.hpp"

namespace lct::render {
namespace {

TEST(Format, ThousandsAndDecimals) {
  EXPECT_EQ(FormatNumber(1234567.891, 1), "1,234,567.9");
  EXPECT_EQ(FormatNumber(486100, 0), "486,100");
  EXPECT_EQ(FormatNumber(999.96, 1), "1,000.0");
  EXPECT_EQ(FormatNumber(-1234.5, 1), "-1,234.5");
  EXPECT_EQ(FormatNumber(-0.01, 1), "0.0");
  EXPECT_EQ(FormatNumber(12, 0), "12");
}

TEST(Format, ValuesWithUnits) {
  EXPECT_EQ(FormatValue(62.34, "%", 1), "62.3%");
  EXPECT_EQ(FormatValue(605.3, "£", 1), "£605.30");
  EXPECT_EQ(FormatValue(7069, "Rate per 100,000 population", 0), "7,069");
  EXPECT_EQ(FormatValue(std::nullopt, "%", 1), "–");
}

TEST(Format, OrdinalsAndSlugs) {
  EXPECT_EQ(Ordinal(1), "1st");
  EXPECT_EQ(Ordinal(12), "12th");
  EXPECT_EQ(Ordinal(23), "23rd");
  EXPECT_EQ(Ordinal(111), "111th");
  EXPECT_EQ(Ordinal(102), "102nd");
  EXPECT_EQ(Slug("Adult learning & skills"), "adult-learning-skills");
}

TEST(SvgChart, EscapesTextAndDescribesItself) {
  const std::vector<ChartPoint> points = {{"2022", 1.0, 0.5, 1.5},
                                          {"2023", 2.0, std::nullopt, std::nullopt}};
  const std::string svg =
      LineChart(points, {"<script>x</script>", "Rose from 1 to 2 & more", "%", 1});
  EXPECT_EQ(svg.find("<script>"), std::string::npos);
  EXPECT_NE(svg.find("&lt;script&gt;"), std::string::npos);
  EXPECT_NE(svg.find("<desc"), std::string::npos);
  EXPECT_NE(svg.find("Rose from 1 to 2 &amp; more"), std::string::npos);
  EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
  EXPECT_NE(svg.find("class=\"band\""), std::string::npos);
}

TEST(SvgChart, NoValuesNoChart) {
  const std::vector<ChartPoint> points = {{"2022", std::nullopt, std::nullopt, std::nullopt}};
  EXPECT_EQ(LineChart(points, {"t", "d", "%", 1}), "");
  EXPECT_EQ(Sparkline(points, {"t", "d", "%", 1}), "");
}

}  // namespace
}  // namespace lct::render
