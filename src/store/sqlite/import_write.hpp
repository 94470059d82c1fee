// Store::ImportObservations for SQLite, in two steps: StageImport reads the rows into a sorter
// (no database needed, so no pooled connection is held while a file is read), then WriteImport
// finds the duplicates, counts the rows against the stored observations and writes them, in
// one statement and one transaction. Private to store/sqlite; docs/indicators.md says why.
#pragma once

#include <cstddef>
#include <functional>

#include "base/result.hpp"
#include "store/sqlite/connection.hpp"
#include "store/sqlite/import_sorter.hpp"
#include "store/store.hpp"

namespace lct::store::sqlite {

// The rows an import holds in memory before the rest wait in a temporary file.
inline constexpr std::size_t kImportMemoryBudget = std::size_t{16} << 20;

// Runs `fill` into `rows`, then readies them for reading.
[[nodiscard]] Status StageImport(ImportSorter& rows,
                                 const std::function<Status(ObservationStaging&)>& fill);

// The rest of `steps` on `db`, which must not be in a transaction.
[[nodiscard]] Result<ImportCounts> WriteImport(Connection& db, ImportSorter& rows,
                                               const ImportSteps& steps);

}  // namespace lct::store::sqlite
