// Streaming CSV reader (RFC 4180): quoted fields, doubled quotes, commas and line breaks
// inside quotes, CRLF or LF line ends, and an optional UTF-8 byte-order mark.
// Hand-written because no Debian-packaged C++ library streams RFC 4180 with line numbers.
#pragma once

#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"

namespace lct::io {

struct CsvRow {
  std::vector<std::string> fields;
  std::int64_t line = 0;  // 1-based line on which the record starts
};

// Reads one record at a time, so memory stays bounded by the longest record.
// The stream must outlive the reader. Not thread-safe.
class CsvReader {
 public:
  CsvReader(std::istream& in, std::string source_name);

  // The next record, std::nullopt at end of input, or an error naming the line
  // (unterminated quoted field, stray quote, invalid UTF-8).
  [[nodiscard]] Result<std::optional<CsvRow>> Next();
  // The same into `row`, reusing its strings (for many rows without an allocation each): true
  // when a record was read, false at end of input. On error `row` holds no complete record.
  [[nodiscard]] Result<bool> Next(CsvRow& row);

  [[nodiscard]] const std::string& source_name() const { return source_name_; }

 private:
  std::istream& in_;
  std::string source_name_;
  std::int64_t line_ = 1;
  bool started_ = false;
  std::string field_;  // the field being read
};

// A whole small CSV file held in memory, with columns looked up by header name.
class CsvTable {
 public:
  // Parses `text`; the first record is the header. Errors name `source_name` and the line.
  [[nodiscard]] static Result<CsvTable> Parse(std::string_view text, std::string source_name);

  [[nodiscard]] const std::vector<std::string>& header() const { return header_; }
  [[nodiscard]] const std::vector<CsvRow>& rows() const { return rows_; }
  [[nodiscard]] const std::string& source_name() const { return source_name_; }
  // Column index of `name`, or an error naming the file and the missing column.
  [[nodiscard]] Result<std::size_t> Column(std::string_view name) const;

 private:
  std::string source_name_;
  std::vector<std::string> header_;
  std::vector<CsvRow> rows_;
};

// Strict number parsing for data files: the whole field must be a finite number.
[[nodiscard]] std::optional<double> ParseNumber(std::string_view text);

}  // namespace lct::io
