// GitOps repositories end to end through the built CLI and action: what Argo CD and Flux deploy is rendered with
// their parameters, what cannot be is listed as not checked, and a run that checks nothing fails.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Finding, Outcome } from '../../src/model.js';
import { FIXTURES, ROOT } from '../helpers.js';

/** KPG_DIST lets a test run against a build elsewhere (node scripts/build.mjs OUT). */
const DIST = process.env.KPG_DIST ?? join(ROOT, 'dist');
const WORK = mkdtempSync(join(tmpdir(), 'kpg-gitops-e2e-'));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

/** A copy of a fixture as a git checkout whose origin is `origin` (how the gate knows "this repository"). */
function checkout(fixture: string, origin?: string): string {
  const repo = join(WORK, `${fixture}-${Math.random().toString(36).slice(2)}`);
  cpSync(join(FIXTURES, 'gitops-repos', fixture), repo, { recursive: true });
  if (origin) {
    mkdirSync(join(repo, '.git'));
    writeFileSync(join(repo, '.git/config'), `[core]\n\tbare = false\n[remote "origin"]\n\turl = ${origin}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n`);
  }
  return repo;
}

function cli(cwd: string, args: string[] = []) {
  const env = { ...process.env, GITHUB_REPOSITORY: '', GITHUB_ACTIONS: '' };
  const result = spawnSync(process.execPath, [join(DIST, 'cli.js'), ...args], { cwd, env, encoding: 'utf8', timeout: 300_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json(cwd: string, args: string[] = []): Outcome {
  const run = cli(cwd, [...args, '--format', 'json']);
  expect([0, 1], run.stderr).toContain(run.status);
  return JSON.parse(run.stdout) as Outcome;
}

const at = (finding: Finding) => `${finding.ruleId} ${finding.location?.file}:${finding.location?.line}`;
const deployer = (finding: Pick<Finding, 'target'>) => finding.target.deployedBy && `${finding.target.deployedBy.kind} ${finding.target.deployedBy.name}`;

describe('Argo CD app-of-apps (argocd-example-apps shape)', () => {
  const outcome = json(checkout('argo', 'https://github.com/example/argo-apps.git'));

  it('renders each Application with its parameters and names it on the findings', () => {
    const privileged = outcome.findings.filter((f) => f.ruleId === 'privileged');
    // values-production.yaml (an Application valueFile) turns debug on; the chart's defaults alone do not.
    expect(privileged.map((f) => [at(f), deployer(f)])).toContainEqual(['privileged helm-guestbook/values-production.yaml:1', 'Application helm-guestbook']);
    // The kustomize base deployed with namePrefix by an Application and by an ApplicationSet's list generator, each
    // into its destination namespace; it is not judged again alone, as if applied to `default` (issue 18).
    const hostNetwork = outcome.findings.filter((f) => f.ruleId === 'host-namespaces' && f.location?.file === 'kustomize-guestbook/guestbook-ui-deployment.yaml');
    // One line, one finding: it names each object and deployer (alsoFor).
    const objects = hostNetwork.flatMap((f) => [f, ...(f.alsoFor ?? [])]);
    expect(hostNetwork).toHaveLength(1);
    expect(objects.map((f) => `${f.resource?.namespace}/${f.resource?.name}`).sort()).toEqual(['guestbook-prod/prod-guestbook-ui', 'guestbook-staging/staging-guestbook-ui', 'kustomize-guestbook/prod-guestbook-ui']);
    expect(objects.map(deployer)).toContain('Application guestbook-staging (from ApplicationSet guestbook)');
  });

  it('builds a file:// dependency offline and renders Kustomize helmCharts with the pinned helm', () => {
    expect(outcome.findings.filter((f) => f.ruleId === 'render-error')).toEqual([]);
    // The file:// subchart's objects point at the values line the parent sets for it, not at the parent's Chart.yaml.
    const subchart = outcome.findings.filter((f) => f.ruleId === 'privileged' && f.target.path === 'helm-dependency');
    expect(subchart.map(at)).toEqual(['privileged helm-dependency/values.yaml:2']);
    expect(outcome.findings.some((f) => f.ruleId === 'host-namespaces' && f.target.path === 'helm-kustomize' && f.resource?.name === 'web-nginx')).toBe(true);
  });

  it('lists what is not checked, with the reason', () => {
    expect(outcome.files?.notChecked).toEqual([
      { file: 'jsonnet-guestbook/guestbook-ui.jsonnet', reason: 'jsonnet: not supported' },
      { file: 'jsonnet-guestbook/params.libsonnet', reason: 'jsonnet: not supported' },
      { file: 'plugins/kasane/kasane.yaml', reason: 'plugin directory: Application kasane renders it with a config management plugin, which is not run' },
    ]);
    expect(outcome.files).toMatchObject({ total: 24, checked: 21 });
    const notChecked = outcome.findings.filter((f) => f.ruleId === 'not-checked').map((f) => `${f.severity} ${at(f)} ${f.message}`);
    // A plugin or Jsonnet source deploys something not checked: an error, so the run cannot pass quietly.
    expect(notChecked).toEqual([
      'error not-checked apps/templates/jsonnet-guestbook.yaml:2 Application argocd/jsonnet-guestbook deploys Jsonnet (jsonnet-guestbook/guestbook-ui.jsonnet): Argo CD Jsonnet directories are not rendered, so what it deploys is not checked',
      'error not-checked apps/templates/kasane.yaml:2 Application argocd/kasane deploys plugins/kasane through a config management plugin, which is not run: nothing it renders was checked',
      'notice not-checked apps/templates/sock-shop.yaml:2 Application argocd/sock-shop deploys https://github.com/other/sock-shop.git, which is not this repository: check it where it lives',
    ]);
  });

  it('does not follow Applications of another repository', () => {
    const elsewhere = json(checkout('argo', 'https://github.com/example/fork.git'));
    expect(elsewhere.findings.filter((f) => f.target.deployedBy && f.ruleId !== 'not-checked')).toEqual([]);
    expect(elsewhere.findings.filter((f) => f.ruleId === 'not-checked').length).toBe(8);
  });
});

describe('Flux repository (flux2-kustomize-helm-example shape)', () => {
  const repo = checkout('flux');
  const outcome = json(repo);

  it('renders a HelmRelease of an in-repository chart with valuesFrom its generated ConfigMap', () => {
    const hostNetwork = outcome.findings.filter((f) => f.ruleId === 'host-namespaces');
    expect(hostNetwork.map((f) => [f.target.path, deployer(f), f.resource?.name])).toEqual([['charts/webapp', 'HelmRelease webapp', 'webapp']]);
  });

  it('lists remote charts as not checked at the HelmRelease line', () => {
    const notChecked = outcome.findings.filter((f) => f.ruleId === 'not-checked').map((f) => `${f.severity} ${at(f)} ${f.message}`);
    // What a controller deploys and the gate did not render fails the run, with the ways out (issue 18 §3).
    const ways = (file: string) => `remote chart: not rendered, so nothing it deploys was judged; set allow-network to true to render it, vendor the chart into this repository and deploy it from there, or accept it with a config exception for rule not-checked in file ${file}`;
    expect(notChecked).toEqual([
      `error not-checked apps/base/podinfo/release.yaml:2 HelmRelease podinfo/podinfo uses the HelmRepository 'podinfo' for the chart 'podinfo' 6.7.1: ${ways('apps/base/podinfo/release.yaml')}`,
      `error not-checked infrastructure/controllers/ingress-nginx.yaml:13 HelmRelease flux-system/ingress-nginx uses the chart of OCIRepository 'ingress-nginx': ${ways('infrastructure/controllers/ingress-nginx.yaml')}`,
    ]);
    expect(outcome.files).toEqual({ total: 15, checked: 15, notChecked: [] });
  });

  it('fails the action step the same way, with the GitHub repository as this repository', () => {
    const output = join(WORK, 'flux-output');
    writeFileSync(output, '');
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_WORKSPACE: repo, GITHUB_OUTPUT: output, GITHUB_REPOSITORY: 'example/fleet' };
    for (const [input, spec] of Object.entries(action.inputs)) env[`INPUT_${input.toUpperCase()}`] = spec.default ?? '';
    const run = spawnSync(process.execPath, [join(DIST, 'index.js')], { cwd: repo, env, encoding: 'utf8', timeout: 300_000 });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error title=Host namespaces,file=apps\/base\/webapp\/webapp-values.yaml,line=1,.*\[host-namespaces\]$/m);
    expect(run.stdout).toContain("file=apps/base/podinfo/release.yaml,line=2::HelmRelease podinfo/podinfo uses the HelmRepository");
  });
});

describe('render variants', () => {
  const outcome = json(checkout('variants'));

  it('reports a finding identical across variants once, with every variant', () => {
    const summary = outcome.findings
      .filter((f) => ['privileged', 'host-namespaces'].includes(f.ruleId))
      .map((f) => `${at(f)} ${f.target.path} ${f.variants?.join(',')}`);
    expect(summary.sort()).toEqual(
      [
        'host-namespaces charts/api/values.yaml:1 charts/api debug',
        'host-namespaces charts/app/ci/prod-values.yaml:1 charts/app prod',
        'privileged charts/api/templates/pod.yaml:11 charts/api prod,debug',
        'privileged charts/app/templates/pod.yaml:11 charts/app prod,staging',
      ],
    );
    expect(outcome.files?.notChecked).toEqual([{ file: '.kube-policy-gate.yaml', reason: 'kube-policy-gate configuration' }]);
  });

  it('renders a chart once with its defaults when helm-ci-values is false', () => {
    const repo = checkout('variants');
    rmSync(join(repo, '.kube-policy-gate.yaml'));
    const plain = json(repo, ['--helm-ci-values', 'false']);
    expect(plain.findings.filter((f) => f.target.path === 'charts/app' && f.ruleId === 'host-namespaces')).toEqual([]);
    expect(plain.files?.notChecked.map((entry) => entry.reason)).toEqual([
      'values file of chart charts/api that no render uses',
      'values file of chart charts/app that no render uses',
      'values file of chart charts/app that no render uses',
    ]);
  });
});

describe('fail closed on nothing', () => {
  it('refuses a paths entry that matches no file, naming it (exit 2)', () => {
    const repo = checkout('flux');
    const run = cli(repo, ['deploy/**']);
    expect(run).toMatchObject({ status: 2, stdout: '' });
    expect(run.stderr).toContain("Invalid paths entry 'deploy/**': it matches no file.");
  });

  it('fails a run that finds nothing to check unless allow-empty', () => {
    const repo = join(WORK, 'empty');
    mkdirSync(join(repo, 'docs'), { recursive: true });
    writeFileSync(join(repo, 'docs/notes.yaml'), 'title: not a manifest\n');
    const failed = json(repo);
    expect(failed.verdict).toBe('fail');
    expect(failed.findings.map((f) => `${f.severity} ${f.ruleId}`)).toEqual(['error no-targets']);
    expect(failed.files).toEqual({ total: 1, checked: 0, notChecked: [{ file: 'docs/notes.yaml', reason: 'not a Kubernetes manifest (no apiVersion and kind)' }] });
    const allowed = cli(repo, ['--allow-empty']);
    expect(allowed.status).toBe(0);
  });

  it('says which dependency a chart misses when it would need the network', () => {
    const repo = checkout('argo', 'https://github.com/example/argo-apps.git');
    writeFileSync(join(repo, 'helm-dependency/Chart.yaml'), 'apiVersion: v2\nname: helm-dependency\nversion: 0.1.0\ndependencies:\n  - name: redis\n    version: 19.0.0\n    repository: https://charts.example.com\n');
    const outcome = json(repo, ['helm-dependency']);
    const errors = outcome.findings.filter((f) => f.ruleId === 'render-error').map((f) => f.message);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("dependency 'redis' 19.0.0 of helm-dependency comes from https://charts.example.com");
    expect(errors[0]).toContain('set allow-network to true to fetch it, or vendor it');
  });
});
