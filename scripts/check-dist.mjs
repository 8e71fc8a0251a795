// Fails when dist/, docs/rules.md or the README rules table differ from what a fresh build writes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderReadmeTable, renderRulesDoc, replaceBetweenMarkers } from './rules-doc.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fresh = mkdtempSync(join(tmpdir(), 'kpg-dist-'));
const problems = [];
try {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), fresh], { stdio: ['ignore', 'ignore', 'inherit'] });
  const committed = join(root, 'dist');
  const expected = listFiles(fresh);
  const actual = new Set(listFiles(committed));
  for (const file of expected) {
    if (!actual.has(file)) problems.push(`dist/${file} is missing`);
    else if (!readFileSync(join(fresh, file)).equals(readFileSync(join(committed, file)))) problems.push(`dist/${file} differs from a fresh build`);
    actual.delete(file);
  }
  for (const file of actual) problems.push(`dist/${file} is not produced by the build`);

  const rules = JSON.parse(readFileSync(join(fresh, 'policy/rules.json'), 'utf8'));
  if (read(join(root, 'docs/rules.md')) !== renderRulesDoc(rules)) problems.push('docs/rules.md is stale');
  const readme = read(join(root, 'README.md'));
  if (readme === undefined || replaceBetweenMarkers(readme, renderReadmeTable(rules)) !== readme) problems.push('the rules table in README.md is stale');
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
if (problems.length) {
  console.log(`${problems.map((problem) => `not ok: ${problem}`).join('\n')}\nRun \`npm run build\` and commit the result.`);
  console.log('dist check: 0 passed, 1 failed');
  process.exit(1);
}
console.log('dist check: 1 passed, 0 failed');

function listFiles(directory) {
  const out = [];
  const visit = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else out.push(relative(directory, path));
    }
  };
  try {
    visit(directory);
  } catch {
    // a missing dist/ lists nothing
  }
  return out.sort();
}

function read(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
