#!/usr/bin/env bash
# Fails when product code serialises JSON with nlohmann's dump() directly instead of
# render::JsonText, which never throws on invalid UTF-8 (issue 11).
set -euo pipefail
src="${1:-$(dirname "$0")/../src}"
found=$(grep -rnE '(\.|->)dump\(' "$src" --include='*.cpp' --include='*.hpp' |
  grep -v '^[^:]*render/json_text\.cpp:' | grep -v 'error_handler_t::replace' | grep -vE '^[^:]*:[0-9]+:[[:space:]]*//' || true)
if [[ -n "$found" ]]; then
  echo "$found"
  echo "json: call render::JsonText (render/json_text.hpp) instead of dump()"
  exit 1
fi
echo "json: every JSON text goes through render::JsonText"
