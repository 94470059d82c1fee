// render/time_chart: a multi-series chart on a time axis with a target path (synthetic
// values, for the drawing only).
#include "render/time_chart.hpp"

#include <gtest/gtest.h>

#include <string>

namespace lct::render {
namespace {

using std::chrono::year;

domain::Date Day(int y, unsigned m, unsigned d) {
  return year{y} / std::chrono::month{m} / std::chrono::day{d};
}

TimePoint Point(int y, std::optional<double> v, std::optional<double> lower = std::nullopt,
                std::optional<double> upper = std::nullopt) {
  return {std::to_string(y) + "-01-01/P1Y",  std::to_string(y), Day(y, 12, 31), v, lower, upper,
          domain::ObservationStatus::kNormal};
}

std::size_t Count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

TEST(TimeChart, NothingToDrawGivesEmptyText) {
  EXPECT_EQ(TimeChart({}, std::nullopt, {"x", "Title", "Desc", "%", 1}), "");
  const TimeSeries empty{"Place", {Point(2020, std::nullopt), Point(2021, std::nullopt)}};
  EXPECT_EQ(TimeChart({empty}, std::nullopt, {"x", "Title", "Desc", "%", 1}), "");
}

TEST(TimeChart, HasTextAlternativesAndALegend) {
  const TimeSeries place{"Liverpool", {Point(2019, 10), Point(2020, 12), Point(2021, 11)}};
  const TimeSeries region{"North West", {Point(2019, 9), Point(2021, 10)}};
  const std::string svg =
      TimeChart({place, region}, std::nullopt,
                {"fe", "Participation, Liverpool", "Rose from 10 to 11.", "", 0});
  EXPECT_TRUE(svg.starts_with("<svg"));
  EXPECT_NE(svg.find(R"(role="img" aria-labelledby="tc-fe-t tc-fe-d")"), std::string::npos);
  EXPECT_NE(svg.find(R"(<title id="tc-fe-t">Participation, Liverpool</title>)"), std::string::npos);
  EXPECT_NE(svg.find(R"(<desc id="tc-fe-d">Rose from 10 to 11.</desc>)"), std::string::npos);
  EXPECT_NE(svg.find(">Liverpool</text>"), std::string::npos);
  EXPECT_NE(svg.find(">North West</text>"), std::string::npos);
  EXPECT_EQ(Count(svg, R"(class="ts-series")"), 2U);
  EXPECT_EQ(Count(svg, R"(class="ts-point")"), 5U);  // one marker per value
  // Distinct marker shapes: circles for the first series, squares for the second.
  EXPECT_NE(svg.find(R"(<circle class="ts-point")"), std::string::npos);
  EXPECT_NE(svg.find(R"(<rect class="ts-point")"), std::string::npos);
  // A tick per year on the time axis.
  for (const char* y : {">2020</text>", ">2021</text>"}) EXPECT_NE(svg.find(y), std::string::npos);
  EXPECT_EQ(svg.find("ts-target"), std::string::npos);  // no target, no path
}

TEST(TimeChart, EscapesEveryText) {
  const TimeSeries place{"<b>&\"'", {Point(2020, 1), Point(2021, 2)}};
  const std::string svg =
      TimeChart({place}, std::nullopt, {"x", "<script>alert(1)</script>", "a & b", "", 1});
  EXPECT_EQ(svg.find("<script>"), std::string::npos);
  EXPECT_EQ(svg.find("<b>"), std::string::npos);
  EXPECT_NE(svg.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(svg.find("a &amp; b"), std::string::npos);
  EXPECT_NE(svg.find("&lt;b&gt;&amp;&quot;&#39;"), std::string::npos);
}

TEST(TimeChart, DrawsTheTargetPathDashedWithTheTargetMarked) {
  const TimeSeries place{"Place", {Point(2018, 20), Point(2020, 24), Point(2022, 26)}};
  const TargetPathLine target{Day(2018, 12, 31), 20.0, Day(2030, 1, 1), 35.0};
  const std::string svg = TimeChart({place}, target, {"t", "Title", "Desc", "%", 1});
  EXPECT_EQ(Count(svg, R"(<line class="ts-target-path")"), 1U);
  EXPECT_NE(svg.find(R"(stroke-dasharray="6 4")"), std::string::npos);
  EXPECT_NE(svg.find("<title>Target: 35.0% by 1 Jan 2030</title>"), std::string::npos);
  EXPECT_NE(svg.find("<title>Baseline: 20.0%</title>"), std::string::npos);
  EXPECT_NE(svg.find(">Target path</text>"), std::string::npos);
  // The axis reaches the target date.
  EXPECT_NE(svg.find(">2030</text>"), std::string::npos);
  // A target alone (no observation yet) is still drawn.
  EXPECT_NE(TimeChart({}, target, {"t", "Title", "Desc", "%", 1}).find("ts-target-path"),
            std::string::npos);
}

TEST(TimeChart, DrawsIntervalBandsOnlyWhereBothBoundsExist) {
  const TimeSeries place{
      "Place",
      {Point(2019, 10, 8, 12), Point(2020, 11, 9, 13), Point(2021, 12), Point(2022, 12, 10, 14)}};
  const std::string svg = TimeChart({place}, std::nullopt, {"b", "T", "D", "", 0});
  EXPECT_EQ(Count(svg, R"(class="ts-band")"), 2U);  // 2019-2020, then 2022 alone
}

TEST(TimeChart, LongSpansThinTheYearTicks) {
  std::vector<TimePoint> points;
  for (int y = 1990; y <= 2024; ++y) points.push_back(Point(y, y - 1990));
  const std::string svg = TimeChart({{"P", points}}, std::nullopt, {"l", "T", "D", "", 0});
  EXPECT_NE(svg.find(">2000</text>"), std::string::npos);
  EXPECT_EQ(svg.find(">2001</text>"), std::string::npos);
  EXPECT_LE(Count(svg, R"(class="tick")"), 10U);
}

TEST(FormatDay, WritesDayMonthYear) {
  EXPECT_EQ(FormatDay(Day(2024, 7, 31)), "31 Jul 2024");
  EXPECT_EQ(FormatDay(Day(2030, 1, 1)), "1 Jan 2030");
}

}  // namespace
}  // namespace lct::render
