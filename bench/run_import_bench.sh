#!/usr/bin/env bash
# Import benchmark: a long-layout CSV of ROWS rows (default 1,000,000) with distinct
# (place, indicator, period) keys, using the demo network's real place and indicator codes and
# synthetic values, imported by `lct import FILE --layout long` into a copy of a demo database,
# against the sqlite3 shell's `.mode csv` + `.import` of the same file into a plain table of a
# fresh database (no key, no index: a floor, not a like-for-like store). Runs the pair RUNS times,
# interleaved (lct, sqlite3, lct, sqlite3...), each into a fresh copy, and prints every run's wall
# time, rows/s, CPU time and peak RSS (/usr/bin/time -v), then the median of each and the ratio of
# the medians. On a busy machine the CPU time is the steadier figure.
# The generated values are benchmark filler, never shown as data.
# Usage: bench/run_import_bench.sh [ROWS]
#   LCT_BENCH_RUNS how many times to run each (default 5)
#   LCT_BIN        the lct binary (default: build the default preset's lct)
#   LCT_BENCH_DIR  scratch directory (default: a new one under $TMPDIR, removed at the end)
set -euo pipefail

rows="${1:-1000000}"
if ! [[ "$rows" =~ ^[1-9][0-9]*$ ]]; then
  echo "run_import_bench.sh: ROWS must be a positive whole number, got '$rows'" >&2
  exit 2
fi
runs="${LCT_BENCH_RUNS:-5}"
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "run_import_bench.sh: LCT_BENCH_RUNS must be a positive whole number, got '$runs'" >&2
  exit 2
fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# Dependencies: the sqlite3 shell and GNU time (Debian packages sqlite3 and time).
missing=()
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
[[ -x /usr/bin/time ]] || missing+=(time)
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  SUDO=""
  [[ $(id -u) -eq 0 ]] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

lct="${LCT_BIN:-}"
if [[ -z "$lct" ]]; then
  cmake --preset default >/dev/null
  cmake --build --preset default --target lct -j2
  lct="$root/build/default/src/cli/lct"
fi
if [[ ! -x "$lct" ]]; then
  echo "run_import_bench.sh: no lct binary at '$lct'" >&2
  exit 1
fi
if ! "$lct" import --help >/dev/null 2>&1; then
  echo "run_import_bench.sh: '$lct import' is not available: this benchmark needs the" \
    "\`lct import\` command (CSV observations import) in the build." >&2
  exit 1
fi

if [[ -n "${LCT_BENCH_DIR:-}" ]]; then
  work="$LCT_BENCH_DIR"
  mkdir -p "$work"
else
  work="$(mktemp -d "${TMPDIR:-/tmp}/lct-import-bench.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
fi
demo="$work/demo.db"
rm -f "$demo" "$demo"-wal "$demo"-shm
"$lct" init --demo --db "$demo" >/dev/null

sqlite3 "$demo" "SELECT code FROM places ORDER BY code" >"$work/places.txt"
sqlite3 "$demo" "SELECT code FROM indicators ORDER BY code" >"$work/indicators.txt"
places=$(wc -l <"$work/places.txt")
indicators=$(wc -l <"$work/indicators.txt")
if ((places == 0 || indicators == 0)); then
  echo "run_import_bench.sh: the demo database has no places or no indicators" >&2
  exit 1
fi

# Keys: every place x indicator for one period, then the next period back in time. Periods are
# years starting in April ("2015-04-01/P1Y"), or months when a year per period would reach
# back past 1900.
csv="$work/long.csv"
awk -v rows="$rows" -v np="$places" -v ni="$indicators" '
  FNR == NR { place[FNR - 1] = $0; next }
  { indicator[FNR - 1] = $0 }
  END {
    per_period = np * ni
    periods = int((rows + per_period - 1) / per_period)
    monthly = periods > 2024 - 1900
    print "place,indicator,period,value,lower,upper,status,note"
    srand(20240401)
    n = 0
    for (k = 0; n < rows; k++) {
      if (monthly) {
        y = 2024 - int(k / 12); m = 12 - k % 12
        period = sprintf("%04d-%02d-01/P1M", y, m)
      } else {
        period = sprintf("%04d-04-01/P1Y", 2024 - k)
      }
      for (i = 0; i < ni && n < rows; i++) {
        for (p = 0; p < np && n < rows; p++) {
          v = 20 + 60 * rand()
          printf "%s,%s,%s,%.1f,%.1f,%.1f,,benchmark filler\n", place[p], indicator[i], period, v, v - 2.5, v + 2.5
          n++
        }
      }
    }
  }' "$work/places.txt" "$work/indicators.txt" >"$csv"
echo "Generated $rows rows ($places places x $indicators indicators per period): $(du -h "$csv" | cut -f1)"

# Runs a command under /usr/bin/time -v; prints "NAME: wall, rows/s, CPU, peak RSS" and appends
# "NAME<TAB>wall<TAB>cpu<TAB>rss_kb" to $work/results.tsv.
measure() {
  local name="$1"
  shift
  local log="$work/time-$name.txt"
  if ! /usr/bin/time -v -o "$log" "$@" >"$work/out-$name.txt" 2>&1; then
    echo "$name failed:" >&2
    tail -20 "$work/out-$name.txt" >&2
    exit 1
  fi
  local wall rss cpu
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {
    n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")
  cpu=$(awk -F': ' '/(User|System) time \(seconds\)/ { s += $2 } END { print s }' "$log")
  printf '%s\t%s\t%s\t%s\n' "$name" "$wall" "$cpu" "$rss" >>"$work/results.tsv"
  awk -v name="$name" -v rows="$rows" -v wall="$wall" -v rss="$rss" -v cpu="$cpu" 'BEGIN {
    printf "%-16s %8.2f s wall %10.0f rows/s  %8.2f s CPU (user+sys)  peak RSS %7.1f MB\n",
      name, wall, (wall > 0 ? rows / wall : 0), cpu, rss / 1024 }'
}

target="$work/import.db"
plain="$work/plain.db"
: >"$work/results.tsv"
for ((run = 1; run <= runs; run++)); do
  echo "Run $run of $runs"
  rm -f "$target" "$target"-wal "$target"-shm "$plain"
  cp "$demo" "$target"
  measure "lct import" "$lct" import "$csv" --layout long --db "$target"
  if ((run == 1)); then head -3 "$work/out-lct import.txt"; fi
  sqlite3 "$plain" "CREATE TABLE observations (place TEXT, indicator TEXT, period TEXT,
    value REAL, lower REAL, upper REAL, status TEXT, note TEXT);"
  measure "sqlite3 .import" sqlite3 "$plain" ".mode csv" ".import --skip 1 $csv observations"
  if ((run == 1)); then echo "sqlite3 rows: $(sqlite3 "$plain" 'SELECT count(*) FROM observations')"; fi
done

# Medians of each column per command, and the ratio of the medians.
echo "Medians of $runs runs:"
sort -t$'\t' -k1,1 "$work/results.tsv" | awk -F'\t' -v rows="$rows" '
  function median(list, n,   i, j, t, a) {
    split(list, a, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  { n[$1]++; wall[$1] = wall[$1] " " $2; cpu[$1] = cpu[$1] " " $3; rss[$1] = rss[$1] " " $4 }
  END {
    for (name in n) {
      w[name] = median(wall[name], n[name]); c[name] = median(cpu[name], n[name])
      printf "%-16s %8.2f s wall %10.0f rows/s  %8.2f s CPU (user+sys)  peak RSS %7.1f MB\n",
        name, w[name], rows / w[name], c[name], median(rss[name], n[name]) / 1024
    }
    printf "lct import / sqlite3 .import: %.2fx wall, %.2fx CPU\n",
      w["lct import"] / w["sqlite3 .import"], c["lct import"] / c["sqlite3 .import"]
  }'
