// npm run build: policies → dist/policy (wasm + rules.json), TypeScript → dist/index.js and dist/cli.js,
// rules reference → docs/rules.md and the README table. `node scripts/build.mjs OUT` builds into OUT only.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { renderReadmeTable, renderRulesDoc, replaceBetweenMarkers } from './rules-doc.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(process.argv[2] ?? join(root, 'dist'));
const writeDocs = process.argv[2] === undefined;

// Build aside and swap at the end: a failed build leaves the previous output in place.
const staging = mkdtempSync(join(tmpdir(), 'kpg-build-'));
try {
  execFileSync(process.execPath, [join(root, 'scripts/build-policies.mjs'), join(staging, 'policy')], { stdio: 'inherit' });
} catch {
  rmSync(staging, { recursive: true, force: true });
  process.exit(1);
}

await build({
  entryPoints: { index: join(root, 'src/index.ts'), cli: join(root, 'src/bin.ts'), worker: join(root, 'src/policy/worker.ts'), 'stream-worker': join(root, 'src/stream-worker.ts') },
  outdir: staging,
  // Paths in the bundle's comments are relative to this: the same output from any working directory.
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  // opa-wasm is CommonJS and requires Node builtins: give the ESM bundle a `require`.
  banner: { js: "import { createRequire as __kpgCreateRequire } from 'node:module';\nconst require = __kpgCreateRequire(import.meta.url);" },
});
const cli = join(staging, 'cli.js');
writeFileSync(cli, `#!/usr/bin/env node\n${readFileSync(cli, 'utf8')}`, { mode: 0o755 });
rmSync(outDir, { recursive: true, force: true });
cpSync(staging, outDir, { recursive: true });
rmSync(staging, { recursive: true, force: true });

if (writeDocs) {
  const rules = JSON.parse(readFileSync(join(outDir, 'policy/rules.json'), 'utf8'));
  mkdirSync(join(root, 'docs'), { recursive: true });
  writeFileSync(join(root, 'docs/rules.md'), renderRulesDoc(rules));
  const readme = join(root, 'README.md');
  writeFileSync(readme, replaceBetweenMarkers(readFileSync(readme, 'utf8'), renderReadmeTable(rules)));
}
console.error(`build: wrote ${outDir}`);
