#include "render/csv_writer.hpp"

#include <cassert>
#include <cmath>

#include <fmt/format.h>

namespace lct::render {
namespace {

constexpr std::string_view kFormulaStarts("=+-@\t\r\0", 7);
constexpr std::string_view kQuoteWhen = ",\"\r\n";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Length of the valid UTF-8 sequence at the start of `text`, or 0 when it is not one
// (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
std::size_t SequenceLength(std::string_view text) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(0);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (text.size() < length) return 0;
  if (byte(1) < low || byte(1) > high) return 0;
  for (std::size_t i = 2; i < length; ++i) {
    if (byte(i) < 0x80 || byte(i) > 0xBF) return 0;
  }
  return length;
}

// `text` with each byte that does not begin a valid UTF-8 sequence replaced by U+FFFD.
std::string ValidUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  while (!text.empty()) {
    const std::size_t length = SequenceLength(text);
    if (length == 0) {
      out += kReplacement;
      text.remove_prefix(1);
    } else {
      out += text.substr(0, length);
      text.remove_prefix(length);
    }
  }
  return out;
}

}  // namespace

bool StartsLikeFormula(std::string_view text) {
  return !text.empty() && kFormulaStarts.find(text.front()) != std::string_view::npos;
}

bool NeedsNeutralising(std::string_view text) {
  const std::size_t quotes = text.find_first_not_of('\'');
  return quotes != std::string_view::npos && StartsLikeFormula(text.substr(quotes));
}

std::string NeutraliseCsvText(std::string_view text) {
  return NeedsNeutralising(text) ? "'" + std::string(text) : std::string(text);
}

std::string RestoreCsvText(std::string_view cell) {
  if (!cell.starts_with('\'') || !NeedsNeutralising(cell)) return std::string(cell);
  return std::string(cell.substr(1));
}

CsvWriter::CsvWriter(std::initializer_list<std::string_view> header) : columns_(header.size()) {
  for (const std::string_view name : header) Text(name);
  EndRow();
}

CsvWriter::CsvWriter(const std::vector<std::string>& header) : columns_(header.size()) {
  for (const std::string& name : header) Text(name);
  EndRow();
}

void CsvWriter::Separator() {
  if (cell_ > 0) out_ += ',';
  ++cell_;
}

void CsvWriter::Raw(std::string_view field) {
  Separator();
  out_ += field;
}

CsvWriter& CsvWriter::Text(std::string_view text) {
  Separator();
  const bool neutralise = NeedsNeutralising(text);
  const std::string value = ValidUtf8(text);
  if (!neutralise && value.find_first_of(kQuoteWhen) == std::string::npos) {
    out_ += value;
    return *this;
  }
  out_ += neutralise ? "\"'" : "\"";
  for (const char c : value) {
    if (c == '"') out_ += '"';
    out_ += c;
  }
  out_ += '"';
  return *this;
}

CsvWriter& CsvWriter::Number(double value) {
  if (!std::isfinite(value)) return Empty();
  Raw(fmt::format("{}", value));
  return *this;
}

CsvWriter& CsvWriter::Number(const std::optional<double>& value) {
  return value ? Number(*value) : Empty();
}

CsvWriter& CsvWriter::Fixed(double value, int decimals) {
  if (!std::isfinite(value)) return Empty();
  Raw(fmt::format("{:.{}f}", value, decimals < 0 ? 0 : decimals));
  return *this;
}

CsvWriter& CsvWriter::Integer(std::int64_t value) {
  Raw(std::to_string(value));
  return *this;
}

CsvWriter& CsvWriter::Empty() {
  Separator();
  return *this;
}

void CsvWriter::EndRow() {
  assert(cell_ == columns_ && "a CSV row needs as many cells as the header");
  out_ += "\r\n";
  cell_ = 0;
}

}  // namespace lct::render
