// Runs `opa test` over policies/ and prints each failure, then `opa-test: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireTool } from './tools.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const opa = requireTool('opa');
const result = spawnSync(opa, ['test', '--format', 'json', join(root, 'policies')], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
let results;
try {
  results = JSON.parse(result.stdout);
} catch {
  console.log(result.stdout, result.stderr);
  console.log('opa-test: 0 passed, 1 failed');
  process.exit(1);
}
const failures = results.filter((test) => test.fail || test.error);
for (const test of failures) {
  const where = `${test.location?.file?.replace(`${root}/`, '')}:${test.location?.row}`;
  console.log(`not ok: ${test.package}.${test.name} (${where})${test.error ? `: ${JSON.stringify(test.error)}` : ''}`);
}
const passed = results.length - failures.length;
console.log(`opa-test: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length || result.status !== 0 && results.length === 0 ? 1 : 0);
