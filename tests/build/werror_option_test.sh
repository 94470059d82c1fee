#!/usr/bin/env bash
# ctest build.werror_option: a packager's plain `cmake -S . -B b` compiles without -Werror;
# -DLCT_WERROR=ON (what the presets set) adds it. Configures only, builds nothing.
# Usage: werror_option_test.sh SOURCE_DIR
set -euo pipefail
src="$1"
work=$(mktemp -d "${TMPDIR:-/tmp}/lct-werror-test.XXXXXX")
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
configure() {  # configure DIR ARGS...: the compile commands of a fresh configuration
  local dir="$1"; shift
  cmake -S "$src" -B "$dir" -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DLCT_BUILD_TESTS=OFF "$@" \
    >"$dir.log" 2>&1 || { cat "$dir.log"; fail "configure $* failed"; }
  [[ -s "$dir/compile_commands.json" ]] || fail "no compile_commands.json in $dir"
}

configure "$work/plain"
if grep -q -- "-Werror" "$work/plain/compile_commands.json"; then
  fail "plain cmake -S . -B b compiles with -Werror"
fi
grep -q -- "-Wall" "$work/plain/compile_commands.json" || fail "plain configuration lost the warnings"

configure "$work/strict" -DLCT_WERROR=ON
grep -q -- "-Werror" "$work/strict/compile_commands.json" || fail "-DLCT_WERROR=ON does not add -Werror"
echo "plain configuration: warnings without -Werror; LCT_WERROR=ON: -Werror"
