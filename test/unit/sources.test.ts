import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Resource } from '../../src/model.js';
import type { Evaluation } from '../../src/policy/evaluate.js';
import { loadBundledSource } from '../../src/policy/sources/bundled.js';
import { resultPath } from '../../src/policy/sources/result-path.js';
import { loadPolicySources } from '../../src/policy/sources/index.js';
import type { PolicySource, SourceOptions } from '../../src/policy/sources/types.js';
import { WASM_BUILTINS } from '../../src/policy/sources/wasm-builtins.js';
import { findTool } from '../../src/tools.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const POLICIES = 'test/fixtures/policies';
const opa = findTool('opa')!;
const work = mkdtempSync(join(tmpdir(), 'kpg-sources-'));
const options = (extra: Partial<SourceOptions> = {}): SourceOptions => ({ root: ROOT, regoVersion: 'v1', namespaces: ['main'], cacheDir: join(work, 'cache'), ...extra });

const resource = (object: Record<string, unknown>): Resource => {
  const metadata = object.metadata as { name: string; namespace?: string };
  return {
    object,
    apiVersion: String(object.apiVersion),
    kind: String(object.kind),
    name: metadata.name,
    namespace: metadata.namespace,
    target: { kind: 'manifests', path: 'app.yaml' },
    document: { text: '', firstLine: 1, sourceFile: 'app.yaml', relatedFiles: [], textIsSource: true },
  };
};
const deployment = (name: string, spec: Record<string, unknown>, labels?: Record<string, string>) =>
  resource({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name, ...(labels && { labels }) }, spec });
const web = deployment('web', {
  replicas: 12,
  template: { spec: { containers: [{ name: 'app', image: 'nginx:latest', securityContext: { privileged: true } }], volumes: [{ name: 'logs', hostPath: { path: '/var/log' } }] } },
});
const tidy = deployment('tidy', { replicas: 2, template: { spec: { securityContext: { runAsNonRoot: true }, containers: [{ name: 'app', image: 'nginx:1.27' }] } } }, { 'app.kubernetes.io/name': 'tidy', team: 'web' });

/** Violations of one source over [web, tidy]: what a user sees, in a stable order. */
function judge(sources: PolicySource[], data: Record<string, unknown> = {}) {
  return sources.flatMap((source) =>
    // Without threads started (a run's runner starts them), sources answer in process.
    (source.evaluateAll([web, tidy], data) as Evaluation[]).flatMap((evaluation) => {
      if ('error' in evaluation) throw new Error(evaluation.error);
      return evaluation.violations.map((violation) => ({ object: evaluation.resource.name, ...violation }));
    }),
  );
}

const CONFTEST_FINDINGS = [
  { object: 'web', rule: 'kubernetes.security.deny_privileged', message: 'container app is privileged', path: ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'privileged'] },
  { object: 'web', rule: 'main.deny', message: 'Deployment web must set runAsNonRoot', path: [] },
  { object: 'web', rule: 'main.violation', message: 'too many replicas', path: ['spec', 'replicas'] },
  { object: 'web', rule: 'main.warn', message: 'Deployment web has no app.kubernetes.io/name label', path: [] },
  { object: 'web', rule: 'main.warn_latest', message: 'image uses the latest tag', path: ['spec', 'template', 'spec', 'containers', 0, 'image'] },
];
const CONFTEST_ENTRYPOINTS = ['kubernetes/security/deny_privileged', 'main/deny', 'main/violation', 'main/warn', 'main/warn_latest'];

/** `opa build -t wasm` as a user would run it, into the scratch directory. */
function buildBundle(directory: string, entrypoints: string[], name: string, extra: string[] = []): string {
  const out = join(work, name);
  execFileSync(opa, ['build', '-t', 'wasm', ...entrypoints.flatMap((entrypoint) => ['-e', entrypoint]), ...extra, '-o', out, join(POLICIES, directory)], { cwd: ROOT, stdio: 'pipe' });
  return out;
}

afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

describe('conftest policy directories', () => {
  it.each(['v0', 'v1'] as const)('compiles Rego %s unchanged and reports deny, warn and violation results', async (regoVersion) => {
    const sources = await loadPolicySources([`${POLICIES}/conftest-${regoVersion}`], options({ regoVersion, namespaces: ['main', 'kubernetes.security'] }));
    expect(sources.map((source) => [source.origin, source.style])).toEqual([[`${POLICIES}/conftest-${regoVersion}`, 'conftest']]);
    expect(judge(sources)).toEqual(CONFTEST_FINDINGS);
    expect(sources[0]!.rules.map((rule) => [rule.id, rule.severity, rule.file])).toEqual([
      ['kubernetes.security.deny_privileged', 'error', `${POLICIES}/conftest-${regoVersion}/kubernetes/security.rego`],
      ['main.deny', 'error', `${POLICIES}/conftest-${regoVersion}/main.rego`],
      ['main.violation', 'error', `${POLICIES}/conftest-${regoVersion}/main.rego`],
      ['main.warn', 'warning', `${POLICIES}/conftest-${regoVersion}/main.rego`],
      ['main.warn_latest', 'warning', `${POLICIES}/conftest-${regoVersion}/main.rego`],
    ]);
    expect(sources[0]!.rules.every((rule) => (rule as { custom?: boolean }).custom === true)).toBe(true);
  });

  it('reads package main only unless more namespaces are named', async () => {
    const sources = await loadPolicySources([`${POLICIES}/conftest-v1`], options());
    expect(sources[0]!.rules.map((rule) => rule.id)).toEqual(['main.deny', 'main.violation', 'main.warn', 'main.warn_latest']);
  });

  it("merges the run's data over the directory's own data files", async () => {
    const [source] = await loadPolicySources([`${POLICIES}/conftest-v1`], options());
    const warnings = (data: Record<string, unknown>) => judge([source!], data).filter((violation) => violation.rule === 'main.warn').map((violation) => violation.message);
    expect(warnings({ kpg: { inventory: {} } })).toEqual(['Deployment web has no app.kubernetes.io/name label']);
    expect(warnings({ config: { required_label: 'team' } })).toEqual(['Deployment web has no team label']);
  });

  it('evaluates complete rules, and names the rule that fails on one object while judging the others', async () => {
    const [source] = await loadPolicySources([`${POLICIES}/conftest-complete`], options());
    const pod = (name: string) => resource({ apiVersion: 'v1', kind: 'Pod', metadata: { name, labels: { a: 'b' } }, spec: {} });
    const evaluations = source!.evaluateAll([pod('api'), web, pod('clash'), tidy], {}) as Evaluation[];
    expect(evaluations.map((evaluation) => ('error' in evaluation ? evaluation.error : evaluation.violations.map((violation) => `${violation.rule}: ${violation.message}`)))).toEqual([
      ['main.deny: pods are not allowed here'],
      ['main.warn: no labels'],
      expect.stringMatching(new RegExp(`^main\\.deny \\(${POLICIES}/conftest-complete\\): .*conflict`)),
      [],
    ]);
  });

  it('names the file and line of a builtin that wasm cannot run', async () => {
    await expect(loadPolicySources([`${POLICIES}/unsupported`], options())).rejects.toThrow(
      `Policy directory '${POLICIES}/unsupported' calls time.now_ns (${POLICIES}/unsupported/main.rego:4): not available to policies compiled to WebAssembly, as this gate runs them. Rewrite the rule without it (pass such values in data).`,
    );
  });

  it('suggests rego-version v0 for v0 syntax', async () => {
    await expect(loadPolicySources([`${POLICIES}/broken`], options())).rejects.toThrow(
      `Policy directory '${POLICIES}/broken' does not compile (opa build, Rego v1):\n` +
        `${POLICIES}/broken/main.rego:3: rego_parse_error: \`if\` keyword is required before rule body\n` +
        `${POLICIES}/broken/main.rego:3: rego_parse_error: \`contains\` keyword is required for partial set rules\n` +
        'It looks like Rego v0: set rego-version to v0.',
    );
  });

  it('says which packages a directory without rules has', async () => {
    await expect(loadPolicySources([`${POLICIES}/no-rules`], options())).rejects.toThrow(
      `Policy directory '${POLICIES}/no-rules' has no rules to evaluate; its packages are lib.kubernetes. Expected violations in package kpg (our style), deny, warn, violation rules (or deny_*, warn_*, violation_*) in package main (policy-namespaces names others), or Gatekeeper ConstraintTemplates with their constraints.`,
    );
  });
});

describe('the conftest example (examples/custom-policies/conftest)', () => {
  it('compiles for wasm and reports at the container and the labels, titled by METADATA', async () => {
    const [source] = await loadPolicySources(['examples/custom-policies/conftest'], options());
    expect(source!.rules.map(({ id, title, severity }) => ({ id, title, severity }))).toEqual([
      { id: 'main.deny', title: 'Containers set CPU and memory limits', severity: 'error' },
      { id: 'main.warn', title: 'Objects carry the app.kubernetes.io/name label', severity: 'warning' },
    ]);
    expect(judge([source!])).toEqual([
      { object: 'web', rule: 'main.deny', message: 'Deployment web: container app has no memory limit (set resources.limits.memory)', path: ['spec', 'template', 'spec', 'containers', 0] },
      { object: 'web', rule: 'main.deny', message: 'Deployment web: container app has no cpu limit (set resources.limits.cpu)', path: ['spec', 'template', 'spec', 'containers', 0] },
      { object: 'web', rule: 'main.warn', message: 'Deployment web has no app.kubernetes.io/name label', path: ['metadata'] },
      { object: 'tidy', rule: 'main.deny', message: 'Deployment tidy: container app has no memory limit (set resources.limits.memory)', path: ['spec', 'template', 'spec', 'containers', 0] },
      { object: 'tidy', rule: 'main.deny', message: 'Deployment tidy: container app has no cpu limit (set resources.limits.cpu)', path: ['spec', 'template', 'spec', 'containers', 0] },
    ]);
  });
});

describe('beside Gatekeeper', () => {
  it('leaves a directory of ConstraintTemplates to the Gatekeeper source, after the others', async () => {
    const sources = await loadPolicySources(['examples/custom-policies/gatekeeper', 'examples/custom-policies/conftest'], options());
    expect(sources.map((source) => [source.style, source.origin])).toEqual([
      ['conftest', 'examples/custom-policies/conftest'],
      ['gatekeeper', 'examples/custom-policies/gatekeeper, examples/custom-policies/conftest'],
    ]);
  });
});

describe('prebuilt bundles', () => {
  let archive: string;
  let wasm: string;
  beforeAll(() => {
    archive = buildBundle('conftest-v1', CONFTEST_ENTRYPOINTS, 'conftest.tar.gz');
    execFileSync('tar', ['-xzf', archive, '-C', work, '/policy.wasm'], { stdio: 'pipe' });
    wasm = join(work, 'conftest.wasm');
    cpSync(join(work, 'policy.wasm'), wasm);
  });

  it('evaluates an OPA bundle built with opa build -t wasm, with its data.json', async () => {
    const sources = await loadPolicySources([archive], options());
    expect(sources[0]!.style).toBe('conftest');
    expect(sources[0]!.origin).toBe(archive);
    expect(judge(sources)).toEqual(CONFTEST_FINDINGS);
  });

  it('evaluates a bare .wasm, whose data comes from the run alone', async () => {
    const sources = await loadPolicySources([wasm], options());
    expect(judge(sources, { config: { required_label: 'team' } })).toEqual(
      CONFTEST_FINDINGS.map((finding) => (finding.rule === 'main.warn' ? { ...finding, message: 'Deployment web has no team label' } : finding)),
    );
  });

  it('lists the entrypoints of a bundle without usable ones', async () => {
    const unusable = buildBundle('no-rules', ['lib/kubernetes/is_workload'], 'no-rules.tar.gz');
    await expect(loadPolicySources([unusable], options())).rejects.toThrow(
      `Policy bundle '${unusable}' has no entrypoint this gate can evaluate; it has lib/kubernetes/is_workload. Expected kpg/violations (our style) or conftest rules such as main/deny, main/warn, main/violation: build with \`opa build -t wasm -e main/deny -e main/warn\`.`,
    );
  });

  it('refuses a file that is no bundle', async () => {
    writeFileSync(join(work, 'notes.tar.gz'), 'not gzip');
    await expect(loadPolicySources([join(work, 'notes.tar.gz')], options())).rejects.toThrow(/^Policy bundle '.*notes\.tar\.gz' could not be read as a \.tar\.gz archive/);
    await expect(loadPolicySources(['README.md'], options())).rejects.toThrow(
      "Invalid policy-bundles entry 'README.md'. Expected an OPA bundle (.tar.gz) or a .wasm built with `opa build -t wasm`, a directory of .rego files, or Gatekeeper YAML.",
    );
    await expect(loadPolicySources(['policy/missing'], options())).rejects.toThrow("Invalid policy-bundles entry 'policy/missing': it does not exist.");
  });
});

describe('our style', () => {
  const KPG_FINDINGS = [
    { object: 'web', rule: 'no-host-path', message: 'hostPath volumes are not allowed', path: ['spec', 'template', 'spec', 'volumes', 0, 'hostPath'] },
    { object: 'web', rule: 'team-owner', message: 'Deployment web has no team label', path: ['metadata'] },
  ];

  it('describes rules by their METADATA, or minimally, and ignores the bundled selection (data.kpg.run)', async () => {
    const sources = await loadPolicySources([`${POLICIES}/kpg-style`], options());
    expect(sources.map((source) => source.style)).toEqual(['kpg']);
    expect(sources[0]!.rules.map(({ id, title, severity, remediation, file }) => ({ id, title, severity, remediation, file }))).toEqual([
      { id: 'no-host-path', title: 'no-host-path', severity: 'error', remediation: '', file: `${POLICIES}/kpg-style/rules/no_host_path.rego` },
      { id: 'team-owner', title: 'Objects name their owning team', severity: 'warning', remediation: 'Add metadata.labels.team.', file: `${POLICIES}/kpg-style/rules/team_owner.rego` },
    ]);
    expect(judge(sources, { kpg: { run: ['privileged'], inventory: {} } })).toEqual(KPG_FINDINGS);
  });

  it('describes the rules of a prebuilt bundle as they report', async () => {
    const archive = buildBundle('kpg-style', ['kpg/violations'], 'kpg.tar.gz');
    const [source] = await loadPolicySources([archive], options());
    expect(source!.rules).toEqual([]);
    expect(judge([source!])).toEqual(KPG_FINDINGS);
    expect(source!.rules.map(({ id, severity, title }) => ({ id, severity, title }))).toEqual([
      { id: 'no-host-path', severity: 'error', title: 'no-host-path' },
      { id: 'team-owner', severity: 'error', title: 'team-owner' },
    ]);
  });

  it('refuses a rule id that two bundles define', async () => {
    await expect(loadPolicySources([`${POLICIES}/kpg-style`, `${POLICIES}/kpg-style/`], options())).rejects.toThrow(
      `Rule 'no-host-path' is defined by both policy bundle '${POLICIES}/kpg-style' and '${POLICIES}/kpg-style/'. Expected each rule id once: rename one (METADATA custom.id).`,
    );
  });

  it('wraps the bundled library', async () => {
    const bundled = await loadBundledSource();
    expect(bundled.style).toBe('kpg');
    expect(bundled.rules.some((rule) => rule.id === 'privileged')).toBe(true);
    const rules = judge([bundled], { kpg: { inventory: {} } }).map((violation) => `${violation.object}:${violation.rule}`);
    expect(rules).toContain('web:privileged');
    expect(rules).not.toContain('tidy:privileged');
  });
});

describe('opa at run time', () => {
  it('says how to get opa when a Rego directory needs it', async () => {
    const empty = join(work, 'no-tools');
    mkdirSync(join(empty, 'bin'), { recursive: true });
    vi.stubEnv('PATH', join(empty, 'bin'));
    vi.stubEnv('KPG_TOOLS_DIR', empty);
    await expect(loadPolicySources([`${POLICIES}/conftest-v1`], options({ cacheDir: join(work, 'cache-no-opa') }))).rejects.toThrow(
      `Policy directory '${POLICIES}/conftest-v1' holds Rego that must be compiled with opa, and opa was not found on PATH. Add the open-policy-agent/setup-opa action before this step on GitHub, or run scripts/install-tools.sh locally, or pass a bundle built with \`opa build -t wasm\` instead of the directory.`,
    );
  });

  it('compiles a directory once: a second load reads the cache without running opa', async () => {
    const tools = join(work, 'counting-tools');
    const log = join(work, 'opa-calls.log');
    mkdirSync(join(tools, 'bin'), { recursive: true });
    writeFileSync(join(tools, 'bin', 'opa'), `#!/bin/sh\necho "$1" >> '${log}'\nexec '${opa}' "$@"\n`);
    chmodSync(join(tools, 'bin', 'opa'), 0o755);
    vi.stubEnv('KPG_TOOLS_DIR', tools);
    const policy = join(work, 'policy');
    cpSync(join(ROOT, POLICIES, 'conftest-v1'), policy, { recursive: true });
    const cacheDir = join(work, 'cache-counted');
    const calls = () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []);

    const first = await loadPolicySources([policy], options({ cacheDir }));
    expect(calls()).toEqual(['capabilities', 'build', 'inspect']);
    expect(readdirSync(join(cacheDir, 'kube-policy-gate-policies')).map((name) => name.replace(/^[0-9a-f]{64}/, 'HASH')).sort()).toEqual(['HASH.json', 'HASH.tar.gz']);

    const second = await loadPolicySources([policy], options({ cacheDir }));
    expect(calls()).toHaveLength(3);
    expect(judge(second)).toEqual(judge(first));

    // Any input file changes the key: a changed data file compiles again.
    writeFileSync(join(policy, 'config', 'data.yaml'), 'required_label: team\n');
    await loadPolicySources([policy], options({ cacheDir }));
    expect(calls()).toHaveLength(6);
    // So does the Rego version (v1 syntax fails to build as v0: no inspect).
    await expect(loadPolicySources([policy], options({ cacheDir, regoVersion: 'v0' }))).rejects.toThrow(/does not compile \(opa build, Rego v0\)/);
    expect(calls()).toHaveLength(8);
  });
});

describe('resultPath: details.path and details.field', () => {
  const object = { spec: { containers: [{ name: 'a' }], selector: { '0': 'x' } } };
  it('takes a list or a dotted string; digits index lists only', () => {
    expect(resultPath(['spec', 'containers', 0, 'name'], object)).toEqual(['spec', 'containers', 0, 'name']);
    expect(resultPath('spec.containers.0.name', object)).toEqual(['spec', 'containers', 0, 'name']);
    expect(resultPath('spec.selector.0', object)).toEqual(['spec', 'selector', '0']);
    expect(resultPath('spec.containers[0].name', object)).toEqual(['spec', 'containers', 0, 'name']);
  });
  it('locates anything else at the object', () => {
    expect(resultPath(undefined, object)).toEqual([]);
    expect(resultPath({ spec: 1 }, object)).toEqual([]);
    expect(resultPath(['spec', { x: 1 }], object)).toEqual([]);
  });
});

it("keeps the wasm builtins in step with opa-wasm's capabilities.json", () => {
  const sdk = createRequire(import.meta.url).resolve('@open-policy-agent/opa-wasm');
  const capabilities = JSON.parse(readFileSync(join(sdk, '../../capabilities.json'), 'utf8')) as { builtins: { name: string }[] };
  expect([...WASM_BUILTINS]).toEqual([...new Set(capabilities.builtins.map((builtin) => builtin.name))].sort());
});
