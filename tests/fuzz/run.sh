#!/usr/bin/env bash
# Builds the `fuzz` preset (clang++, libFuzzer + ASan + UBSan) and fuzzes the CSV reader over
# the seed corpus tests/fuzz/corpus/csv for SECONDS (default 60).
# Usage: tests/fuzz/run.sh [SECONDS] [extra libFuzzer flags...]
#   LCT_FUZZ_BUILD_DIR  build directory (default build/fuzz, the preset's)
#   LCT_FUZZ_JOBS       parallel fuzzing processes (default 1; logs then go to fuzz-N.log)
# New interesting inputs go to a scratch directory (printed at the end), so the seed corpus
# stays small; a crash is saved as crash-* in the build directory's fuzz-artifacts/ and the
# script exits non-zero. Add a crashing input to the corpus once the bug is fixed.
set -euo pipefail

seconds="${1:-60}"
shift || true
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
build="${LCT_FUZZ_BUILD_DIR:-build/fuzz}"
jobs="${LCT_FUZZ_JOBS:-1}"

if ! command -v clang++ >/dev/null 2>&1; then
  echo "run.sh: clang++ is needed for libFuzzer (Debian: apt-get install clang)" >&2
  exit 1
fi
if ! [[ "$seconds" =~ ^[0-9]+$ ]]; then
  echo "run.sh: SECONDS must be a whole number, got '$seconds'" >&2
  exit 2
fi

cmake --preset fuzz -B "$build" >/dev/null
cmake --build "$build" --target csv_reader_fuzz -j2

scratch="$(mktemp -d "${TMPDIR:-/tmp}/lct-fuzz-csv.XXXXXX")"
artifacts="$build/fuzz-artifacts/"
mkdir -p "$artifacts"
parallel=()
((jobs > 1)) && parallel=(-jobs="$jobs" -workers="$jobs")
echo "Fuzzing the CSV reader for ${seconds}s (new inputs: $scratch, crashes: $artifacts)"
"$build/tests/fuzz/csv_reader_fuzz" -max_total_time="$seconds" -timeout=10 -max_len=4096 \
  -print_final_stats=1 -artifact_prefix="$artifacts" "${parallel[@]}" "$@" \
  "$scratch" tests/fuzz/corpus/csv
echo "No crash in ${seconds}s; $(find "$scratch" -type f | wc -l) new inputs in $scratch"
