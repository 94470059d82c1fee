#include "io/ons_tidy.hpp"

#include <array>

#include "domain/period.hpp"
#include "io/csv_reader.hpp"

namespace lct::io {
namespace {

enum Column : std::size_t {
  kAreaCode,
  kAreaName,
  kGeography,
  kIndicator,
  kPeriod,
  kObservation,
  kMeasure,
  kUnit,
  kLower,
  kUpper,
  kStatus,
  kNotes,
  kColumnCount
};

constexpr std::array<const char*, kColumnCount> kNames = {
    "areacd",  "areanm", "geography", "indicator", "period", "observation",
    "measure", "unit",   "lci_95",    "uci_95",    "status", "notes"};

constexpr std::array<bool, kColumnCount> kRequired = {true,  false, false, true,  true,  true,
                                                      false, false, false, false, false, false};

Result<std::optional<double>> OptionalNumber(const std::string& text, const std::string& file,
                                             std::int64_t line, const char* column) {
  if (text.empty()) return std::optional<double>{};
  auto number = ParseNumber(text);
  if (!number) {
    return InvalidArgument("'" + text + "' is not a number", {file, line, column});
  }
  return number;
}

}  // namespace

Status ReadOnsTidy(std::istream& in, const std::string& source_name,
                   const std::function<Status(const OnsRow&)>& on_row) {
  CsvReader reader(in, source_name);
  auto header = reader.Next();
  if (!header) return header.error();
  if (!header->has_value()) return InvalidArgument("file is empty", {source_name, 1, ""});
  std::array<std::optional<std::size_t>, kColumnCount> at{};
  const auto& names = (*header)->fields;
  for (std::size_t c = 0; c < kColumnCount; ++c) {
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (names[i] == kNames[c]) at[c] = i;
    }
    if (kRequired[c] && !at[c]) {
      return InvalidArgument(std::string("missing column '") + kNames[c] + "'",
                             {source_name, 1, kNames[c]});
    }
  }
  while (true) {
    auto next = reader.Next();
    if (!next) return next.error();
    if (!next->has_value()) return Ok();
    const CsvRow& row = **next;
    if (row.fields.size() == 1 && row.fields[0].empty()) continue;
    if (row.fields.size() != names.size()) {
      return InvalidArgument("expected " + std::to_string(names.size()) + " fields, found " +
                                 std::to_string(row.fields.size()),
                             {source_name, row.line, ""});
    }
    const auto field = [&](Column c) -> const std::string& {
      static const std::string kEmpty;
      return at[c] ? row.fields[*at[c]] : kEmpty;
    };
    OnsRow out;
    out.line = row.line;
    out.area_code = field(kAreaCode);
    out.area_name = field(kAreaName);
    out.geography = field(kGeography);
    out.indicator = field(kIndicator);
    out.period = field(kPeriod);
    out.measure = field(kMeasure);
    out.unit = field(kUnit);
    out.status = field(kStatus);
    out.note = field(kNotes);
    if (out.area_code.empty()) {
      return InvalidArgument("area code is empty", {source_name, row.line, "areacd"});
    }
    if (auto period = domain::ParsePeriod(out.period); !period) {
      return InvalidArgument(period.error().message(), {source_name, row.line, "period"});
    }
    auto value = OptionalNumber(field(kObservation), source_name, row.line, "observation");
    if (!value) return value.error();
    auto lower = OptionalNumber(field(kLower), source_name, row.line, "lci_95");
    if (!lower) return lower.error();
    auto upper = OptionalNumber(field(kUpper), source_name, row.line, "uci_95");
    if (!upper) return upper.error();
    out.value = *value;
    out.lower = *lower;
    out.upper = *upper;
    if (auto status = on_row(out); !status) return status;
  }
}

}  // namespace lct::io
