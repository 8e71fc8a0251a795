#!/usr/bin/env bash
# Installs the pinned opa, helm and kustomize with `go install` into a cache outside the repository.
# Skips a tool whose binary is already there at the pinned module version (read with `go version -m`).
# Prints the bin directory on its last line; tests and the build look there (see src/tools.ts).
# With --bench it also installs conftest, which `npm run bench` compares against.
set -euo pipefail

TOOLS_DIR="${KPG_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/kube-policy-gate/tools}"
BIN_DIR="$TOOLS_DIR/bin"

# bin directory (relative to TOOLS_DIR)|name|module path of the main package|module whose version is pinned|version
# helm v3 sits in a directory of its own beside the pinned v4: GitHub's runners ship v3, so the hostile-input
# tests render with both (KPG_HELM picks the binary, see src/tools.ts).
PINS=(
  "bin|opa|github.com/open-policy-agent/opa|github.com/open-policy-agent/opa|v1.20.2"
  "bin|helm|helm.sh/helm/v4/cmd/helm|helm.sh/helm/v4|v4.2.4"
  "bin|kustomize|sigs.k8s.io/kustomize/kustomize/v5|sigs.k8s.io/kustomize/kustomize/v5|v5.8.1"
  "helm-v3/bin|helm|helm.sh/helm/v3/cmd/helm|helm.sh/helm/v3|v3.19.5"
)
# `--bench`: the peers `npm run bench` measures against, side by side.
if [ "${1:-}" = "--bench" ]; then
  PINS+=("bin|conftest|github.com/open-policy-agent/conftest|github.com/open-policy-agent/conftest|v0.69.0")
fi

if ! command -v go >/dev/null 2>&1; then
  cat >&2 <<'MSG'
install-tools: Go is not on PATH. The pinned opa, helm and kustomize are built with `go install`.
Install Go 1.24 or newer (https://go.dev/doc/install, or your package manager), then run this script again.
MSG
  exit 1
fi


installed_version() { # bin module -> version of module inside bin, or nothing
  [ -x "$1" ] || return 0
  go version -m "$1" 2>/dev/null | awk -v m="$2" '($1 == "mod" || $1 == "dep") && $2 == m { print $3; exit }'
}

pids=()
names=()
for pin in "${PINS[@]}"; do
  IFS='|' read -r dir name pkg module version <<<"$pin"
  bin="$TOOLS_DIR/$dir"
  mkdir -p "$bin"
  have=$(installed_version "$bin/$name" "$module")
  if [ "$have" = "$version" ]; then
    echo "install-tools: $name $version already in $bin" >&2
    continue
  fi
  echo "install-tools: go install $pkg@$version${have:+ (replacing $have)}" >&2
  # CGO off: static binaries, no C toolchain needed; opa's wasm compiler is pure Go.
  ( CGO_ENABLED=0 GOBIN="$bin" GOFLAGS="${GOFLAGS:-} -trimpath" go install "$pkg@$version" ) &
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
  IFS='|' read -r dir name _ module version <<<"$pin"
  have=$(installed_version "$TOOLS_DIR/$dir/$name" "$module")
  if [ "$have" != "$version" ]; then
    echo "install-tools: $TOOLS_DIR/$dir/$name reports '${have:-no version}', expected $version" >&2
    exit 1
  fi
done
echo "$BIN_DIR"
