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

constexpr std::array kMigrations = {
    Migration{1, "networks, places, memberships, indicators, observations", kInitialSchema},
    Migration{2, "frameworks", kFrameworks},
};

}  // namespace

std::span<const Migration> Migrations() { return kMigrations; }

}  // namespace lct::store
