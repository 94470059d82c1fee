#include "io/column_mapping_json.hpp"

#include <nlohmann/json.hpp>

#include <vector>

namespace lct::io {

std::string ColumnMappingToJson(const ColumnMapping& m) {
  return nlohmann::json{{"layout", CsvLayoutKey(m.layout)},
                        {"place", m.place},
                        {"indicator", m.indicator},
                        {"period", m.period},
                        {"value", m.value},
                        {"lower", m.lower},
                        {"upper", m.upper},
                        {"status", m.status},
                        {"note", m.note},
                        {"fixed_indicator", m.fixed_indicator},
                        {"fixed_period", m.fixed_period},
                        {"ignore", m.ignore}}
      .dump();
}

Result<ColumnMapping> ColumnMappingFromJson(std::string_view json) {
  const auto doc = nlohmann::json::parse(json, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    return InvalidArgument("a column mapping is not a JSON object");
  }
  ColumnMapping m;
  m.layout = CsvLayoutFromKey(doc.value("layout", "auto")).value_or(CsvLayout::kAuto);
  m.place = doc.value("place", "");
  m.indicator = doc.value("indicator", "");
  m.period = doc.value("period", "");
  m.value = doc.value("value", "");
  m.lower = doc.value("lower", "");
  m.upper = doc.value("upper", "");
  m.status = doc.value("status", "");
  m.note = doc.value("note", "");
  m.fixed_indicator = doc.value("fixed_indicator", "");
  m.fixed_period = doc.value("fixed_period", "");
  m.ignore = doc.value("ignore", std::vector<std::string>{});
  return m;
}

}  // namespace lct::io
