// Reader for the ONS "Explore Local Statistics" tidy CSV layout, as published:
// areacd,areanm,geography,indicator,period,observation,measure,unit,lci_95,uci_95,status,notes
// (columns found by name, so their order may differ).
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <optional>
#include <string>

#include "base/result.hpp"

namespace lct::io {

struct OnsRow {
  std::int64_t line = 0;
  std::string area_code;
  std::string area_name;
  std::string geography;
  std::string indicator;
  std::string period;
  std::optional<double> value;  // empty when suppressed or not available
  std::string measure;
  std::string unit;
  std::optional<double> lower;
  std::optional<double> upper;
  std::string status;  // '' normal, 'x' suppressed or unavailable, 'u' low reliability
  std::string note;
};

// Streams every row of `in` to `on_row`. Stops at the first malformed row (bad number,
// bad period, wrong field count) and returns an error naming the file, line and column.
// `on_row` may return an error to stop early; that error is returned unchanged.
[[nodiscard]] Status ReadOnsTidy(std::istream& in, const std::string& source_name,
                                 const std::function<Status(const OnsRow&)>& on_row);

}  // namespace lct::io
