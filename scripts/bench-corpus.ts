// npm run bench -- --corpus [DIR] (scripts/bench.mjs hands over, bundled): how long the whole CLI takes on the corpus
// (../shared/corpus by default) against its renders one after another through the same code (helm template,
// kustomize build, dependency builds), divided by the cores: the floor when renders run one per core.
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { configuredSettings } from '../src/config/settings.js';
import { discoverTargets } from '../src/discover/index.js';
import { listFiles } from '../src/discover/walk.js';
import { cachedReader } from '../src/manifests/source.js';
import { renderTarget } from '../src/render/index.js';
import { createSandbox } from '../src/render/sandbox.js';

const [rootArg, cli, roundsArg] = process.argv.slice(2);
const root = resolve(rootArg!);
const rounds = Number(roundsArg ?? 3);
const settings = configuredSettings(() => '', root);
const { files } = await listFiles(root, settings.paths);
const sandbox = await createSandbox(root);
let renderSeconds = 0;
let targets = 0;
try {
  const read = cachedReader(sandbox.root);
  const discovered = discoverTargets({ files, read: (path) => read(path) ?? '' }, settings);
  targets = discovered.length;
  const context = { root: sandbox.root, timeoutMs: settings.renderTimeoutMs, allowNetwork: false, maxRenderBytes: settings.maxRenderBytes };
  // One round to warm the file cache, then the renders one at a time.
  for (const target of discovered) await renderTarget(target, context);
  const started = process.hrtime.bigint();
  for (const target of discovered) await renderTarget(target, context);
  renderSeconds = Number(process.hrtime.bigint() - started) / 1e9;
} finally {
  await sandbox.dispose();
}
const runs: number[] = [];
for (let round = 0; round < rounds; round++) {
  const started = process.hrtime.bigint();
  try {
    execFileSync(process.execPath, [cli!, root, '--format', 'json'], { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
  } catch (error) {
    // Findings fail the run (exit 1); anything else is a broken run.
    if ((error as { status?: number }).status !== 1) throw error;
  }
  runs.push(Number(process.hrtime.bigint() - started) / 1e9);
}
const cli_ = runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
const cores = availableParallelism();
console.log(JSON.stringify({ root, targets, cores, renderSeconds, floor: renderSeconds / cores, cliSeconds: cli_, ratio: cli_ / (renderSeconds / cores) }));

