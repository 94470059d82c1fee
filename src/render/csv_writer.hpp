// The one CSV writer every CSV the product writes goes through (pages' .csv twins, CLI exports,
// the audit log, rounds' answers, index results): RFC 4180 quoting, CRLF line ends, UTF-8, a
// header row, and text a spreadsheet would run as a formula neutralised (OWASP "CSV Injection").
// docs/security.md, "CSV and spreadsheet exports", states the promise.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lct::render {

// True when `text` starts with a character that makes a spreadsheet read a cell as a formula:
// = + - @ TAB CR (OWASP) or NUL (ASVS 5.0 V1.2.10).
[[nodiscard]] bool StartsLikeFormula(std::string_view text);

// True when the CSV writer neutralises `text`: it starts like a formula, possibly after one or
// more single quotes (those get one more quote, so that RestoreCsvText is exact).
[[nodiscard]] bool NeedsNeutralising(std::string_view text);

// `text` with a single quote before it when NeedsNeutralising(text), else unchanged.
[[nodiscard]] std::string NeutraliseCsvText(std::string_view text);

// Undoes NeutraliseCsvText for a cell read back from a CSV the product wrote: removes the one
// single quote the writer added (a cell of one or more quotes followed by = + - @ TAB CR or
// NUL). Any other cell comes back unchanged, so RestoreCsvText(NeutraliseCsvText(t)) == t for
// every t.
[[nodiscard]] std::string RestoreCsvText(std::string_view cell);

// Builds a CSV document in memory, row by row. Text cells are neutralised (a leading single
// quote, and the field quoted) when they start like a formula; number cells are written as
// numbers (-3.5 stays -3.5). A field is quoted when it holds a comma, a double quote, CR or LF,
// or was neutralised; double quotes inside are doubled. Invalid UTF-8 in text becomes U+FFFD.
// Rows should have as many cells as the header (checked by assert in debug builds).
//
//   CsvWriter csv({"code", "name", "value"});
//   csv.Text(code).Text(name).Number(value).EndRow();
//   return std::move(csv).Take();
class CsvWriter {
 public:
  // Writes the header row (its names are text cells like any other).
  CsvWriter(std::initializer_list<std::string_view> header);
  explicit CsvWriter(const std::vector<std::string>& header);

  CsvWriter& Text(std::string_view text);
  // The shortest text that reads back as the same double; an empty cell when not finite.
  CsvWriter& Number(double value);
  // As Number(double); an empty cell when absent.
  CsvWriter& Number(const std::optional<double>& value);
  // `decimals` places after the point (no thousands separator); empty when not finite.
  CsvWriter& Fixed(double value, int decimals);
  CsvWriter& Integer(std::int64_t value);
  CsvWriter& Empty();
  // Ends the current row with CRLF.
  void EndRow();

  // The document written so far.
  [[nodiscard]] std::string Take() && { return std::move(out_); }

 private:
  void Separator();
  void Raw(std::string_view field);

  std::string out_;
  std::size_t columns_ = 0;  // the header's width
  std::size_t cell_ = 0;     // cells written in the current row
};

}  // namespace lct::render
