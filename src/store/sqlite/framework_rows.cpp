#include "store/sqlite/framework_rows.hpp"

#include <string>

#include "store/sqlite/framework_sql.hpp"

namespace lct::store::sqlite {
namespace {

domain::FrameworkRecord ReadRecord(const Statement& s) {
  return {s.Text(0), static_cast<int>(s.Int(1)), s.Text(2), s.Text(3), s.Text(4)};
}

std::string Describe(std::string_view slug, int version) {
  return "version " + std::to_string(version) + " of framework '" + std::string(slug) + "'";
}

}  // namespace

Status PutFramework(Connection& db, const domain::FrameworkRecord& record) {
  {
    auto existing = db.Prepare(sql::kFrameworkSource);
    if (!existing) return existing.error();
    (*existing)->Bind(1, record.slug).Bind(2, static_cast<std::int64_t>(record.version));
    auto row = (*existing)->Step();
    if (!row) return row.error();
    if (*row) {
      if ((*existing)->Text(0) == record.yaml) return Ok();
      return Error(ErrorCode::kConflict, Describe(record.slug, record.version) +
                                             " is already stored with different content");
    }
  }
  auto insert = db.Prepare(sql::kInsertFramework);
  if (!insert) return insert.error();
  (*insert)
      ->Bind(1, record.slug)
      .Bind(2, static_cast<std::int64_t>(record.version))
      .Bind(3, record.title)
      .Bind(4, record.yaml)
      .Bind(5, record.imported_at);
  return (*insert)->Run();
}

Result<std::vector<domain::FrameworkRecord>> ListFrameworks(Connection& db) {
  auto stmt = db.Prepare(sql::kListFrameworks);
  if (!stmt) return stmt.error();
  std::vector<domain::FrameworkRecord> records;
  while (true) {
    auto row = (*stmt)->Step();
    if (!row) return row.error();
    if (!*row) break;
    records.push_back(ReadRecord(**stmt));
  }
  return records;
}

Result<domain::FrameworkRecord> GetFramework(Connection& db, std::string_view slug,
                                             std::optional<int> version) {
  auto stmt = db.Prepare(version ? sql::kGetFramework : sql::kGetLatestFramework);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, slug);
  if (version) (*stmt)->Bind(2, static_cast<std::int64_t>(*version));
  auto row = (*stmt)->Step();
  if (!row) return row.error();
  if (!*row) {
    return NotFound(version ? Describe(slug, *version) + " is not loaded"
                            : "no framework has the id '" + std::string(slug) + "'");
  }
  return ReadRecord(**stmt);
}

}  // namespace lct::store::sqlite
