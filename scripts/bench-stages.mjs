// npm run bench -- --stages [sizes...] (scripts/bench.mjs hands over): bundles scripts/bench.ts and runs it once per size in a fresh process,
// so each size reports its own peak RSS. Default sizes: 1000 and 10000 objects.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const work = mkdtempSync(join(tmpdir(), 'kpg-bench-'));
try {
  const entry = join(work, 'bench.mjs');
  await build({
    entryPoints: [join(root, 'scripts/bench.ts')],
    outfile: entry,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    logLevel: 'warning',
    banner: { js: "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);" },
  });
  console.log(`node ${process.version}, bundle ${join(root, 'dist/policy')}`);
  for (const size of sizes.length ? sizes : [1000, 10000]) {
    const line = execFileSync(process.execPath, [entry, String(size), join(root, 'dist/policy')], { encoding: 'utf8' }).trim();
    const r = JSON.parse(line);
    console.log(
      `${String(r.objects).padStart(6)} objects (${r.megabytes} MB, ${r.findings} findings${r.customRules ? `, ${r.customRules} custom rules` : ''}): ${r.totalMs} ms total, ` +
        `${r.objectsPerSecond} objects/s; parse ${r.ms.parse} ms, evaluate ${r.ms.evaluate} ms (${r.evaluateObjectsPerSecond} objects/s), ` +
        `locate ${r.ms.locate} ms, load ${r.ms.load} ms; peak RSS ${r.peakRssMB} MB`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
