#!/usr/bin/env bash
# Installs the pinned opa, helm and kustomize with `go install` into a cache outside the repository.
# Skips a tool whose binary is already there at the pinned module version (read with `go version -m`).
# Prints the bin directory on its last line; tests and the build look there (see src/tools.ts).
set -euo pipefail

TOOLS_DIR="${KPG_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/kube-policy-gate/tools}"
BIN_DIR="$TOOLS_DIR/bin"

# name|module path of the main package|module whose version is pinned|version
PINS=(
  "opa|github.com/open-policy-agent/opa|github.com/open-policy-agent/opa|v1.20.2"
  "helm|helm.sh/helm/v4/cmd/helm|helm.sh/helm/v4|v4.2.4"
  "kustomize|sigs.k8s.io/kustomize/kustomize/v5|sigs.k8s.io/kustomize/kustomize/v5|v5.8.1"
)

if ! command -v go >/dev/null 2>&1; then
  cat >&2 <<'MSG'
install-tools: Go is not on PATH. The pinned opa, helm and kustomize are built with `go install`.
Install Go 1.24 or newer (https://go.dev/doc/install, or your package manager), then run this script again.
MSG
  exit 1
fi

mkdir -p "$BIN_DIR"

installed_version() { # bin module -> version of module inside bin, or nothing
  [ -x "$1" ] || return 0
  go version -m "$1" 2>/dev/null | awk -v m="$2" '($1 == "mod" || $1 == "dep") && $2 == m { print $3; exit }'
}

pids=()
names=()
for pin in "${PINS[@]}"; do
  IFS='|' read -r name pkg module version <<<"$pin"
  have=$(installed_version "$BIN_DIR/$name" "$module")
  if [ "$have" = "$version" ]; then
    echo "install-tools: $name $version already in $BIN_DIR" >&2
    continue
  fi
  echo "install-tools: go install $pkg@$version${have:+ (replacing $have)}" >&2
  # CGO off: static binaries, no C toolchain needed; opa's wasm compiler is pure Go.
  ( CGO_ENABLED=0 GOBIN="$BIN_DIR" GOFLAGS="${GOFLAGS:-} -trimpath" go install "$pkg@$version" ) &
  pids+=("$!")
  names+=("$name@$version")
done

failed=0
for i in "${!pids[@]}"; do
  if ! wait "${pids[$i]}"; then
    echo "install-tools: go install ${names[$i]} failed (see the error above)" >&2
    failed=1
  fi
done
[ "$failed" = 0 ] || exit 1

for pin in "${PINS[@]}"; do
  IFS='|' read -r name _ module version <<<"$pin"
  have=$(installed_version "$BIN_DIR/$name" "$module")
  if [ "$have" != "$version" ]; then
    echo "install-tools: $BIN_DIR/$name reports '${have:-no version}', expected $version" >&2
    exit 1
  fi
done
echo "$BIN_DIR"
