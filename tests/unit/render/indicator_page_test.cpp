// render/indicator_page: the indicator's table for a place as CSV, neutralised (issue 11).
#include "render/indicator_page.hpp"

#include <gtest/gtest.h>

#include "unit/csv_test_support.hpp"

namespace lct::render {
namespace {

TEST(IndicatorPlaceCsv, HostilePlaceNamesAndLabelsComeOutNeutralised) {
  IndicatorPageView view;
  view.indicator.code = "fe-participation";
  view.indicator.measure = "@SUM(1)";
  AreaSeries place;
  place.code = "E08000012";
  place.name = "=HYPERLINK(\"http://x\")";
  for (const std::string& hostile : testing::HostileCells()) {
    TimePoint p;
    p.period = "2023";
    p.label = hostile;
    p.value = -7.5;
    place.points.push_back(p);
  }
  view.place = place;
  const std::string csv = IndicatorPlaceCsv(view);
  testing::ExpectNeutralised(csv, testing::HostileCells());
  EXPECT_NE(csv.find(",-7.5,"), std::string::npos) << csv;
}

}  // namespace
}  // namespace lct::render
