#include "store/sqlite/indicator_store.hpp"

#include <map>
#include <string>
#include <utility>

#include "store/sqlite/indicator_sql.hpp"
#include "store/sqlite/row_mapping.hpp"

namespace lct::store::sqlite {
namespace {

Result<std::int64_t> ReturningId(Statement& stmt, std::string_view what) {
  auto row = stmt.Step();
  if (!row) return row.error();
  if (!*row) return NotFound(std::string(what));
  const std::int64_t id = stmt.Int(0);
  if (auto rest = stmt.Run(); !rest) return rest.error();
  return id;
}

domain::Indicator ReadIndicatorRow(const Statement& s) {
  domain::Indicator i;
  i.id = IndicatorId{s.Int(0)};
  i.code = s.Text(1);
  i.name = s.Text(2);
  i.description = s.Text(3);
  i.topic = s.Text(4);
  i.measure = s.Text(5);
  i.unit = s.Text(6);
  i.decimals = static_cast<int>(s.Int(7));
  i.direction = domain::DirectionFromKey(s.Text(8)).value_or(domain::Direction::kNeutral);
  i.source_org = s.Text(9);
  i.source_url = s.Text(10);
  i.source_date = s.Text(11);
  i.licence = s.Text(12);
  i.caveats = s.Text(13);
  i.dataset = s.Text(14);
  i.geography = s.Text(15);
  i.proxy = s.Int(16) != 0;
  return i;
}

domain::Target ReadTargetRow(const Statement& s) {
  domain::Target t;
  t.id = TargetId{s.Int(0)};
  t.place = PlaceId{s.Int(1)};
  t.indicator = IndicatorId{s.Int(2)};
  t.baseline_value = s.OptionalDouble(3).value_or(0.0);
  t.baseline_period = s.Text(4);
  t.target_value = s.OptionalDouble(5).value_or(0.0);
  t.target_date = s.Text(6);
  t.tolerance = s.OptionalDouble(7).value_or(0.1);
  t.shape = domain::PathShapeFromKey(s.Text(8)).value_or(domain::PathShape::kLinear);
  t.note = s.Text(9);
  return t;
}

}  // namespace

Result<IndicatorId> WriteIndicator(Connection& db, const domain::Indicator& i) {
  auto stmt = db.Prepare(sql::kUpsertIndicator);
  if (!stmt) return stmt.error();
  (*stmt)
      ->Bind(1, i.code)
      .Bind(2, i.name)
      .Bind(3, i.description)
      .Bind(4, i.topic)
      .Bind(5, i.measure)
      .Bind(6, i.unit)
      .Bind(7, static_cast<std::int64_t>(i.decimals))
      .Bind(8, std::string_view(domain::DirectionKey(i.direction)))
      .Bind(9, i.source_org)
      .Bind(10, i.source_url)
      .Bind(11, i.source_date)
      .Bind(12, i.licence)
      .Bind(13, i.caveats)
      .Bind(14, i.dataset)
      .Bind(15, i.geography)
      .Bind(16, static_cast<std::int64_t>(i.proxy ? 1 : 0));
  auto id = ReturningId(**stmt, "upsert returned no id");
  if (!id) return id.error();
  stmt->reset();
  auto erase = db.Prepare(sql::kDeleteIndicatorLinks);
  if (!erase) return erase.error();
  (*erase)->Bind(1, *id);
  if (auto status = (*erase)->Run(); !status) return status.error();
  erase->reset();
  for (const std::string& link : i.links) {
    auto insert = db.Prepare(sql::kInsertIndicatorLink);
    if (!insert) return insert.error();
    (*insert)->Bind(1, *id).Bind(2, link);
    if (auto status = (*insert)->Run(); !status) return status.error();
  }
  return IndicatorId{*id};
}

Result<std::vector<domain::Indicator>> ReadIndicators(Connection& db,
                                                      std::optional<std::string_view> code) {
  std::vector<domain::Indicator> out;
  {
    auto stmt = db.Prepare(code ? sql::kGetIndicator : sql::kListIndicators);
    if (!stmt) return stmt.error();
    if (code) (*stmt)->Bind(1, *code);
    while (true) {
      auto row = (*stmt)->Step();
      if (!row) return row.error();
      if (!*row) break;
      out.push_back(ReadIndicatorRow(**stmt));
    }
  }
  std::map<std::int64_t, std::size_t> index;
  for (std::size_t k = 0; k < out.size(); ++k) index[out[k].id.value] = k;
  auto links = db.Prepare(sql::kListIndicatorLinks);
  if (!links) return links.error();
  while (true) {
    auto row = (*links)->Step();
    if (!row) return row.error();
    if (!*row) break;
    const auto it = index.find((*links)->Int(0));
    if (it != index.end()) out[it->second].links.push_back((*links)->Text(1));
  }
  return out;
}

Result<TargetId> WriteTarget(Connection& db, const domain::Target& t) {
  auto stmt = db.Prepare(sql::kUpsertTarget);
  if (!stmt) return stmt.error();
  (*stmt)
      ->Bind(1, t.place.value)
      .Bind(2, t.indicator.value)
      .Bind(3, t.baseline_value)
      .Bind(4, t.baseline_period)
      .Bind(5, t.target_value)
      .Bind(6, t.target_date)
      .Bind(7, t.tolerance)
      .Bind(8, std::string_view(domain::PathShapeKey(t.shape)))
      .Bind(9, t.note);
  auto id = ReturningId(**stmt, "upsert returned no id");
  if (!id) return id.error();
  return TargetId{*id};
}

Status RemoveTarget(Connection& db, PlaceId place, IndicatorId indicator) {
  auto stmt = db.Prepare(sql::kDeleteTarget);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, place.value).Bind(2, indicator.value);
  auto id = ReturningId(**stmt, "there is no such target");
  if (!id) return id.error();
  return Ok();
}

Result<std::vector<domain::Target>> ReadTargets(Connection& db, std::optional<PlaceId> place) {
  auto stmt = db.Prepare(place ? sql::kListTargetsForPlace : sql::kListTargets);
  if (!stmt) return stmt.error();
  if (place) (*stmt)->Bind(1, place->value);
  std::vector<domain::Target> out;
  while (true) {
    auto row = (*stmt)->Step();
    if (!row) return row.error();
    if (!*row) break;
    out.push_back(ReadTargetRow(**stmt));
  }
  return out;
}

Status PutPendingImport(Connection& db, const PendingImport& pending) {
  auto stmt = db.Prepare(sql::kPutPendingImport);
  if (!stmt) return stmt.error();
  (*stmt)
      ->Bind(1, pending.id)
      .Bind(2, pending.file_name)
      .Bind(3, pending.options)
      .Bind(4, pending.content);
  return (*stmt)->Run();
}

Status DeletePendingImport(Connection& db, std::string_view id) {
  auto stmt = db.Prepare(sql::kDeletePendingImport);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, id);
  return (*stmt)->Run();
}

Result<PendingImport> GetPendingImport(Connection& db, std::string_view id) {
  auto stmt = db.Prepare(sql::kGetPendingImport);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, id);
  auto row = (*stmt)->Step();
  if (!row) return row.error();
  if (!*row) return NotFound("this import is no longer waiting: upload the file again");
  return PendingImport{(*stmt)->Text(0), (*stmt)->Text(1), (*stmt)->Text(2), (*stmt)->Text(3),
                       (*stmt)->Text(4)};
}

}  // namespace lct::store::sqlite
