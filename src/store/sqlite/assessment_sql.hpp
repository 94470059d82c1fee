// The SQL text for the self-assessment tables (migrations 4 and 6), as named constants (bound
// parameters only).
#pragma once

namespace lct::store::sqlite::sql {

inline constexpr const char* kInsertRound =
    "INSERT INTO assessment_rounds (place_id, framework_slug, framework_version, closes_on, "
    "named_answers, illustrative, opened_at, depth) "
    "SELECT id, ?2, ?3, ?4, ?5, ?6, COALESCE(NULLIF(?7, ''), "
    "strftime('%Y-%m-%dT%H:%M:%SZ','now')), ?8 FROM places WHERE code = ?1 RETURNING id";
inline constexpr const char* kInsertRoundStrand =
    "INSERT INTO assessment_round_strands (round_id, position, strand) VALUES (?1, ?2, ?3)";
inline constexpr const char* kCloseRound =
    "UPDATE assessment_rounds SET closed_at = COALESCE(NULLIF(?2, ''), "
    "strftime('%Y-%m-%dT%H:%M:%SZ','now')) WHERE id = ?1 AND closed_at = ''";
inline constexpr const char* kRoundExists = "SELECT 1 FROM assessment_rounds WHERE id = ?1";
// The first call wins: a fixed comparison never changes.
inline constexpr const char* kFixComparison =
    "UPDATE assessment_rounds SET comparison_fixed = 1, comparison_round_id = ?2 "
    "WHERE id = ?1 AND comparison_fixed = 0";

// Both read the columns ReadRound expects, in order.
inline constexpr const char* kListRounds =
    "SELECT r.id, p.code, p.name, r.framework_slug, r.framework_version, r.closes_on, "
    "r.named_answers, r.illustrative, r.opened_at, r.closed_at, r.comparison_fixed, "
    "r.comparison_round_id, r.depth FROM assessment_rounds r JOIN places p ON p.id = r.place_id "
    "WHERE p.code = ?1 ORDER BY r.id DESC";
inline constexpr const char* kGetRound =
    "SELECT r.id, p.code, p.name, r.framework_slug, r.framework_version, r.closes_on, "
    "r.named_answers, r.illustrative, r.opened_at, r.closed_at, r.comparison_fixed, "
    "r.comparison_round_id, r.depth FROM assessment_rounds r JOIN places p ON p.id = r.place_id "
    "WHERE r.id = ?1";
inline constexpr const char* kRoundStrands =
    "SELECT strand FROM assessment_round_strands WHERE round_id = ?1 ORDER BY position";

inline constexpr const char* kNextRespondentNumber =
    "SELECT COALESCE(MAX(number), 0) + 1 FROM assessment_respondents WHERE round_id = ?1";
inline constexpr const char* kPseudonymTaken =
    "SELECT 1 FROM assessment_respondents WHERE round_id = ?1 AND pseudonym = ?2";
inline constexpr const char* kInsertRespondent =
    "INSERT INTO assessment_respondents (round_id, number, name, organisation, sector, role, "
    "token_hash, invited_at, pseudonym) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
    "COALESCE(NULLIF(?8, ''), strftime('%Y-%m-%dT%H:%M:%SZ','now')), ?9) "
    "RETURNING id, invited_at";
inline constexpr const char* kTokenTaken =
    "SELECT 1 FROM assessment_respondents WHERE token_hash = ?1";
inline constexpr const char* kListRespondents =
    "SELECT id, round_id, number, name, organisation, sector, role, invited_at, submitted_at, "
    "pseudonym FROM assessment_respondents WHERE round_id = ?1 ORDER BY number";
inline constexpr const char* kFindRespondent =
    "SELECT id, round_id, number, name, organisation, sector, role, invited_at, submitted_at, "
    "pseudonym FROM assessment_respondents WHERE token_hash = ?1";
inline constexpr const char* kMarkSubmitted =
    "UPDATE assessment_respondents SET submitted_at = strftime('%Y-%m-%dT%H:%M:%SZ','now') "
    "WHERE id = ?1 AND submitted_at = ''";

inline constexpr const char* kUpsertAnswer =
    "INSERT INTO assessment_answers (respondent_id, criterion, rating, evidence, links, comment, "
    "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, strftime('%Y-%m-%dT%H:%M:%SZ','now')) "
    "ON CONFLICT (respondent_id, criterion) DO UPDATE SET rating = excluded.rating, "
    "evidence = excluded.evidence, links = excluded.links, comment = excluded.comment, "
    "updated_at = excluded.updated_at";
inline constexpr const char* kListAnswers =
    "SELECT a.respondent_id, a.criterion, a.rating, a.evidence, a.links, a.comment "
    "FROM assessment_answers a JOIN assessment_respondents s ON s.id = a.respondent_id "
    "WHERE s.round_id = ?1 ORDER BY s.number, a.criterion";

}  // namespace lct::store::sqlite::sql
