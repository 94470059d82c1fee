#!/usr/bin/env bash
# Fails when a layer includes a header from a layer it may not depend on (DESIGN.md §3, with
# domain -> analysis allowed: docs/architecture.md, "Layers").
set -euo pipefail
src="${1:-$(dirname "$0")/../src}"
declare -A allowed=(
  [base]="base"
  [domain]="base analysis domain"
  [analysis]="base analysis"
  [io]="base domain io"
  [store]="base domain store"
  [render]="base domain render"
  [services]="base domain analysis io store render services"
  [web]="base domain services render web"
  [cli]="base domain services web cli"
)
layers="base domain analysis io store render services web cli"
status=0
checked=0
for layer in "${!allowed[@]}"; do
  [[ -d "$src/$layer" ]] || continue
  while IFS=: read -r file line text; do
    inc=$(sed -E 's/.*#include[[:space:]]*"([^"/]+)\/.*/\1/' <<<"$text")
    [[ " $layers " == *" $inc "* ]] || continue
    if [[ " ${allowed[$layer]} " != *" $inc "* ]]; then
      echo "$file:$line: layer '$layer' may not include '$inc' ($text)"
      status=1
    fi
  done < <(grep -rnE '^[[:space:]]*#include[[:space:]]*"' "$src/$layer" || true)
  checked=$((checked + 1))
done
# Services headers are read by web/ and cli/, which do not link lct_store: they name the Store
# through services/store_handle.hpp (forward declarations) and never include a store/ header.
while IFS=: read -r file line text; do
  echo "$file:$line: a services header may not include store/ (use services/store_handle.hpp): $text"
  status=1
done < <(grep -rnE '^[[:space:]]*#include[[:space:]]*"store/' --include='*.hpp' "$src/services" || true)
if [[ $status -eq 0 ]]; then echo "layering: $checked layers checked, no upward includes"; fi
exit $status
