// The SQL text for the frameworks table, as named constants (bound parameters only).
#pragma once

namespace lct::store::sqlite::sql {

inline constexpr const char* kFrameworkSource =
    "SELECT source FROM frameworks WHERE slug = ?1 AND version = ?2";
inline constexpr const char* kInsertFramework =
    "INSERT INTO frameworks (slug, version, title, source, imported_at) "
    "VALUES (?1, ?2, ?3, ?4, COALESCE(NULLIF(?5, ''), strftime('%Y-%m-%dT%H:%M:%SZ','now')))";
inline constexpr const char* kListFrameworks =
    "SELECT slug, version, title, source, imported_at FROM frameworks ORDER BY slug, version";
inline constexpr const char* kGetFramework =
    "SELECT slug, version, title, source, imported_at FROM frameworks "
    "WHERE slug = ?1 AND version = ?2";
inline constexpr const char* kGetLatestFramework =
    "SELECT slug, version, title, source, imported_at FROM frameworks "
    "WHERE slug = ?1 ORDER BY version DESC LIMIT 1";

}  // namespace lct::store::sqlite::sql
