#!/usr/bin/env bash
# Builds the bench preset and runs the composite-index benchmarks, printing Google Benchmark's
# table and the peak resident memory of each benchmark (run one at a time for that).
# Usage: bench/run_index_bench.sh [extra benchmark flags]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
cmake --preset bench >/dev/null
cmake --build --preset bench --target lct_index_bench -j 2
binary="$root/build/bench/bench/lct_index_bench"
for filter in 'AsemBuild' 'AsemUncertainty/1' 'AsemUncertainty/2' 'SyntheticUncertainty'; do
  /usr/bin/time -f "peak RSS %M KiB" "$binary" --benchmark_filter="$filter" "$@"
done
