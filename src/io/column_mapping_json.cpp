#include "io/column_mapping_json.hpp"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <string>
#include <utility>

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
      .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);  // never throws
}

Result<ColumnMapping> ColumnMappingFromJson(std::string_view json) {
  const auto doc = nlohmann::json::parse(json, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    return InvalidArgument("a column mapping is not a JSON object");
  }
  ColumnMapping m;
  std::string layout = "auto";
  // Each member is text (ignore: a list of texts); any other type is an error, not a throw.
  for (auto& [key, target] : std::initializer_list<std::pair<const char*, std::string*>>{
           {"layout", &layout},
           {"place", &m.place},
           {"indicator", &m.indicator},
           {"period", &m.period},
           {"value", &m.value},
           {"lower", &m.lower},
           {"upper", &m.upper},
           {"status", &m.status},
           {"note", &m.note},
           {"fixed_indicator", &m.fixed_indicator},
           {"fixed_period", &m.fixed_period}}) {
    const auto it = doc.find(key);
    if (it == doc.end()) continue;
    if (!it->is_string())
      return InvalidArgument(std::string("'") + key + "' is not text", {"", 0, key});
    *target = it->get<std::string>();
  }
  m.layout = CsvLayoutFromKey(layout).value_or(CsvLayout::kAuto);
  if (const auto it = doc.find("ignore"); it != doc.end()) {
    if (!it->is_array()) return InvalidArgument("'ignore' is not a list", {"", 0, "ignore"});
    for (const auto& column : *it) {
      if (!column.is_string())
        return InvalidArgument("'ignore' holds a value that is not text", {"", 0, "ignore"});
      m.ignore.push_back(column.get<std::string>());
    }
  }
  return m;
}

}  // namespace lct::io
