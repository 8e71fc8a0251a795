// Issue 17: a file:// dependency is a subchart, judged once, through its parent, at the values line that decides it
// (test/fixtures/precision/<case>, from argocd-example-apps and eks-blueprints-add-ons); never lost on the way.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model.js';
import { check } from '../../src/runner.js';
import { FIXTURES, settings } from '../helpers.js';

const fixture = (name: string) => join(FIXTURES, 'precision', name);
const at = (finding: Finding) => `${finding.ruleId} ${finding.severity} ${finding.location?.file}:${finding.location?.line}`;
const work = mkdtempSync(join(tmpdir(), 'kpg-subchart-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of a fixture with some files changed (undefined removes one), for the cases around it. */
function copyOf(name: string, changes: Record<string, string | undefined>): string {
  const root = join(work, `${name}-${Object.keys(changes).length}-${Math.random().toString(36).slice(2)}`);
  cpSync(fixture(name), root, { recursive: true });
  for (const [file, text] of Object.entries(changes)) {
    if (text === undefined) rmSync(join(root, file));
    else writeFileSync(join(root, file), text);
  }
  return root;
}

describe('a file:// dependency beside its parent', () => {
  it('reports each finding of its templates once, and what the parent`s values change at the parent`s line', async () => {
    const outcome = await check(settings({ root: fixture('file-subchart-twice') }));
    expect(outcome.findings.map(at).sort()).toEqual([
      'allow-privilege-escalation error guestbook/templates/deployment.yaml:14',
      'automount-service-account-token warning guestbook/templates/deployment.yaml:11',
      'default-service-account warning guestbook/templates/deployment.yaml:11',
      'host-namespaces error umbrella/values.yaml:3',
      'host-users warning guestbook/templates/deployment.yaml:11',
      'network-policy-coverage warning guestbook/templates/deployment.yaml:3',
      'read-only-root-filesystem warning guestbook/templates/deployment.yaml:14',
      'restricted-capabilities error guestbook/templates/deployment.yaml:14',
      'run-as-non-root error guestbook/templates/deployment.yaml:14',
      'seccomp-restricted error guestbook/templates/deployment.yaml:14',
      'supplemental-groups-policy error guestbook/templates/deployment.yaml:11',
    ]);
    expect(outcome.findings.find((finding) => finding.ruleId === 'host-namespaces')?.resource?.name).toBe('umbrella-guestbook');
  });
});

describe('a file:// dependency inside its parent', () => {
  const expected = ['rbac-cluster-admin-binding error resources/helm/values.yaml:5'];

  it('is judged once, through the parent that renders its vendored archive, at the values line (eks-blueprints-add-ons)', async () => {
    const outcome = await check(settings({ root: fixture('subchart-alone-and-vendored') }));
    expect(outcome.findings.map(at)).toEqual(expected);
    expect(outcome.findings[0]?.target.path).toBe('resources');
  });

  it('is judged the same when the parent packs it from the directory (helm dependency build, offline)', async () => {
    const outcome = await check(settings({ root: copyOf('subchart-alone-and-vendored', { 'resources/charts/helm-1.0.0.tgz': undefined }) }));
    expect(outcome.findings.map(at)).toEqual(expected);
  });

  it('takes the parent`s values for it: a binding the parent narrows is no finding, and one it widens is at its line', async () => {
    const narrowed = await check(settings({ root: copyOf('subchart-alone-and-vendored', { 'resources/values.yaml': 'helm:\n  clusterRoleBinding:\n    roleRef:\n      name: view\n' }) }));
    expect(narrowed.findings.map(at)).toEqual([]);
    const named = await check(
      settings({
        root: copyOf('subchart-alone-and-vendored', {
          'resources/values.yaml': 'helm:\n  clusterRoleBinding:\n    roleRef:\n      name: cluster-admin\n',
          'resources/helm/values.yaml': 'clusterRoleBinding:\n  name: helm-provider\n  roleRef:\n    kind: ClusterRole\n    name: view\n    apiGroup: rbac.authorization.k8s.io\n',
          'resources/charts/helm-1.0.0.tgz': undefined,
        }),
      }),
    );
    expect(named.findings.map(at)).toEqual(['rbac-cluster-admin-binding error resources/values.yaml:4']);
  });

  it('is still judged, alone, when the parent`s values leave it out of the parent`s render', async () => {
    const chart = 'apiVersion: v2\nname: resources\nversion: 1.0.0\ndependencies:\n  - name: helm\n    version: "1.0.0"\n    repository: "file://helm"\n    condition: helm.enabled\n';
    const outcome = await check(settings({ root: copyOf('subchart-alone-and-vendored', { 'resources/Chart.yaml': chart, 'resources/values.yaml': 'helm:\n  enabled: false\n' }) }));
    expect(outcome.findings.map((finding) => `${at(finding)} ${finding.target.path}`)).toEqual(['rbac-cluster-admin-binding error resources/helm/values.yaml:5 resources/helm']);
  });
});
