// Runs `opa test` over policies/ and the example conftest policies, prints each failure, then `opa-test: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireTool } from './tools.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const opa = requireTool('opa');
const SUITES = ['policies', 'examples/custom-policies/conftest'];

let passed = 0;
let failed = 0;
for (const suite of SUITES) {
  const result = spawnSync(opa, ['test', '--format', 'json', join(root, suite)], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  let results;
  try {
    results = JSON.parse(result.stdout);
  } catch {
    console.log(`${suite}: opa test printed no results`, result.stdout, result.stderr);
    failed++;
    continue;
  }
  if (results.length === 0) {
    console.log(`${suite}: no tests ran`);
    failed++;
  }
  const failures = results.filter((test) => test.fail || test.error);
  for (const test of failures) {
    const where = `${test.location?.file?.replace(`${root}/`, '')}:${test.location?.row}`;
    console.log(`not ok: ${test.package}.${test.name} (${where})${test.error ? `: ${JSON.stringify(test.error)}` : ''}`);
  }
  passed += results.length - failures.length;
  failed += failures.length;
}
console.log(`opa-test: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
