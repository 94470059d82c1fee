#!/usr/bin/env bash
# The main job: install what is missing, build, create the database with the demo network
# (first run only), and serve the web application on http://127.0.0.1:8080.
# Environment: LCT_DB (default var/lct.db), LCT_PORT (8080), LCT_BIND (127.0.0.1).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target lct

db="${LCT_DB:-var/lct.db}"
mkdir -p "$(dirname "$db")"
if [[ ! -f "$db" ]]; then
  build/default/src/cli/lct init --db "$db" --demo
else
  build/default/src/cli/lct init --db "$db"  # migrations and bundled frameworks; idempotent
fi
exec build/default/src/cli/lct serve --db "$db" --bind "${LCT_BIND:-127.0.0.1}" --port "${LCT_PORT:-8080}"
