// Policies from the pull request on a guarded thread: a time budget that stops loops (in a start function, in an
// evaluation), output that goes nowhere, abort messages clipped, and the hostile corpus's modules kept in step.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Resource } from '../../src/model.js';
import { loadGuardedPolicy, PolicyBudget, PolicyStopped, startGuardedHost } from '../../src/policy/guard.js';
import { loadPolicySources } from '../../src/policy/sources/index.js';
import { BundleTooLarge, readBundleArchive } from '../../src/policy/sources/wasm.js';
import { create } from 'tar';
import { misbehavingPolicy, type Behaviour } from './wasm-policies.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'kpg-guard-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const bytes = (behaviour: Behaviour, message = ''): ArrayBuffer => {
  const buffer = misbehavingPolicy(behaviour, message);
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
};
const label = "policy bundle 'policy/x.wasm'";
const pod: Resource = {
  object: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' } },
  apiVersion: 'v1',
  kind: 'Pod',
  name: 'p',
  target: { kind: 'manifests', path: 'pod.yaml' },
  document: { text: '', firstLine: 1, sourceFile: 'pod.yaml', relatedFiles: [], textIsSource: true },
};

describe('loadGuardedPolicy', () => {
  it('loads and evaluates a policy on its thread, charging the time to the budget', async () => {
    const budget = new PolicyBudget(30_000);
    const host = startGuardedHost({ budget });
    const policy = host.load(bytes('none'), label);
    expect(policy.entrypoints).toEqual(['main/deny']);
    expect(policy.stopped).toBeUndefined();
    policy.setData({ a: 1 });
    expect(policy.evaluate({ kind: 'Pod' }, 'main/deny')).toEqual([]);
    expect(budget.spentMs).toBeGreaterThan(0);
    expect(budget.stopped).toBeUndefined();
    await host.close();
  });

  it('hosts several policies on one thread: one that loops stops the others, which share its budget', () => {
    const host = startGuardedHost({ budget: new PolicyBudget(1500), builtins: 'gatekeeper' });
    const quiet = host.load(bytes('none'), "ConstraintTemplate 'quiet' (a.yaml)");
    const looping = host.load(bytes('eval-loop'), "ConstraintTemplate 'loop' (b.yaml)");
    expect(quiet.evaluate({}, 'main/deny')).toEqual([]);
    expect(() => looping.evaluate({}, 'main/deny')).toThrow(/^ConstraintTemplate 'loop' \(b\.yaml\) ran past its time budget/);
    expect(() => quiet.evaluate({}, 'main/deny')).toThrow(/^ConstraintTemplate 'loop' \(b\.yaml\) ran past/);
  });

  it('stops a start function that never returns at the budget: the policy is stopped, not the run', () => {
    const started = Date.now();
    const budget = new PolicyBudget(1500);
    const policy = loadGuardedPolicy(bytes('start-loop'), { budget, label });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(policy.entrypoints).toEqual([]);
    expect(policy.stopped).toMatch(/^policy bundle 'policy\/x\.wasm' did not finish loading within its time budget \(1\.5 s/);
    expect(() => policy.evaluate({}, 'main/deny')).toThrow(PolicyStopped);
  });

  it('stops an evaluation that loops, and fails every later call at once, for every policy sharing the budget', () => {
    const budget = new PolicyBudget(1500);
    const looping = loadGuardedPolicy(bytes('eval-loop'), { budget, label });
    const other = loadGuardedPolicy(bytes('none'), { budget, label: "ConstraintTemplate 'b'" });
    const started = Date.now();
    expect(() => looping.evaluate({}, 'main/deny')).toThrow(/^policy bundle 'policy\/x\.wasm' ran past its time budget \(1\.5 s of evaluation in all, the render-timeout\) and was stopped/);
    expect(Date.now() - started).toBeLessThan(15_000);
    const again = Date.now();
    expect(() => looping.evaluate({}, 'main/deny')).toThrow(PolicyStopped);
    expect(() => other.setData({})).toThrow(/policy\/x\.wasm' ran past/);
    expect(Date.now() - again).toBeLessThan(1000);
    expect(budget.stopped).toMatch(/ran past/);
  });

  it('passes opa_abort messages back as errors, clipped', () => {
    const policy = loadGuardedPolicy(bytes('abort', `::error::forged ${'x'.repeat(5000)}`), { budget: new PolicyBudget(30_000), label });
    let message = '';
    try {
      policy.evaluate({}, 'main/deny');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.startsWith('::error::forged xxx')).toBe(true);
    expect(message.length).toBe(2000);
  });

  it('throws opa-wasm\'s own error for a module that is no policy', () => {
    const notPolicy = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]).buffer;
    expect(() => loadGuardedPolicy(notPolicy, { budget: new PolicyBudget(30_000), label })).toThrow(/builtins|not a function|undefined/);
  });
});

describe('what a guarded policy prints', () => {
  it('goes nowhere: opa_println output never reaches stdout or stderr', () => {
    const script = join(work, 'print.ts');
    writeFileSync(
      script,
      `import { loadGuardedPolicy, PolicyBudget } from ${JSON.stringify(join(ROOT, 'src/policy/guard.ts'))};
import { misbehavingPolicy } from ${JSON.stringify(join(ROOT, 'test/unit/wasm-policies.ts'))};
const bytes = misbehavingPolicy('println', '::add-mask::kpg-forged\\n::warning::kpg-forged');
const policy = loadGuardedPolicy(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), { budget: new PolicyBudget(30000), label: 'x' });
console.log('result', JSON.stringify(policy.evaluate({}, 'main/deny')));
await new Promise((resolve) => setTimeout(resolve, 300));
`,
    );
    const hook = join(work, 'hook.mjs');
    writeFileSync(
      hook,
      `import { registerHooks } from 'node:module';
registerHooks({ resolve(specifier, context, next) { try { return next(specifier, context); } catch (error) { if (!specifier.startsWith('.') || !specifier.endsWith('.js')) throw error; return next(specifier.slice(0, -3) + '.ts', context); } } });
`,
    );
    const run = spawnSync(process.execPath, ['--import', hook, script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.stdout, run.stderr).toBe('result []\n');
    expect(run.stderr).not.toContain('kpg-forged');
  });
});

describe('policy-bundles entries', () => {
  it('a policy that loops is an evaluation error on each object naming the bundle, within the budget', async () => {
    const sources = await loadPolicySources(['test/fixtures/hostile/policy-output/wasm-eval-loop/repo/policy/loop.wasm'], {
      root: ROOT,
      regoVersion: 'v1',
      namespaces: ['main'],
      cacheDir: join(work, 'cache'),
      budgetMs: 1000,
    });
    const started = Date.now();
    const evaluations = await sources[0]!.evaluateAll([pod, { ...pod, name: 'q' }], {});
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(evaluations.map((evaluation) => ('error' in evaluation ? evaluation.error : 'judged'))).toEqual([
      expect.stringMatching(/^main\.deny \(test\/fixtures\/hostile\/policy-output\/wasm-eval-loop\/repo\/policy\/loop\.wasm\): policy bundle '.*loop\.wasm' ran past its time budget \(1 s/),
      expect.stringMatching(/ran past its time budget/),
    ]);
  });
});

describe('bundle archives', () => {
  const archive = async (name: string, members: Record<string, Buffer | string>) => {
    const directory = mkdtempSync(join(work, 'archive-'));
    for (const [member, content] of Object.entries(members)) writeFileSync(join(directory, member), content);
    const file = join(work, name);
    await create({ gzip: true, file, cwd: directory, portable: true }, Object.keys(members));
    return file;
  };

  it('reads no further than its entry and size budgets, and says which it passed', async () => {
    const policy = misbehavingPolicy('none');
    const file = await archive('three.tar.gz', { 'data.json': '{}', 'policy.wasm': policy, 'extra.wasm': Buffer.alloc(4096) });
    await expect(readBundleArchive(file, 'p/three.tar.gz')).resolves.toMatchObject({ origin: 'p/three.tar.gz', data: {} });
    await expect(readBundleArchive(file, 'p/three.tar.gz', { maxEntries: 2 })).rejects.toThrow("policy bundle 'p/three.tar.gz' holds more than 2 entries, past what a policy bundle may; it was not read, and this object was not judged by it");
    await expect(readBundleArchive(file, 'p/three.tar.gz', { maxEntries: 2 })).rejects.toBeInstanceOf(BundleTooLarge);
    await expect(readBundleArchive(file, 'p/three.tar.gz', { maxBytes: 1024 })).rejects.toThrow(/^policy bundle 'p\/three\.tar\.gz' holds more than 1 KiB once uncompressed \(\d{4} bytes declared so far\)/);
  });

  it('a bundle past its budget is a policy that judges nothing: each object is an evaluation error naming it', async () => {
    const entry = 'test/fixtures/hostile/exhaustion/tar-bomb/repo/policy/bundle.tar.gz';
    const started = Date.now();
    const sources = await loadPolicySources([entry], { root: ROOT, regoVersion: 'v1', namespaces: ['main'], cacheDir: join(work, 'cache') });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(sources.map((source) => [source.origin, source.rules])).toEqual([[entry, []]]);
    expect(await sources[0]!.evaluateAll([pod], {})).toEqual([
      { resource: pod, error: `policy bundle '${entry}' holds more than 128 MiB once uncompressed (${misbehavingPolicy('none').length + 250 * 1024 * 1024} bytes declared so far), past what a policy bundle may; it was not read, and this object was not judged by it` },
    ]);
  });
});

describe('policy-bundles entries that lead out of the repository', () => {
  const repo = join(work, 'repo');
  const outside = join(work, 'outside');
  mkdirSync(join(repo, 'inside'), { recursive: true });
  mkdirSync(join(outside, 'policies'), { recursive: true });
  writeFileSync(join(outside, 'policies', 'print.wasm'), misbehavingPolicy('none'));
  writeFileSync(join(repo, 'inside', 'ok.wasm'), misbehavingPolicy('none'));
  symlinkSync(join(outside, 'policies', 'print.wasm'), join(repo, 'linked.wasm'));
  symlinkSync(join(outside, 'policies'), join(repo, 'policies'));
  symlinkSync('inside/ok.wasm', join(repo, 'alias.wasm'));
  const load = (entries: string[]) => loadPolicySources(entries, { root: repo, regoVersion: 'v1', namespaces: ['main'], cacheDir: join(work, 'cache') });

  it('are configuration errors naming the entry: a link, or a path through a linked directory', async () => {
    await expect(load(['linked.wasm'])).rejects.toThrow(`Invalid policy-bundles entry 'linked.wasm': it leads to ${join(outside, 'policies', 'print.wasm')}, outside the repository.`);
    await expect(load(['policies/print.wasm'])).rejects.toThrow("Invalid policy-bundles entry 'policies/print.wasm': it leads to");
    await expect(load(['policies'])).rejects.toThrow("Invalid policy-bundles entry 'policies': it leads to");
  });

  it('a link that stays inside is followed, and an absolute path (only the workflow can give one) is taken as it is', async () => {
    expect((await load(['alias.wasm'])).map((source) => source.style)).toEqual(['conftest']);
    expect((await load([join(outside, 'policies', 'print.wasm')])).map((source) => source.style)).toEqual(['conftest']);
  });
});

describe('the hostile corpus\'s modules', () => {
  const fixtures: [string, Behaviour, string?][] = [
    ['policy-output/wasm-println/repo/policy/print.wasm', 'println', '::add-mask::kpg-println-forged\n::warning file=canary/pod.yaml,line=11::kpg-println-forged\n'],
    ['policy-output/wasm-abort/repo/policy/abort.wasm', 'abort', `\n::error::kpg-abort-forged\n##[error]kpg-abort-forged ${'A'.repeat(4000)}`],
    ['policy-output/wasm-eval-loop/repo/policy/loop.wasm', 'eval-loop'],
    ['exhaustion/wasm-start-loop/repo/policy/start.wasm', 'start-loop'],
  ];
  it.each(fixtures)('%s is misbehavingPolicy(%s)', (file, behaviour, message) => {
    expect(readFileSync(join(ROOT, 'test/fixtures/hostile', file))).toEqual(misbehavingPolicy(behaviour, message));
  });
});
