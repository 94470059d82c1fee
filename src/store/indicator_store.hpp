// The store's part for the indicator catalogue, observations and pending imports: what services
// read (IndicatorReads) and what they write inside one Store::Write transaction (IndicatorWrites).
// Store and StoreWriter (store/store.hpp) inherit every part, so a service can take only the part
// it reads and a second implementation can be written part by part (docs/architecture.md, "The
// store, by aggregate"). Thread safety: as Store.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/ids.hpp"
#include "base/result.hpp"
#include "domain/audit.hpp"
#include "domain/import_counts.hpp"
#include "domain/indicator.hpp"

namespace lct::store {

// How staged rows compare with the stored observations (a domain value, so that services can
// report it to web and cli).
using domain::ImportCounts;

// Where a staged row came from; handed back with a duplicate so that it can be named.
struct StagedFrom {
  std::int64_t line = 0;    // 1-based line of the file
  std::int32_t column = 0;  // any number the caller chooses (e.g. which column held the value)
};

// A staged row whose (indicator, place, period) an earlier row already has: it is left out.
struct DuplicateRow {
  StagedFrom from;
  std::int64_t first_line = 0;  // the line of the row that is kept
  IndicatorId indicator;
};

// Rows of one import, held outside the observations until the import commits.
class ObservationStaging {
 public:
  virtual ~ObservationStaging() = default;
  // Keeps a copy of the row. Rows with a key staged before are not refused here: they are found
  // once every row is staged (ImportSteps::on_duplicate). An error (the temporary storage
  // failed) stops the import.
  [[nodiscard]] virtual Status Stage(const domain::Observation& observation, StagedFrom from) = 0;
};

// The steps of one import (Store::ImportObservations), called in this order: `fill` stages
// every row; `write` says whether to write them (else they are only counted, as for a
// preview); each duplicate goes to `on_duplicate` (the row staged first is kept); `commit`
// sees the counts and says whether to keep what was written; `audit` (may be empty) gives the
// audit entry written in the same transaction.
struct ImportSteps {
  std::function<Status(ObservationStaging&)> fill;
  std::function<bool()> write;
  std::function<void(const DuplicateRow&)> on_duplicate;
  std::function<bool(const ImportCounts&)> commit;
  std::function<domain::AuditEntry(const ImportCounts&)> audit;
};

// An uploaded file waiting for its import to be confirmed (the web preview step).
struct PendingImport {
  std::string id;  // random, unguessable
  std::string created_at;
  std::string file_name;
  std::string options;  // the chosen layout and column mapping, as JSON
  std::string content;
};

class IndicatorReads {
 public:
  virtual ~IndicatorReads() = default;

  [[nodiscard]] virtual Result<std::vector<domain::Indicator>> ListIndicators() = 0;
  // NotFound when no indicator has `code`.
  [[nodiscard]] virtual Result<domain::Indicator> GetIndicator(std::string_view code) = 0;
  [[nodiscard]] virtual Result<std::vector<domain::Observation>> ListObservationsForPlace(
      PlaceId place) = 0;
  // Every place's observation of `indicator` for `period`.
  [[nodiscard]] virtual Result<std::vector<domain::Observation>> ListObservationsForPeriod(
      IndicatorId indicator, std::string_view period) = 0;
  // Every place's observations of `indicator`, ordered by place id, then period.
  [[nodiscard]] virtual Result<std::vector<domain::Observation>> ListObservationsForIndicator(
      IndicatorId indicator) = 0;
  // NotFound when there is no such pending import.
  [[nodiscard]] virtual Result<PendingImport> GetPendingImport(std::string_view id) = 0;
};

class IndicatorWrites {
 public:
  virtual ~IndicatorWrites() = default;

  // Inserts or updates by code and returns the row's id.
  virtual Result<IndicatorId> UpsertIndicator(const domain::Indicator& indicator) = 0;
  // Inserts or replaces the observation for (indicator, place, period).
  virtual Status UpsertObservation(const domain::Observation& observation) = 0;
  virtual Status PutPendingImport(const PendingImport& pending) = 0;
  // Removes it, and every pending import older than a day.
  virtual Status DeletePendingImport(std::string_view id) = 0;
};

// Observation imports run as their own transaction (they stage rows outside the observations
// first), so they are a part of their own rather than a method of IndicatorWrites.
class ObservationImports {
 public:
  virtual ~ObservationImports() = default;

  // Runs `steps`: stages the rows (memory stays bounded however many), finds duplicate keys,
  // counts the rows against the stored observations (new, changed, unchanged) and, when asked
  // to, writes them, all in one transaction that commits only when `steps.commit(counts)` is
  // true (the counts then say committed). Nothing is written when `fill` fails, `write` or
  // `commit` says no, or anything else fails.
  [[nodiscard]] virtual Result<ImportCounts> ImportObservations(const ImportSteps& steps) = 0;
};

}  // namespace lct::store
