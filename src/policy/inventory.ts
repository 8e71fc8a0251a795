// Facts about the whole rendered set that cross-object rules read from data.kpg.inventory.
import type { Resource } from '../model.js';

export interface Inventory {
  /** Namespaces (metadata.namespace, else "default") that have at least one NetworkPolicy. */
  network_policy_namespaces: string[];
}

export function buildInventory(resources: Resource[]): Inventory {
  const namespaces = new Set<string>();
  for (const resource of resources) {
    if (resource.kind === 'NetworkPolicy' && resource.apiVersion.startsWith('networking.k8s.io/')) {
      namespaces.add(resource.namespace ?? 'default');
    }
  }
  return { network_policy_namespaces: [...namespaces].sort() };
}

/** The `data` document the policy is instantiated with. */
export function policyData(resources: Resource[]): Record<string, unknown> {
  return { kpg: { inventory: buildInventory(resources) } };
}
