// Reading and writing places with their context values (places + place_context tables).
#pragma once

#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "domain/place.hpp"
#include "store/sqlite/connection.hpp"

namespace lct::store::sqlite {

// Replaces the context rows of `id` with those of `place`.
[[nodiscard]] Status WriteContext(Connection& db, PlaceId id, const domain::Place& place);

// Runs `sql` (kListPlaces, or kGetPlace with `code` bound) and attaches context values.
[[nodiscard]] Result<std::vector<domain::Place>> ReadPlaces(Connection& db, const char* sql,
                                                            std::string_view code);

}  // namespace lct::store::sqlite
