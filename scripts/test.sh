#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds, runs the unit, conformance,
# integration and browser tests and the lint checks, then builds again with
# AddressSanitizer + UndefinedBehaviorSanitizer and runs the same tests under it.
# Ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --with-test-tools || exit 1

passed=0
failed=0
failures=()
step() {  # step NAME COMMAND...
  local name="$1"; shift
  echo
  echo "==> $name"
  local start=$SECONDS
  if "$@"; then
    passed=$((passed + 1))
    echo "==> $name: passed ($((SECONDS - start)) s)"
  else
    failed=$((failed + 1))
    failures+=("$name")
    echo "==> $name: FAILED ($((SECONDS - start)) s)"
  fi
}

build() {  # build PRESET
  cmake --preset "$1" >/dev/null && cmake --build --preset "$1"
}

if ! build default; then
  echo "build failed"; echo "0 passed, 1 failed"; exit 1
fi
step "unit, conformance and integration tests" ctest --preset default -j2
step "browser tests (chromium, axe-core)" tests/e2e/run.sh build/default/src/cli/lct
step "layering: no upward includes" tools/check_layers.sh src
step "every header compiles on its own" cmake --build --preset default --target lct_header_check
step "clang-format" tools/check_format.sh
step "clang-tidy" tools/check_tidy.sh build/default

if ! build asan; then
  failed=$((failed + 1)); failures+=("sanitizer build")
else
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
  step "unit, conformance and integration tests under ASan+UBSan" ctest --preset asan -j2
  step "browser tests under ASan+UBSan" tests/e2e/run.sh build/asan/src/cli/lct
fi

echo
if ((failed)); then printf 'failed: %s\n' "${failures[@]}"; fi
echo "$passed passed, $failed failed"
((failed == 0))
