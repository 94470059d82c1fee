#include "io/csv_reader.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sstream>
#include <utility>

#include "base/text.hpp"

namespace lct::io {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// An error for field `index` (0-based) of `row` when it is not valid UTF-8: the line is the one
// holding the bad byte (a quoted field may span lines), the field its column number.
Status CheckUtf8(const CsvRow& row, std::size_t index, const std::string& source_name) {
  const std::string& field = row.fields[index];
  const auto bad = text::FindInvalidUtf8(field);
  if (!bad) return Ok();
  std::int64_t line = row.line;
  for (std::size_t i = 0; i < index; ++i) {
    line += std::count(row.fields[i].begin(), row.fields[i].end(), '\n');
  }
  line += std::count(field.begin(), field.begin() + static_cast<std::ptrdiff_t>(*bad), '\n');
  return InvalidArgument("text " + *text::Utf8Problem(field),
                         {source_name, line, "column " + std::to_string(index + 1)});
}

}  // namespace

CsvReader::CsvReader(std::istream& in, std::string source_name)
    : in_(in), source_name_(std::move(source_name)) {}

Result<std::optional<CsvRow>> CsvReader::Next() {
  CsvRow row;
  auto more = Next(row);
  if (!more) return more.error();
  if (!*more) return std::optional<CsvRow>{};
  return std::optional<CsvRow>{std::move(row)};
}

Result<bool> CsvReader::Next(CsvRow& row) {
  // Fields are gathered in field_ and copied into row's strings, so that a reused row keeps
  // their buffers: no allocation per field once the first rows are read.
  std::string& field = field_;
  field.clear();
  std::size_t count = 0;  // fields of `row` filled so far
  const auto end_field = [&] {
    if (count == row.fields.size()) row.fields.emplace_back();
    row.fields[count++].assign(field);
    field.clear();
  };
  if (!started_) {
    started_ = true;
    if (in_.peek() == static_cast<unsigned char>(kByteOrderMark[0])) {
      char head[3] = {};
      in_.read(head, 3);
      const std::string_view got(head, static_cast<std::size_t>(in_.gcount()));
      if (got != kByteOrderMark) field.assign(got);  // not a mark: keep the bytes as data
      in_.clear();
    }
  }
  if (field.empty() && in_.peek() == std::char_traits<char>::eof()) return false;

  row.line = line_;
  bool in_quotes = false;
  bool after_quote = false;  // just closed a quoted field: only a separator may follow
  int ch = 0;
  // Straight from the stream buffer: istream::get() builds a sentry per character.
  std::streambuf* buf = in_.rdbuf();
  while ((ch = buf->sbumpc()) != std::char_traits<char>::eof()) {
    const char c = static_cast<char>(ch);
    if (in_quotes) {
      if (c == '"') {
        if (buf->sgetc() == '"') {
          buf->sbumpc();
          field.push_back('"');
        } else {
          in_quotes = false;
          after_quote = true;
        }
      } else {
        if (c == '\n') ++line_;
        field.push_back(c);
      }
      continue;
    }
    if (c == ',') {
      end_field();
      after_quote = false;
    } else if (c == '\r' && buf->sgetc() == '\n') {
      continue;
    } else if (c == '\n') {
      ++line_;
      end_field();
      break;
    } else if (c == '"') {
      if (!field.empty() || after_quote) {
        return InvalidArgument("stray quote inside an unquoted field",
                               {source_name_, line_, "column " + std::to_string(count + 1)});
      }
      in_quotes = true;
    } else {
      if (after_quote) {
        return InvalidArgument("unexpected text after a closing quote",
                               {source_name_, line_, "column " + std::to_string(count + 1)});
      }
      field.push_back(c);
    }
  }
  if (in_quotes) {
    return InvalidArgument("quoted field is never closed", {source_name_, row.line, ""});
  }
  if (ch == std::char_traits<char>::eof()) end_field();
  row.fields.resize(count);
  for (std::size_t i = 0; i < row.fields.size(); ++i) {
    if (auto checked = CheckUtf8(row, i, source_name_); !checked) return checked.error();
  }
  return true;
}

Result<CsvTable> CsvTable::Parse(std::string_view text, std::string source_name) {
  std::istringstream in{std::string(text)};
  CsvReader reader(in, source_name);
  CsvTable table;
  table.source_name_ = std::move(source_name);
  bool first = true;
  while (true) {
    auto next = reader.Next();
    if (!next) return next.error();
    if (!next->has_value()) break;
    CsvRow row = std::move(**next);
    if (row.fields.size() == 1 && row.fields[0].empty()) continue;  // blank line
    if (first) {
      table.header_ = std::move(row.fields);
      first = false;
      continue;
    }
    if (row.fields.size() != table.header_.size()) {
      return InvalidArgument("expected " + std::to_string(table.header_.size()) +
                                 " fields, found " + std::to_string(row.fields.size()),
                             {table.source_name_, row.line, ""});
    }
    table.rows_.push_back(std::move(row));
  }
  if (first) return InvalidArgument("file is empty: no header row", {table.source_name_, 1, ""});
  return table;
}

Result<std::size_t> CsvTable::Column(std::string_view name) const {
  for (std::size_t i = 0; i < header_.size(); ++i) {
    if (header_[i] == name) return i;
  }
  return InvalidArgument("missing column '" + std::string(name) + "'",
                         {source_name_, 1, std::string(name)});
}

std::optional<double> ParseNumber(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.empty()) return std::nullopt;
  if (text.front() == '+') text.remove_prefix(1);
  double value = 0;
  const auto* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || !std::isfinite(value)) return std::nullopt;
  return value;
}

}  // namespace lct::io
