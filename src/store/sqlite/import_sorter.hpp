// The rows of one observation import, sorted by key (indicator, place, period) in bounded
// memory: rows gather in a buffer; a full buffer is sorted and written to a temporary file as a
// run; reading merges the runs. Private to store/sqlite.
// Hand-written because SQLite's own sorter (a temporary table read in key order, or one with a
// key index) costs several times as much per row, and random-order inserts into a keyed table
// larger than its page cache cost more again: an import is sorted once here, then meets the
// observations table in its key order (docs/indicators.md, "How an import is written").
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "domain/indicator.hpp"
#include "store/store.hpp"

namespace lct::store::sqlite {

// One row as the sorter hands it back. The views point into the sorter's buffers and stay
// valid until the next call of ImportSorter::Next().
struct SortedRow {
  IndicatorId indicator;
  PlaceId place;
  std::string_view period;
  std::optional<double> value;
  std::optional<double> lower;
  std::optional<double> upper;
  domain::ObservationStatus status = domain::ObservationStatus::kNormal;
  std::string_view note;
  StagedFrom from;
};

// Not thread-safe. Add every row, then Finish(), then Next() until it gives no row.
class ImportSorter {
 public:
  // About `budget` bytes of rows are held in memory (more only for a single row larger than
  // that); the rest waits in an unlinked temporary file under $TMPDIR (or /tmp), removed when
  // the sorter is destroyed.
  explicit ImportSorter(std::size_t budget);
  ImportSorter(const ImportSorter&) = delete;
  ImportSorter& operator=(const ImportSorter&) = delete;
  ~ImportSorter();

  // Copies the row. kUnavailable when the temporary file cannot be written.
  [[nodiscard]] Status Add(const domain::Observation& row, StagedFrom from);
  // Ends adding and starts reading.
  [[nodiscard]] Status Finish();
  // The next row in order of (indicator, place, period as bytes), rows of one key in the order
  // they were added; std::nullopt after the last. Errors: reading the temporary file failed.
  [[nodiscard]] Result<std::optional<SortedRow>> Next();

  [[nodiscard]] std::int64_t rows() const { return rows_; }
  // Runs written to the temporary file so far (0 while everything fits in memory).
  [[nodiscard]] std::size_t spilled_runs() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
  std::int64_t rows_ = 0;
};

}  // namespace lct::store::sqlite
