// The services façade (issue 12): the one object web routes and CLI commands are given. It
// holds the database and the state shared across requests (one framework cache, the learning
// index cache, the account service), so that the edges never build their own.
//
// store() is a handle the edges pass on to the services functions that take one; they call no
// Store method themselves, and cannot: they do not link lct_store, and services headers only
// forward-declare it (services/store_handle.hpp; docs/architecture.md, "Layers").
#pragma once

#include <memory>

#include "base/result.hpp"
#include "services/account_service.hpp"
#include "services/database.hpp"
#include "services/framework_cache.hpp"
#include "services/learning_index.hpp"
#include "services/store_handle.hpp"

namespace lct::services {

// Thread-safe as long as the Store is: every member is.
class Services {
 public:
  // Holds `store`, which must outlive this.
  Services(store::Store& store, AccountOptions accounts);
  // Owns `store`.
  Services(std::unique_ptr<store::Store> store, AccountOptions accounts);
  ~Services();
  Services(const Services&) = delete;
  Services& operator=(const Services&) = delete;
  Services(Services&&) = delete;
  Services& operator=(Services&&) = delete;

  // For the services functions that take the store or a part of it; valid as long as this
  // object.
  [[nodiscard]] StoreHandle store() const { return store_; }
  [[nodiscard]] FrameworkCache& frameworks() const { return *frameworks_; }
  [[nodiscard]] LearningIndexCache& learning_index() const { return *learning_index_; }
  [[nodiscard]] AccountService& accounts() const { return *accounts_; }

 private:
  std::unique_ptr<store::Store> owned_;  // empty when the store is only held
  store::Store& store_;
  std::unique_ptr<FrameworkCache> frameworks_;
  std::unique_ptr<LearningIndexCache> learning_index_;
  std::unique_ptr<AccountService> accounts_;
};

// Opens (creating it when missing) the database and applies pending migrations
// (OpenDatabase), then builds the façade that owns it.
[[nodiscard]] Result<std::unique_ptr<Services>> OpenServices(const DatabaseOptions& database,
                                                             AccountOptions accounts = {});

}  // namespace lct::services
