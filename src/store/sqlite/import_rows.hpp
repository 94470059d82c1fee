// An import's sorted rows as SQL sees them, so that one statement counts or writes them all:
// `lct_import_rows(?1)` is a table-valued function reading the ImportPass bound to ?1 (each
// key's first row, in key order; a later row with the same key goes to the pass's duplicate
// handler and is left out), and `lct_import_tally(?1, changed)` counts, for the rows that meet
// a stored observation, whether they change it. Private to store/sqlite.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "base/result.hpp"
#include "store/sqlite/connection.hpp"
#include "store/sqlite/import_sorter.hpp"
#include "store/store.hpp"

namespace lct::store::sqlite {

// Registers both functions on `connection`; call once, when it opens.
[[nodiscard]] Status RegisterImportRows(Connection& connection);

// One reading of an import's rows, by one statement. Not thread-safe; the sorter must outlive
// it.
class ImportPass {
 public:
  ImportPass(ImportSorter& rows, std::function<void(const DuplicateRow&)> on_duplicate)
      : rows_(rows), on_duplicate_(std::move(on_duplicate)) {}

  // Hands this pass to the statement's parameter `index` (both functions take it there).
  void Bind(Statement& statement, int index);

  [[nodiscard]] std::int64_t rows() const { return yielded_; }  // rows given to SQL
  [[nodiscard]] std::int64_t changed() const { return changed_; }
  [[nodiscard]] std::int64_t unchanged() const { return unchanged_; }
  // Every indicator and place id the rows given to SQL name, each once.
  [[nodiscard]] const std::vector<std::int64_t>& indicators() const { return indicators_; }
  [[nodiscard]] const std::unordered_set<std::int64_t>& places() const { return places_; }
  // Why reading stopped early (the temporary file, or the duplicate handler threw), if it did.
  [[nodiscard]] const std::optional<Error>& failure() const { return failure_; }

  // For the SQL functions. Start() may be called once; it and Advance() move to the next row
  // that is not a duplicate and return false at the end.
  [[nodiscard]] Result<bool> Start();
  [[nodiscard]] Result<bool> Advance();
  [[nodiscard]] const SortedRow& current() const { return current_; }
  void Tally(bool changes) { ++(changes ? changed_ : unchanged_); }

 private:
  ImportSorter& rows_;
  std::function<void(const DuplicateRow&)> on_duplicate_;  // may be empty
  bool started_ = false;
  SortedRow current_;
  std::string current_period_;  // the key of the last row given, to recognise its duplicates
  std::int64_t yielded_ = 0;
  std::int64_t changed_ = 0;
  std::int64_t unchanged_ = 0;
  std::vector<std::int64_t> indicators_;  // in order: the rows come sorted by indicator
  std::unordered_set<std::int64_t> places_;
  std::optional<Error> failure_;
};

}  // namespace lct::store::sqlite
