// render/csv_export: the network's places, a place's observations, the indicator catalogue and a
// place's targets as CSV, with text a spreadsheet would run neutralised (issue 11, item 3).
#include "render/csv_export.hpp"

#include <gtest/gtest.h>

#include "unit/csv_test_support.hpp"

namespace lct::render {
namespace {

using testing::ExpectNeutralised;
using testing::HostileCells;

TEST(PlacesCsv, HostileNamesComeOutNeutralised) {
  domain::PlaceList list;
  for (const std::string& hostile : HostileCells()) {
    domain::PlaceSummary s;
    s.place.code = "E08000012";
    s.place.name = hostile;
    s.place.population_2021 = domain::ContextValue{-3.5, "", ""};
    s.region_name = hostile;
    s.nation_name = "England";
    list.places.push_back(s);
  }
  const std::string csv = PlacesCsv(list);
  ExpectNeutralised(csv, HostileCells());
  EXPECT_NE(csv.find(",-3.5,"), std::string::npos) << csv;  // a number stays a number
}

TEST(PlaceIndicatorsCsv, HostileNotesAndNamesComeOutNeutralised) {
  domain::PlaceProfile profile;
  profile.summary.place.code = "E08000012";
  profile.summary.place.name = "Liverpool";
  domain::IndicatorProfile ip;
  ip.indicator.code = "fe-participation";
  ip.indicator.name = "=HYPERLINK(\"http://x\")";
  ip.indicator.unit = "@SUM(1)";
  ip.indicator.source_org = "+1";
  for (const std::string& hostile : HostileCells()) {
    domain::SeriesPoint p;
    p.period = "2023";
    p.value = -1.25;
    p.note = hostile;
    ip.series.push_back(p);
  }
  profile.indicators.push_back(ip);
  const std::string csv = PlaceIndicatorsCsv(profile);
  ExpectNeutralised(csv, HostileCells());
  EXPECT_NE(csv.find(",-1.25,"), std::string::npos) << csv;
}

TEST(IndicatorsCsv, EveryTextFieldOfTheCatalogueIsNeutralised) {
  std::vector<domain::Indicator> indicators;
  for (const std::string& hostile : HostileCells()) {
    domain::Indicator i;
    i.code = "x";
    i.name = hostile;
    i.description = hostile;
    i.caveats = hostile;
    i.licence = hostile;
    indicators.push_back(i);
  }
  ExpectNeutralised(IndicatorsCsv(indicators), HostileCells());
}

TEST(TargetsCsv, AHostileNoteComesOutNeutralisedAndNumbersStayNumbers) {
  TargetsView view;
  view.place_code = "E08000012";
  for (const std::string& hostile : HostileCells()) {
    TargetRowView row;
    row.indicator.code = "fe-participation";
    row.indicator.name = "Adult further education participation";
    row.target.baseline_value = -2.5;
    row.target.baseline_period = "2019-08-01/P1Y";
    row.target.target_value = 3000;
    row.target.target_date = "2030-07-31";
    row.target.note = hostile;
    row.problem = hostile;
    view.targets.push_back(row);
  }
  const std::string csv = TargetsCsv(view);
  ExpectNeutralised(csv, HostileCells());
  EXPECT_TRUE(csv.starts_with("indicator_code,indicator,unit,baseline_value,baseline_period,"))
      << csv;
  EXPECT_NE(csv.find(",-2.5,"), std::string::npos) << csv;
}

}  // namespace
}  // namespace lct::render
