#include "store/sqlite/place_rows.hpp"

#include <array>
#include <map>
#include <optional>
#include <utility>

#include "store/sqlite/row_mapping.hpp"
#include "store/sqlite/sql.hpp"

namespace lct::store::sqlite {
namespace {

using ContextField = std::optional<domain::ContextValue> domain::Place::*;
constexpr std::array<std::pair<const char*, ContextField>, 4> kContextFields = {{
    {"population_2021", &domain::Place::population_2021},
    {"population_2011", &domain::Place::population_2011},
    {"density_2021", &domain::Place::density_2021},
    {"imd_education", &domain::Place::imd_education},
}};

void AttachContext(domain::Place& place, std::string_view variable, domain::ContextValue value) {
  for (const auto& [name, field] : kContextFields) {
    if (variable == name) {
      place.*field = std::move(value);
      return;
    }
  }
}

}  // namespace

Status WriteContext(Connection& db, PlaceId id, const domain::Place& place) {
  auto erase = db.Prepare(sql::kDeleteContext);
  if (!erase) return erase.error();
  (*erase)->Bind(1, id.value);
  if (auto status = (*erase)->Run(); !status) return status;
  erase->reset();
  for (const auto& [name, field] : kContextFields) {
    const auto& value = place.*field;
    if (!value) continue;
    auto insert = db.Prepare(sql::kInsertContext);
    if (!insert) return insert.error();
    (*insert)
        ->Bind(1, id.value)
        .Bind(2, std::string_view(name))
        .Bind(3, value->value)
        .Bind(4, value->source)
        .Bind(5, value->note);
    if (auto status = (*insert)->Run(); !status) return status;
  }
  return Ok();
}

Result<std::vector<domain::Place>> ReadPlaces(Connection& db, const char* sql,
                                              std::string_view code) {
  std::vector<domain::Place> places;
  std::map<std::int64_t, std::size_t> index;
  {
    auto stmt = db.Prepare(sql);
    if (!stmt) return stmt.error();
    if (!code.empty()) (*stmt)->Bind(1, code);
    while (true) {
      auto row = (*stmt)->Step();
      if (!row) return row.error();
      if (!*row) break;
      const auto& s = **stmt;
      domain::Place p;
      p.id = PlaceId{s.Int(0)};
      p.code = s.Text(1);
      p.name = s.Text(2);
      auto kind = AreaKindFromKey(s.Text(3));
      if (!kind) return kind.error();
      p.kind = *kind;
      p.region_code = s.Text(4);
      p.nation_code = s.Text(5);
      p.predecessor_codes = s.Text(6);
      p.note = s.Text(7);
      p.level = s.Text(8);
      p.parent_code = s.Text(9);
      p.latitude = s.OptionalDouble(10);
      p.longitude = s.OptionalDouble(11);
      p.retired = s.Text(12);
      index[p.id.value] = places.size();
      places.push_back(std::move(p));
    }
  }
  const bool one = !code.empty();
  auto ctx = db.Prepare(one ? sql::kListPlaceContext : sql::kListAllContext);
  if (!ctx) return ctx.error();
  if (one) {
    if (places.empty()) return places;
    (*ctx)->Bind(1, places.front().id.value);
  }
  while (true) {
    auto row = (*ctx)->Step();
    if (!row) return row.error();
    if (!*row) break;
    const auto& s = **ctx;
    const auto it = index.find(s.Int(0));
    if (it == index.end()) continue;
    const auto value = s.OptionalDouble(2);
    AttachContext(places[it->second], s.Text(1), {value.value_or(0), s.Text(3), s.Text(4)});
  }
  return places;
}

}  // namespace lct::store::sqlite
