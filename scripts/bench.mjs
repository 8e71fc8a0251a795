// npm run bench [sizes...] [--rounds N] [--layouts one-file,many-files]: this CLI, conftest, `opa eval` and opa-wasm
// alone (scripts/bench-wasm.mjs: the bundled policy.wasm in a loop, the floor the CLI wraps) side by
// side on the same Rego and the same generated workloads, whole processes, A/B/C rounds; prints medians, ratios and
// peak RSS, and checks that all three count the same violations. `npm run bench -- --stages` runs the in-process
// stage profile instead (scripts/bench-stages.mjs). Method and results: docs/performance.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { workloads } from './workloads.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
if (args.includes('--stages')) {
  execFileSync(process.execPath, [join(root, 'scripts/bench-stages.mjs'), ...args.filter((arg) => arg !== '--stages')], { stdio: 'inherit' });
  process.exit(0);
}
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : fallback;
};
if (args.includes('--corpus')) {
  // The corpus run: the whole CLI against its renders one at a time divided by the cores (scripts/bench-corpus.ts).
  const corpus = args.find((arg) => !arg.startsWith('--') && !/^\d+$/.test(arg)) ?? join(root, '../shared/corpus');
  if (!existsSync(corpus)) {
    console.log(`bench --corpus: ${corpus} does not exist (it is ../shared/corpus beside the repository in CI); nothing measured`);
    process.exit(0);
  }
  const out = mkdtempSync(join(tmpdir(), 'kpg-bench-corpus-'));
  try {
    await build({ entryPoints: [join(root, 'scripts/bench-corpus.ts')], outfile: join(out, 'corpus.mjs'), bundle: true, platform: 'node', format: 'esm', target: 'node24', logLevel: 'warning', banner: { js: "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);" } });
    const bin = execFileSync('bash', [join(root, 'scripts/install-tools.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').at(-1);
    const result = JSON.parse(execFileSync(process.execPath, [join(out, 'corpus.mjs'), corpus, join(root, 'dist/cli.js'), option('--rounds', '3')], { encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } }));
    console.log(`corpus ${result.root}: ${result.targets} targets on ${result.cores} cores; renders one at a time ${result.renderSeconds.toFixed(2)} s, ÷ cores ${result.floor.toFixed(2)} s; the whole CLI ${result.cliSeconds.toFixed(2)} s (${result.ratio.toFixed(2)}× the floor)`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  process.exit(0);
}
const rounds = Number(option('--rounds', '5'));
const layouts = option('--layouts', 'one-file').split(',');
// --only cli,wasm: leave the slow peers out at the largest sizes (conftest takes minutes and gigabytes at 100k).
const only = option('--only', 'cli,conftest,opa,wasm').split(',');
const sizes = args.filter((arg, index) => /^\d+$/.test(arg) && !['--rounds', '--only', '--layouts'].includes(args[index - 1])).map(Number);

const bin = execFileSync('bash', [join(root, 'scripts/install-tools.sh'), '--bench'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').at(-1);
const tools = { opa: join(bin, 'opa'), conftest: join(bin, 'conftest') };
const rules = JSON.parse(readFileSync(join(root, 'dist/policy/rules.json'), 'utf8'));
// The rules the default profile reports on these workloads (no optional ones, no namespace labels): what data.kpg.run holds.
const run = rules.filter((rule) => !rule.optional).map((rule) => rule.package);

const work = mkdtempSync(join(tmpdir(), 'kpg-bench-'));
try {
  // conftest and opa eval read the same policies/ through a thin shim: deny = every violation of data.kpg.violations.
  mkdirSync(join(work, 'shim'));
  writeFileSync(join(work, 'shim/shim.rego'), 'package main\n\nimport data.kpg\n\ndeny contains sprintf("%s: %s", [v.rule, v.message]) if some v in kpg.violations\n');
  writeFileSync(join(work, 'data.json'), JSON.stringify({ kpg: { run } }));
  console.log(`node ${process.version}; ${rounds} rounds; opa, conftest from ${bin}; ${run.length} rules`);
  console.log('| objects | layout | this CLI | conftest | opa eval | opa-wasm alone | conftest ÷ CLI | opa eval ÷ CLI | CLI ÷ opa-wasm | CLI peak RSS | conftest RSS | opa RSS | violations |');
  console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const size of sizes.length ? sizes : [1000, 10000]) {
    for (const layout of layouts) console.log(row(size, layout, prepare(size, layout)));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** The workloads on disk: one multi-document file, or one object per file; and opa eval's input. */
function prepare(size, layout) {
  const dir = join(work, `${layout}-${size}`);
  mkdirSync(dir);
  const objects = workloads(size);
  if (layout === 'one-file') writeFileSync(join(dir, 'workloads.yaml'), objects.join('---\n'));
  else objects.forEach((text, i) => writeFileSync(join(dir, `w${String(i).padStart(6, '0')}.yaml`), text));
  const input = join(work, `${layout}-${size}.json`);
  // YAML 1.1 scalars, as Kubernetes reads them: `privileged: on` is true for opa eval too.
  writeFileSync(input, JSON.stringify({ objects: objects.map((text) => parse(text, { version: '1.1' })) }));
  return { dir, input };
}

function row(size, layout, { dir, input }) {
  const runners = {
    // The 100,000-object file is 107 MB, past max-render-bytes' default (64 MiB), which would make it a render-error.
    cli: () => measure(process.execPath, [join(root, 'dist/cli.js'), dir, '--format', 'json', '--fail-on', 'never', '--max-render-bytes', '1GiB'], countCli),
    conftest: () => measure(tools.conftest, ['test', '--no-color', '--output', 'json', '--policy', join(root, 'policies'), '--policy', join(work, 'shim'), '--data', join(work, 'data.json'), dir], countConftest),
    opa: () => measure(tools.opa, ['eval', '--format', 'json', '-d', join(root, 'policies'), '-d', join(work, 'data.json'), '--input', input, 'data.kpg.batch'], countOpa),
    wasm: () => measure(process.execPath, [join(root, 'scripts/bench-wasm.mjs'), join(root, 'dist/policy/policy.wasm'), input, join(work, 'data.json')], countWasm),
  };
  for (const name of Object.keys(runners)) if (!only.includes(name)) delete runners[name];
  const results = Object.fromEntries(Object.keys(runners).map((name) => [name, []]));
  // A/B/C, A/B/C…: a machine that slows down mid-run slows every tool alike.
  for (let round = 0; round < rounds; round++) for (const [name, runner] of Object.entries(runners)) results[name].push(runner());
  const median = (name, key) => {
    const values = results[name].map((result) => result[key]).sort((a, b) => a - b);
    return values[Math.floor(values.length / 2)];
  };
  const counts = Object.fromEntries(Object.keys(runners).map((name) => [name, median(name, 'violations')]));
  if (new Set(Object.values(counts)).size !== 1) throw new Error(`violation counts differ at ${size} objects (${layout}): ${JSON.stringify(counts)}`);
  const seconds = (name) => (results[name] ? median(name, 'seconds') : NaN);
  const mb = (name) => (results[name] ? `${Math.round(median(name, 'rssKb') / 1024)} MB` : '–');
  const fixed = (value, digits, unit) => (Number.isNaN(value) ? '–' : `${value.toFixed(digits)}${unit}`);
  const time = (name) => fixed(seconds(name), 2, ' s');
  const ratio = (a, b, digits = 1) => fixed(seconds(a) / seconds(b), digits, '×');
  return `| ${size} | ${layout} | ${time('cli')} | ${time('conftest')} | ${time('opa')} | ${time('wasm')} | ${ratio('conftest', 'cli')} | ${ratio('opa', 'cli')} | ${ratio('cli', 'wasm', 2)} | ${mb('cli')} | ${mb('conftest')} | ${mb('opa')} | ${counts.cli} |`;
}

/** One whole process under GNU time: wall seconds, peak RSS and the violations it reported. */
function measure(command, commandArgs, count) {
  const rss = join(work, 'rss');
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', '-o', rss, command, ...commandArgs], { encoding: 'utf8', maxBuffer: 4 * 1024 ** 3 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.error) throw result.error;
  return { seconds, rssKb: Number(readFileSync(rss, 'utf8').trim().split('\n').at(-1)), violations: count(result.stdout, result) };
}

function countCli(stdout, result) {
  if (result.status !== 0) throw new Error(`the CLI exited ${result.status}: ${result.stderr}`);
  const { findings } = JSON.parse(stdout);
  const failed = findings.find((finding) => ['render-error', 'parse-error', 'evaluation-error'].includes(finding.ruleId));
  if (failed) throw new Error(`the CLI could not check everything: ${failed.ruleId} ${failed.message}`);
  return findings.length;
}

function countConftest(stdout) {
  return JSON.parse(stdout).reduce((sum, file) => sum + (file.failures?.length ?? 0), 0);
}

function countWasm(stdout, result) {
  if (result.status !== 0) throw new Error(`opa-wasm alone exited ${result.status}: ${result.stderr}`);
  return Number(stdout.trim());
}

function countOpa(stdout, result) {
  if (result.status !== 0) throw new Error(`opa eval exited ${result.status}: ${result.stderr}`);
  return JSON.parse(stdout).result[0].expressions[0].value.reduce((sum, violations) => sum + violations.length, 0);
}
