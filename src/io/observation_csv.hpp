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
#include "domain/column_mapping.hpp"
#include "domain/indicator.hpp"

namespace lct::io {

// The layout and column mapping are plain values of the domain (domain/column_mapping.hpp), so
// that services can take them from the web and the command line without exposing io/.
using domain::ColumnMapping;
using domain::CsvLayout;
using domain::CsvLayoutFromKey;
using domain::CsvLayoutKey;

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
