#include "store/sqlite/import_write.hpp"

#include <optional>
#include <string>
#include <utility>

#include "store/sqlite/account_rows.hpp"
#include "store/sqlite/import_rows.hpp"
#include "store/sqlite/indicator_sql.hpp"
#include "store/sqlite/sql.hpp"

namespace lct::store::sqlite {
namespace {

// Stages rows into the sorter.
class SortedStaging final : public ObservationStaging {
 public:
  explicit SortedStaging(ImportSorter& rows) : rows_(rows) {}
  Status Stage(const domain::Observation& o, StagedFrom from) override {
    return rows_.Add(o, from);
  }

 private:
  ImportSorter& rows_;
};

// Foreign keys checked per place and indicator rather than per row, and a larger page cache,
// for as long as this lives (sql::kBulkWriteSettings). SQLite ignores PRAGMA foreign_keys
// inside a transaction, so this must be made before the import's transaction begins and
// destroyed after it ends; the usual settings come back however the import ends.
class BulkWriteSettings {
 public:
  static Result<BulkWriteSettings> Apply(Connection& db) {
    if (auto status = db.Exec(sql::kBulkWriteSettings); !status) {
      (void)db.Exec(sql::kUsualSettings);
      return status.error();
    }
    return BulkWriteSettings(db);
  }
  BulkWriteSettings(BulkWriteSettings&& other) noexcept : db_(std::exchange(other.db_, nullptr)) {}
  BulkWriteSettings& operator=(BulkWriteSettings&&) = delete;
  BulkWriteSettings(const BulkWriteSettings&) = delete;
  BulkWriteSettings& operator=(const BulkWriteSettings&) = delete;
  ~BulkWriteSettings() {
    if (db_ != nullptr) (void)db_->Exec(sql::kUsualSettings);  // outside a transaction: cannot fail
  }

 private:
  explicit BulkWriteSettings(Connection& db) : db_(&db) {}
  Connection* db_;
};

// NotFound unless `sql` (one id bound) finds a row.
Status Exists(Connection& db, const char* sql, std::int64_t id, std::string_view what) {
  auto stmt = db.Prepare(sql);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, id);
  auto row = (*stmt)->Step();
  if (!row) return row.error();
  if (*row) return Ok();
  return Error(ErrorCode::kConflict, "the import names " + std::string(what) + " id " +
                                         std::to_string(id) +
                                         ", which no longer exists; nothing was written");
}

// What foreign keys would have checked row by row: every place and indicator written exists.
// Run inside the write transaction, which no other writer can change.
Status CheckReferences(Connection& db, const ImportPass& pass) {
  for (const std::int64_t id : pass.indicators()) {
    if (auto status = Exists(db, sql::kIndicatorExists, id, "indicator"); !status) return status;
  }
  for (const std::int64_t id : pass.places()) {
    if (auto status = Exists(db, sql::kPlaceExists, id, "place"); !status) return status;
  }
  return Ok();
}

// Counts every row of the pass in one statement (a preview).
Result<ImportCounts> CountPass(Connection& db, ImportPass& pass) {
  auto stmt = db.Prepare(sql::kCountImport);
  if (!stmt) return stmt.error();
  pass.Bind(**stmt, 1);
  auto row = (*stmt)->Step();
  if (!row) return pass.failure() ? *pass.failure() : row.error();
  ImportCounts counts;
  counts.added = (*stmt)->Int(0);
  counts.changed = (*stmt)->Int(1);
  counts.unchanged = (*stmt)->Int(2) - counts.added - counts.changed;
  return counts;
}

// Writes and counts every row of the pass in one statement.
Result<ImportCounts> WritePass(Connection& db, ImportPass& pass) {
  auto stmt = db.Prepare(sql::kApplyImport);
  if (!stmt) return stmt.error();
  pass.Bind(**stmt, 1);
  if (auto status = (*stmt)->Run(); !status) {
    if (pass.failure()) return *pass.failure();
    return Error(status.error().code(), "the import could not be written (nothing was written): " +
                                            status.error().message());
  }
  ImportCounts counts;
  counts.changed = pass.changed();
  counts.unchanged = pass.unchanged();
  counts.added = pass.rows() - counts.changed - counts.unchanged;
  if (db.Changes() != counts.added + counts.changed) {
    return Internal("an import wrote " + std::to_string(db.Changes()) + " rows, not the " +
                    std::to_string(counts.added + counts.changed) + " it counted");
  }
  if (auto status = CheckReferences(db, pass); !status) return status.error();
  return counts;
}

}  // namespace

Status StageImport(ImportSorter& rows, const std::function<Status(ObservationStaging&)>& fill) {
  SortedStaging staging(rows);
  if (auto status = fill(staging); !status) return status;
  return rows.Finish();
}

Result<ImportCounts> WriteImport(Connection& db, ImportSorter& rows, const ImportSteps& steps) {
  ImportPass pass(rows, steps.on_duplicate);
  if (!steps.write || !steps.write()) {
    auto counts = CountPass(db, pass);  // one statement: one consistent reading
    if (counts) (void)steps.commit(*counts);
    return counts;
  }
  auto settings = BulkWriteSettings::Apply(db);
  if (!settings) return settings.error();
  // Immediate: the write lock is taken before the stored rows are read, so no other writer can
  // change them between counting and writing.
  auto transaction = Transaction::Begin(db, Transaction::Mode::kImmediate);
  if (!transaction) return transaction.error();
  auto counts = WritePass(db, pass);
  if (!counts || !steps.commit(*counts)) return counts;  // what was written is rolled back
  if (steps.audit) {
    if (auto status = AppendAudit(db, steps.audit(*counts)); !status) return status.error();
  }
  if (counts->added + counts->changed > 0) {  // issue 12: pages showing observations change
    auto bump = db.Prepare(sql::kBumpDataVersion);
    if (!bump) return bump.error();
    if (auto status = (*bump)->Run(); !status) return status.error();
  }
  if (auto status = transaction->Commit(); !status) return status.error();
  counts->committed = true;
  return counts;
}

}  // namespace lct::store::sqlite
