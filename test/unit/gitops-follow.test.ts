// The bounded follow of GitOps deployments: a deployment of its own ancestor is one cycle finding, and depth and
// total budgets stop the rest with findings at the deploying object, never silently.
import { describe, expect, it } from 'vitest';
import { followDeployments } from '../../src/discover/gitops/follow.js';
import type { Resource, Target } from '../../src/model.js';

const FILES = ['c/Chart.yaml', ...'abcdefgh'.split('').map((name) => `${name}/pod.yaml`), 'apps/app.yaml'];
const context = { files: FILES, read: () => 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n', repositoryUrls: ['github.com/acme/gitops'], allowNetwork: false };

/** An Application deploying `path` (with a helm parameter, so each is its own deployment), as rendered by `target`. */
function application(name: string, path: string, target: Target, parameter?: string): Resource {
  const object = {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name, namespace: 'argocd' },
    spec: {
      destination: { namespace: 'web' },
      source: { repoURL: 'https://github.com/acme/gitops', path, ...(parameter && { helm: { parameters: [{ name: 'p', value: parameter }] } }) },
    },
  };
  const document = { text: '', firstLine: 1, sourceFile: target.path === 'c' ? 'c/templates/apps.yaml' : 'apps/app.yaml', relatedFiles: [], textIsSource: false };
  return { object, apiVersion: object.apiVersion, kind: 'Application', name, namespace: 'argocd', target, document };
}

describe('following deployments', () => {
  it('stops a chart that deploys itself with new values at the first repeat, one finding for all of them', async () => {
    const root: Target = { kind: 'helm', path: 'c' };
    const rendered: Target[] = [];
    // Every render of the chart makes three Applications of the chart, named (and parameterised) after its release.
    const render = async (targets: Target[]) => {
      rendered.push(...targets);
      return targets.flatMap((target) => [0, 1, 2].map((index) => application(`${target.helm!.set![0]!.slice(2)}-${index}`, 'c', target, `${target.helm!.set![0]!.slice(2)}-${index}`)));
    };
    const first = [0, 1, 2].map((index) => application(`r-${index}`, 'c', root, `r-${index}`));
    const result = await followDeployments(first, context, render);
    expect(rendered).toHaveLength(3);
    expect(result.findings.map((finding) => [finding.severity, finding.location?.file, finding.message])).toEqual([
      ['error', 'c/templates/apps.yaml', expect.stringContaining('a cycle c (by Application argocd/r-0) → c (9 such deployments)')],
    ]);
  });

  it('follows a chain as deep as the depth budget, then reports the next deployment as not followed', async () => {
    const discovered: Target = { kind: 'manifests', path: 'apps/app.yaml' };
    const chain = 'abdefgh'.split('');
    const render = async (targets: Target[]) =>
      targets.flatMap((target) => {
        const next = chain[chain.indexOf(target.path.split('/')[0]!) + 1];
        return next ? [application(next, next, target)] : [];
      });
    const result = await followDeployments([application('a', 'a', discovered)], context, render, { depth: 3, total: 100 });
    expect(result.targets.map((target) => target.path)).toEqual(['a/pod.yaml', 'b/pod.yaml', 'd/pod.yaml']);
    expect(result.findings.map((finding) => finding.message)).toEqual([expect.stringContaining('deploys e/pod.yaml more than 3 deployments deep')]);
  });

  it('follows at most the total budget of deployments and names each one beyond it', async () => {
    const discovered: Target = { kind: 'manifests', path: 'apps/app.yaml' };
    const render = async () => [];
    const result = await followDeployments(['a', 'b', 'd'].map((name) => application(name, name, discovered)), context, render, { depth: 5, total: 2 });
    expect(result.targets.map((target) => target.path)).toEqual(['a/pod.yaml', 'b/pod.yaml']);
    expect(result.findings.map((finding) => [finding.severity, finding.message])).toEqual([['error', expect.stringContaining('deploys d/pod.yaml beyond the budget of 2 followed deployments')]]);
  });

  it('lets an Application deploy the chart that holds it, as the app-of-apps root does, without a finding', async () => {
    const root: Target = { kind: 'helm', path: 'c' };
    let renders = 0;
    const render = async (targets: Target[]) => {
      renders += targets.length;
      return targets.map((target) => application('root', 'c', target));
    };
    const result = await followDeployments([application('root', 'c', root)], context, render);
    expect(renders).toBe(1);
    expect(result.findings).toEqual([]);
  });
});
