#include "store/sqlite/import_rows.hpp"

#include <exception>
#include <memory>

#include "domain/indicator.hpp"

namespace lct::store::sqlite {
namespace {

// The pointer type name SQLite checks when a pass comes back through a parameter.
constexpr const char* kPassType = "lct_import_pass";

// Columns of lct_import_rows; the last is the hidden argument.
enum Column : int {
  kIndicatorColumn,
  kPlaceColumn,
  kPeriodColumn,
  kValueColumn,
  kLowerColumn,
  kUpperColumn,
  kStatusColumn,
  kNoteColumn,
  kLineColumn,
  kPassColumn,
};
constexpr const char* kSchema =
    "CREATE TABLE x(indicator_id INTEGER, place_id INTEGER, period TEXT, value REAL, "
    "lower_bound REAL, upper_bound REAL, status TEXT, note TEXT, line INTEGER, pass HIDDEN)";

struct RowsCursor {
  sqlite3_vtab_cursor base;  // first, as SQLite expects
  ImportPass* pass = nullptr;
  bool at_end = true;
  sqlite3_int64 rowid = 0;
};

RowsCursor& CursorOf(sqlite3_vtab_cursor* cursor) {
  return *reinterpret_cast<RowsCursor*>(cursor);  // SQLite's C-style inheritance
}

int Fail(sqlite3_vtab_cursor* cursor, const std::string& message) {
  sqlite3_free(cursor->pVtab->zErrMsg);
  cursor->pVtab->zErrMsg = sqlite3_mprintf("%s", message.c_str());
  return SQLITE_ERROR;
}

// Moves the cursor on; `first` for the first row. Never lets an exception into SQLite.
int Move(sqlite3_vtab_cursor* cursor, bool first) {
  RowsCursor& c = CursorOf(cursor);
  try {
    auto more = first ? c.pass->Start() : c.pass->Advance();
    if (!more) return Fail(cursor, more.error().message());
    c.at_end = !*more;
    ++c.rowid;
    return SQLITE_OK;
  } catch (const std::exception& e) {
    return Fail(cursor, std::string("reading the import's rows: ") + e.what());
  }
}

int Connect(sqlite3* db, void* /*aux*/, int /*argc*/, const char* const* /*argv*/,
            sqlite3_vtab** table, char** /*error*/) {
  if (const int rc = sqlite3_declare_vtab(db, kSchema); rc != SQLITE_OK) return rc;
  sqlite3_vtab_config(db, SQLITE_VTAB_DIRECTONLY);
  auto owned = std::make_unique<sqlite3_vtab>();
  *owned = {};
  *table = owned.release();
  return SQLITE_OK;
}

int Disconnect(sqlite3_vtab* table) {
  const std::unique_ptr<sqlite3_vtab> owned(table);
  return SQLITE_OK;
}

// Usable only with its argument: lct_import_rows(?1).
int BestIndex(sqlite3_vtab* /*table*/, sqlite3_index_info* info) {
  for (int i = 0; i < info->nConstraint; ++i) {
    const auto& constraint = info->aConstraint[i];
    if (constraint.iColumn != kPassColumn || constraint.op != SQLITE_INDEX_CONSTRAINT_EQ) {
      continue;
    }
    if (constraint.usable == 0) return SQLITE_CONSTRAINT;
    info->aConstraintUsage[i].argvIndex = 1;
    info->aConstraintUsage[i].omit = 1;
    info->estimatedCost = 1e6;
    info->estimatedRows = 1000000;
    return SQLITE_OK;
  }
  return SQLITE_CONSTRAINT;
}

int Open(sqlite3_vtab* /*table*/, sqlite3_vtab_cursor** cursor) {
  auto owned = std::make_unique<RowsCursor>();
  owned->base = {};
  *cursor = &owned.release()->base;
  return SQLITE_OK;
}

int Close(sqlite3_vtab_cursor* cursor) {
  const std::unique_ptr<RowsCursor> owned(&CursorOf(cursor));
  return SQLITE_OK;
}

int Filter(sqlite3_vtab_cursor* cursor, int /*index_number*/, const char* /*index_text*/, int argc,
           sqlite3_value** argv) {
  RowsCursor& c = CursorOf(cursor);
  c.pass =
      argc == 1 ? static_cast<ImportPass*>(sqlite3_value_pointer(argv[0], kPassType)) : nullptr;
  if (c.pass == nullptr) return Fail(cursor, "lct_import_rows needs an import pass");
  return Move(cursor, true);
}

int Next(sqlite3_vtab_cursor* cursor) { return Move(cursor, false); }

int Eof(sqlite3_vtab_cursor* cursor) { return CursorOf(cursor).at_end ? 1 : 0; }

void ResultOptional(sqlite3_context* context, const std::optional<double>& value) {
  if (value) {
    sqlite3_result_double(context, *value);
  } else {
    sqlite3_result_null(context);
  }
}

void ResultText(sqlite3_context* context, std::string_view text) {
  // The text stays put until the cursor moves, and SQLite copies what it keeps.
  sqlite3_result_text(context, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
}

int ColumnValue(sqlite3_vtab_cursor* cursor, sqlite3_context* context, int column) {
  const SortedRow& row = CursorOf(cursor).pass->current();
  switch (column) {
    case kIndicatorColumn:
      sqlite3_result_int64(context, row.indicator.value);
      break;
    case kPlaceColumn:
      sqlite3_result_int64(context, row.place.value);
      break;
    case kPeriodColumn:
      ResultText(context, row.period);
      break;
    case kValueColumn:
      ResultOptional(context, row.value);
      break;
    case kLowerColumn:
      ResultOptional(context, row.lower);
      break;
    case kUpperColumn:
      ResultOptional(context, row.upper);
      break;
    case kStatusColumn:
      ResultText(context, domain::ObservationStatusKey(row.status));
      break;
    case kNoteColumn:
      ResultText(context, row.note);
      break;
    case kLineColumn:
      sqlite3_result_int64(context, row.from.line);
      break;
    default:
      sqlite3_result_null(context);
  }
  return SQLITE_OK;
}

int RowId(sqlite3_vtab_cursor* cursor, sqlite3_int64* rowid) {
  *rowid = CursorOf(cursor).rowid;
  return SQLITE_OK;
}

// lct_import_tally(pass, changed): counts `changed` on the pass and returns it.
void TallyFunction(sqlite3_context* context, int /*argc*/, sqlite3_value** argv) {
  auto* pass = static_cast<ImportPass*>(sqlite3_value_pointer(argv[0], kPassType));
  if (pass == nullptr) {
    sqlite3_result_error(context, "lct_import_tally needs an import pass", -1);
    return;
  }
  const bool changes = sqlite3_value_int(argv[1]) != 0;
  pass->Tally(changes);
  sqlite3_result_int(context, changes ? 1 : 0);
}

sqlite3_module MakeModule() {
  sqlite3_module module{};
  module.xConnect = Connect;  // no xCreate: eponymous only, never stored in a schema
  module.xBestIndex = BestIndex;
  module.xDisconnect = Disconnect;
  module.xOpen = Open;
  module.xClose = Close;
  module.xFilter = Filter;
  module.xNext = Next;
  module.xEof = Eof;
  module.xColumn = ColumnValue;
  module.xRowid = RowId;
  return module;
}

}  // namespace

Status RegisterImportRows(Connection& connection) {
  static const sqlite3_module kModule = MakeModule();
  sqlite3* db = connection.handle();
  if (sqlite3_create_module_v2(db, "lct_import_rows", &kModule, nullptr, nullptr) != SQLITE_OK) {
    return SqliteError(db, "registering lct_import_rows");
  }
  if (sqlite3_create_function_v2(db, "lct_import_tally", 2, SQLITE_UTF8 | SQLITE_DIRECTONLY,
                                 nullptr, TallyFunction, nullptr, nullptr, nullptr) != SQLITE_OK) {
    return SqliteError(db, "registering lct_import_tally");
  }
  return Ok();
}

void ImportPass::Bind(Statement& statement, int index) {
  statement.BindPointer(index, this, kPassType);
}

Result<bool> ImportPass::Start() {
  if (started_) return Internal("an import's rows can be read only once");
  started_ = true;
  return Advance();
}

Result<bool> ImportPass::Advance() {
  while (true) {
    auto next = rows_.Next();
    if (!next) {
      failure_ = next.error();
      return next.error();
    }
    if (!next->has_value()) return false;
    const SortedRow& row = **next;
    if (yielded_ > 0 && row.indicator == current_.indicator && row.place == current_.place &&
        row.period == current_period_) {
      if (on_duplicate_) {
        try {
          on_duplicate_({row.from, current_.from.line, row.indicator});
        } catch (const std::exception& e) {
          failure_ = Internal(std::string("handling a duplicate row: ") + e.what());
          return *failure_;
        }
      }
      continue;
    }
    if (indicators_.empty() || indicators_.back() != row.indicator.value) {
      indicators_.push_back(row.indicator.value);
    }
    if (yielded_ == 0 || row.place != current_.place) places_.insert(row.place.value);
    current_ = row;
    current_period_.assign(row.period);
    ++yielded_;
    return true;
  }
}

}  // namespace lct::store::sqlite
