#!/usr/bin/env bash
# npm run demo: installs whatever is missing (npm packages, pinned opa/helm/kustomize), builds dist/ when it is
# absent, and runs the gate on examples/. Exits 0 even though the examples have findings: showing them is its job.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/vitest ] || [ ! -x node_modules/.bin/node ]; then
  echo "demo: installing npm packages (npm ci)" >&2
  npm ci --no-audit --no-fund >&2
fi
bash scripts/install-tools.sh >/dev/null
[ -f dist/cli.js ] || node_modules/.bin/node scripts/build.mjs

# The example config adds a team's own policies (conftest-style Rego and a Gatekeeper template) and an exception.
echo "demo: kube-policy-gate --config examples/custom-policies/kube-policy-gate.yaml" >&2
set +e
node_modules/.bin/node dist/cli.js --config examples/custom-policies/kube-policy-gate.yaml
status=$?
set -e
# 1 means "findings at or above fail-on", which is what the examples are for; anything else is a failure.
if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then
  echo "demo: the gate failed to run (exit $status)" >&2
  exit "$status"
fi
echo "demo: done (the gate's verdict on the planted violations is above; exit status $status is expected)" >&2
