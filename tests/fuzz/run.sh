#!/usr/bin/env bash
# Builds the `fuzz` preset (clang++, libFuzzer + ASan + UBSan) and runs each fuzz target for
# SECONDS (default 60) over its seed corpus tests/fuzz/corpus/<corpus>/, one after the other.
# Usage: tests/fuzz/run.sh [SECONDS] [TARGET...] [extra libFuzzer flags (starting with -)...]
#   TARGET: csv_reader form http_request framework_yaml index_model_yaml json_input (default:
#           all of them)
#   LCT_FUZZ_BUILD_DIR  build directory (default build/fuzz, the preset's)
#   LCT_FUZZ_JOBS       parallel fuzzing processes per target (default 1; logs then go to fuzz-N.log)
#   LCT_FUZZ_KEEP_GOING 1: run in libFuzzer's fork mode and carry on after a crash, a hang or
#                       running out of memory, so that one run collects every distinct finding
# New interesting inputs go to a scratch directory per target (printed at the end), so the seed
# corpora stay small; a crash is saved as crash-* (a hang as timeout-*) in the build directory's
# fuzz-artifacts/<target>/ and the script exits non-zero. Add a crashing input to the target's
# corpus (the replay ctest then runs it) before fixing the bug. To minimise a corpus after adding
# inputs: <build>/tests/fuzz/<target>_fuzz -merge=1 NEW_DIR tests/fuzz/corpus/<corpus> SCRATCH
# (then replace the corpus with NEW_DIR).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
build="${LCT_FUZZ_BUILD_DIR:-build/fuzz}"
jobs="${LCT_FUZZ_JOBS:-1}"
keep_going="${LCT_FUZZ_KEEP_GOING:-0}"

# target -> "corpus directory, maximum input length"
declare -A corpus=([csv_reader]=csv [form]=form [http_request]=http_request
                   [framework_yaml]=framework_yaml [index_model_yaml]=index_model_yaml
                   [json_input]=json_input)
declare -A max_len=([csv_reader]=4096 [form]=8192 [http_request]=16384 [framework_yaml]=8192
                    [index_model_yaml]=4096 [json_input]=4096)
all_targets=(csv_reader form http_request framework_yaml index_model_yaml json_input places_csv
  network_yaml boundaries)

seconds=60
if [[ $# -gt 0 && "$1" != -* && ! -v "corpus[$1]" ]]; then
  seconds="$1"
  shift
fi
if ! [[ "$seconds" =~ ^[0-9]+$ ]]; then
  echo "run.sh: SECONDS must be a whole number, got '$seconds'" >&2
  exit 2
fi
targets=()
flags=()
for arg in "$@"; do
  if [[ "$arg" == -* ]]; then
    flags+=("$arg")
  elif [[ -v "corpus[$arg]" ]]; then
    targets+=("$arg")
  else
    echo "run.sh: unknown target '$arg' (known: ${all_targets[*]})" >&2
    exit 2
  fi
done
((${#targets[@]})) || targets=("${all_targets[@]}")

if ! command -v clang++ >/dev/null 2>&1; then
  echo "run.sh: clang++ is needed for libFuzzer (Debian: apt-get install clang)" >&2
  exit 1
fi

cmake --preset fuzz -B "$build" >/dev/null
cmake --build "$build" -j2 --target "${targets[@]/%/_fuzz}"

summary=()
status=0
for target in "${targets[@]}"; do
  scratch="$(mktemp -d "${TMPDIR:-/tmp}/lct-fuzz-$target.XXXXXX")"
  artifacts="$build/fuzz-artifacts/$target/"
  log="$build/fuzz-logs/$target.log"
  mkdir -p "$artifacts" "$(dirname "$log")"
  extra=()
  ((jobs > 1)) && extra+=(-jobs="$jobs" -workers="$jobs")
  [[ "$keep_going" == 1 ]] && extra+=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
  dict="tests/fuzz/$target.dict"
  [[ -f "$dict" ]] && extra+=(-dict="$dict")
  marker="$scratch/.started"  # findings newer than this are this run's
  touch "$marker"
  echo "Fuzzing $target for ${seconds}s (new inputs: $scratch, findings: $artifacts, log: $log)"
  rc=0
  "$build/tests/fuzz/${target}_fuzz" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 \
    -max_len="${max_len[$target]}" -print_final_stats=1 -artifact_prefix="$artifacts" \
    "${extra[@]}" "${flags[@]}" "$scratch" "tests/fuzz/corpus/${corpus[$target]}" \
    2>&1 | tee "$log" | grep -E '^(INFO: (Seed|fuzzed)|==[0-9]+==|SUMMARY|[a-z_]+_fuzz: |stat::|Done )' \
    || true
  rc=${PIPESTATUS[0]}
  runs=$(grep -oE 'stat::number_of_executed_units: [0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
  if ((runs == 0)); then  # fork mode: the last "#N" status line counts every run
    runs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
  fi
  findings=$(find "$artifacts" -type f -newer "$marker" \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \
    -o -name 'leak-*' \) | wc -l)
  summary+=("$(printf '%-18s %6ss %12s runs %4s findings (exit %s)' "$target" "$seconds" \
    "${runs:-0}" "$findings" "$rc")")
  ((rc == 0 && findings == 0)) || status=1
  echo "$(find "$scratch" -type f ! -name .started | wc -l) new inputs in $scratch"
done
echo
printf '%s\n' "${summary[@]}"
exit $status
