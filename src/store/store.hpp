// Store: the product's only door to its database. Two implementations share this interface
// (SQLite embedded, PostgreSQL shared); no SQL or driver type appears here.
// Thread safety: every method may be called from any thread at once.
//
// The interface is split by aggregate (store/*_store.hpp: networks, indicators, frameworks,
// rounds, accounts, targets), each part with a Reads and a Writes interface. Store is every
// Reads part plus observation imports, transactions and health; StoreWriter is every Writes
// part. A service takes the narrowest part it needs (docs/architecture.md, "The store, by
// aggregate").
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>

#include "base/result.hpp"
#include "store/account_store.hpp"
#include "store/framework_store.hpp"
#include "store/indicator_store.hpp"
#include "store/network_store.hpp"
#include "store/round_store.hpp"
#include "store/target_store.hpp"

namespace lct::store {

// The writes available inside one transaction (see Store::Write).
class StoreWriter : public NetworkWrites,
                    public IndicatorWrites,
                    public FrameworkWrites,
                    public RoundWrites,
                    public AccountWrites,
                    public TargetWrites {
 public:
  ~StoreWriter() override = default;
};

class Store : public NetworkReads,
              public IndicatorReads,
              public FrameworkReads,
              public RoundReads,
              public AccountReads,
              public TargetReads,
              public ObservationImports {
 public:
  ~Store() override = default;

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
};

}  // namespace lct::store
