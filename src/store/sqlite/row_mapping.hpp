// Conversions between domain values and the strings stored in SQLite columns.
#pragma once

#include <string>
#include <string_view>

#include "base/result.hpp"
#include "domain/indicator.hpp"
#include "domain/place.hpp"

namespace lct::store::sqlite {

[[nodiscard]] const char* AreaKindKey(domain::AreaKind kind);
[[nodiscard]] Result<domain::AreaKind> AreaKindFromKey(std::string_view key);
[[nodiscard]] const char* StatusKey(domain::ObservationStatus status);
[[nodiscard]] domain::ObservationStatus StatusFromKey(std::string_view key);

}  // namespace lct::store::sqlite
