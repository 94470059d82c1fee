// Numbered schema migrations, applied in order at start-up. Never edit a published one:
// add the next number instead.
#pragma once

#include <span>
#include <string_view>

namespace lct::store {

struct Migration {
  int version;
  std::string_view description;
  std::string_view sql;  // portable SQL (SQLite and PostgreSQL), statements separated by ';'
};

[[nodiscard]] std::span<const Migration> Migrations();

}  // namespace lct::store
