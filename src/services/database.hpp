// Opening the product's database and checking that it answers.
#pragma once

#include <memory>
#include <string>

#include "base/result.hpp"
#include "store/store.hpp"

namespace lct::services {

struct DatabaseOptions {
  std::string path;  // SQLite file; created with its schema when missing
  int max_connections = 8;
};

// Opens the database and applies pending migrations.
[[nodiscard]] Result<std::unique_ptr<store::Store>> OpenDatabase(const DatabaseOptions& options);

// The schema version, proving the database answers; an error when it does not.
[[nodiscard]] Result<int> CheckHealth(store::Store& store);

}  // namespace lct::services
