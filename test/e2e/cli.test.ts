// The built CLI (dist/cli.js) as a user runs it: on the examples, on the shared third-party corpus, and on bad input.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/model.js';
import { CORPUS, ROOT } from '../helpers.js';

function cli(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd, env, encoding: 'utf8', timeout: 300_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const PIPELINE_FAILURES = ['render-error', 'parse-error', 'evaluation-error'];

describe('kube-policy-gate CLI', () => {
  it('prints help', () => {
    const run = cli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: kube-policy-gate [paths...] [options]');
  });

  it('rejects bad options with exit status 2 and a clear message', () => {
    expect(cli(['--fail-on', 'sometimes'])).toMatchObject({ status: 2, stderr: "kube-policy-gate: Invalid fail-on 'sometimes'. Expected one of: error, warning, notice, never.\nRun kube-policy-gate --help for usage.\n" });
    expect(cli(['--bogus']).status).toBe(2);
    expect(cli(['--values-files', 'nope.yaml']).stderr).toContain("Invalid values-files entry 'nope.yaml'");
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
    // ClusterRole rules come from `include "argo-rollouts.controller.roleRules"`: the rule holding `secrets`.
    expect(at('rbac-secrets-read', 'helm/argo-rollouts')).toEqual(['helm/argo-rollouts/templates/_helpers.tpl:203']);
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
