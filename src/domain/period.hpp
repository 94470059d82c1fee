// Periods as the ONS files write them: an ISO 8601 start date with an optional
// duration ("2023-08-01/P1Y" is the academic year 2023/24) or a snapshot date.
#pragma once

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

}  // namespace lct::domain
