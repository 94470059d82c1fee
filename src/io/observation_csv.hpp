// Observations from any CSV: the ONS "Explore Local Statistics" tidy layout as published, a long
// layout (one observation per row) or a wide layout (one row per place, one column per period or
// per indicator), with columns named by a mapping. Streams the file: memory stays bounded by the
// longest record, however many rows there are.
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "domain/indicator.hpp"

namespace lct::io {

enum class CsvLayout {
  kAuto,     // ONS tidy when the header has areacd and observation, long otherwise
  kOnsTidy,  // areacd,areanm,geography,indicator,period,observation,...,lci_95,uci_95,status,notes
  kLong,     // place,indicator,period,value[,lower,upper,status,note]
  kWide,     // place,<period or indicator>,<period or indicator>...
};

[[nodiscard]] const char* CsvLayoutKey(CsvLayout layout);  // "auto", "ons", "long", "wide"
[[nodiscard]] std::optional<CsvLayout> CsvLayoutFromKey(std::string_view key);

// Which column holds what. An empty name means the layout's default name (ONS: areacd,
// indicator, period, observation, lci_95, uci_95, status, notes; long: place, indicator, period,
// value, lower, upper, status, note). lower, upper, status and note are optional columns.
struct ColumnMapping {
  CsvLayout layout = CsvLayout::kAuto;
  std::string place;
  std::string indicator;
  std::string period;
  std::string value;
  std::string lower;
  std::string upper;
  std::string status;
  std::string note;
  // Every row is of this indicator (a long file without an indicator column, or a wide file
  // whose other columns are periods).
  std::string fixed_indicator;
  // Every row is of this period (a long file without a period column, or a wide file whose
  // other columns are indicators).
  std::string fixed_period;
  // Wide layout: columns to leave out (e.g. a place-name column).
  std::vector<std::string> ignore;

  bool operator==(const ColumnMapping&) const = default;
};

// One observation as the file gives it; place and indicator are not yet looked up.
struct RawObservation {
  std::int64_t line = 0;
  std::string place_code;
  std::string indicator;  // a catalogue code, or (ONS files) the indicator's published name
  std::string period;     // canonical (domain::NormalisePeriod)
  std::optional<double> value;
  std::optional<double> lower;
  std::optional<double> upper;
  domain::ObservationStatus status = domain::ObservationStatus::kNormal;
  std::string note;
  std::string value_column;      // the column the value came from, for messages
  std::string place_column;      // the column of the place code
  std::string indicator_column;  // the column of the indicator ("" when fixed for the file)
};

// A row left out, and why (bad number, bad period, wrong number of fields...).
struct RowProblem {
  std::int64_t line = 0;
  std::string column;
  std::string reason;
};

// Streams every observation of `in` to `on_row`, and every row it cannot read to `on_problem`
// (then carries on). Returns an error, having stopped, for what makes the whole file unreadable:
// no header, a missing column, a malformed CSV record or invalid UTF-8; the error names the
// file, line and column. `on_row` may return an error to stop; it is returned unchanged.
[[nodiscard]] Status ReadObservationCsv(std::istream& in, const std::string& source_name,
                                        const ColumnMapping& mapping,
                                        const std::function<Status(const RawObservation&)>& on_row,
                                        const std::function<void(const RowProblem&)>& on_problem);

}  // namespace lct::io
