#!/usr/bin/env bash
# ctest install.relocated: `cmake --install` into a temporary prefix, move the prefix elsewhere,
# and check that the moved `lct` runs and finds its demo data with nothing baked in at build
# time; then that without the data it names every place it searched.
# Usage: relocated_install_test.sh BUILD_DIR
set -euo pipefail
build="$1"
work=$(mktemp -d "${TMPDIR:-/tmp}/lct-install-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
unset LCT_DATA_DIR

fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$work/first" >"$work/install.log" || fail "cmake --install failed"
mkdir -p "$work/elsewhere"
mv "$work/first" "$work/elsewhere/moved"
prefix="$work/elsewhere/moved"

[[ -x "$prefix/bin/lct" ]] || fail "no $prefix/bin/lct"
for f in network.csv indicators.csv README.md uk-boundaries/SOURCE.md ons-local-indicators/SOURCE.md; do
  [[ -f "$prefix/share/lct/demo/$f" ]] || fail "share/lct/demo/$f not installed"
done

version=$("$prefix/bin/lct" version) || fail "lct version failed"
[[ "$version" =~ ^lct\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "lct version printed '$version'"

# From another working directory, so nothing is found relative to the current directory.
cd "$work"
out=$("$prefix/bin/lct" init --demo --db "$work/demo.db" 2>&1) || fail "lct init --demo failed: $out"
[[ "$out" == *"Loaded the UK Learning City Network"* ]] || fail "unexpected output: $out"
[[ "$out" == *"12 members, 306 comparators"* ]] || fail "not the whole demo network: $out"
"$prefix/bin/lct" framework export toolkit --db "$work/demo.db" >"$work/toolkit.yaml" ||
  fail "the installed lct cannot read the database it made"
grep -q "^id: toolkit" "$work/toolkit.yaml" || fail "framework export printed no toolkit"

# The data is found through the moved prefix, not through the build or source tree: without it
# the command fails and says where it looked.
mv "$prefix/share" "$work/share-aside"
if out=$("$prefix/bin/lct" init --demo --db "$work/again.db" 2>&1); then
  fail "init --demo succeeded without share/lct/demo: $out"
fi
[[ "$out" == *"$prefix/share/lct/demo"* ]] || fail "the error does not name $prefix/share/lct/demo: $out"
[[ "$out" == *"LCT_DATA_DIR"* && "$out" == *"--demo-dir"* ]] || fail "the error does not name the options: $out"

# LCT_DATA_DIR names the folder holding demo/.
out=$(LCT_DATA_DIR="$work/share-aside/lct" "$prefix/bin/lct" init --demo --db "$work/env.db" 2>&1) ||
  fail "init --demo with LCT_DATA_DIR failed: $out"
echo "installed, moved to $prefix: lct version, init --demo (found beside the executable and through LCT_DATA_DIR)"
