// Periods as the ONS files write them: an ISO 8601 start date with an optional
// duration ("2023-08-01/P1Y" is the academic year 2023/24) or a snapshot date.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "base/result.hpp"

namespace lct::domain {

struct Period {
  int year = 0;
  int month = 0;
  int day = 0;
  int duration_years = 0;  // 0 for a snapshot date
  int duration_months = 0;

  auto operator<=>(const Period&) const = default;
};

// Parses "YYYY-MM-DD", "YYYY-MM-DD/PnY", "YYYY-MM-DD/PnM" or "YYYY-MM-DD/PnYnM".
[[nodiscard]] Result<Period> ParsePeriod(std::string_view text);

// A label a reader expects: "2023" for a calendar year, "2023/24" for a year starting
// in another month, "15 May 2024" for a snapshot date.
[[nodiscard]] std::string PeriodLabel(const Period& period);

// Sort key: the start date as YYYYMMDD.
[[nodiscard]] int PeriodSortKey(const Period& period);

// The first and the last day the period covers (the same day for a snapshot date).
[[nodiscard]] std::chrono::year_month_day PeriodStart(const Period& period);
[[nodiscard]] std::chrono::year_month_day PeriodEnd(const Period& period);

// The canonical text of a period typed in a file: an ISO form accepted by ParsePeriod is
// returned unchanged; a bare year "2023" means the calendar year "2023-01-01/P1Y".
// Anything else is an error that names the accepted forms.
[[nodiscard]] Result<std::string> NormalisePeriod(std::string_view text);

// Parses "YYYY-MM-DD" as a calendar date; an error names the text.
[[nodiscard]] Result<std::chrono::year_month_day> ParseDate(std::string_view text);
// "YYYY-MM-DD".
[[nodiscard]] std::string FormatDate(std::chrono::year_month_day date);

}  // namespace lct::domain
