// Where a deploying tool puts a rendered object (src/discover/gitops/namespace.ts), and which discovered targets a
// deployment judges instead of their render alone (deployedTargets in src/discover/gitops/follow.ts).
import { describe, expect, it } from 'vitest';
import { deployedTargets } from '../../src/discover/gitops/follow.js';
import { applyTargetNamespace, deploymentNamespace, isClusterScoped } from '../../src/discover/gitops/namespace.js';
import type { Deployer, Target } from '../../src/model.js';

const application: Deployer = { kind: 'Application', name: 'web', namespace: 'argocd', file: 'apps/web.yaml', line: 2 };
const object = (kind: string, apiVersion = 'v1', namespace?: string) => ({ apiVersion, kind, metadata: { name: 'x', ...(namespace && { namespace }) } });

describe('applyTargetNamespace', () => {
  const argo: Target = { kind: 'manifests', path: 'web/deployment.yaml', deployedBy: application, namespace: 'team-a' };

  it("puts a namespaced object without a namespace in the deployer's, and keeps one the object names", () => {
    const deployment = object('Deployment', 'apps/v1');
    expect(applyTargetNamespace(argo, deployment)).toBe('team-a');
    expect(deployment.metadata).toEqual({ name: 'x', namespace: 'team-a' });
    const own = object('Deployment', 'apps/v1', 'other');
    expect(applyTargetNamespace(argo, own)).toBe('other');
    expect(own.metadata.namespace).toBe('other');
  });

  it('leaves cluster-scoped objects without one: built-in kinds, Cluster… CRD kinds, Gatekeeper constraints', () => {
    for (const [kind, apiVersion] of [
      ['Namespace', 'v1'],
      ['ClusterRole', 'rbac.authorization.k8s.io/v1'],
      ['CustomResourceDefinition', 'apiextensions.k8s.io/v1'],
      ['ClusterIssuer', 'cert-manager.io/v1'],
      ['K8sRequiredLabels', 'constraints.gatekeeper.sh/v1beta1'],
    ] as const) {
      const cluster = object(kind, apiVersion);
      expect(applyTargetNamespace(argo, cluster)).toBeUndefined();
      expect(cluster.metadata).toEqual({ name: 'x' });
    }
    // A namespaced kind whose name merely starts with Cluster (Cluster API's Cluster) takes the namespace.
    expect(isClusterScoped('cluster.x-k8s.io/v1beta1', 'Cluster')).toBe(false);
    expect(isClusterScoped('v1', 'ConfigMap')).toBe(false);
  });

  it("puts a chart's objects in the release namespace, default when none is given; a plain file's stay as rendered", () => {
    const chart: Target = { kind: 'helm', path: 'chart', helm: { releaseName: 'web', valuesFiles: [] } };
    const inRelease = object('Service');
    expect(applyTargetNamespace({ ...chart, helm: { ...chart.helm!, namespace: 'apps' } }, inRelease)).toBe('apps');
    expect(applyTargetNamespace(chart, object('Service'))).toBe('default');
    const plain = object('Service');
    expect(applyTargetNamespace({ kind: 'manifests', path: 'svc.yaml' }, plain)).toBeUndefined();
    expect(plain.metadata).toEqual({ name: 'x' });
  });

  it('names the namespace a deployment applies: destination, release namespace, targetNamespace', () => {
    expect(deploymentNamespace(argo)).toBe('team-a');
    expect(deploymentNamespace({ kind: 'kustomize', path: 'app', deployedBy: application, kustomize: { namespace: 'team-b' } })).toBe('team-b');
    expect(deploymentNamespace({ kind: 'kustomize', path: 'app', kustomize: { namespace: 'team-b' } })).toBeUndefined();
  });
});

describe('deployedTargets', () => {
  const base: Target = { kind: 'kustomize', path: 'base', includedBy: ['overlays/prod', 'overlays/dev'] };
  const prod: Target = { kind: 'kustomize', path: 'overlays/prod' };
  const dev: Target = { kind: 'kustomize', path: 'overlays/dev' };
  const chart: Target = { kind: 'helm', path: 'chart', helm: { releaseName: 'chart', valuesFiles: [] } };
  const ci: Target = { ...chart, variant: 'ci' };
  const file: Target = { kind: 'manifests', path: 'plain/a.yaml' };

  it('drops a render alone of what a deployment renders at the same path, and a base only its deployed overlays build', () => {
    const deployed: Target[] = [
      { ...prod, deployedBy: application },
      { ...chart, deployedBy: application },
      { ...file, deployedBy: application },
    ];
    expect([...deployedTargets([base, prod, dev, chart, ci, file], deployed)]).toEqual([prod, chart, file]);
    const both = [...deployed, { ...dev, deployedBy: application }];
    expect([...deployedTargets([base, prod, dev, chart, ci, file], both)]).toEqual([prod, dev, chart, file, base]);
  });

  it('drops the manifests and kustomizations below a directory Flux generates a kustomization for, never a chart', () => {
    const generated: Target = { kind: 'kustomize', path: 'plain', deployedBy: application, kustomize: { namespace: 'team-b', edits: { generate: true } } };
    const nested: Target = { kind: 'kustomize', path: 'plain/sub' };
    const inner: Target = { kind: 'helm', path: 'plain/chart', helm: { releaseName: 'chart', valuesFiles: [] } };
    const elsewhere: Target = { kind: 'manifests', path: 'plainer/b.yaml' };
    expect([...deployedTargets([file, nested, inner, elsewhere], [generated])]).toEqual([file, nested]);
  });

  it('keeps everything when the deployment renders a pulled chart or nothing at those paths', () => {
    const pulled: Target = { kind: 'helm', path: 'chart', chart: { repository: 'https://charts.example.com', name: 'chart' }, deployedBy: application };
    expect(deployedTargets([chart, file], [pulled]).size).toBe(0);
  });
});
