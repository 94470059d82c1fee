#include "store/sqlite/setting_rows.hpp"

namespace lct::store::sqlite {
namespace {

constexpr const char* kGetSetting = "SELECT value FROM network_settings WHERE key = ?1";
constexpr const char* kPutSetting =
    "INSERT INTO network_settings (key, value, updated_at) "
    "VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at";
constexpr const char* kDeleteSetting = "DELETE FROM network_settings WHERE key = ?1";

}  // namespace

Result<std::optional<std::string>> GetNetworkSetting(Connection& db, std::string_view key) {
  auto stmt = db.Prepare(kGetSetting);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, key);
  auto row = (*stmt)->Step();
  if (!row) return row.error();
  if (!*row) return std::optional<std::string>();
  return std::optional<std::string>((*stmt)->Text(0));
}

Status PutNetworkSetting(Connection& db, std::string_view key, std::string_view value) {
  auto stmt = db.Prepare(kPutSetting);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, key).Bind(2, value);
  return (*stmt)->Run();
}

Status DeleteNetworkSetting(Connection& db, std::string_view key) {
  auto stmt = db.Prepare(kDeleteSetting);
  if (!stmt) return stmt.error();
  (*stmt)->Bind(1, key);
  return (*stmt)->Run();
}

}  // namespace lct::store::sqlite
