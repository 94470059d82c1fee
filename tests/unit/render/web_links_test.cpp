// Issue 11: an indicator's source address becomes a link only when it is http or https, on every
// page that shows it, even when another scheme is already in the database.
#include <gtest/gtest.h>

#include "render/indicator_page.hpp"
#include "render/pages.hpp"

namespace lct::render {
namespace {

domain::Indicator WithSource(const std::string& url) {
  domain::Indicator i;
  i.code = "fe-participation";
  i.name = "Further education and skills participation";
  i.source_org = "Department for Education";
  i.source_url = url;
  return i;
}

// The pages that show an indicator's source, for an indicator whose source is `url`.
std::vector<std::string> PagesShowing(const std::string& url) {
  std::vector<std::string> pages;
  const auto add = [&](const Result<std::string>& page) {
    EXPECT_TRUE(page.ok()) << page.error().ToString();
    pages.push_back(page.ok() ? *page : std::string());
  };
  IndicatorPageView view;
  view.indicator = WithSource(url);
  add(IndicatorPage(view));
  add(IndicatorsPage({WithSource(url)}));
  domain::PlaceProfile profile;
  profile.summary.place.code = "E08000012";
  profile.summary.place.name = "Liverpool";
  domain::IndicatorProfile ip;
  ip.indicator = WithSource(url);
  domain::SeriesPoint point;
  point.period = "2023-08-01/P1Y";
  point.label = "2023/24";
  point.value = 7069;
  ip.series.push_back(point);
  ip.latest = point;
  profile.indicators.push_back(ip);
  add(PlacePage(profile));
  return pages;
}

TEST(SourceLinks, OnlyHttpAndHttpsBecomeLinks) {
  for (const std::string& page : PagesShowing("https://www.gov.uk/fe-data")) {
    EXPECT_NE(page.find("href=\"https://www.gov.uk/fe-data\""), std::string::npos);
  }
  for (const char* bad : {"javascript:alert(1)", "data:text/html,x", "ftp://example.org/x",
                          "vbscript:msgbox(1)", " javascript:alert(1)"}) {
    for (const std::string& page : PagesShowing(bad)) {
      EXPECT_EQ(page.find("javascript:"), std::string::npos) << bad;
      EXPECT_EQ(page.find("href=\"data:"), std::string::npos) << bad;
      EXPECT_EQ(page.find("href=\"ftp:"), std::string::npos) << bad;
      EXPECT_EQ(page.find("vbscript:"), std::string::npos) << bad;
    }
  }
  // No address: no empty link.
  for (const std::string& page : PagesShowing("")) {
    EXPECT_EQ(page.find("href=\"\""), std::string::npos);
  }
}

}  // namespace
}  // namespace lct::render
