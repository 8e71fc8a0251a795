// Issue 7 through the built CLI and action: a team's own policies (conftest Rego v0 and v1, an OPA bundle, Gatekeeper),
// replace and extend, parameters, a config file with exceptions, ignore annotations, and every way of getting it wrong.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding, Outcome } from '../../src/model.js';
import { findTool } from '../../src/tools.js';
import { ROOT } from '../helpers.js';

const work = mkdtempSync(join(tmpdir(), 'kpg-custom-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: shop
spec:
  containers:
  - name: app
    image: registry.example.com/web:1.0
    securityContext:
      capabilities:
        add: [NET_ADMIN]
`;

const CONFTEST_V1 = `package main

deny contains msg if {
\tinput.kind == "Pod"
\tnot input.metadata.labels.team
\tmsg := sprintf("%s %s has no team label", [input.kind, input.metadata.name])
}

warn contains {"msg": "containers should declare ports", "details": {"path": "spec.containers.0"}} if {
\tinput.kind == "Pod"
\tnot input.spec.containers[0].ports
}
`;

const CONFTEST_V0 = `package main

deny[msg] {
  input.kind == "Pod"
  not input.metadata.labels.team
  msg := sprintf("%s %s has no team label", [input.kind, input.metadata.name])
}
`;

let counter = 0;
function repo(files: Record<string, string>): string {
  const root = join(work, `repo-${++counter}`);
  for (const [path, text] of Object.entries({ 'deploy/pod.yaml': POD, ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function cli(root: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), '--format', 'json', ...args], { cwd: root, env, encoding: 'utf8', timeout: 300_000 });
  const outcome = result.status === 0 || result.status === 1 ? (JSON.parse(result.stdout) as Outcome & { exceptions: unknown[] }) : undefined;
  return { status: result.status, stderr: result.stderr, outcome };
}

const rows = (findings: Finding[] = []) => findings.map((f) => [f.ruleId, f.severity, `${f.location?.file}:${f.location?.line}`, f.suppressed ? 'accepted' : '']);
const ids = (outcome?: Outcome) => [...new Set(outcome?.findings.map((f) => f.ruleId))].sort();

describe('bring your own policies', () => {
  it('runs a conftest directory unchanged beside the bundled rules, in Rego v1 and v0', () => {
    const v1 = cli(repo({ 'policy/main.rego': CONFTEST_V1 }), ['--policy-bundle', 'policy']);
    expect(v1.status).toBe(1);
    expect(rows(v1.outcome?.findings.filter((f) => f.ruleId.startsWith('main.')))).toEqual([
      ['main.deny', 'error', 'deploy/pod.yaml:1', ''],
      ['main.warn', 'warning', 'deploy/pod.yaml:8', ''],
    ]);
    expect(v1.outcome?.findings.find((f) => f.ruleId === 'main.deny')?.message).toBe('Pod web has no team label');
    expect(ids(v1.outcome)).toContain('baseline-capabilities');

    const v0 = cli(repo({ 'policy/main.rego': CONFTEST_V0 }), ['--policy-bundle', 'policy', '--rego-version', 'v0']);
    expect(rows(v0.outcome?.findings.filter((f) => f.ruleId.startsWith('main.')))).toEqual([['main.deny', 'error', 'deploy/pod.yaml:1', '']]);
  });

  it('runs an OPA bundle built with opa build -t wasm, and with policy-mode replace only the user rules', () => {
    const root = repo({ 'src/main.rego': CONFTEST_V1 });
    execFileSync(findTool('opa')!, ['build', '-t', 'wasm', '-e', 'main/deny', '-o', 'bundle.tar.gz', 'src'], { cwd: root });
    const extend = cli(root, ['--policy-bundle', 'bundle.tar.gz', 'deploy']);
    expect(ids(extend.outcome)).toEqual(expect.arrayContaining(['baseline-capabilities', 'main.deny']));
    const replace = cli(root, ['--policy-bundle', 'bundle.tar.gz', '--policy-mode', 'replace', 'deploy']);
    expect(ids(replace.outcome)).toEqual(['main.deny']);
  });

  it('runs a Gatekeeper template and constraint from the gatekeeper-library layout', () => {
    const root = repo({ 'deploy/web.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: shop}\nspec:\n  replicas: 40\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec: {containers: [{name: app, image: x}]}\n' });
    cpSync(join(ROOT, 'examples/custom-policies/gatekeeper/max-replicas'), join(root, 'gatekeeper'), { recursive: true });
    const run = cli(root, ['--policy-bundle', 'gatekeeper', '--policy-mode', 'replace', 'deploy']);
    expect(rows(run.outcome?.findings)).toEqual([['K8sMaxReplicas/max-replicas-10', 'error', 'deploy/web.yaml:5', '']]);
    expect(run.outcome?.findings[0]?.message).toBe('Deployment web asks for 40 replicas; at most 10 are allowed');
  });

  it('says what is wrong with a bundle it cannot use, and with a Rego directory when opa is missing', () => {
    const root = repo({ 'policy/other.rego': 'package lib\n\nhelper := 1\n' });
    const unusable = cli(root, ['--policy-bundle', 'policy']);
    expect(unusable.status).toBe(2);
    expect(unusable.stderr).toMatch(/^kube-policy-gate: .*policy.*lib/);
    const noOpa = cli(repo({ 'policy/main.rego': CONFTEST_V1 }), ['--policy-bundle', 'policy'], { ...process.env, PATH: dirname(process.execPath), KPG_TOOLS_DIR: join(work, 'no-tools') });
    expect(noOpa.status).toBe(2);
    expect(noOpa.stderr).toContain('opa');
  });
});

describe('parameters, config file, exceptions', () => {
  it('changes a rule parameter through the config file and through policy-data', () => {
    const before = cli(repo({}), ['deploy']);
    expect(ids(before.outcome)).toContain('baseline-capabilities');
    const config = cli(repo({ '.kube-policy-gate.yaml': 'rules:\n  baseline-capabilities:\n    parameters:\n      allowed: [AUDIT_WRITE, CHOWN, NET_ADMIN]\n' }), ['deploy']);
    expect(ids(config.outcome)).not.toContain('baseline-capabilities');
    const data = cli(repo({ 'data.yaml': 'kpg:\n  parameters:\n    baseline_capabilities:\n      allowed: [NET_ADMIN]\n' }), ['deploy', '--policy-data', 'data.yaml']);
    expect(ids(data.outcome)).not.toContain('baseline-capabilities');
  });

  it('re-grades and disables rules, and fails on a config mistake at its line', () => {
    const run = cli(repo({ '.kube-policy-gate.yaml': 'rules:\n  baseline-capabilities: {severity: notice}\n  host-users: {enabled: false}\n' }), ['deploy']);
    expect(run.outcome?.findings.find((f) => f.ruleId === 'baseline-capabilities')?.severity).toBe('notice');
    expect(ids(run.outcome)).not.toContain('host-users');
    const bad = cli(repo({ '.kube-policy-gate.yaml': 'rules:\n  privilegd: {enabled: true}\n' }), ['deploy']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(".kube-policy-gate.yaml:2: rules.privilegd: unknown rule 'privilegd' (did you mean 'privileged'?)");
  });

  it('applies an exception, reports an expired one at its line and an unused one as a notice', () => {
    const config = [
      'exceptions:',
      '  - rules: [baseline-capabilities]', // line 2
      '    name: web',
      '    reason: needs NET_ADMIN for its VPN',
      '    owner: net-team',
      '  - rules: [host-users]', // line 6
      '    kind: Pod',
      '    reason: old kernel',
      '    expires: 2020-01-31',
      '  - rules: [privileged]', // line 10
      '    name: nothing-like-this',
      '    reason: stale',
      '',
    ].join('\n');
    const run = cli(repo({ '.kube-policy-gate.yaml': config }), ['deploy']);
    const by = (id: string) => rows(run.outcome?.findings.filter((f) => f.ruleId === id));
    expect(by('baseline-capabilities')).toEqual([['baseline-capabilities', 'error', 'deploy/pod.yaml:12', 'accepted']]);
    expect(by('host-users')).toEqual([['host-users', 'warning', 'deploy/pod.yaml:6', '']]);
    expect(by('exception-expired')).toEqual([['exception-expired', 'error', '.kube-policy-gate.yaml:6', '']]);
    expect(by('exception-unused')).toEqual([['exception-unused', 'notice', '.kube-policy-gate.yaml:10', '']]);
    expect(run.outcome?.exceptions).toEqual([expect.objectContaining({ by: 'config', reason: 'needs NET_ADMIN for its VPN', owner: 'net-team', findings: 1 })]);
  });

  it('honours an ignore annotation with a reason, and warns about one without', () => {
    const annotated = (reason: string) => POD.replace('  namespace: shop\n', `  namespace: shop\n  annotations:\n    kube-policy-gate.io/ignore: baseline-capabilities\n${reason}`);
    const withReason = cli(repo({ 'deploy/pod.yaml': annotated('    kube-policy-gate.io/ignore-reason: VPN sidecar needs NET_ADMIN\n') }), ['deploy']);
    expect(rows(withReason.outcome?.findings.filter((f) => f.ruleId === 'baseline-capabilities'))).toEqual([['baseline-capabilities', 'error', 'deploy/pod.yaml:15', 'accepted']]);
    const without = cli(repo({ 'deploy/pod.yaml': annotated('') }), ['deploy']);
    expect(rows(without.outcome?.findings.filter((f) => ['baseline-capabilities', 'ignore-without-reason'].includes(f.ruleId)))).toEqual([
      ['baseline-capabilities', 'error', 'deploy/pod.yaml:14', ''],
      ['ignore-without-reason', 'warning', 'deploy/pod.yaml:7', ''],
    ]);
  });
});

describe('the example custom policies and config', () => {
  it('runs the team example end to end: own rules, a Gatekeeper constraint, a parameter and an exception', () => {
    const run = cli(ROOT, ['--config', 'examples/custom-policies/kube-policy-gate.yaml']);
    expect(run.status).toBe(1);
    expect(ids(run.outcome)).toEqual(expect.arrayContaining(['K8sMaxReplicas/max-replicas-10', 'main.deny', 'main.warn', 'privileged']));
    expect(run.outcome?.findings.filter((f) => f.suppressed).map((f) => [f.ruleId, f.location?.file])).toEqual([
      ['host-namespaces', 'examples/manifests/debug-pod.yaml'],
      ['privileged', 'examples/manifests/debug-pod.yaml'],
    ]);
    expect(run.outcome?.findings.find((f) => f.ruleId === 'supplemental-groups-policy')?.severity).toBe('warning');
  });
});

describe('the action with a config file', () => {
  it('lists the exceptions it applied in the summary and counts accepted findings apart', () => {
    const root = repo({ '.kube-policy-gate.yaml': 'exceptions:\n  - rules: [baseline-capabilities]\n    name: web\n    reason: needs NET_ADMIN for its VPN\n' });
    const summary = join(root, '..', `summary-${counter}.md`);
    const output = join(root, '..', `output-${counter}.txt`);
    writeFileSync(summary, '');
    writeFileSync(output, '');
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', GITHUB_WORKSPACE: root, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output, RUNNER_TEMP: work, 'INPUT_FAIL-ON': 'never' };
    const result = spawnSync(process.execPath, [join(ROOT, 'dist/index.js')], { cwd: root, env, encoding: 'utf8', timeout: 120_000 });
    expect(result.status).toBe(0);
    expect(readFileSync(summary, 'utf8')).toContain('| config | .kube-policy-gate.yaml:2 | needs NET&#95;ADMIN for its VPN |  |  | 1 |');
    expect(readFileSync(output, 'utf8')).toMatch(/suppressed<<ghadelimiter_[^\n]+\n1\n/);
  });
});
