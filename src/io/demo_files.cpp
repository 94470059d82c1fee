#include "io/demo_files.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "base/text.hpp"
#include "io/csv_reader.hpp"

namespace lct::io {
namespace {

using Json = nlohmann::json;

// The one way io/ reads a JSON file: text that is not valid UTF-8 is refused with its line and
// column (issue 11), and a syntax error is placed at its line and column too.
Result<Json> ParseJson(std::string_view text, const std::string& source_name) {
  if (auto utf8 = text::CheckUtf8File(text, source_name); !utf8) return utf8.error();
  try {
    return Json::parse(text);
  } catch (const Json::parse_error& e) {
    // `byte` is 1-based: the byte at which parsing failed.
    const auto at = text::PositionOf(text, e.byte > 0 ? e.byte - 1 : 0);
    ErrorLocation location{source_name, at.line, ""};
    location.column = at.column;
    return InvalidArgument(std::string("not valid JSON: ") + e.what(), std::move(location));
  } catch (const Json::exception& e) {  // e.g. out_of_range: a number too large for a double
    return InvalidArgument(std::string("not valid JSON: ") + e.what(), {source_name, 0, ""});
  }
}

std::string StringField(const Json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return {};
  return it->get<std::string>();
}

// Columns of a CsvTable looked up once, by name.
class Columns {
 public:
  Columns(const CsvTable& table, std::initializer_list<const char*> names) {
    for (const char* name : names) {
      auto index = table.Column(name);
      if (!index) {
        error_ = index.error();
        return;
      }
      at_.push_back(*index);
    }
  }
  [[nodiscard]] const std::optional<Error>& error() const { return error_; }
  [[nodiscard]] std::size_t operator[](std::size_t i) const { return at_[i]; }

 private:
  std::vector<std::size_t> at_;
  std::optional<Error> error_;
};

Result<double> Number(const CsvTable& table, const CsvRow& row, std::size_t column) {
  const auto value = ParseNumber(row.fields[column]);
  if (!value) {
    return InvalidArgument("'" + row.fields[column] + "' is not a number",
                           {table.source_name(), row.line, table.header()[column]});
  }
  return *value;
}

}  // namespace

Result<std::vector<AreaRecord>> ReadAreaHierarchy(std::string_view json,
                                                  const std::string& source_name) {
  auto doc = ParseJson(json, source_name);
  if (!doc) return doc.error();
  if (!doc->is_object())
    return InvalidArgument("expected an object keyed by area code", {source_name, 0, ""});
  std::vector<AreaRecord> areas;
  for (const auto& [code, value] : doc->items()) {
    if (!value.is_object()) {
      return InvalidArgument("expected an object", {source_name, 0, code});
    }
    AreaRecord area;
    area.code = code;
    area.name = StringField(value, "areanm");
    if (area.name.empty()) return InvalidArgument("missing areanm", {source_name, 0, code});
    if (const auto it = value.find("parents"); it != value.end() && it->is_array()) {
      for (const auto& parent : *it) {
        if (parent.is_string()) area.parents.push_back(parent.get<std::string>());
      }
    }
    if (const auto it = value.find("start"); it != value.end() && it->is_number_integer()) {
      area.start_year = it->get<int>();
    }
    if (const auto it = value.find("end"); it != value.end() && it->is_number_integer()) {
      area.end_year = it->get<int>();
    }
    areas.push_back(std::move(area));
  }
  return areas;
}

Result<std::vector<CensusRecord>> ReadCensusPopulation(std::string_view csv,
                                                       const std::string& source_name) {
  auto table = CsvTable::Parse(csv, source_name);
  if (!table) return table.error();
  const Columns col(*table, {"lad21cd", "lad21nm", "rgn_cd", "ctry_cd", "pop_census2011",
                             "pop_census2021", "density_2021_per_km2"});
  if (col.error()) return *col.error();
  std::vector<CensusRecord> out;
  for (const auto& row : table->rows()) {
    CensusRecord r;
    r.code = row.fields[col[0]];
    r.name = row.fields[col[1]];
    r.region_code = row.fields[col[2]];
    r.nation_code = row.fields[col[3]];
    auto p11 = Number(*table, row, col[4]);
    if (!p11) return p11.error();
    auto p21 = Number(*table, row, col[5]);
    if (!p21) return p21.error();
    auto density = Number(*table, row, col[6]);
    if (!density) return density.error();
    r.population_2011 = *p11;
    r.population_2021 = *p21;
    r.density_2021 = *density;
    out.push_back(std::move(r));
  }
  return out;
}

Result<std::map<std::string, double>> ReadImdEducationScores(std::string_view csv,
                                                             const std::string& source_name) {
  auto table = CsvTable::Parse(csv, source_name);
  if (!table) return table.error();
  const Columns col(*table, {"ltla22_code", "Education_Score"});
  if (col.error()) return *col.error();
  std::map<std::string, double> out;
  for (const auto& row : table->rows()) {
    auto score = Number(*table, row, col[1]);
    if (!score) return score.error();
    out[row.fields[col[0]]] = *score;
  }
  return out;
}

Result<OnsMetadata> ReadOnsMetadata(std::string_view json, const std::string& source_name,
                                    const std::string& indicator) {
  auto doc = ParseJson(json, source_name);
  if (!doc) return doc.error();
  const auto it = doc->find("ess-beta-metadata");
  if (it == doc->end() || !it->is_object()) {
    return InvalidArgument("missing the 'ess-beta-metadata' object",
                           {source_name, 0, "ess-beta-metadata"});
  }
  Json m = *it;
  if (const auto shared = it->find("shared"); shared != it->end() && shared->is_object()) {
    const auto own = it->find(indicator);
    if (own == it->end() || !own->is_object()) {
      return InvalidArgument("no metadata for indicator '" + indicator + "'",
                             {source_name, 0, indicator});
    }
    m = *shared;
    m.update(*own);
  }
  OnsMetadata out{StringField(m, "label"),           StringField(m, "subtitle"),
                  StringField(m, "longDescription"), StringField(m, "caveats"),
                  StringField(m, "sourceOrg"),       StringField(m, "sourceURL"),
                  StringField(m, "sourceDate")};
  if (out.label.empty()) return InvalidArgument("missing label", {source_name, 0, "label"});
  return out;
}

Result<std::vector<MemberRecord>> ReadNetworkMembers(std::string_view csv,
                                                     const std::string& source_name) {
  auto table = CsvTable::Parse(csv, source_name);
  if (!table) return table.error();
  const Columns col(*table, {"code", "reason"});
  if (col.error()) return *col.error();
  std::vector<MemberRecord> out;
  for (const auto& row : table->rows()) out.push_back({row.fields[col[0]], row.fields[col[1]]});
  return out;
}

Result<std::vector<AreaChange>> ReadAreaChanges(std::string_view csv,
                                                const std::string& source_name) {
  auto table = CsvTable::Parse(csv, source_name);
  if (!table) return table.error();
  const Columns col(*table, {"old_code", "new_code", "new_name", "year", "change"});
  if (col.error()) return *col.error();
  std::vector<AreaChange> out;
  for (const auto& row : table->rows()) {
    auto year = Number(*table, row, col[3]);
    if (!year) return year.error();
    const std::string& change = row.fields[col[4]];
    if (change != "merged" && change != "recoded") {
      return InvalidArgument("change must be 'merged' or 'recoded', not '" + change + "'",
                             {source_name, row.line, "change"});
    }
    out.push_back({row.fields[col[0]], row.fields[col[1]], row.fields[col[2]],
                   static_cast<int>(*year), change == "merged"});
  }
  return out;
}

Result<std::vector<IndicatorChoice>> ReadIndicatorChoices(std::string_view csv,
                                                          const std::string& source_name) {
  auto table = CsvTable::Parse(csv, source_name);
  if (!table) return table.error();
  const Columns col(*table, {"code", "dataset", "indicator", "topic", "direction", "decimals"});
  if (col.error()) return *col.error();
  std::vector<IndicatorChoice> out;
  for (const auto& row : table->rows()) {
    IndicatorChoice c;
    c.code = row.fields[col[0]];
    c.dataset = row.fields[col[1]];
    c.indicator = row.fields[col[2]];
    c.topic = row.fields[col[3]];
    const auto direction = domain::DirectionFromKey(row.fields[col[4]]);
    if (!direction) {
      return InvalidArgument("direction must be higher, lower or neutral",
                             {source_name, row.line, "direction"});
    }
    c.direction = *direction;
    auto decimals = Number(*table, row, col[5]);
    if (!decimals) return decimals.error();
    c.decimals = static_cast<int>(*decimals);
    if (auto geography = table->Column("geography")) c.geography = row.fields[*geography];
    if (auto proxy = table->Column("proxy")) {
      const std::string& flag = row.fields[*proxy];
      if (flag != "yes" && flag != "no") {
        return InvalidArgument("proxy must be yes or no", {source_name, row.line, "proxy"});
      }
      c.proxy = flag == "yes";
    }
    if (auto links = table->Column("links")) {
      std::string_view text = row.fields[*links];
      while (!text.empty()) {
        const auto end = std::min(text.find(';'), text.size());
        std::string item(text.substr(0, end));
        while (!item.empty() && item.front() == ' ') item.erase(item.begin());
        while (!item.empty() && item.back() == ' ') item.pop_back();
        if (!item.empty()) c.links.push_back(std::move(item));
        text.remove_prefix(std::min(end + 1, text.size()));
      }
    }
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace lct::io
