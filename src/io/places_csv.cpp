#include "io/places_csv.hpp"

#include <algorithm>
#include <optional>
#include <sstream>
#include <utility>

#include "base/text.hpp"
#include "io/csv_reader.hpp"

namespace lct::io {
namespace {

constexpr std::size_t kRequiredColumns = 3;  // code, name, level come first

std::optional<std::size_t> ColumnOf(const std::vector<std::string>& header, std::string_view name) {
  const auto it = std::find(header.begin(), header.end(), name);
  if (it == header.end()) return std::nullopt;
  return static_cast<std::size_t>(it - header.begin());
}

std::vector<std::string> SplitCodes(std::string_view text) {
  std::vector<std::string> codes;
  std::string current;
  for (const char c : text) {
    if (c == ' ' || c == ';' || c == '\t') {
      if (!current.empty()) codes.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) codes.push_back(std::move(current));
  return codes;
}

class RowReader {
 public:
  RowReader(const std::string& file, const std::vector<std::string>& header,
            std::vector<Error>& errors)
      : file_(file), header_(header), errors_(errors) {}

  domain::PlaceEntry Read(const CsvRow& row) {
    row_ = &row;
    domain::PlaceEntry e;
    e.line = row.line;
    if (row.fields.size() != header_.size()) {
      Fail(0, "",
           "the row has " + std::to_string(row.fields.size()) + " fields; the header has " +
               std::to_string(header_.size()));
      return e;
    }
    e.code = Field("code");
    e.name = Field("name");
    e.level = Field("level");
    e.parent = Field("parent");
    if (const std::string role = Field("membership"); !role.empty()) {
      e.membership = domain::MembershipRoleFromKey(role);
      if (!e.membership) {
        Fail("membership", "'" + role +
                               "' is not a membership: use member, comparator or former "
                               "(or leave it empty for an area held only to contain others)");
      }
    }
    e.membership_date = Field("membership_date");
    e.membership_reason = Field("membership_reason");
    e.latitude = Number("latitude");
    e.longitude = Number("longitude");
    e.predecessors = SplitCodes(Field("predecessors"));
    e.retired = Field("retired");
    e.note = Field("note");
    return e;
  }

 private:
  std::string Field(std::string_view column) {
    const auto index = ColumnOf(header_, column);
    if (!index) return {};
    return std::string(text::Trim(row_->fields[*index]));
  }

  std::optional<double> Number(std::string_view column) {
    const std::string text = Field(column);
    if (text.empty()) return std::nullopt;
    const auto value = ParseNumber(text);
    if (!value) Fail(column, "'" + text + "' is not a number (write degrees as e.g. 53.4084)");
    return value;
  }

  void Fail(std::string_view column, std::string message) {
    const auto index = ColumnOf(header_, column);
    Fail(index ? *index + 1 : 0, std::string(column), std::move(message));
  }
  void Fail(std::size_t column, std::string field, std::string message) {
    errors_.push_back(InvalidArgument(
        std::move(message),
        ErrorLocation{file_, row_->line, std::move(field), static_cast<std::int64_t>(column)}));
  }

  const std::string& file_;
  const std::vector<std::string>& header_;
  std::vector<Error>& errors_;
  const CsvRow* row_ = nullptr;
};

// Every header problem: a required column missing, an unknown or repeated column.
void CheckHeader(const std::vector<std::string>& header, const std::string& file,
                 std::vector<Error>& errors) {
  const std::vector<std::string>& known = PlacesFileColumns();
  for (std::size_t i = 0; i < kRequiredColumns; ++i) {
    if (!ColumnOf(header, known[i])) {
      errors.push_back(InvalidArgument(
          "missing column '" + known[i] + "': a places file needs at least code, name and level",
          ErrorLocation{file, 1, known[i], 0}));
    }
  }
  for (std::size_t i = 0; i < header.size(); ++i) {
    const std::int64_t column = static_cast<std::int64_t>(i) + 1;
    if (std::find(known.begin(), known.end(), header[i]) == known.end()) {
      std::string names;
      for (const std::string& name : known) names += (names.empty() ? "" : ", ") + name;
      errors.push_back(
          InvalidArgument("unknown column '" + header[i] + "' (the columns are: " + names + ")",
                          ErrorLocation{file, 1, header[i], column}));
    } else if (ColumnOf(header, header[i]) != i) {
      errors.push_back(InvalidArgument("the column '" + header[i] + "' is given twice",
                                       ErrorLocation{file, 1, header[i], column}));
    }
  }
}

}  // namespace

const std::vector<std::string>& PlacesFileColumns() {
  static const std::vector<std::string> kColumns = {"code",
                                                    "name",
                                                    "level",
                                                    "parent",
                                                    "membership",
                                                    "membership_date",
                                                    "membership_reason",
                                                    "latitude",
                                                    "longitude",
                                                    "predecessors",
                                                    "retired",
                                                    "note"};
  return kColumns;
}

PlacesFileRead ReadPlacesFile(std::string_view csv, const std::string& file) {
  PlacesFileRead result;
  std::istringstream in{std::string(csv)};
  CsvReader reader(in, file);
  std::vector<CsvRow> rows;
  bool header_read = false;
  while (true) {
    auto next = reader.Next();
    if (!next) {
      result.errors.push_back(next.error());
      return result;
    }
    if (!next->has_value()) break;
    CsvRow& row = **next;
    if (row.fields.size() == 1 && row.fields[0].empty()) continue;  // a blank line
    if (!header_read) {
      for (const std::string& name : row.fields) result.header.emplace_back(text::Trim(name));
      header_read = true;
    } else {
      rows.push_back(std::move(row));
    }
  }
  if (!header_read) {
    result.errors.push_back(
        InvalidArgument("the file is empty: a places file starts with a header "
                        "(code,name,level,...)",
                        ErrorLocation{file, 1, "", 0}));
    return result;
  }
  CheckHeader(result.header, file, result.errors);
  if (!result.errors.empty()) return result;
  if (rows.empty()) {
    result.errors.push_back(
        InvalidArgument("the file has a header but no places", ErrorLocation{file, 1, "", 0}));
    return result;
  }
  RowReader row_reader(file, result.header, result.errors);
  for (const CsvRow& row : rows) result.entries.push_back(row_reader.Read(row));
  return result;
}

Error LocatePlaceProblem(const domain::PlaceProblem& problem, const std::string& file,
                         const std::vector<std::string>& header) {
  const auto index = ColumnOf(header, problem.field);
  return InvalidArgument(problem.message,
                         ErrorLocation{file, problem.line, problem.field,
                                       index ? static_cast<std::int64_t>(*index) + 1 : 0});
}

}  // namespace lct::io
