// An import's column mapping as JSON: how the web's two-step import keeps the layout and
// columns a person chose until they confirm the import (services/import_upload stores it with
// the pending file). nlohmann-json stays inside io/.
#pragma once

#include <string>
#include <string_view>

#include "base/result.hpp"
#include "io/observation_csv.hpp"

namespace lct::io {

// A JSON object with one member per field of `m`.
[[nodiscard]] std::string ColumnMappingToJson(const ColumnMapping& m);

// The mapping ColumnMappingToJson wrote. A missing member takes its default (an unknown layout
// is kAuto). kInvalidArgument when `json` is not a JSON object, or a member is not text
// (`ignore`: not a list of texts).
[[nodiscard]] Result<ColumnMapping> ColumnMappingFromJson(std::string_view json);

}  // namespace lct::io
