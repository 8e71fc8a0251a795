import { describe, expect, it } from 'vitest';
import { discoverTargets, type DiscoverOptions } from '../../src/discover/index.js';

const repo = (files: Record<string, string>) => ({ files: Object.keys(files).sort(), read: (path: string) => files[path] ?? '' });
const options = (overrides: Partial<DiscoverOptions> = {}): DiscoverOptions => ({ paths: [], valuesFiles: [], ...overrides });
const k8s = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n';

const files = {
  'apps/base/kustomization.yaml': 'resources: [deploy.yaml]\n',
  'apps/base/deploy.yaml': k8s,
  'apps/overlays/prod/kustomization.yaml': 'resources: [../../base/]\npatches:\n- path: patch.yaml\n',
  'apps/overlays/prod/patch.yaml': k8s,
  'apps/overlays/dev/kustomization.yml': 'resources:\n- ../../base/\n',
  'charts/web/Chart.yaml': 'name: web\n',
  'charts/web/values.yaml': 'a: 1\n',
  'charts/web/templates/deploy.yaml': k8s,
  'charts/web/charts/sub/Chart.yaml': 'name: sub\n',
  'charts/web/ci/prod-values.yaml': 'a: 2\n',
  'raw/namespace.yaml': k8s,
  'raw/not-kubernetes.yaml': 'name: ci\non: push\n',
  'docs/readme.md': 'apiVersion: v1\nkind: Pod\n',
};

describe('discoverTargets', () => {
  it('finds every kustomization (bases too, with the overlays that include them), top-level charts and plain manifests', () => {
    expect(discoverTargets(repo(files), options()).map(({ helm, ...target }) => target)).toEqual([
      { kind: 'kustomize', path: 'apps/base', includedBy: ['apps/overlays/dev', 'apps/overlays/prod'] },
      { kind: 'kustomize', path: 'apps/overlays/dev' },
      { kind: 'kustomize', path: 'apps/overlays/prod' },
      { kind: 'helm', path: 'charts/web', variant: 'prod' },
      { kind: 'manifests', path: 'raw/namespace.yaml' },
    ]);
  });

  it('renders a base on its own when the overlays that include it are not selected', () => {
    expect(discoverTargets(repo(files), options({ paths: ['apps/base'] })).map((t) => t.path)).toEqual(['apps/base']);
  });

  it('supports globs and ! exclusions', () => {
    const targets = discoverTargets(repo(files), options({ paths: ['apps/**', '!apps/overlays/dev/**'] }));
    expect(targets).toEqual([
      { kind: 'kustomize', path: 'apps/base', includedBy: ['apps/overlays/prod'] },
      { kind: 'kustomize', path: 'apps/overlays/prod' },
    ]);
  });

  it('gives a chart the values files inside it, and files outside every chart to all charts', () => {
    const [chart] = discoverTargets(repo(files), options({ paths: ['charts'], valuesFiles: ['charts/web/ci/prod-values.yaml', 'env/common.yaml'], namespace: 'shop', helmCiValues: false }));
    expect(chart).toEqual({
      kind: 'helm',
      path: 'charts/web',
      helm: { releaseName: 'web', namespace: 'shop', valuesFiles: ['charts/web/ci/prod-values.yaml', 'env/common.yaml'], kubeVersion: undefined },
    });
  });

  it('leaves out what cannot be deployed alone: library charts and kustomize Components', () => {
    const targets = discoverTargets(
      repo({
        'lib/Chart.yaml': 'apiVersion: v2\nname: lib\ntype: library\nversion: 1.0.0\n',
        'comp/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n',
        'app/Chart.yaml': 'apiVersion: v2\nname: app\ntype: application\nversion: 1.0.0\n',
      }),
      options(),
    );
    expect(targets.map((t) => `${t.kind}:${t.path}`)).toEqual(['helm:app']);
  });

  it('treats a repository-root kustomization as one target', () => {
    const targets = discoverTargets(repo({ 'kustomization.yaml': 'resources: [a.yaml]\n', 'a.yaml': k8s }), options());
    expect(targets).toEqual([{ kind: 'kustomize', path: '.' }]);
  });
});
