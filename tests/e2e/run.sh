#!/usr/bin/env bash
# Browser tests: playwright-core drives Debian's chromium (/usr/bin/chromium)
# against a real `lct serve` on a fresh demo database, with axe-core checks.
#
#   bash tests/e2e/run.sh build/default/src/cli/lct
#
# Needs node >= 20, npm and chromium (apt-get install chromium). Set
# LCT_CHROMIUM to use another chromium binary.
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 PATH/TO/lct" >&2
  exit 2
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
lct="$(cd "$(dirname "$1")" 2>/dev/null && pwd)/$(basename "$1")"
if [[ ! -x "$lct" ]]; then
  echo "run.sh: $1 is not an executable lct binary" >&2
  exit 2
fi
chromium="${LCT_CHROMIUM:-/usr/bin/chromium}"
if [[ ! -x "$chromium" ]]; then
  echo "run.sh: no chromium at $chromium (apt-get install chromium)" >&2
  exit 2
fi

# Dependencies, pinned by package-lock.json.
if [[ ! -d "$here/node_modules" || "$here/package-lock.json" -nt "$here/node_modules" ]]; then
  (cd "$here" && npm ci --no-audit --no-fund)
  touch "$here/node_modules"
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/lct-e2e.XXXXXX")"
server_pid=""
# shellcheck disable=SC2317  # invoked by the EXIT trap
cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"$lct" init --db "$tmp/e2e.db" --demo > "$tmp/init.log" 2>&1 || {
  echo "run.sh: lct init failed:" >&2
  cat "$tmp/init.log" >&2
  exit 1
}

"$lct" serve --db "$tmp/e2e.db" --bind 127.0.0.1 --port 0 --threads 2 \
  > "$tmp/serve.out" 2> "$tmp/serve.err" &
server_pid=$!

# Wait up to 20 s for "Learning City Toolkit is serving at http://127.0.0.1:PORT/".
base_url=""
for _ in $(seq 1 200); do
  base_url="$(sed -n 's/^Learning City Toolkit is serving at \(http[^ ]*\)$/\1/p' "$tmp/serve.out" | head -n 1)"
  [[ -n "$base_url" ]] && break
  if ! kill -0 "$server_pid" 2>/dev/null; then
    break
  fi
  sleep 0.1
done
if [[ -z "$base_url" ]]; then
  echo "run.sh: lct serve did not report its address" >&2
  cat "$tmp/serve.out" "$tmp/serve.err" >&2
  exit 1
fi
export LCT_BASE_URL="${base_url%/}"
# For tests that prepare data with the command line (accounts, assessment rounds).
export LCT_DB="$tmp/e2e.db" LCT_BINARY="$lct"
export LCT_CHROMIUM="$chromium"
echo "run.sh: testing $LCT_BASE_URL"

status=0
(cd "$here" && node --test --test-reporter=spec ./*.test.mjs) || status=$?

# Graceful shutdown: SIGTERM must stop the server with exit status 0.
kill -TERM "$server_pid" 2>/dev/null || true
server_status=0
wait "$server_pid" || server_status=$?
server_pid=""
if [[ $server_status -ne 0 ]]; then
  echo "run.sh: lct serve exited with status $server_status after SIGTERM (want 0)" >&2
  cat "$tmp/serve.err" >&2
  [[ $status -ne 0 ]] || status=1
else
  echo "run.sh: lct serve stopped cleanly on SIGTERM"
fi

if [[ $status -ne 0 ]]; then
  echo "run.sh: browser tests FAILED" >&2
fi
exit "$status"
