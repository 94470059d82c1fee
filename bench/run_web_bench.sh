#!/usr/bin/env bash
# Web benchmark (issue 12): serves a fresh demo database with `lct serve --threads 2` on a free
# port and runs wrk (`-t2 -c64 -d10s --latency`, Debian package wrk) against a static file and
# the main pages, printing each one's requests/s, p50 and p99 latency and its requests/s as a
# share of the static file's. Anonymous requests, as a visitor or a crawler sends them: after
# the first request of each page, they measure the response cache (docs/architecture.md).
# Not a test: it asserts nothing. Goal (issue 12): every page >= 50% of the static file's
# requests/s, p99 < 20 ms at 64 connections.
# Each request says "Accept-Encoding: gzip, deflate, br" as browsers do, so the server answers
# compressible files and cached pages in gzip (docs/architecture.md, "Compressed answers").
# Usage: bench/run_web_bench.sh
#   LCT_BIN            the lct binary (default: build the default preset's lct)
#   LCT_BENCH_ACCEPT_ENCODING  the Accept-Encoding to send (default "gzip, deflate, br"; set it to
#                      "identity" to measure plain answers)
#   LCT_BENCH_SECONDS  how long wrk runs against each address (default 10)
#   LCT_BENCH_CONNECTIONS  open connections (default 64)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
seconds="${LCT_BENCH_SECONDS:-10}"
connections="${LCT_BENCH_CONNECTIONS:-64}"
accept_encoding="${LCT_BENCH_ACCEPT_ENCODING:-gzip, deflate, br}"
for value in "$seconds" "$connections"; do
  if ! [[ "$value" =~ ^[1-9][0-9]*$ ]]; then
    echo "run_web_bench.sh: LCT_BENCH_SECONDS and LCT_BENCH_CONNECTIONS must be positive whole numbers, got '$value'" >&2
    exit 2
  fi
done

if ! command -v wrk >/dev/null 2>&1; then
  echo "Installing: wrk"
  SUDO=""
  [[ $(id -u) -eq 0 ]] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends wrk
fi

lct="${LCT_BIN:-}"
if [[ -z "$lct" ]]; then
  cmake --preset default >/dev/null
  cmake --build --preset default --target lct -j2
  lct="$root/build/default/src/cli/lct"
fi
if [[ ! -x "$lct" ]]; then
  echo "run_web_bench.sh: no lct binary at '$lct'" >&2
  exit 1
fi

dir="$(mktemp -d "${TMPDIR:-/tmp}/lct-web-bench.XXXXXX")"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$dir"
}
trap cleanup EXIT

"$lct" init --db "$dir/bench.db" --demo >/dev/null
# A free port: the kernel's choice for a socket bound to port 0.
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"$lct" serve --db "$dir/bench.db" --port "$port" --threads 2 >"$dir/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  sleep 0.1
done
curl -fs "http://127.0.0.1:$port/healthz" >/dev/null || { echo "the server did not start:" >&2; cat "$dir/serve.log" >&2; exit 1; }

# The indicator of the place page's example; the first one with data if it is not in the demo.
indicator="fe-participation"
if ! curl -fs "http://127.0.0.1:$port/api/v1/indicators" | grep -q "\"$indicator\""; then
  indicator="$(curl -fs "http://127.0.0.1:$port/api/v1/indicators" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["code"])')"
fi
targets=(/static/app.css / /places/E08000012 "/indicators/$indicator?place=E08000012" /index /guide /api/v1/places)

# wrk's latency lines give "50%    1.23ms"; in milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    n = v + 0; u = v; sub(/^[0-9.]+/, "", u);
    if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000;
    printf "%.2f", n }'
}

echo "Accept-Encoding: $accept_encoding"
printf '%-52s %10s %9s %9s %8s\n' "address" "req/s" "p50 ms" "p99 ms" "vs css"
static_rps=""
for target in "${targets[@]}"; do
  url="http://127.0.0.1:$port$target"
  status="$(curl -s -o /dev/null -w '%{http_code}' "$url")"
  if [[ "$status" != 200 ]]; then
    echo "run_web_bench.sh: $target answered $status" >&2
    exit 1
  fi
  out="$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Accept-Encoding: $accept_encoding" "$url")"
  rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
  p50="$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")"
  p99="$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")"
  errors="$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out")"
  [[ -z "$static_rps" ]] && static_rps="$rps"
  ratio="$(awk -v a="$rps" -v b="$static_rps" 'BEGIN { printf "%.0f%%", 100 * a / b }')"
  printf '%-52s %10.0f %9s %9s %8s\n' "$target" "$rps" "$p50" "$p99" "$ratio"
  [[ -z "$errors" ]] || echo "  $errors"
done
