#include "domain/period.hpp"

#include <gtest/gtest.h>

namespace lct::domain {
namespace {

TEST(Period, AcademicYearLabel) {
  auto p = ParsePeriod("2023-08-01/P1Y");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(PeriodLabel(*p), "2023/24");
  EXPECT_EQ(PeriodSortKey(*p), 20230801);
}

TEST(Period, CalendarYearLabel) {
  auto p = ParsePeriod("2022-01-01/P1Y");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(PeriodLabel(*p), "2022");
}

TEST(Period, CenturyBoundaryYearLabel) {
  auto p = ParsePeriod("1999-04-01/P1Y");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(PeriodLabel(*p), "1999/00");
}

TEST(Period, SnapshotDateLabel) {
  auto p = ParsePeriod("2024-05-15");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(PeriodLabel(*p), "15 May 2024");
  EXPECT_EQ(p->duration_years, 0);
}

TEST(Period, OtherDurations) {
  auto p = ParsePeriod("2024-01-01/P3M");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(PeriodLabel(*p), "3 mo from 1 Jan 2024");
}

TEST(Period, RejectsMalformedPeriods) {
  for (const char* bad : {"", "2023", "2023/24", "2023-13-01", "2023-02-30", "2023-01-01/",
                          "2023-01-01/1Y", "2023-01-01/PY", "2023-01-01/P1D", "20x3-01-01"}) {
    auto p = ParsePeriod(bad);
    EXPECT_FALSE(p.ok()) << bad;
  }
  EXPECT_TRUE(ParsePeriod("2024-02-29").ok());
  EXPECT_FALSE(ParsePeriod("2023-02-29").ok());
}

}  // namespace
}  // namespace lct::domain
