// libFuzzer target for the CSV reader (src/io/csv_reader.hpp): arbitrary bytes go through both
// the streaming CsvReader and CsvTable::Parse, which must not crash, must not loop, and must
// keep their contracts: rows carry 1-based, non-decreasing line numbers no larger than the
// input has lines; every error has a message and a line; a parsed table is rectangular; and
// the rows read, written back as CSV with every field quoted, read back the same.
// Built with clang -fsanitize=fuzzer,address,undefined (LCT_FUZZ=ON) and, for the corpus
// replay, with the normal compiler (csv_reader_replay.cpp).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "io/csv_reader.hpp"

namespace {

// Stops the process on a broken invariant, so libFuzzer saves the input as a crash.
void Check(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "csv_reader_fuzz: invariant broken: %s\n", what);
  std::abort();
}

void CheckError(const lct::Error& error, std::int64_t max_line) {
  Check(!error.message().empty(), "an error has a message");
  Check(error.location().line >= 1, "an error names a line >= 1");
  Check(error.location().line <= max_line, "an error's line is within the input");
}

// Every field quoted, quotes doubled, one record per line.
std::string Write(const std::vector<std::vector<std::string>>& rows) {
  std::string out;
  for (const auto& fields : rows) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (i > 0) out += ',';
      out += '"';
      for (const char c : fields[i]) out += c == '"' ? std::string("\"\"") : std::string(1, c);
      out += '"';
    }
    out += '\n';
  }
  return out;
}

// All records of `text`, or std::nullopt at the first error (checked).
std::optional<std::vector<std::vector<std::string>>> ReadAll(const std::string& text,
                                                             std::int64_t max_line) {
  std::istringstream in(text);
  lct::io::CsvReader reader(in, "fuzz.csv");
  std::vector<std::vector<std::string>> rows;
  std::int64_t last_line = 1;
  // Each record consumes at least one byte, so more calls than bytes means a loop.
  for (std::size_t calls = 0;; ++calls) {
    Check(calls <= text.size() + 1, "the reader ends");
    auto next = reader.Next();
    if (!next.ok()) {
      CheckError(next.error(), max_line);
      return std::nullopt;
    }
    if (!next->has_value()) return rows;
    const lct::io::CsvRow& row = **next;
    Check(row.line >= 1, "a row's line is >= 1");
    Check(row.line >= last_line, "row lines do not decrease");
    Check(row.line <= max_line, "a row's line is within the input");
    Check(!row.fields.empty(), "a row has at least one field");
    last_line = row.line;
    rows.push_back(row.fields);
  }
}

void FuzzReader(const std::string& text, std::int64_t max_line) {
  const auto rows = ReadAll(text, max_line);
  if (!rows) return;
  const std::string written = Write(*rows);
  std::int64_t written_lines = 1;
  for (const char c : written) written_lines += c == '\n' ? 1 : 0;
  const auto again = ReadAll(written, written_lines);
  Check(again.has_value(), "rows written back as CSV read back without error");
  Check(*again == *rows, "rows written back as CSV read back the same");
}

void FuzzTable(std::string_view text, std::int64_t max_line) {
  auto table = lct::io::CsvTable::Parse(text, "fuzz.csv");
  if (!table.ok()) {
    CheckError(table.error(), max_line);
    return;
  }
  std::int64_t last_line = 1;
  for (const auto& row : table->rows()) {
    Check(row.line >= 1, "a table row's line is >= 1");
    Check(row.line >= last_line, "table row lines do not decrease");
    Check(row.line <= max_line, "a table row's line is within the input");
    Check(row.fields.size() == table->header().size(), "a table is rectangular");
    last_line = row.line;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // libFuzzer hands bytes; the reader reads chars.
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::int64_t max_line = 1;
  for (const char c : text) max_line += c == '\n' ? 1 : 0;
  FuzzReader(text, max_line);
  FuzzTable(text, max_line);
  return 0;
}
