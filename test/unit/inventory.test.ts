import { describe, expect, it } from 'vitest';
import type { Resource, Target } from '../../src/model.js';
import { inventories } from '../../src/policy/inventory.js';

const networkPolicy = (target: Target, namespace?: string): Resource => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  name: 'deny',
  namespace,
  object: {},
  target,
  document: { text: '', firstLine: 1, sourceFile: 'x', relatedFiles: [], textIsSource: false },
});

describe('inventories', () => {
  const setup: Target = { kind: 'kustomize', path: 'namespaces' };
  const app: Target = { kind: 'kustomize', path: 'apps/web' };
  const chart: Target = { kind: 'helm', path: 'charts/api', helm: { releaseName: 'api', valuesFiles: [] } };
  const namespacedChart: Target = { kind: 'helm', path: 'charts/db', helm: { releaseName: 'db', namespace: 'default', valuesFiles: [] } };
  const inventoryFor = inventories([networkPolicy(setup, 'shop'), networkPolicy(app), networkPolicy(chart, 'default'), networkPolicy(namespacedChart, 'default')]);

  it('lets a NetworkPolicy that names its namespace cover it everywhere', () => {
    expect(inventoryFor({ kind: 'manifests', path: 'other.yaml' }).network_policy_namespaces).toEqual(['default', 'shop']);
  });

  it('keeps namespace-less policies, and Helm objects in the namespace Helm assumed, to their own target', () => {
    const withoutExplicitDefault = inventories([networkPolicy(setup, 'shop'), networkPolicy(app), networkPolicy(chart, 'default')]);
    expect(withoutExplicitDefault({ kind: 'manifests', path: 'other.yaml' }).network_policy_namespaces).toEqual(['shop']);
    expect(withoutExplicitDefault(app).network_policy_namespaces).toEqual(['default', 'shop']);
    expect(withoutExplicitDefault(chart).network_policy_namespaces).toEqual(['default', 'shop']);
  });
});
