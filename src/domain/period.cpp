#include "domain/period.hpp"

#include <array>
#include <charconv>

namespace lct::domain {
namespace {

constexpr std::array<const char*, 12> kMonthNames = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

bool ParseInt(std::string_view text, int& out) {
  if (text.empty()) return false;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && ptr == text.data() + text.size();
}

bool IsLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeap(year) ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

}  // namespace

Result<Period> ParsePeriod(std::string_view text) {
  const std::string shown(text);
  const auto bad = [&shown](const std::string& why) {
    return InvalidArgument("bad period '" + shown + "': " + why);
  };
  const std::size_t slash = text.find('/');
  const std::string_view date = text.substr(0, slash);
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') {
    return bad("expected a date as YYYY-MM-DD");
  }
  Period p;
  if (!ParseInt(date.substr(0, 4), p.year) || !ParseInt(date.substr(5, 2), p.month) ||
      !ParseInt(date.substr(8, 2), p.day)) {
    return bad("expected a date as YYYY-MM-DD");
  }
  if (p.month < 1 || p.month > 12) return bad("month out of range");
  if (p.day < 1 || p.day > DaysInMonth(p.year, p.month)) return bad("day out of range");
  if (slash == std::string_view::npos) return p;

  std::string_view duration = text.substr(slash + 1);
  if (duration.size() < 3 || duration[0] != 'P') return bad("expected a duration such as P1Y");
  duration.remove_prefix(1);
  bool any = false;
  while (!duration.empty()) {
    std::size_t i = 0;
    while (i < duration.size() && duration[i] >= '0' && duration[i] <= '9') ++i;
    int n = 0;
    if (i == 0 || i == duration.size() || !ParseInt(duration.substr(0, i), n)) {
      return bad("expected a duration such as P1Y");
    }
    const char unit = duration[i];
    if (unit == 'Y') {
      p.duration_years = n;
    } else if (unit == 'M') {
      p.duration_months = n;
    } else {
      return bad("only year (Y) and month (M) durations are supported");
    }
    any = true;
    duration.remove_prefix(i + 1);
  }
  if (!any) return bad("empty duration");
  return p;
}

std::string PeriodLabel(const Period& period) {
  if (period.duration_years == 1 && period.duration_months == 0) {
    if (period.month == 1 && period.day == 1) return std::to_string(period.year);
    const int next = (period.year + 1) % 100;
    return std::to_string(period.year) + "/" + (next < 10 ? "0" : "") + std::to_string(next);
  }
  std::string date = std::to_string(period.day) + " " +
                     kMonthNames[static_cast<std::size_t>(period.month - 1)] + " " +
                     std::to_string(period.year);
  if (period.duration_years == 0 && period.duration_months == 0) return date;
  std::string span;
  if (period.duration_years > 0) span += std::to_string(period.duration_years) + " yr";
  if (period.duration_months > 0) {
    span += (span.empty() ? "" : " ") + std::to_string(period.duration_months) + " mo";
  }
  return span + " from " + date;
}

int PeriodSortKey(const Period& period) {
  return period.year * 10000 + period.month * 100 + period.day;
}

std::chrono::year_month_day PeriodStart(const Period& period) {
  return std::chrono::year_month_day{std::chrono::year{period.year},
                                     std::chrono::month{static_cast<unsigned>(period.month)},
                                     std::chrono::day{static_cast<unsigned>(period.day)}};
}

std::chrono::year_month_day PeriodEnd(const Period& period) {
  const auto start = PeriodStart(period);
  if (period.duration_years == 0 && period.duration_months == 0) return start;
  const std::chrono::months span{period.duration_years * 12 + period.duration_months};
  // A period from 31 Jan of one month: clamp to the month's last day before stepping back.
  std::chrono::year_month_day next = start + span;
  if (!next.ok()) next = next.year() / next.month() / std::chrono::last;
  return std::chrono::year_month_day{std::chrono::sys_days{next} - std::chrono::days{1}};
}

Result<std::string> NormalisePeriod(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  int year = 0;
  if (text.size() == 4 && ParseInt(text, year)) return std::string(text) + "-01-01/P1Y";
  auto parsed = ParsePeriod(text);
  if (!parsed) {
    return InvalidArgument(
        "bad period '" + std::string(text) +
        "': write a date (2024-05-15), a start date and duration (2023-08-01/P1Y for the "
        "academic year 2023/24, 2023-04-01/P3M for a quarter) or a calendar year (2023)");
  }
  return std::string(text);
}

Result<std::chrono::year_month_day> ParseDate(std::string_view text) {
  auto parsed = ParsePeriod(text);
  if (!parsed || text.find('/') != std::string_view::npos) {
    return InvalidArgument("bad date '" + std::string(text) + "': expected YYYY-MM-DD");
  }
  return PeriodStart(*parsed);
}

std::string FormatDate(std::chrono::year_month_day date) {
  const int y = static_cast<int>(date.year());
  const auto m = static_cast<unsigned>(date.month());
  const auto d = static_cast<unsigned>(date.day());
  std::string out = std::to_string(y) + "-";
  out += (m < 10 ? "0" : "") + std::to_string(m) + "-";
  out += (d < 10 ? "0" : "") + std::to_string(d);
  return out;
}

}  // namespace lct::domain
