// The SQL text of accounts, sessions, API tokens, one-time tokens and the audit log (issue 7).
#pragma once

namespace lct::store::sqlite::sql {

inline constexpr const char* kInsertAudit =
    "INSERT INTO audit_log (at, actor_user_id, actor, action, entity, entity_id, place_code, "
    "before_json, after_json) VALUES (COALESCE(NULLIF(?1, ''), "
    "strftime('%Y-%m-%dT%H:%M:%SZ','now')), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
inline constexpr const char* kListAudit =
    "SELECT id, at, actor_user_id, actor, action, entity, entity_id, place_code, before_json, "
    "after_json FROM audit_log ORDER BY id DESC LIMIT ?1";
inline constexpr const char* kListAuditForPlace =
    "SELECT id, at, actor_user_id, actor, action, entity, entity_id, place_code, before_json, "
    "after_json FROM audit_log WHERE place_code = ?2 ORDER BY id DESC LIMIT ?1";

inline constexpr const char* kInsertUser =
    "INSERT INTO users (email, display_name, password_hash, is_admin, created_at, disabled) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id";
inline constexpr const char* kUpdateUser =
    "UPDATE users SET email = ?2, display_name = ?3, password_hash = ?4, is_admin = ?5, "
    "disabled = ?6 WHERE id = ?1 RETURNING id";
inline constexpr const char* kGetUser =
    "SELECT id, email, display_name, password_hash, is_admin, created_at, disabled FROM users "
    "WHERE id = ?1";
inline constexpr const char* kGetUserByEmail =
    "SELECT id, email, display_name, password_hash, is_admin, created_at, disabled FROM users "
    "WHERE email = ?1";
inline constexpr const char* kListUsers =
    "SELECT id, email, display_name, password_hash, is_admin, created_at, disabled FROM users "
    "ORDER BY email";

inline constexpr const char* kPlaceIdByCode = "SELECT id FROM places WHERE code = ?1";
inline constexpr const char* kSetPlaceRole =
    "INSERT INTO place_roles (user_id, place_id, role) VALUES (?1, ?2, ?3) "
    "ON CONFLICT (user_id, place_id) DO UPDATE SET role = excluded.role";
inline constexpr const char* kDeletePlaceRole =
    "DELETE FROM place_roles WHERE user_id = ?1 AND place_id = ?2";
inline constexpr const char* kListPlaceRoles =
    "SELECT p.code, r.role FROM place_roles r JOIN places p ON p.id = r.place_id "
    "WHERE r.user_id = ?1 ORDER BY p.code";

inline constexpr const char* kPutSession =
    "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at, csrf_token) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (token_hash) DO UPDATE SET "
    "last_seen_at = excluded.last_seen_at, expires_at = excluded.expires_at";
inline constexpr const char* kGetSession =
    "SELECT token_hash, user_id, created_at, last_seen_at, expires_at, csrf_token FROM sessions "
    "WHERE token_hash = ?1";
inline constexpr const char* kDeleteSession = "DELETE FROM sessions WHERE token_hash = ?1";
inline constexpr const char* kDeleteUserSessions = "DELETE FROM sessions WHERE user_id = ?1";

inline constexpr const char* kInsertApiToken =
    "INSERT INTO api_tokens (token_hash, name, user_id, role, place_id, created_at, revoked) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0) RETURNING id";
inline constexpr const char* kRevokeApiToken =
    "UPDATE api_tokens SET revoked = 1 WHERE id = ?1 AND (?2 = 0 OR user_id = ?2) RETURNING id";
inline constexpr const char* kGetApiToken =
    "SELECT t.id, t.token_hash, t.name, t.user_id, t.role, COALESCE(p.code, ''), t.created_at, "
    "t.revoked FROM api_tokens t LEFT JOIN places p ON p.id = t.place_id WHERE t.token_hash = ?1";
inline constexpr const char* kListApiTokens =
    "SELECT t.id, t.token_hash, t.name, t.user_id, t.role, COALESCE(p.code, ''), t.created_at, "
    "t.revoked FROM api_tokens t LEFT JOIN places p ON p.id = t.place_id "
    "WHERE (?1 = 0 OR t.user_id = ?1) ORDER BY t.id DESC";

inline constexpr const char* kInsertOneTimeToken =
    "INSERT INTO one_time_tokens (token_hash, purpose, email, role, place_id, expires_at, used) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0)";
inline constexpr const char* kUseOneTimeToken =
    "UPDATE one_time_tokens SET used = 1 WHERE token_hash = ?1 AND used = 0 RETURNING used";
inline constexpr const char* kEndOneTimeTokens =
    "UPDATE one_time_tokens SET used = 1 WHERE email = ?1 AND purpose = ?2 AND used = 0";
inline constexpr const char* kGetOneTimeToken =
    "SELECT o.token_hash, o.purpose, o.email, o.role, COALESCE(p.code, ''), o.expires_at, o.used "
    "FROM one_time_tokens o LEFT JOIN places p ON p.id = o.place_id WHERE o.token_hash = ?1";

}  // namespace lct::store::sqlite::sql
