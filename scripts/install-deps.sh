#!/usr/bin/env bash
# Installs, with apt-get, whatever of the build and test dependencies is missing.
# Usage: scripts/install-deps.sh [--with-test-tools]
set -euo pipefail

# Each is found by CMake (CMakeLists.txt, tests/, bench/) or run by a script: pkg-config finds
# libsodium and libxlsxwriter; sqlite3 (the shell) is bench/run_import_bench.sh's baseline;
# zlib1g-dev: gzip answers (web) and the XLSX test. Not here: libcmark-dev and libgmock-dev (nothing used them).
packages=(g++ cmake ninja-build ccache pkg-config
  libboost-dev libsqlite3-dev sqlite3 nlohmann-json3-dev libyaml-cpp-dev libkainjow-mustache-dev
  libcli11-dev libfmt-dev libspdlog-dev libeigen3-dev libsodium-dev libxlsxwriter-dev libgeos-dev zlib1g-dev
  libgtest-dev libbenchmark-dev)
if [[ "${1:-}" == "--with-test-tools" ]]; then
  packages+=(clang-format clang-tidy chromium fonts-liberation git)
  command -v node >/dev/null 2>&1 || packages+=(nodejs)
  command -v npm >/dev/null 2>&1 || packages+=(npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  SUDO=""
  [[ $(id -u) -eq 0 ]] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
