// The indicator catalogue (with framework links), targets and observation imports in SQLite.
// Private to store/sqlite.
#pragma once

#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "domain/indicator.hpp"
#include "domain/target.hpp"
#include "store/sqlite/connection.hpp"
#include "store/store.hpp"

namespace lct::store::sqlite {

// Inserts or updates by code, replacing its links. Call inside a transaction.
[[nodiscard]] Result<IndicatorId> WriteIndicator(Connection& db,
                                                 const domain::Indicator& indicator);
// Every indicator (ordered by id), or the one with `code` (empty when none has it).
[[nodiscard]] Result<std::vector<domain::Indicator>> ReadIndicators(
    Connection& db, std::optional<std::string_view> code);

[[nodiscard]] Result<TargetId> WriteTarget(Connection& db, const domain::Target& target);
[[nodiscard]] Status RemoveTarget(Connection& db, PlaceId place, IndicatorId indicator);
[[nodiscard]] Result<std::vector<domain::Target>> ReadTargets(Connection& db,
                                                              std::optional<PlaceId> place);

[[nodiscard]] Status PutPendingImport(Connection& db, const PendingImport& pending);
[[nodiscard]] Status DeletePendingImport(Connection& db, std::string_view id);
[[nodiscard]] Result<PendingImport> GetPendingImport(Connection& db, std::string_view id);

}  // namespace lct::store::sqlite
