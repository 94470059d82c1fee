// Importing observations from CSV files (the ONS tidy layout as published, or any long or wide
// file through a column mapping): read, check every row, compare with what is stored, and write
// all accepted rows in one transaction, or nothing. The web upload and `lct import` both use it.
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <map>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "domain/column_mapping.hpp"
#include "domain/import_counts.hpp"
#include "services/account_service.hpp"
#include "services/store_handle.hpp"

namespace lct::services {

struct ImportOptions {
  domain::ColumnMapping mapping;
  bool commit = true;          // false: a preview, nothing is written
  bool skip_rejected = false;  // write the accepted rows even when some rows were rejected
  Actor actor;                 // who imports, for the audit log (empty: the command line)
};

struct RejectedRow {
  std::int64_t line = 0;
  std::string column;
  std::string reason;  // "unknown place code 'S12000033'", "bad number 'n/a'", ...
};

struct ImportReport {
  std::string source;
  std::int64_t rows = 0;                   // observations read (accepted and rejected)
  domain::ImportCounts counts;             // of the accepted rows
  std::int64_t rejected = 0;               // rows rejected
  std::vector<RejectedRow> rejected_rows;  // the first kListedRejects of them, by line
  std::map<std::string, std::int64_t> accepted_by_indicator;  // indicator code -> rows
  std::map<std::string, std::int64_t> rejected_by_reason;     // reason kind -> rows
  bool committed = false;
  // Why nothing was written, when nothing was: "preview only", "N rows were rejected"...
  std::string not_written_because;
};

inline constexpr std::size_t kListedRejects = 1000;

// Reads `in` and imports it as `options` say. A file that cannot be read at all (no header, a
// missing column, malformed CSV, invalid UTF-8) is an error naming file, line and column, and
// nothing is written. Rows that cannot be used are rejected with line, column and reason (unknown
// place code, unknown indicator, bad number, bad period, duplicate key...), each also passed to
// `on_reject` when given (rows repeating an earlier row's key once the whole file is read, after
// the others); unless skip_rejected is set, any rejected row means nothing is written.
// Importing the same file twice changes nothing the second time. A write is recorded in the
// audit log (file, counts, who) in the same transaction.
[[nodiscard]] Result<ImportReport> ImportObservations(
    store::Store& store, std::istream& in, const std::string& source_name,
    const ImportOptions& options, const std::function<void(const RejectedRow&)>& on_reject = {});

// Parses "field=column" mapping options (field: place, indicator, period, value, lower, upper,
// status, note, ignore) into `mapping`.
[[nodiscard]] Status ApplyMappingOption(domain::ColumnMapping& mapping, std::string_view option);

}  // namespace lct::services
