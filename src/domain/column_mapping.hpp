// How the columns of an observation file map to an observation's fields: the layout (ONS tidy,
// long, wide) and the column names. A plain value chosen by a person (web form, `lct import`
// options) and read by io/observation_csv.hpp; it lives here so that web and cli can fill it in
// without depending on io/ (docs/architecture.md, Layers).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lct::domain {

enum class CsvLayout {
  kAuto,     // ONS tidy when the header has areacd and observation, long otherwise
  kOnsTidy,  // areacd,areanm,geography,indicator,period,observation,...,lci_95,uci_95,status,notes
  kLong,     // place,indicator,period,value[,lower,upper,status,note]
  kWide,     // place,<period or indicator>,<period or indicator>...
};

[[nodiscard]] const char* CsvLayoutKey(CsvLayout layout);  // "auto", "ons", "long", "wide"
[[nodiscard]] std::optional<CsvLayout> CsvLayoutFromKey(std::string_view key);

// Which column holds what. An empty name means the layout's default name (ONS: areacd,
// indicator, period, observation, lci_95, uci_95, status, notes; long: place, indicator, period,
// value, lower, upper, status, note). lower, upper, status and note are optional columns.
struct ColumnMapping {
  CsvLayout layout = CsvLayout::kAuto;
  std::string place;
  std::string indicator;
  std::string period;
  std::string value;
  std::string lower;
  std::string upper;
  std::string status;
  std::string note;
  // Every row is of this indicator (a long file without an indicator column, or a wide file
  // whose other columns are periods).
  std::string fixed_indicator;
  // Every row is of this period (a long file without a period column, or a wide file whose
  // other columns are indicators).
  std::string fixed_period;
  // Wide layout: columns to leave out (e.g. a place-name column).
  std::vector<std::string> ignore;

  bool operator==(const ColumnMapping&) const = default;
};

}  // namespace lct::domain
