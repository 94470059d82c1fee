// Reading and writing framework versions (the frameworks table).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "domain/framework_record.hpp"
#include "store/sqlite/connection.hpp"

namespace lct::store::sqlite {

// Inserts the version; no change when it is already stored with the same text, kConflict when
// it is stored with other text. Call inside a transaction, so the check and the insert are one.
[[nodiscard]] Status PutFramework(Connection& db, const domain::FrameworkRecord& record);

[[nodiscard]] Result<std::vector<domain::FrameworkRecord>> ListFrameworks(Connection& db);

// The version asked for, or the highest one; NotFound when absent.
[[nodiscard]] Result<domain::FrameworkRecord> GetFramework(Connection& db, std::string_view slug,
                                                           std::optional<int> version);

}  // namespace lct::store::sqlite
