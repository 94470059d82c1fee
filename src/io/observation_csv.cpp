#include "io/observation_csv.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "base/text.hpp"
#include "domain/period.hpp"
#include "io/csv_reader.hpp"

namespace lct::io {
namespace {

using text::Trim;

// Where each field sits in a record; nullopt for an absent optional column.
struct Columns {
  std::optional<std::size_t> place, indicator, period, value, lower, upper, status, note;
};

std::optional<std::size_t> Find(const std::vector<std::string>& header, const std::string& name) {
  const auto it = std::find(header.begin(), header.end(), name);
  if (it == header.end()) return std::nullopt;
  return static_cast<std::size_t>(it - header.begin());
}

bool Has(const std::vector<std::string>& header, const char* name) {
  return Find(header, name).has_value();
}

ColumnMapping WithDefaults(ColumnMapping m, CsvLayout layout) {
  const bool ons = layout == CsvLayout::kOnsTidy;
  const auto fill = [](std::string& field, const char* name) {
    if (field.empty()) field = name;
  };
  fill(m.place, ons ? "areacd" : "place");
  fill(m.indicator, "indicator");
  fill(m.period, "period");
  fill(m.value, ons ? "observation" : "value");
  fill(m.lower, ons ? "lci_95" : "lower");
  fill(m.upper, ons ? "uci_95" : "upper");
  fill(m.status, "status");
  fill(m.note, ons ? "notes" : "note");
  m.layout = layout;
  return m;
}

Result<std::optional<std::size_t>> Locate(const std::vector<std::string>& header,
                                          const std::string& name, bool required,
                                          const std::string& source, const char* what) {
  auto at = Find(header, name);
  if (!at && required) {
    std::string names;
    for (const auto& h : header) names += (names.empty() ? "" : ", ") + h;
    return InvalidArgument(
        std::string("missing column '") + name + "' (the " + what + "); the header has: " + names,
        {source, 1, name});
  }
  return at;
}

const std::string& Field(const CsvRow& row, std::optional<std::size_t> at) {
  static const std::string kEmpty;
  return at && *at < row.fields.size() ? row.fields[*at] : kEmpty;
}

// Reads an optional number into `out` (empty text: none); false (with a problem reported) when
// the text is not a number.
bool ReadNumber(std::string_view text, std::optional<double>& out, const std::string& column,
                std::int64_t line, const std::function<void(const RowProblem&)>& on_problem) {
  const std::string_view trimmed = Trim(text);
  out.reset();
  if (trimmed.empty()) return true;
  out = ParseNumber(trimmed);
  if (!out) {
    on_problem({line, column, "bad number '" + std::string(trimmed) + "'"});
    return false;
  }
  return true;
}

class Reader {
 public:
  Reader(std::istream& in, std::string source, ColumnMapping mapping,
         const std::function<Status(const RawObservation&)>& on_row,
         const std::function<void(const RowProblem&)>& on_problem)
      : csv_(in, source),
        source_(std::move(source)),
        mapping_(std::move(mapping)),
        on_row_(on_row),
        on_problem_(on_problem) {}

  Status Run() {
    auto header = csv_.Next();
    if (!header) return header.error();
    if (!header->has_value()) return InvalidArgument("the file is empty", {source_, 1, ""});
    header_ = std::move((*header)->fields);
    for (auto& name : header_) name = std::string(Trim(name));
    CsvLayout layout = mapping_.layout;
    if (layout == CsvLayout::kAuto) {
      layout = Has(header_, "areacd") && Has(header_, "observation") ? CsvLayout::kOnsTidy
                                                                     : CsvLayout::kLong;
    }
    mapping_ = WithDefaults(mapping_, layout);
    if (layout == CsvLayout::kWide) {
      if (auto status = PrepareWide(); !status) return status;
    } else if (auto status = PrepareLong(); !status) {
      return status;
    }
    CsvRow r;  // one, reused: its strings keep their buffers from row to row
    while (true) {
      auto more = csv_.Next(r);
      if (!more) return more.error();
      if (!*more) return Ok();
      if (r.fields.size() == 1 && Trim(r.fields[0]).empty()) continue;  // a blank line
      if (r.fields.size() != header_.size()) {
        on_problem_({r.line, "",
                     "expected " + std::to_string(header_.size()) + " fields, found " +
                         std::to_string(r.fields.size())});
        continue;
      }
      Status status = layout == CsvLayout::kWide ? WideRow(r) : LongRow(r);
      if (!status) return status;
    }
  }

 private:
  Status PrepareLong() {
    const bool need_indicator = mapping_.fixed_indicator.empty();
    const bool need_period = mapping_.fixed_period.empty();
    auto take = [&](const std::string& name, bool required, const char* what,
                    std::optional<std::size_t>& into) -> Status {
      auto at = Locate(header_, name, required, source_, what);
      if (!at) return at.error();
      into = *at;
      return Ok();
    };
    if (auto s = take(mapping_.place, true, "place code", columns_.place); !s) return s;
    if (need_indicator) {
      if (auto s = take(mapping_.indicator, true, "indicator", columns_.indicator); !s) return s;
    }
    if (need_period) {
      if (auto s = take(mapping_.period, true, "period", columns_.period); !s) return s;
    }
    if (auto s = take(mapping_.value, true, "value", columns_.value); !s) return s;
    if (auto s = take(mapping_.lower, false, "lower bound", columns_.lower); !s) return s;
    if (auto s = take(mapping_.upper, false, "upper bound", columns_.upper); !s) return s;
    if (auto s = take(mapping_.status, false, "status", columns_.status); !s) return s;
    if (auto s = take(mapping_.note, false, "note", columns_.note); !s) return s;
    if (!need_period) {
      auto period = domain::NormalisePeriod(mapping_.fixed_period);
      if (!period) return InvalidArgument(period.error().message(), {source_, 0, "period"});
      fixed_period_ = *period;
    }
    return Ok();
  }

  Status PrepareWide() {
    const bool by_period = !mapping_.fixed_indicator.empty();
    if (by_period == !mapping_.fixed_period.empty()) {
      return InvalidArgument(
          "a wide file needs either an indicator (its other columns are periods) or a period "
          "(its other columns are indicators), not both and not neither",
          {source_, 1, ""});
    }
    auto place = Locate(header_, mapping_.place, true, source_, "place code");
    if (!place) return place.error();
    columns_.place = *place;
    for (std::size_t c = 0; c < header_.size(); ++c) {
      const std::string& name = header_[c];
      if (c == *columns_.place || name.empty()) continue;
      if (std::find(mapping_.ignore.begin(), mapping_.ignore.end(), name) !=
          mapping_.ignore.end()) {
        continue;
      }
      if (by_period) {
        auto period = domain::NormalisePeriod(name);
        if (!period) {
          return InvalidArgument("column '" + name +
                                     "' is not a period: " + period.error().message() +
                                     " (list columns to leave out with the ignore option)",
                                 {source_, 1, name});
        }
        wide_.emplace_back(c, *period);
      } else {
        wide_.emplace_back(c, name);
      }
    }
    if (!by_period) {
      auto period = domain::NormalisePeriod(mapping_.fixed_period);
      if (!period) return InvalidArgument(period.error().message(), {source_, 0, "period"});
      fixed_period_ = *period;
    }
    if (wide_.empty()) {
      return InvalidArgument("a wide file needs at least one value column", {source_, 1, ""});
    }
    return Ok();
  }

  // One observation of a long file. raw_ is reused from row to row, so that its strings keep
  // their buffers.
  Status LongRow(const CsvRow& r) {
    RawObservation& o = raw_;
    o.line = r.line;
    o.place_column = mapping_.place;
    o.indicator_column = columns_.indicator ? mapping_.indicator : std::string();
    o.place_code.assign(Trim(Field(r, columns_.place)));
    if (o.place_code.empty()) {
      on_problem_({r.line, mapping_.place, "no place code"});
      return Ok();
    }
    if (columns_.indicator) {
      o.indicator.assign(Trim(Field(r, columns_.indicator)));
    } else {
      o.indicator = mapping_.fixed_indicator;
    }
    if (o.indicator.empty()) {
      on_problem_({r.line, mapping_.indicator, "no indicator"});
      return Ok();
    }
    if (columns_.period) {
      auto period = domain::NormalisePeriod(Field(r, columns_.period));
      if (!period) {
        on_problem_({r.line, mapping_.period, period.error().message()});
        return Ok();
      }
      o.period = std::move(*period);
    } else {
      o.period = fixed_period_;
    }
    o.value_column = mapping_.value;
    if (!ReadNumber(Field(r, columns_.value), o.value, mapping_.value, r.line, on_problem_) ||
        !ReadNumber(Field(r, columns_.lower), o.lower, mapping_.lower, r.line, on_problem_) ||
        !ReadNumber(Field(r, columns_.upper), o.upper, mapping_.upper, r.line, on_problem_)) {
      return Ok();
    }
    if (o.lower && o.upper && *o.lower > *o.upper) {
      on_problem_({r.line, mapping_.lower, "the lower bound is above the upper bound"});
      return Ok();
    }
    const std::string_view status_text = Trim(Field(r, columns_.status));
    auto status = domain::ObservationStatusFromText(status_text);
    if (!status) {
      on_problem_({r.line, mapping_.status,
                   "unknown status '" + std::string(status_text) +
                       "' (use x or suppressed, u or low reliability, p or provisional, or "
                       "leave it empty)"});
      return Ok();
    }
    o.status = *status;
    o.note = Field(r, columns_.note);
    return on_row_(o);
  }

  Status WideRow(const CsvRow& r) {
    const std::string place(Trim(Field(r, columns_.place)));
    if (place.empty()) {
      on_problem_({r.line, mapping_.place, "no place code"});
      return Ok();
    }
    const bool by_period = !mapping_.fixed_indicator.empty();
    for (const auto& [column, key] : wide_) {
      RawObservation o;
      o.line = r.line;
      o.place_code = place;
      o.place_column = mapping_.place;
      o.indicator_column = by_period ? std::string() : header_[column];
      o.indicator = by_period ? mapping_.fixed_indicator : key;
      o.period = by_period ? key : fixed_period_;
      o.value_column = header_[column];
      const std::string& cell = r.fields[column];
      if (Trim(cell).empty()) continue;  // no observation for this column
      if (!ReadNumber(cell, o.value, header_[column], r.line, on_problem_)) continue;
      if (auto status = on_row_(o); !status) return status;
    }
    return Ok();
  }

  CsvReader csv_;
  std::string source_;
  ColumnMapping mapping_;
  const std::function<Status(const RawObservation&)>& on_row_;
  const std::function<void(const RowProblem&)>& on_problem_;
  std::vector<std::string> header_;
  Columns columns_;
  std::string fixed_period_;
  std::vector<std::pair<std::size_t, std::string>> wide_;  // column, period or indicator
  RawObservation raw_;                                     // the long layout's row being read
};

}  // namespace

Status ReadObservationCsv(std::istream& in, const std::string& source_name,
                          const ColumnMapping& mapping,
                          const std::function<Status(const RawObservation&)>& on_row,
                          const std::function<void(const RowProblem&)>& on_problem) {
  Reader reader(in, source_name, mapping, on_row, on_problem);
  return reader.Run();
}

}  // namespace lct::io
