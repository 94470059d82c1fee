// The SQL text of the SQLite store, as named constants (bound parameters only).
#pragma once

namespace lct::store::sqlite::sql {

inline constexpr const char* kSchemaVersion =
    "SELECT COALESCE(MAX(version), 0) FROM schema_migrations";
inline constexpr const char* kRecordMigration =
    "INSERT INTO schema_migrations (version, description, applied_at) "
    "VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%SZ','now'))";

// Issue 12: the data version (migration 9).
inline constexpr const char* kDataVersion = "SELECT version FROM data_version WHERE id = 1";
inline constexpr const char* kBumpDataVersion =
    "UPDATE data_version SET version = version + 1 WHERE id = 1";

inline constexpr const char* kUpsertNetwork =
    "INSERT INTO networks (slug, name, description) VALUES (?1, ?2, ?3) "
    "ON CONFLICT (slug) DO UPDATE SET name = excluded.name, description = excluded.description "
    "RETURNING id";
inline constexpr const char* kUpsertPlace =
    "INSERT INTO places (code, name, kind, region_code, nation_code, predecessor_codes, note, "
    "level, parent_code, latitude, longitude, retired) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
    "ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
    "region_code = excluded.region_code, nation_code = excluded.nation_code, "
    "predecessor_codes = excluded.predecessor_codes, note = excluded.note, "
    "level = excluded.level, parent_code = excluded.parent_code, latitude = excluded.latitude, "
    "longitude = excluded.longitude, retired = excluded.retired RETURNING id";
inline constexpr const char* kDeleteContext = "DELETE FROM place_context WHERE place_id = ?1";
inline constexpr const char* kInsertContext =
    "INSERT INTO place_context (place_id, variable, value, source, note) VALUES (?1, ?2, ?3, ?4, "
    "?5)";
inline constexpr const char* kSetMembership =
    "INSERT INTO memberships (network_id, place_id, role, reason, since) "
    "VALUES (?1, ?2, ?3, ?4, ?5) "
    "ON CONFLICT (network_id, place_id) DO UPDATE SET role = excluded.role, "
    "reason = excluded.reason, since = excluded.since";
inline constexpr const char* kDeleteMembership =
    "DELETE FROM memberships WHERE network_id = ?1 AND place_id = ?2";
inline constexpr const char* kUpsertObservation =
    "INSERT INTO observations (indicator_id, place_id, period, value, lower_bound, upper_bound, "
    "status, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
    "ON CONFLICT (indicator_id, place_id, period) DO UPDATE SET value = excluded.value, "
    "lower_bound = excluded.lower_bound, upper_bound = excluded.upper_bound, "
    "status = excluded.status, note = excluded.note";

inline constexpr const char* kListNetworks =
    "SELECT id, slug, name, description FROM networks ORDER BY id";
inline constexpr const char* kListMemberships =
    "SELECT place_id, role, reason, since FROM memberships WHERE network_id = ?1 "
    "ORDER BY place_id";
inline constexpr const char* kListPlaces =
    "SELECT id, code, name, kind, region_code, nation_code, predecessor_codes, note, level, "
    "parent_code, latitude, longitude, retired FROM places ORDER BY name";
inline constexpr const char* kGetPlace =
    "SELECT id, code, name, kind, region_code, nation_code, predecessor_codes, note, level, "
    "parent_code, latitude, longitude, retired FROM places WHERE code = ?1";
inline constexpr const char* kListAllContext =
    "SELECT place_id, variable, value, source, note FROM place_context";
inline constexpr const char* kListPlaceContext =
    "SELECT place_id, variable, value, source, note FROM place_context WHERE place_id = ?1";
inline constexpr const char* kObservationsForPlace =
    "SELECT indicator_id, place_id, period, value, lower_bound, upper_bound, status, note "
    "FROM observations WHERE place_id = ?1 ORDER BY indicator_id, period";
inline constexpr const char* kObservationsForPeriod =
    "SELECT indicator_id, place_id, period, value, lower_bound, upper_bound, status, note "
    "FROM observations WHERE indicator_id = ?1 AND period = ?2";

}  // namespace lct::store::sqlite::sql
