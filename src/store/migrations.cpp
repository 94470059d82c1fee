#include "store/migrations.hpp"

#include <array>

namespace lct::store {
namespace {

constexpr std::string_view kInitialSchema = R"sql(
CREATE TABLE networks (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE places (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  region_code TEXT NOT NULL DEFAULT '',
  nation_code TEXT NOT NULL DEFAULT '',
  predecessor_codes TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE place_context (
  place_id INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,
  variable TEXT NOT NULL,
  value DOUBLE PRECISION NOT NULL,
  source TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (place_id, variable)
);
CREATE TABLE memberships (
  network_id INTEGER NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
  place_id INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('member', 'comparator')),
  reason TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (network_id, place_id)
);
CREATE TABLE indicators (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  topic TEXT NOT NULL DEFAULT '',
  measure TEXT NOT NULL DEFAULT '',
  unit TEXT NOT NULL DEFAULT '',
  decimals INTEGER NOT NULL DEFAULT 1,
  direction TEXT NOT NULL CHECK (direction IN ('higher', 'lower', 'neutral')),
  source_org TEXT NOT NULL DEFAULT '',
  source_url TEXT NOT NULL DEFAULT '',
  source_date TEXT NOT NULL DEFAULT '',
  licence TEXT NOT NULL DEFAULT '',
  caveats TEXT NOT NULL DEFAULT '',
  dataset TEXT NOT NULL DEFAULT ''
);
CREATE TABLE observations (
  indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
  place_id INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,
  period TEXT NOT NULL,
  value DOUBLE PRECISION,
  lower_bound DOUBLE PRECISION,
  upper_bound DOUBLE PRECISION,
  status TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (indicator_id, place_id, period)
);
CREATE INDEX observations_by_place ON observations (place_id, indicator_id);
)sql";

// Frameworks: every imported version, with the YAML text exactly as imported.
constexpr std::string_view kFrameworks = R"sql(
CREATE TABLE frameworks (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  title TEXT NOT NULL,
  source TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  UNIQUE (slug, version)
);
)sql";

// The indicator catalogue's geography, proxy flag and framework links; targets per place and
// indicator; uploaded files waiting for their import to be confirmed.
constexpr std::string_view kIndicatorsAndTargets = R"sql(
ALTER TABLE indicators ADD COLUMN geography TEXT NOT NULL DEFAULT '';
ALTER TABLE indicators ADD COLUMN proxy INTEGER NOT NULL DEFAULT 0 CHECK (proxy IN (0, 1));
CREATE TABLE indicator_links (
  indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
  link TEXT NOT NULL,
  PRIMARY KEY (indicator_id, link)
);
CREATE INDEX observations_by_indicator ON observations (indicator_id, place_id);
CREATE TABLE targets (
  id INTEGER PRIMARY KEY,
  place_id INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,
  indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
  baseline_value DOUBLE PRECISION NOT NULL,
  baseline_period TEXT NOT NULL,
  target_value DOUBLE PRECISION NOT NULL,
  target_date TEXT NOT NULL,
  tolerance DOUBLE PRECISION NOT NULL DEFAULT 0.1 CHECK (tolerance >= 0),
  shape TEXT NOT NULL DEFAULT 'linear' CHECK (shape IN ('linear', 'geometric')),
  note TEXT NOT NULL DEFAULT '',
  UNIQUE (place_id, indicator_id)
);
CREATE TABLE import_uploads (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  file_name TEXT NOT NULL,
  options TEXT NOT NULL,
  content TEXT NOT NULL
);
)sql";

// Self-assessment rounds (issue 4): a round per place and framework version, the strands it
// covers, the invited respondents (only a hash of each personal link's token is kept) and one
// answer per respondent and criterion.
constexpr std::string_view kAssessmentRounds = R"sql(
CREATE TABLE assessment_rounds (
  id INTEGER PRIMARY KEY,
  place_id INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,
  framework_slug TEXT NOT NULL,
  framework_version INTEGER NOT NULL,
  closes_on TEXT NOT NULL DEFAULT '',
  named_answers INTEGER NOT NULL DEFAULT 0 CHECK (named_answers IN (0, 1)),
  illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
  opened_at TEXT NOT NULL,
  closed_at TEXT NOT NULL DEFAULT '',
  FOREIGN KEY (framework_slug, framework_version) REFERENCES frameworks (slug, version)
);
CREATE INDEX assessment_rounds_by_place ON assessment_rounds (place_id, id);
CREATE TABLE assessment_round_strands (
  round_id INTEGER NOT NULL REFERENCES assessment_rounds(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  strand TEXT NOT NULL,
  PRIMARY KEY (round_id, strand)
);
CREATE TABLE assessment_respondents (
  id INTEGER PRIMARY KEY,
  round_id INTEGER NOT NULL REFERENCES assessment_rounds(id) ON DELETE CASCADE,
  number INTEGER NOT NULL CHECK (number >= 1),
  name TEXT NOT NULL,
  organisation TEXT NOT NULL DEFAULT '',
  sector TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT '',
  token_hash TEXT NOT NULL UNIQUE,
  invited_at TEXT NOT NULL,
  submitted_at TEXT NOT NULL DEFAULT '',
  UNIQUE (round_id, number)
);
CREATE TABLE assessment_answers (
  respondent_id INTEGER NOT NULL REFERENCES assessment_respondents(id) ON DELETE CASCADE,
  criterion TEXT NOT NULL,
  rating INTEGER,
  evidence TEXT NOT NULL DEFAULT '',
  links TEXT NOT NULL DEFAULT '',
  comment TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  PRIMARY KEY (respondent_id, criterion)
);
)sql";

// Accounts, roles, sessions, API tokens, one-time tokens and the audit log (issue 7).
// Tokens are kept only as SHA-256 hex digests; times are Unix seconds except audit_log.at.
// audit_log is append-only because the Store interface has no way to change or delete it.
constexpr std::string_view kAccounts = R"sql(
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL DEFAULT '',
  password_hash TEXT NOT NULL DEFAULT '',
  is_admin INTEGER NOT NULL DEFAULT 0 CHECK (is_admin IN (0, 1)),
  created_at BIGINT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
);
CREATE TABLE place_roles (
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  place_id INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('viewer', 'partner', 'coordinator')),
  PRIMARY KEY (user_id, place_id)
);
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  csrf_token TEXT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE TABLE api_tokens (
  id INTEGER PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('admin', 'viewer', 'partner', 'coordinator')),
  place_id INTEGER REFERENCES places(id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  revoked INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1))
);
CREATE TABLE one_time_tokens (
  token_hash TEXT PRIMARY KEY,
  purpose TEXT NOT NULL CHECK (purpose IN ('reset', 'invite')),
  email TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT '' CHECK (role IN ('', 'admin', 'viewer', 'partner', 'coordinator')),
  place_id INTEGER REFERENCES places(id) ON DELETE CASCADE,
  expires_at BIGINT NOT NULL,
  used INTEGER NOT NULL DEFAULT 0 CHECK (used IN (0, 1))
);
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor_user_id INTEGER,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL DEFAULT '',
  place_code TEXT NOT NULL DEFAULT '',
  before_json TEXT NOT NULL DEFAULT '',
  after_json TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_by_place ON audit_log (place_code, id);
)sql";

// Self-assessment confidentiality and stable results (issue 11). Each respondent gets a random
// pseudonym, unique in the round, by which results and exports name their answers (never the
// invitation number the co-ordinator sees beside the name); respondents invited before this
// migration get one here (SQLite's randomblob; a second pass re-draws the rare collision). Each
// round records the round it is compared with, fixed when it closes (comparison_fixed = 1;
// comparison_round_id NULL for "none").
constexpr std::string_view kComparisonRoundsAndPseudonyms = R"sql(
ALTER TABLE assessment_respondents ADD COLUMN pseudonym TEXT NOT NULL DEFAULT '';
UPDATE assessment_respondents SET pseudonym = 'P' || upper(hex(randomblob(4)));
UPDATE assessment_respondents SET pseudonym = 'P' || upper(hex(randomblob(4)))
  WHERE id IN (SELECT a.id FROM assessment_respondents a JOIN assessment_respondents b
               ON a.round_id = b.round_id AND a.pseudonym = b.pseudonym AND a.id > b.id);
CREATE UNIQUE INDEX assessment_respondents_by_pseudonym
  ON assessment_respondents (round_id, pseudonym);
ALTER TABLE assessment_rounds ADD COLUMN comparison_fixed INTEGER NOT NULL DEFAULT 0
  CHECK (comparison_fixed IN (0, 1));
ALTER TABLE assessment_rounds ADD COLUMN comparison_round_id INTEGER
  REFERENCES assessment_rounds(id);
)sql";

// observations_by_indicator (indicator_id, place_id) repeats the start of the primary key's own
// index (indicator_id, place_id, period), which answers every query by indicator as well; each
// write paid for both (issue 11: import speed).
constexpr std::string_view kDropRedundantObservationIndex = R"sql(
DROP INDEX IF EXISTS observations_by_indicator;
)sql";

// Settings of the network kept as text by key (issue 12: "index_model", the YAML model of the
// learning-conditions index shown at /index). A key without a row has its bundled default.
constexpr std::string_view kNetworkSettings = R"sql(
CREATE TABLE network_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
)sql";

// Issue 12: one row counting committed changes to the data pages show. Every write transaction
// that changes such data adds one to it before it commits, so a cache keyed on the version can
// never serve what an earlier version showed (docs/architecture.md).
constexpr std::string_view kDataVersion = R"sql(
CREATE TABLE data_version (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 1);
)sql";

// Issue 13 (a network of any country): a place's level of the network's geography, its parent
// (the nearest place containing it), optional coordinates and the date it was retired; a
// membership may be a former one, with the date it began (or, for a former member, ended).
// Places held before this migration get a level and a parent from what they already hold:
// their kind ("nation", "region", or a kind of local authority) and the region or, failing
// that, the nation they lie in (a place is never its own parent). Memberships are rebuilt so
// that their role's CHECK admits 'former'; their rows are kept.
constexpr std::string_view kPlaceRegister = R"sql(
ALTER TABLE places ADD COLUMN level TEXT NOT NULL DEFAULT '';
ALTER TABLE places ADD COLUMN parent_code TEXT NOT NULL DEFAULT '';
ALTER TABLE places ADD COLUMN latitude DOUBLE PRECISION;
ALTER TABLE places ADD COLUMN longitude DOUBLE PRECISION;
ALTER TABLE places ADD COLUMN retired TEXT;
UPDATE places SET
  level = CASE kind WHEN 'nation' THEN 'nation' WHEN 'region' THEN 'region'
                    ELSE 'local-authority' END,
  parent_code = CASE WHEN region_code <> '' AND region_code <> code THEN region_code
                     WHEN nation_code <> '' AND nation_code <> code THEN nation_code
                     ELSE '' END;
CREATE TABLE memberships_v10 (
  network_id INTEGER NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
  place_id INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('member', 'comparator', 'former')),
  since TEXT,
  reason TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (network_id, place_id)
);
INSERT INTO memberships_v10 (network_id, place_id, role, reason)
  SELECT network_id, place_id, role, reason FROM memberships;
DROP TABLE memberships;
ALTER TABLE memberships_v10 RENAME TO memberships;
)sql";

// Issue 18: the depth a round asks at (domain::RoundDepth); every earlier round was strategic.
constexpr std::string_view kRoundDepth = R"sql(
ALTER TABLE assessment_rounds ADD COLUMN depth TEXT NOT NULL DEFAULT 'strategic'
  CHECK (depth IN ('strategic', 'operational'));
)sql";

constexpr std::array kMigrations = {
    Migration{1, "networks, places, memberships, indicators, observations", kInitialSchema},
    Migration{2, "frameworks", kFrameworks},
    Migration{3, "indicator catalogue links, targets, pending imports", kIndicatorsAndTargets},
    Migration{4, "assessment rounds", kAssessmentRounds},
    Migration{5, "accounts, roles, sessions, API tokens, one-time tokens, audit log", kAccounts},
    Migration{6, "assessment comparison rounds and pseudonyms", kComparisonRoundsAndPseudonyms},
    Migration{7, "drop the index observations already have in their primary key",
              kDropRedundantObservationIndex},
    Migration{8, "network settings", kNetworkSettings},
    Migration{9, "data version, bumped by every committed change to shown data", kDataVersion},
    Migration{10, "place levels, parents, coordinates, retirement; former memberships",
              kPlaceRegister},
    Migration{11, "assessment round depth (strategic or operational)", kRoundDepth},
};

}  // namespace

std::span<const Migration> Migrations() { return kMigrations; }

}  // namespace lct::store
