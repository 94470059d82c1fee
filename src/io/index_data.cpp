#include "io/index_data.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <optional>
#include <set>

#include "io/csv_reader.hpp"

namespace lct::io {
namespace {

constexpr double kNa = std::numeric_limits<double>::quiet_NaN();

bool IsNa(std::string_view text) { return text.empty() || text == "NA"; }

Error FieldError(const std::string& file, std::int64_t line, std::string field,
                 std::string message) {
  return InvalidArgument(std::move(message), ErrorLocation{file, line, std::move(field)});
}

std::optional<MetaType> ParseMetaType(std::string_view text) {
  if (text == "Indicator") return MetaType::kIndicator;
  if (text == "Aggregate") return MetaType::kAggregate;
  if (text == "Group") return MetaType::kGroup;
  if (text == "Denominator") return MetaType::kDenominator;
  if (text == "Other") return MetaType::kOther;
  return std::nullopt;
}

// The text of an optional column, or "" when the column is absent.
const std::string& Cell(const CsvRow& row, std::optional<std::size_t> column) {
  static const std::string kEmpty;
  return column ? row.fields[*column] : kEmpty;
}

std::optional<std::size_t> OptionalColumn(const CsvTable& table, std::string_view name) {
  auto column = table.Column(name);
  return column ? std::optional<std::size_t>(*column) : std::nullopt;
}

struct MetaColumns {
  std::size_t level, code, parent, direction, weight, type;
  std::optional<std::size_t> name, unit, target, denominator;
};

Result<MetaColumns> FindMetaColumns(const CsvTable& table) {
  MetaColumns c{};
  for (auto [name, slot] : {std::pair{"Level", &c.level},
                            {"iCode", &c.code},
                            {"Parent", &c.parent},
                            {"Direction", &c.direction},
                            {"Weight", &c.weight},
                            {"Type", &c.type}}) {
    auto column = table.Column(name);
    if (!column) return column.error();
    *slot = *column;
  }
  c.name = OptionalColumn(table, "iName");
  c.unit = OptionalColumn(table, "Unit");
  c.target = OptionalColumn(table, "Target");
  c.denominator = OptionalColumn(table, "Denominator");
  return c;
}

// A number field of an Indicator/Aggregate row (required) or of another row (NA allowed).
Result<double> MetaNumber(const CsvTable& table, const CsvRow& row, std::size_t column,
                          bool required) {
  const std::string& text = row.fields[column];
  if (IsNa(text)) {
    if (!required) return kNa;
    return FieldError(table.source_name(), row.line, table.header()[column],
                      "a value is required for indicators and aggregates");
  }
  const auto value = ParseNumber(text);
  if (!value) {
    return FieldError(table.source_name(), row.line, table.header()[column],
                      "expected a number, found '" + text + "'");
  }
  return *value;
}

Result<IndexMetaRow> ReadMetaRow(const CsvTable& table, const MetaColumns& c, const CsvRow& row) {
  IndexMetaRow out;
  out.line = row.line;
  out.code = row.fields[c.code];
  const std::string& file = table.source_name();
  if (IsNa(out.code)) return FieldError(file, row.line, "iCode", "iCode is missing");
  const auto type = ParseMetaType(row.fields[c.type]);
  if (!type) {
    return FieldError(file, row.line, "Type",
                      "expected Indicator, Aggregate, Group, Denominator or Other, found '" +
                          row.fields[c.type] + "'");
  }
  out.type = *type;
  const bool in_tree = out.type == MetaType::kIndicator || out.type == MetaType::kAggregate;
  auto level = MetaNumber(table, row, c.level, in_tree);
  if (!level) return level.error();
  if (in_tree && (*level < 1 || *level != std::floor(*level) || *level > 100)) {
    return FieldError(file, row.line, "Level", "expected a whole number from 1");
  }
  out.level = std::isnan(*level) ? 0 : static_cast<int>(*level);
  if (out.type == MetaType::kIndicator && out.level != 1) {
    return FieldError(file, row.line, "Level", "an Indicator must have level 1");
  }
  if (out.type == MetaType::kAggregate && out.level < 2) {
    return FieldError(file, row.line, "Level", "an Aggregate must have level 2 or more");
  }
  auto direction = MetaNumber(table, row, c.direction, in_tree);
  if (!direction) return direction.error();
  if (in_tree && *direction != 1.0 && *direction != -1.0) {
    return FieldError(file, row.line, "Direction", "expected -1 or 1");
  }
  out.direction = *direction < 0 ? -1 : 1;
  auto weight = MetaNumber(table, row, c.weight, in_tree);
  if (!weight) return weight.error();
  out.weight = *weight;
  auto target = c.target ? MetaNumber(table, row, *c.target, false) : Result<double>(kNa);
  if (!target) return target.error();
  out.target = *target;
  out.parent = IsNa(row.fields[c.parent]) ? "" : row.fields[c.parent];
  out.name = IsNa(Cell(row, c.name)) ? out.code : Cell(row, c.name);
  out.unit = IsNa(Cell(row, c.unit)) ? "" : Cell(row, c.unit);
  out.denominator = IsNa(Cell(row, c.denominator)) ? "" : Cell(row, c.denominator);
  return out;
}

}  // namespace

const IndexMetaRow* IndexMeta::Find(std::string_view code) const {
  for (const IndexMetaRow& row : rows) {
    if (row.code == code) return &row;
  }
  return nullptr;
}

const NumericColumn* IndexData::FindNumeric(std::string_view code) const {
  for (const NumericColumn& column : numeric) {
    if (column.code == code) return &column;
  }
  return nullptr;
}

Result<IndexMeta> ParseIndexMeta(std::string_view text, const std::string& file) {
  auto table = CsvTable::Parse(text, file);
  if (!table) return table.error();
  auto columns = FindMetaColumns(*table);
  if (!columns) return columns.error();
  IndexMeta meta;
  meta.file = file;
  std::set<std::string, std::less<>> seen;
  for (const CsvRow& row : table->rows()) {
    auto parsed = ReadMetaRow(*table, *columns, row);
    if (!parsed) return parsed.error();
    if (!seen.insert(parsed->code).second) {
      return FieldError(file, row.line, "iCode", "duplicate iCode '" + parsed->code + "'");
    }
    meta.rows.push_back(std::move(*parsed));
  }
  for (const IndexMetaRow& row : meta.rows) {
    if (row.denominator.empty()) continue;
    const IndexMetaRow* denominator = meta.Find(row.denominator);
    if (denominator == nullptr || denominator->type != MetaType::kDenominator) {
      return FieldError(file, row.line, "Denominator",
                        "'" + row.denominator + "' is not a Denominator row of this file");
    }
  }
  return meta;
}

namespace {

// Row order sorted by uCode (new_coin sorts units).
std::vector<std::size_t> SortedOrder(const std::vector<std::string>& codes) {
  std::vector<std::size_t> order(codes.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return codes[a] < codes[b]; });
  return order;
}

Status CheckTime(const CsvTable& table) {
  const auto time = OptionalColumn(table, "Time");
  if (!time) return Ok();
  std::set<std::string, std::less<>> values;
  for (const CsvRow& row : table.rows()) {
    values.insert(row.fields[*time]);
    if (values.size() > 1) {
      return FieldError(table.source_name(), row.line, "Time",
                        "more than one Time value: panel data must be split into one file per "
                        "time point");
    }
  }
  return Ok();
}

}  // namespace

Result<IndexData> ParseIndexData(std::string_view text, const std::string& file,
                                 const IndexMeta& meta) {
  auto table = CsvTable::Parse(text, file);
  if (!table) return table.error();
  auto code_column = table->Column("uCode");
  if (!code_column) return code_column.error();
  if (auto time = CheckTime(*table); !time) return time.error();
  const auto name_column = OptionalColumn(*table, "uName");
  IndexData data;
  data.file = file;
  std::vector<std::string> codes;
  std::set<std::string, std::less<>> seen;
  for (const CsvRow& row : table->rows()) {
    const std::string& code = row.fields[*code_column];
    if (IsNa(code)) return FieldError(file, row.line, "uCode", "uCode is missing");
    if (!seen.insert(code).second) {
      return FieldError(file, row.line, "uCode", "duplicate uCode '" + code + "'");
    }
    codes.push_back(code);
  }
  const std::vector<std::size_t> order = SortedOrder(codes);
  for (const std::size_t r : order) {
    const CsvRow& row = table->rows()[r];
    data.unit_codes.push_back(codes[r]);
    const std::string& name = Cell(row, name_column);
    data.unit_names.push_back(IsNa(name) ? codes[r] : name);
  }
  for (std::size_t c = 0; c < table->header().size(); ++c) {
    const std::string& column = table->header()[c];
    if (column == "uCode" || column == "uName" || column == "Time") continue;
    const IndexMetaRow* row = meta.Find(column);
    if (row == nullptr) {
      return FieldError(file, 1, column, "column '" + column + "' has no row in " + meta.file);
    }
    if (row->type == MetaType::kAggregate) {
      return FieldError(file, 1, column,
                        "'" + column + "' is an Aggregate in " + meta.file +
                            ": aggregates are computed and must not be in the data");
    }
    if (row->type == MetaType::kGroup) {
      TextColumn group{column, {}};
      for (const std::size_t r : order) {
        const std::string& value = table->rows()[r].fields[c];
        group.values.push_back(IsNa(value) ? "" : value);
      }
      data.groups.push_back(std::move(group));
      continue;
    }
    NumericColumn numbers{column, {}};
    for (const std::size_t r : order) {
      const CsvRow& data_row = table->rows()[r];
      const std::string& value = data_row.fields[c];
      if (IsNa(value)) {
        numbers.values.push_back(kNa);
        continue;
      }
      const auto number = ParseNumber(value);
      if (!number) {
        if (row->type == MetaType::kOther) break;  // a text column COINr would carry along
        return FieldError(file, data_row.line, column,
                          "expected a number or NA, found '" + value + "'");
      }
      numbers.values.push_back(*number);
    }
    if (numbers.values.size() == order.size()) data.numeric.push_back(std::move(numbers));
  }
  for (const IndexMetaRow& row : meta.rows) {
    if (row.type == MetaType::kIndicator && data.FindNumeric(row.code) == nullptr) {
      return FieldError(meta.file, row.line, "iCode",
                        "indicator '" + row.code + "' has no column in " + file);
    }
  }
  return data;
}

}  // namespace lct::io
