#!/usr/bin/env bash
# npm test: the dist check, vitest, and opa test; the last line is the totals of all suites.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
passed=0
failed=0

count() { # suite-name, line "N passed, N failed"
  local line=$2 p f
  p=$(sed -nE 's/.*\b([0-9]+) passed.*/\1/p' <<<"$line")
  f=$(sed -nE 's/.*\b([0-9]+) failed.*/\1/p' <<<"$line")
  if [ -z "$p" ] || [ -z "$f" ]; then
    echo "$1: no result (counted as 1 failed)"
    failed=$((failed + 1))
    return
  fi
  passed=$((passed + p))
  failed=$((failed + f))
}

echo "== dist check"
out=$(node scripts/check-dist.mjs 2>&1)
echo "$out"
count dist-check "$(tail -n 1 <<<"$out")"

echo "== vitest"
rm -f .tmp/vitest.json
vitest run --config test/vitest.config.ts --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json
if [ -f .tmp/vitest.json ]; then
  # A test file that fails to load has no tests: count it as a failure too.
  count vitest "$(node -e 'const r = JSON.parse(require("fs").readFileSync(".tmp/vitest.json", "utf8"));
    const broken = r.testResults.filter((file) => file.status === "failed" && file.assertionResults.length === 0).length;
    console.log(`${r.numPassedTests} passed, ${r.numFailedTests + broken} failed`)')"
else
  count vitest ""
fi

echo "== opa test"
out=$(node scripts/opa-test.mjs 2>&1)
echo "$out"
count opa-test "$(tail -n 1 <<<"$out")"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
