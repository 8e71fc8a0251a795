// Objects are judged in the namespace their controller applies them in (issue 18 §1), through the built CLI: Argo CD
// Directory, Kustomize and Helm sources into their destination namespace, Flux targetNamespace; a deployed directory
// is judged as deployed and not again alone; a remote chart left unrendered offline is an error (§3).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding, Outcome } from '../../src/model.js';
import { FIXTURES, ROOT } from '../helpers.js';

/** KPG_DIST lets a test run against a build elsewhere (node scripts/build.mjs OUT). */
const DIST = process.env.KPG_DIST ?? join(ROOT, 'dist');
const WORK = mkdtempSync(join(tmpdir(), 'kpg-gitops-namespaces-'));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

/** The fixture as a checkout of https://github.com/example/namespaces.git, the repository its Applications name. */
function checkout(): string {
  const repo = join(WORK, `namespaces-${Math.random().toString(36).slice(2)}`);
  cpSync(join(FIXTURES, 'gitops-repos', 'namespaces'), repo, { recursive: true });
  mkdirSync(join(repo, '.git'));
  writeFileSync(join(repo, '.git/config'), '[core]\n\tbare = false\n[remote "origin"]\n\turl = https://github.com/example/namespaces.git\n');
  return repo;
}

function json(cwd: string): Outcome {
  const env = { ...process.env, GITHUB_REPOSITORY: '', GITHUB_ACTIONS: '' };
  const run = spawnSync(process.execPath, [join(DIST, 'cli.js'), '--format', 'json'], { cwd, env, encoding: 'utf8', timeout: 300_000 });
  expect([0, 1], run.stderr).toContain(run.status);
  return JSON.parse(run.stdout) as Outcome;
}

/** `rule file:line Kind/namespace/name by Deployer` for each finding. */
const shown = (finding: Finding) => {
  const resource = finding.resource ? ` ${finding.resource.kind}/${finding.resource.namespace ?? '-'}/${finding.resource.name}` : '';
  const deployer = finding.target.deployedBy ? ` by ${finding.target.deployedBy.kind} ${finding.target.deployedBy.name}` : '';
  return `${finding.ruleId} ${finding.location?.file}:${finding.location?.line}${resource}${deployer}`;
};

describe('objects land in the namespace the controller applies', () => {
  const outcome = json(checkout());
  const findings = outcome.findings.map(shown);

  it('judges Argo CD Directory, Kustomize and Helm sources in the destination namespace, with its NetworkPolicy and Pod Security level', () => {
    // team-a holds a default-deny NetworkPolicy written without a namespace (deployed there by team-a-setup), and
    // enforces baseline at v1.31: the restricted-only run-as-non-root is hidden on all three, and no coverage warning. The
    // ClusterRole is cluster-scoped: it takes no namespace.
    expect(outcome.findings.filter((finding) => finding.target.deployedBy?.name.startsWith('team-a-')).map(shown)).toEqual([
      'host-namespaces bases/web/deployment.yaml:14 Deployment/team-a/kustomize-web by Application team-a-kustomize',
      'host-namespaces team-a/chart/values.yaml:1 Deployment/team-a/chart-web by Application team-a-chart',
      'host-namespaces team-a/directory/deployment.yaml:14 Deployment/team-a/directory-web by Application team-a-directory',
      'namespace-pss-relaxed team-a/setup/namespace.yaml:6 Namespace/-/team-a by Application team-a-setup',
      'rbac-secrets-read team-a/directory/clusterrole.yaml:7 ClusterRole/-/directory-reader by Application team-a-directory',
      'rbac-wildcard team-a/directory/clusterrole.yaml:7 ClusterRole/-/directory-reader by Application team-a-directory',
    ]);
    const relaxed = outcome.findings.find((finding) => finding.ruleId === 'namespace-pss-relaxed')!;
    expect([relaxed.severity, relaxed.message]).toEqual(['error', 'Namespace team-a enforces Pod Security level baseline, below restricted: 3 findings on 3 objects in it are not reported']);
    expect(outcome.podSecurity).toContainEqual({ namespace: 'team-a', level: 'baseline', version: 'v1.31' });
  });

  it('judges a Flux Kustomization and HelmRelease in their targetNamespace', () => {
    // team-b/plain has no kustomization.yaml: Flux generates one and sets the namespace there too.
    expect(outcome.findings.filter((finding) => ['team-b', 'team-b-plain', 'web'].includes(finding.target.deployedBy?.name ?? '')).map(shown)).toEqual([
      'run-as-non-root charts/web/templates/deployment.yaml:21 Deployment/team-b/release-web by HelmRelease web',
      'host-namespaces charts/web/values.yaml:1 Deployment/team-b/release-web by HelmRelease web',
      'host-namespaces team-b/kustomize/deployment.yaml:14 Deployment/team-b/flux-web by Kustomization team-b',
      'run-as-non-root team-b/kustomize/deployment.yaml:21 Deployment/team-b/flux-web by Kustomization team-b',
      'host-namespaces team-b/plain/deployment.yaml:14 Deployment/team-b/plain-web by Kustomization team-b-plain',
      'run-as-non-root team-b/plain/deployment.yaml:21 Deployment/team-b/plain-web by Kustomization team-b-plain',
      'network-policy-coverage charts/web/templates/deployment.yaml:3 Deployment/team-b/release-web by HelmRelease web',
      'network-policy-coverage flux/apps.yaml:2 Deployment/team-b/flux-web by Kustomization team-b',
      'network-policy-coverage flux/apps.yaml:31 Deployment/team-b/plain-web by Kustomization team-b-plain',
    ]);
    const coverage = outcome.findings.filter((finding) => finding.ruleId === 'network-policy-coverage' && finding.target.deployedBy);
    expect(new Set(coverage.map((finding) => finding.message.split(' among')[0]))).toEqual(new Set(['namespace team-b has no NetworkPolicy']));
  });

  it('judges what a controller object deploys once, as deployed, and what nothing deploys alone', () => {
    // The deployed directories, overlay, base and charts are not judged again as if applied to `default`; a chart
    // nothing deploys lands in its release namespace, `default`, and says so.
    expect(outcome.findings.filter((finding) => !finding.target.deployedBy).map(shown)).toEqual([
      'run-as-non-root standalone-chart/templates/deployment.yaml:21 Deployment/default/chart-alone',
      'host-namespaces standalone-chart/values.yaml:1 Deployment/default/chart-alone',
      'host-namespaces standalone/deployment.yaml:14 Deployment/-/standalone-web',
      'run-as-non-root standalone/deployment.yaml:21 Deployment/-/standalone-web',
      'network-policy-coverage standalone-chart/templates/deployment.yaml:3 Deployment/default/chart-alone',
      'network-policy-coverage standalone/deployment.yaml:3 Deployment/-/standalone-web',
    ]);
    expect(outcome.files).toEqual({ total: 26, checked: 26, notChecked: [] });
  });

  it('fails on a remote chart it could not render offline, naming the ways out', () => {
    const notChecked = outcome.findings.filter((finding) => finding.ruleId === 'not-checked').map((finding) => `${finding.severity} ${finding.location?.file}:${finding.location?.line} ${finding.message}`);
    expect(notChecked).toEqual([
      "error flux/remote.yaml:11 HelmRelease flux-system/podinfo uses the HelmRepository 'podinfo' for the chart 'podinfo' 6.7.1: remote chart: not rendered, so nothing it deploys was judged; set allow-network to true to render it, vendor the chart into this repository and deploy it from there, or accept it with a config exception for rule not-checked in file flux/remote.yaml",
    ]);
  });
});
