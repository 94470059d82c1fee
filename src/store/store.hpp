// Store: the product's only door to its database. Two implementations share this interface
// (SQLite embedded, PostgreSQL shared); no SQL or driver type appears here.
// Thread safety: every method may be called from any thread at once.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/ids.hpp"
#include "base/result.hpp"
#include "domain/account.hpp"
#include "domain/assessment_round.hpp"
#include "domain/audit.hpp"
#include "domain/framework_record.hpp"
#include "domain/import_counts.hpp"
#include "domain/indicator.hpp"
#include "domain/network.hpp"
#include "domain/place.hpp"
#include "domain/target.hpp"

namespace lct::store {

// Indicator catalogue, observation import and targets (issue 5) ------------------------------

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

// The writes available inside one transaction (see Store::Write).
class StoreWriter {
 public:
  virtual ~StoreWriter() = default;
  // Inserts or updates by slug/code and returns the row's id.
  virtual Result<NetworkId> UpsertNetwork(const domain::Network& network) = 0;
  virtual Result<PlaceId> UpsertPlace(const domain::Place& place) = 0;
  virtual Result<IndicatorId> UpsertIndicator(const domain::Indicator& indicator) = 0;
  virtual Status SetMembership(NetworkId network, const domain::Membership& membership) = 0;
  // Inserts or replaces the observation for (indicator, place, period).
  virtual Status UpsertObservation(const domain::Observation& observation) = 0;
  // Stores one version of a framework (imported_at is set to now when empty). Writing the same
  // (slug, version) again with the same YAML text changes nothing; with other text it is a
  // kConflict error, since a published version never changes.
  virtual Status PutFramework(const domain::FrameworkRecord& framework) = 0;

  // Accounts, sessions, API tokens and audit (issue 7)
  // Appends one audit entry (`at` is set to now when empty). The log is append-only: there
  // is no update or delete.
  virtual Status AppendAudit(const domain::AuditEntry& entry) = 0;
  // kConflict when the email is taken. Returns the new id.
  virtual Result<UserId> InsertUser(const domain::User& user) = 0;
  // Updates every field but id and created_at. NotFound for an unknown id.
  virtual Status UpdateUser(const domain::User& user) = 0;
  // Sets the user's role for the place, or removes it when `role` is empty. NotFound for an
  // unknown place code.
  virtual Status SetPlaceRole(UserId user, std::string_view place_code,
                              std::optional<domain::PlaceRole> role) = 0;
  // Inserts or replaces the session with this token hash.
  virtual Status PutSession(const domain::SessionRecord& session) = 0;
  virtual Status DeleteSession(std::string_view token_hash) = 0;
  virtual Status DeleteUserSessions(UserId user) = 0;
  // Returns the new token's id. NotFound for an unknown scope place.
  virtual Result<std::int64_t> InsertApiToken(const domain::ApiToken& token) = 0;
  // NotFound unless `user` owns the token (or `user` is empty: any owner).
  virtual Status RevokeApiToken(std::int64_t id, std::optional<UserId> user) = 0;
  virtual Status InsertOneTimeToken(const domain::OneTimeToken& token) = 0;
  // Marks an unused token used; kConflict when it was used already, NotFound when unknown.
  virtual Status UseOneTimeToken(std::string_view token_hash) = 0;
  // Marks every unused token for `email` with `purpose` used (none is fine).
  virtual Status EndOneTimeTokens(std::string_view email, domain::OneTimePurpose purpose) = 0;

  // Self-assessment rounds (issue 4); implemented in store/sqlite/assessment_*.
  // Creates a round with its strands (opened_at set to now when empty); its place is found
  // by place_code (NotFound when absent) and its framework version must be stored.
  virtual Result<domain::RoundId> CreateRound(const domain::AssessmentRound& round) = 0;
  // Records the round as closed by hand at `closed_at` (now when empty); closing a closed
  // round changes nothing.
  virtual Status CloseRound(domain::RoundId round, std::string_view closed_at) = 0;
  // Records the round `round` is compared with (`previous`; none when empty). The first call
  // wins: a later one changes nothing. NotFound for an unknown round.
  virtual Status FixComparisonRound(domain::RoundId round,
                                    std::optional<domain::RoundId> previous) = 0;
  // Adds a respondent with the next number in its round and a pseudonym: `respondent.pseudonym`
  // when set (kConflict if the round has it), else a random one unique in the round. Only
  // `token_hash` of the personal link is kept (kConflict if another respondent has it).
  // Returns the stored respondent.
  virtual Result<domain::Respondent> AddRespondent(const domain::Respondent& respondent,
                                                   std::string_view token_hash) = 0;
  // Inserts or replaces the answer for (respondent, criterion): writing it twice leaves one.
  virtual Status UpsertAnswer(const domain::Answer& answer) = 0;
  // Marks the respondent's answers as submitted (now); a second call keeps the first time.
  virtual Status MarkSubmitted(domain::RespondentId respondent) = 0;

  // Indicator catalogue, observation import and targets (issue 5).
  // Inserts or replaces the target for (place, indicator).
  virtual Result<TargetId> UpsertTarget(const domain::Target& target) = 0;
  // NotFound when there is no such target.
  virtual Status DeleteTarget(PlaceId place, IndicatorId indicator) = 0;
  virtual Status PutPendingImport(const PendingImport& pending) = 0;
  // Removes it, and every pending import older than a day.
  virtual Status DeletePendingImport(std::string_view id) = 0;

  // Network settings kept as text by key (issue 12).
  // Inserts or replaces the value of `key`.
  virtual Status PutNetworkSetting(std::string_view key, std::string_view value) = 0;
  // Removes `key`'s value (none is fine): its bundled default applies again.
  virtual Status DeleteNetworkSetting(std::string_view key) = 0;
};

class Store {
 public:
  virtual ~Store() = default;

  // The highest migration applied.
  [[nodiscard]] virtual Result<int> SchemaVersion() = 0;
  // Cheap round trip to the database, for /healthz.
  [[nodiscard]] virtual Status Ping() = 0;
  // Whether a write could start now, for /healthz (issue 11): begins a write transaction,
  // waiting at most `wait` for another writer's lock, and rolls it back, writing nothing.
  // kUnavailable while another connection or process holds the write lock longer than that,
  // or when the database cannot be written at all (a read-only file).
  [[nodiscard]] virtual Status CheckWritable(std::chrono::milliseconds wait) = 0;

  // Runs `body` in one transaction: committed only when `body` returns ok and the commit
  // succeeds, rolled back otherwise, so a failed import changes nothing. When Write returns
  // ok the data is durable. A body that changed shown data (anything but sessions, API
  // tokens, one-time tokens, pending imports and the audit log) also adds one to the data
  // version, in the same transaction.
  [[nodiscard]] virtual Status Write(const std::function<Status(StoreWriter&)>& body) = 0;

  // Issue 12: a number that grows with every committed transaction that changed data a page
  // or API answer shows (Write, ImportObservations), whichever process or connection wrote
  // it; a rolled-back write leaves it as it was. Caches key on it. One indexed read.
  [[nodiscard]] virtual Result<std::int64_t> DataVersion() = 0;

  [[nodiscard]] virtual Result<std::vector<domain::Network>> ListNetworks() = 0;
  [[nodiscard]] virtual Result<std::vector<domain::Membership>> ListMemberships(
      NetworkId network) = 0;
  [[nodiscard]] virtual Result<std::vector<domain::Place>> ListPlaces() = 0;
  // NotFound when no place has `code`.
  [[nodiscard]] virtual Result<domain::Place> GetPlace(std::string_view code) = 0;
  [[nodiscard]] virtual Result<std::vector<domain::Indicator>> ListIndicators() = 0;
  [[nodiscard]] virtual Result<std::vector<domain::Observation>> ListObservationsForPlace(
      PlaceId place) = 0;
  // Every place's observation of `indicator` for `period`.
  [[nodiscard]] virtual Result<std::vector<domain::Observation>> ListObservationsForPeriod(
      IndicatorId indicator, std::string_view period) = 0;

  // Every stored version of every framework, ordered by slug, then version (oldest first).
  [[nodiscard]] virtual Result<std::vector<domain::FrameworkRecord>> ListFrameworks() = 0;
  // One version of a framework, or its highest version when `version` is empty.
  // NotFound when there is no such framework or version.
  [[nodiscard]] virtual Result<domain::FrameworkRecord> GetFramework(
      std::string_view slug, std::optional<int> version) = 0;

  // Accounts, sessions, API tokens and audit (issue 7). NotFound when there is no such row.
  [[nodiscard]] virtual Result<domain::User> GetUser(UserId id) = 0;
  [[nodiscard]] virtual Result<domain::User> GetUserByEmail(std::string_view email) = 0;
  [[nodiscard]] virtual Result<std::vector<domain::User>> ListUsers() = 0;  // by email
  [[nodiscard]] virtual Result<std::vector<domain::PlaceGrant>> ListPlaceRoles(UserId user) = 0;
  [[nodiscard]] virtual Result<domain::SessionRecord> GetSession(std::string_view token_hash) = 0;
  [[nodiscard]] virtual Result<domain::ApiToken> GetApiToken(std::string_view token_hash) = 0;
  [[nodiscard]] virtual Result<std::vector<domain::ApiToken>> ListApiTokens(
      std::optional<UserId> user) = 0;  // newest first; every user's when empty
  [[nodiscard]] virtual Result<domain::OneTimeToken> GetOneTimeToken(
      std::string_view token_hash) = 0;
  [[nodiscard]] virtual Result<std::vector<domain::AuditEntry>> ListAudit(
      const domain::AuditQuery& query) = 0;

  // Network settings (issue 12): the value stored for `key`, or nothing when none is.
  [[nodiscard]] virtual Result<std::optional<std::string>> GetNetworkSetting(
      std::string_view key) = 0;

  // Self-assessment rounds (issue 4).
  // A place's rounds, newest first (empty when the place has none or does not exist).
  [[nodiscard]] virtual Result<std::vector<domain::AssessmentRound>> ListRounds(
      std::string_view place_code) = 0;
  // NotFound when there is no such round.
  [[nodiscard]] virtual Result<domain::AssessmentRound> GetRound(domain::RoundId round) = 0;
  // A round's respondents by number.
  [[nodiscard]] virtual Result<std::vector<domain::Respondent>> ListRespondents(
      domain::RoundId round) = 0;
  // The respondent whose link token hashes to `token_hash`; NotFound when none.
  [[nodiscard]] virtual Result<domain::Respondent> FindRespondent(std::string_view token_hash) = 0;
  // Every answer of the round's respondents, by respondent number then criterion.
  [[nodiscard]] virtual Result<std::vector<domain::Answer>> ListAnswers(domain::RoundId round) = 0;

  // Indicator catalogue, observation import and targets (issue 5).
  // NotFound when no indicator has `code`.
  [[nodiscard]] virtual Result<domain::Indicator> GetIndicator(std::string_view code) = 0;
  // Every place's observations of `indicator`, ordered by place id, then period.
  [[nodiscard]] virtual Result<std::vector<domain::Observation>> ListObservationsForIndicator(
      IndicatorId indicator) = 0;
  // Targets of one place, or of every place when `place` is empty.
  [[nodiscard]] virtual Result<std::vector<domain::Target>> ListTargets(
      std::optional<PlaceId> place) = 0;
  // Runs `steps`: stages the rows (memory stays bounded however many), finds duplicate keys,
  // counts the rows against the stored observations (new, changed, unchanged) and, when asked
  // to, writes them, all in one transaction that commits only when `steps.commit(counts)` is
  // true (the counts then say committed). Nothing is written when `fill` fails, `write` or
  // `commit` says no, or anything else fails.
  [[nodiscard]] virtual Result<ImportCounts> ImportObservations(const ImportSteps& steps) = 0;
  // NotFound when there is no such pending import.
  [[nodiscard]] virtual Result<PendingImport> GetPendingImport(std::string_view id) = 0;
};

}  // namespace lct::store
