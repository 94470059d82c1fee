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

inline constexpr const char* kCreateStaging =
    "CREATE TEMP TABLE IF NOT EXISTS import_rows (indicator_id INTEGER NOT NULL, "
    "place_id INTEGER NOT NULL, period TEXT NOT NULL, value REAL, lower_bound REAL, "
    "upper_bound REAL, status TEXT NOT NULL, note TEXT NOT NULL, line INTEGER NOT NULL, "
    "PRIMARY KEY (indicator_id, place_id, period)) WITHOUT ROWID";
inline constexpr const char* kClearStaging = "DELETE FROM temp.import_rows";
inline constexpr const char* kStageRow =
    "INSERT INTO temp.import_rows (indicator_id, place_id, period, value, lower_bound, "
    "upper_bound, status, note, line) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
inline constexpr const char* kStagedLine =
    "SELECT line FROM temp.import_rows WHERE indicator_id = ?1 AND place_id = ?2 AND period = ?3";
inline constexpr const char* kCountStaged =
    "SELECT COALESCE(SUM(o.indicator_id IS NULL), 0), "
    "COALESCE(SUM(o.indicator_id IS NOT NULL AND (o.value IS NOT r.value "
    "OR o.lower_bound IS NOT r.lower_bound OR o.upper_bound IS NOT r.upper_bound "
    "OR o.status IS NOT r.status OR o.note IS NOT r.note)), 0), COUNT(*) "
    "FROM temp.import_rows r LEFT JOIN observations o ON o.indicator_id = r.indicator_id "
    "AND o.place_id = r.place_id AND o.period = r.period";
inline constexpr const char* kApplyStaged =
    "INSERT INTO observations (indicator_id, place_id, period, value, lower_bound, upper_bound, "
    "status, note) SELECT r.indicator_id, r.place_id, r.period, r.value, r.lower_bound, "
    "r.upper_bound, r.status, r.note FROM temp.import_rows r WHERE NOT EXISTS (SELECT 1 FROM "
    "observations o WHERE o.indicator_id = r.indicator_id AND o.place_id = r.place_id AND "
    "o.period = r.period AND o.value IS r.value AND o.lower_bound IS r.lower_bound AND "
    "o.upper_bound IS r.upper_bound AND o.status IS r.status AND o.note IS r.note) "
    "ON CONFLICT (indicator_id, place_id, period) DO UPDATE SET value = excluded.value, "
    "lower_bound = excluded.lower_bound, upper_bound = excluded.upper_bound, "
    "status = excluded.status, note = excluded.note";

inline constexpr const char* kPutPendingImport =
    "INSERT INTO import_uploads (id, created_at, file_name, options, content) "
    "VALUES (?1, strftime('%Y-%m-%dT%H:%M:%SZ','now'), ?2, ?3, ?4)";
inline constexpr const char* kGetPendingImport =
    "SELECT id, created_at, file_name, options, content FROM import_uploads WHERE id = ?1";
inline constexpr const char* kDeletePendingImport =
    "DELETE FROM import_uploads WHERE id = ?1 OR created_at < "
    "strftime('%Y-%m-%dT%H:%M:%SZ','now','-1 day')";

}  // namespace lct::store::sqlite::sql
