// SQL text for the indicator catalogue, observation imports and targets (bound parameters only).
#pragma once

namespace lct::store::sqlite::sql {

inline constexpr const char* kUpsertIndicator =
    "INSERT INTO indicators (code, name, description, topic, measure, unit, decimals, direction, "
    "source_org, source_url, source_date, licence, caveats, dataset, geography, proxy) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) "
    "ON CONFLICT (code) DO UPDATE SET name = excluded.name, description = excluded.description, "
    "topic = excluded.topic, measure = excluded.measure, unit = excluded.unit, "
    "decimals = excluded.decimals, direction = excluded.direction, "
    "source_org = excluded.source_org, source_url = excluded.source_url, "
    "source_date = excluded.source_date, licence = excluded.licence, caveats = excluded.caveats, "
    "dataset = excluded.dataset, geography = excluded.geography, proxy = excluded.proxy "
    "RETURNING id";
inline constexpr const char* kDeleteIndicatorLinks =
    "DELETE FROM indicator_links WHERE indicator_id = ?1";
inline constexpr const char* kInsertIndicatorLink =
    "INSERT INTO indicator_links (indicator_id, link) VALUES (?1, ?2) ON CONFLICT DO NOTHING";
inline constexpr const char* kListIndicators =
    "SELECT id, code, name, description, topic, measure, unit, decimals, direction, source_org, "
    "source_url, source_date, licence, caveats, dataset, geography, proxy FROM indicators "
    "ORDER BY id";
inline constexpr const char* kGetIndicator =
    "SELECT id, code, name, description, topic, measure, unit, decimals, direction, source_org, "
    "source_url, source_date, licence, caveats, dataset, geography, proxy FROM indicators "
    "WHERE code = ?1";
inline constexpr const char* kListIndicatorLinks =
    "SELECT indicator_id, link FROM indicator_links ORDER BY indicator_id, link";

inline constexpr const char* kObservationsForIndicator =
    "SELECT indicator_id, place_id, period, value, lower_bound, upper_bound, status, note "
    "FROM observations WHERE indicator_id = ?1 ORDER BY place_id, period";

inline constexpr const char* kUpsertTarget =
    "INSERT INTO targets (place_id, indicator_id, baseline_value, baseline_period, target_value, "
    "target_date, tolerance, shape, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
    "ON CONFLICT (place_id, indicator_id) DO UPDATE SET baseline_value = excluded.baseline_value, "
    "baseline_period = excluded.baseline_period, target_value = excluded.target_value, "
    "target_date = excluded.target_date, tolerance = excluded.tolerance, shape = excluded.shape, "
    "note = excluded.note RETURNING id";
inline constexpr const char* kDeleteTarget =
    "DELETE FROM targets WHERE place_id = ?1 AND indicator_id = ?2 RETURNING id";
inline constexpr const char* kListTargets =
    "SELECT id, place_id, indicator_id, baseline_value, baseline_period, target_value, "
    "target_date, tolerance, shape, note FROM targets ORDER BY place_id, indicator_id";
inline constexpr const char* kListTargetsForPlace =
    "SELECT id, place_id, indicator_id, baseline_value, baseline_period, target_value, "
    "target_date, tolerance, shape, note FROM targets WHERE place_id = ?1 ORDER BY indicator_id";

// An import's rows come from lct_import_rows(?1) (store/sqlite/import_rows), in the key order of
// observations, each key once. Counting only (a preview): new, changed, all.
inline constexpr const char* kCountImport =
    "SELECT COALESCE(SUM(o.indicator_id IS NULL), 0), "
    "COALESCE(SUM(o.indicator_id IS NOT NULL AND (o.value IS NOT r.value "
    "OR o.lower_bound IS NOT r.lower_bound OR o.upper_bound IS NOT r.upper_bound "
    "OR o.status IS NOT r.status OR o.note IS NOT r.note)), 0), COUNT(*) "
    "FROM lct_import_rows(?1) AS r LEFT JOIN observations AS o "
    "ON o.indicator_id = r.indicator_id AND o.place_id = r.place_id AND o.period = r.period";
// Counting and writing in one statement: a new key is inserted; a stored one is updated only
// when something differs, and lct_import_tally counts it as changed or unchanged.
inline constexpr const char* kApplyImport =
    "INSERT INTO observations (indicator_id, place_id, period, value, lower_bound, upper_bound, "
    "status, note) SELECT indicator_id, place_id, period, value, lower_bound, upper_bound, "
    "status, note FROM lct_import_rows(?1) WHERE true "
    "ON CONFLICT (indicator_id, place_id, period) DO UPDATE SET value = excluded.value, "
    "lower_bound = excluded.lower_bound, upper_bound = excluded.upper_bound, "
    "status = excluded.status, note = excluded.note "
    "WHERE lct_import_tally(?1, value IS NOT excluded.value "
    "OR lower_bound IS NOT excluded.lower_bound OR upper_bound IS NOT excluded.upper_bound "
    "OR status IS NOT excluded.status OR note IS NOT excluded.note)";

// For the length of an import's write (store/sqlite/import_write): foreign keys are checked once
// per place and indicator instead of once per row, and the page cache holds the observations'
// index pages the sorted rows walk through (16 MiB); then both are put back.
inline constexpr const char* kBulkWriteSettings =
    "PRAGMA foreign_keys = OFF; PRAGMA main.cache_size = -16384";
inline constexpr const char* kUsualSettings =
    "PRAGMA foreign_keys = ON; PRAGMA main.cache_size = -2000";
inline constexpr const char* kPlaceExists = "SELECT 1 FROM places WHERE id = ?1";
inline constexpr const char* kIndicatorExists = "SELECT 1 FROM indicators WHERE id = ?1";

inline constexpr const char* kPutPendingImport =
    "INSERT INTO import_uploads (id, created_at, file_name, options, content) "
    "VALUES (?1, strftime('%Y-%m-%dT%H:%M:%SZ','now'), ?2, ?3, ?4)";
inline constexpr const char* kGetPendingImport =
    "SELECT id, created_at, file_name, options, content FROM import_uploads WHERE id = ?1";
inline constexpr const char* kDeletePendingImport =
    "DELETE FROM import_uploads WHERE id = ?1 OR created_at < "
    "strftime('%Y-%m-%dT%H:%M:%SZ','now','-1 day')";

}  // namespace lct::store::sqlite::sql
