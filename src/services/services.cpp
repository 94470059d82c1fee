#include "services/services.hpp"

#include <utility>

#include "store/store.hpp"

namespace lct::services {

Services::Services(store::Store& store, AccountOptions accounts)
    : store_(store),
      frameworks_(std::make_unique<FrameworkCache>()),
      learning_index_(std::make_unique<LearningIndexCache>()),
      accounts_(std::make_unique<AccountService>(store, std::move(accounts))) {}

Services::Services(std::unique_ptr<store::Store> store, AccountOptions accounts)
    : owned_(std::move(store)),
      store_(*owned_),
      frameworks_(std::make_unique<FrameworkCache>()),
      learning_index_(std::make_unique<LearningIndexCache>()),
      accounts_(std::make_unique<AccountService>(*owned_, std::move(accounts))) {}

Services::~Services() = default;

Result<std::unique_ptr<Services>> OpenServices(const DatabaseOptions& database,
                                               AccountOptions accounts) {
  auto store = OpenDatabase(database);
  if (!store) return store.error();
  return std::make_unique<Services>(std::move(*store), std::move(accounts));
}

}  // namespace lct::services
