// The built CLI (dist/cli.js) as a user runs it: on the examples, on the shared third-party corpus, and on bad input.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/model.js';
import { CORPUS, ROOT } from '../helpers.js';

/** KPG_DIST tests a build of the working tree (node scripts/build.mjs DIR) instead of the committed dist/. */
const DIST = process.env.KPG_DIST ?? join(ROOT, 'dist');

function cli(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(process.execPath, [join(DIST, 'cli.js'), ...args], { cwd, env, encoding: 'utf8', timeout: 300_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A current directory that holds nothing and is no ancestor of the repository, wherever it is checked out. */
const ELSEWHERE = mkdtempSync(join(tmpdir(), 'kpg-cwd-'));
afterAll(() => rmSync(ELSEWHERE, { recursive: true, force: true }));

const PIPELINE_FAILURES = ['render-error', 'parse-error', 'evaluation-error'];

describe('kube-policy-gate CLI', () => {
  it('prints help', () => {
    const run = cli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: kube-policy-gate [paths...] [options]');
  });

  it('documents every exit status, 3 included', () => {
    expect(cli(['--help']).stdout).toContain(
      'Exit status: 0 passed, 1 findings at or above --fail-on, 2 usage or configuration error,\n3 unexpected error (a bug or a broken installation; please report it with the message).\n',
    );
  });

  it('prints its version from any directory', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(cli(['--version'], ELSEWHERE)).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('checks a directory outside the current one, absolute or relative, as its root', () => {
    const expected = ['manifests/debug-pod.yaml:14'];
    for (const [path, cwd] of [[join(ROOT, 'examples'), ELSEWHERE], ['../examples', join(ROOT, 'test')]] as const) {
      const run = cli([path, '--format', 'json'], cwd);
      expect(run.status, run.stderr).toBe(1);
      const outcome = JSON.parse(run.stdout) as Outcome;
      expect(outcome.findings.filter((f) => f.ruleId === 'privileged' && f.target.kind === 'manifests').map((f) => `${f.location?.file}:${f.location?.line}`)).toEqual(expected);
    }
    const file = cli([join(ROOT, 'examples/manifests/debug-pod.yaml'), '--format', 'json'], ELSEWHERE);
    expect((JSON.parse(file.stdout) as Outcome).findings.find((f) => f.ruleId === 'privileged')?.location).toEqual({ file: 'debug-pod.yaml', line: 14, column: 9 });
  });

  it('makes paths under --root relative to it, and refuses paths outside it or missing', () => {
    const run = cli([join(ROOT, 'examples/manifests'), '--root', join(ROOT, 'examples'), '--format', 'json'], ELSEWHERE);
    expect((JSON.parse(run.stdout) as Outcome).findings.map((f) => f.location?.file)).toContain('manifests/debug-pod.yaml');
    expect(cli(['../test', '--root', '.'], join(ROOT, 'examples'))).toEqual({
      status: 2,
      stdout: '',
      stderr: `kube-policy-gate: Path '../test' is outside the root '${join(ROOT, 'examples')}'. Expected a path inside it; pass --root with a directory that holds every path.\nRun kube-policy-gate --help for usage.\n`,
    });
    expect(cli(['examples', join(tmpdir())])).toMatchObject({ status: 2, stderr: expect.stringContaining(`Path '${tmpdir()}' is outside the root '${ROOT.replace(/\/$/, '')}'`) });
    expect(cli(['deplyo'])).toMatchObject({ status: 2, stderr: "kube-policy-gate: Path 'deplyo' does not exist. Expected a file, a directory or a glob to check.\nRun kube-policy-gate --help for usage.\n" });
  });

  it('prints PR text so that no line of stdout or stderr can start a workflow command', () => {
    const repo = join(ELSEWHERE, 'hostile');
    mkdirSync(join(repo, 'manifests'), { recursive: true });
    writeFileSync(
      join(repo, 'manifests/pod.yaml'),
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "a\\r::error::FORGED\\L::add-mask::FORGED\\N##[error]FORGED"\nspec:\n  containers:\n    - name: "c\\n  ::stop-commands::FORGED"\n      image: busybox:1.36\n      securityContext:\n        privileged: true\n',
    );
    for (const format of ['text', 'json']) {
      const run = cli([repo, '--format', format, '--profile', 'baseline'], ROOT);
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('FORGED');
      for (const line of `${run.stdout}\n${run.stderr}`.split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/)) {
        expect(line, format).not.toMatch(/^[\s\u0085]*::/);
        expect(line, format).not.toContain('##[');
      }
    }
    const bad = cli(['--fail-on', 'x\n::error::FORGED ##[error]y']);
    expect(bad.stderr).toBe("kube-policy-gate: Invalid fail-on 'x\\n::error::FORGED ##\\[error]y'. Expected one of: error, warning, notice, never.\nRun kube-policy-gate --help for usage.\n");
  });

  it('rejects bad options with exit status 2 and a clear message', () => {
    expect(cli(['--fail-on', 'sometimes'])).toMatchObject({ status: 2, stderr: "kube-policy-gate: Invalid fail-on 'sometimes'. Expected one of: error, warning, notice, never.\nRun kube-policy-gate --help for usage.\n" });
    expect(cli(['--bogus']).status).toBe(2);
    expect(cli(['--values-files', 'nope.yaml']).stderr).toContain("Invalid values-files entry 'nope.yaml'");
  });

  it('prints every configuration error in one round, one a line: the config file in line order, unknown rule ids too, then the flags (issue 17)', () => {
    const repo = join(ELSEWHERE, 'mistaken-config');
    mkdirSync(repo, { recursive: true });
    writeFileSync(join(repo, 'pod.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n');
    writeFileSync(join(repo, '.kube-policy-gate.yaml'), "fail-on: sometimes\nprofile: default\nprofile: hardened\nrules:\n  privilegd:\n    enabled: false\nexceptions:\n  - rules: ['*']\n    reason: everything\n");
    expect(cli([repo, '--render-timeout', '0'])).toEqual({
      status: 2,
      stdout: '',
      stderr: [
        "kube-policy-gate: .kube-policy-gate.yaml:1: fail-on: 'sometimes' is not one of error, warning, notice, never",
        "kube-policy-gate: .kube-policy-gate.yaml:3: profile: duplicate key 'profile' (first at line 2); expected each key once",
        "kube-policy-gate: .kube-policy-gate.yaml:5: rules.privilegd: unknown rule 'privilegd' (did you mean 'privileged'?); expected a rule id of the bundled or your own policies",
        'kube-policy-gate: .kube-policy-gate.yaml:8: exceptions[0]: rules * accepts every rule on every object and would switch the gate off; expected kind, namespace, name, target or file naming which objects (a glob that matches everything does not)',
        "kube-policy-gate: Invalid render-timeout '0'. Expected a number of seconds between 1 and 3600.",
        'Run kube-policy-gate --help for usage.',
        '',
      ].join('\n'),
    });
  });

  it('says a values file does not exist and names the one probably meant, every one at once (issue 17)', () => {
    const repo = join(ELSEWHERE, 'values-typo');
    mkdirSync(join(repo, 'charts/web/templates'), { recursive: true });
    writeFileSync(join(repo, 'charts/web/Chart.yaml'), 'apiVersion: v2\nname: web\nversion: 1.0.0\n');
    writeFileSync(join(repo, 'charts/web/values-production.yaml'), 'replicas: 2\n');
    writeFileSync(join(repo, 'charts/web/templates/cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n');
    writeFileSync(join(repo, '.kube-policy-gate.yaml'), 'variants:\n  - path: charts/web\n    name: prod\n    values-files: [charts/web/values-staging.yaml]\n');
    const run = cli(['--root', repo, '--values-files', 'charts/web/values-prod.yaml', '--values-files', 'values-production.yaml']);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')).toEqual([
      "kube-policy-gate: Invalid values-files entry 'charts/web/values-prod.yaml': it does not exist (did you mean 'charts/web/values-production.yaml'?). Expected a file in the repository (paths are relative to its root).",
      "kube-policy-gate: Invalid values-files entry 'values-production.yaml': it does not exist (did you mean 'charts/web/values-production.yaml'?). Expected a file in the repository (paths are relative to its root).",
      "kube-policy-gate: Invalid values-files entry 'charts/web/values-staging.yaml' of variant prod: it does not exist. Expected a file in the repository (paths are relative to its root).",
      'Run kube-policy-gate --help for usage.',
      '',
    ]);
  });

  it("with --trusted-config-from REF (or --base REF), REF's config decides what the working tree's may loosen", () => {
    const repo = mkdtempSync(join(tmpdir(), 'kpg-cli-trust-'));
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgSign=false', '-c', 'core.hooksPath=/dev/null', ...args], { cwd: repo, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' } });
    try {
      git('init', '-q', '-b', 'main');
      writeFileSync(join(repo, '.kube-policy-gate.yaml'), 'fail-on: warning\n');
      git('add', '-A');
      git('commit', '-q', '-m', 'base');
      // The working tree's change, not even committed: a privileged Pod, and the gate turned off for it.
      writeFileSync(join(repo, 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: debug}\nspec:\n  containers:\n    - name: shell\n      image: registry.example/debug:1.0\n      securityContext: {privileged: true}\n');
      writeFileSync(join(repo, '.kube-policy-gate.yaml'), 'fail-on: never\n');
      expect(cli(['--profile', 'baseline'], repo).status).toBe(0);
      for (const flag of ['--trusted-config-from', '--base']) {
        const run = cli(['--profile', 'baseline', '--format', 'json', flag, 'main'], repo);
        expect(run.status, run.stderr).toBe(1);
        expect(run.stderr).toContain(
          "kube-policy-gate: pending until merged: this pull request sets fail-on: never in .kube-policy-gate.yaml; the base branch's fail-on: warning applies until it is merged (.kube-policy-gate.yaml:1)\n",
        );
        const outcome = JSON.parse(run.stdout) as Outcome & { configuration: { pending: { key: string; proposed: string; applied: string }[] } };
        expect(outcome.failOn).toBe('warning');
        expect(outcome.configuration.pending).toMatchObject([{ key: 'fail-on', proposed: 'never', applied: 'warning' }]);
      }
      expect(cli(['--trusted-config-from', 'nope'], repo)).toMatchObject({ status: 2, stderr: expect.stringContaining("kube-policy-gate: Invalid --trusted-config-from 'nope': The commit 'nope' is not in the repository at") });
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it('checks the examples: planted violations found at their source lines, clean objects clean', () => {
    const run = cli(['examples', '--values-files', 'examples/helm/web/values-production.yaml', '--format', 'json']);
    expect(run.status).toBe(1);
    const outcome = JSON.parse(run.stdout) as Outcome;
    const at = (rule: string) => outcome.findings.filter((f) => f.ruleId === rule).map((f) => `${f.location?.file}:${f.location?.line}`);
    expect(at('privileged')).toEqual(['examples/kustomize/overlays/production/debug-sidecar.yaml:14', 'examples/manifests/debug-pod.yaml:14']);
    expect(outcome.findings.filter((f) => f.location?.file === 'examples/manifests/clean.yaml')).toEqual([]);
    expect(outcome.findings.filter((f) => PIPELINE_FAILURES.includes(f.ruleId))).toEqual([]);
  });

  it.runIf(existsSync(CORPUS))('renders and evaluates every chart and overlay of the shared corpus without a failure', () => {
    const run = cli(['--root', CORPUS, '--format', 'json', '--fail-on', 'never']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const outcome = JSON.parse(run.stdout) as Outcome;
    expect(outcome.findings.filter((f) => PIPELINE_FAILURES.includes(f.ruleId))).toEqual([]);
    expect(outcome.targets).toBeGreaterThanOrEqual(16);
    expect(outcome.resources).toBeGreaterThan(90);
    for (const finding of outcome.findings) {
      expect(finding.location, `${finding.ruleId} ${finding.message}`).toBeDefined();
      expect(existsSync(join(CORPUS, finding.location!.file)), finding.location!.file).toBe(true);
    }
    const at = (rule: string, chart: string) =>
      outcome.findings.filter((f) => f.ruleId === rule && f.target.path === chart).map((f) => `${f.location?.file}:${f.location?.line}`);
    // ClusterRole rules come from `include "argo-rollouts.controller.roleRules"`: the `- secrets` item itself.
    expect(at('rbac-secrets-read', 'helm/argo-rollouts')).toEqual(['helm/argo-rollouts/templates/_helpers.tpl:204']);
    // A value set in a subchart's own values.yaml is found there, inside the umbrella chart too.
    expect(at('automount-service-account-token', 'helm/prometheus')).toContain('helm/prometheus/charts/alertmanager/values.yaml:38');
  });

  it('falls back to kubectl kustomize without kustomize, and reports a missing helm on the chart alone', () => {
    const kubectl = spawnSync('sh', ['-c', 'command -v kubectl'], { encoding: 'utf8' }).stdout.trim();
    expect(kubectl, 'kubectl is on this machine (DEVELOPERS.md)').not.toBe('');
    // PATH holds kubectl alone and the tools cache is empty: neither kustomize nor helm can be found.
    const bin = mkdtempSync(join(tmpdir(), 'kpg-only-kubectl-'));
    symlinkSync(kubectl, join(bin, 'kubectl'));
    const env = { ...process.env, PATH: bin, KPG_TOOLS_DIR: join(bin, 'no-tools') };
    const run = cli(['test/e2e/repo', '--profile', 'baseline', '--format', 'json'], ROOT, env);
    const outcome = JSON.parse(run.stdout) as Outcome;
    const at = (rule: string) => outcome.findings.filter((f) => f.ruleId === rule).map((f) => `${f.location?.file}:${f.location?.line}`);
    expect(at('privileged')).toContain('test/e2e/repo/deploy/overlays/prod/host-network.yaml:12');
    const helm = outcome.findings.find((f) => f.ruleId === 'render-error' && f.target.kind === 'helm');
    expect(helm?.message).toBe('`helm` was not found on PATH; install Helm (scripts/install-tools.sh does)');
    expect(helm?.location).toEqual({ file: 'test/e2e/repo/charts/api/Chart.yaml', line: 1 });
  });

  it('is required to find the shared corpus in CI', () => {
    if (process.env.CI) expect(existsSync(CORPUS), `${CORPUS} is missing`).toBe(true);
  });
});
