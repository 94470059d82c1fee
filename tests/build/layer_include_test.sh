#!/usr/bin/env bash
# ctest build.layer_include_roots: the build itself keeps each layer to the headers of the
# layers its target links (cmake/layer.cmake). Builds the probe targets of tests/CMakeLists.txt
# (compiled with the include roots of web/, cli/, domain/ or analysis/): the controls must compile
# (web includes a services header; domain includes an analysis header), and each probe that
# includes a header of a layer its layer may not use must fail because that header is not found.
# Usage: layer_include_test.sh BUILD_DIR
set -uo pipefail
build="$1"
fail() { echo "FAIL: $*" >&2; exit 1; }
log=$(mktemp "${TMPDIR:-/tmp}/lct-layer-probe.XXXXXX")
trap 'rm -f "$log"' EXIT

cmake --build "$build" --target layer_probe_web_services >"$log" 2>&1 ||
  { cat "$log"; fail "the control (web includes a services header) does not compile"; }
cmake --build "$build" --target layer_probe_domain_analysis >"$log" 2>&1 ||
  { cat "$log"; fail "the control (domain includes an analysis header) does not compile"; }

for probe in web_store:store/store.hpp web_io:io/observation_csv.hpp \
             cli_store:store/sqlite/sqlite_store.hpp analysis_domain:domain/place.hpp; do
  target="layer_probe_${probe%%:*}"
  layer="${probe%%_*}"
  header="${probe#*:}"
  if cmake --build "$build" --target "$target" >"$log" 2>&1; then
    fail "$target compiled: a $layer file could include $header"
  fi
  grep -q "$header: No such file or directory" "$log" ||
    { cat "$log"; fail "$target failed for another reason than $header not being found"; }
  echo "$target: $header not found, as it should be"
done
