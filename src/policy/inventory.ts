// Facts about the rendered set that cross-object rules read from data.kpg.inventory, per target.
import type { SkaffoldBuild } from '../discover/skaffold.js';
import type { Resource, Target } from '../model.js';
import type { VersionData } from './versions.js';

export interface Inventory {
  /** Namespaces (metadata.namespace, else "default") that have at least one NetworkPolicy, as seen from a target. */
  network_policy_namespaces: string[];
  /**
   * What each Skaffold run that deploys the target builds (src/discover/skaffold.ts): Skaffold replaces an image
   * naming one of these artifacts with the image it built, so image-tag does not judge the placeholder.
   */
  skaffold?: SkaffoldBuild[];
}

/**
 * A NetworkPolicy that names its namespace covers that namespace for every target (a "namespace setup"
 * kustomization often holds them). One without a namespace lands wherever its own target is applied, so it
 * covers "default" for that target only; so does a Helm chart's object in the namespace Helm assumed when none
 * was given (charts write `namespace: {{ .Release.Namespace }}`, which renders as "default").
 */
export function inventories(resources: Resource[], skaffold?: (target: Target) => SkaffoldBuild[]): (target: Target) => Inventory {
  const everywhere = new Set<string>();
  const byTarget = new Map<Target, Set<string>>();
  for (const resource of resources) {
    if (resource.kind !== 'NetworkPolicy' || !resource.apiVersion.startsWith('networking.k8s.io/')) continue;
    if (isImplicitNamespace(resource)) {
      const local = byTarget.get(resource.target) ?? new Set<string>();
      local.add(resource.namespace ?? 'default');
      byTarget.set(resource.target, local);
    } else {
      everywhere.add(resource.namespace!);
    }
  }
  return (target) => {
    const builds = skaffold?.(target) ?? [];
    return { network_policy_namespaces: [...new Set([...everywhere, ...(byTarget.get(target) ?? [])])].sort(), ...(builds.length && { skaffold: builds }) };
  };
}

function isImplicitNamespace(resource: Resource): boolean {
  if (resource.namespace === undefined) return true;
  const helm = resource.target.helm;
  return resource.target.kind === 'helm' && !helm?.namespace && resource.namespace === 'default';
}

/**
 * The `data` document the policy sees while it evaluates one target's objects; `run` names the rule packages,
 * `versions` the Pod Security and Kubernetes versions that judge them (src/policy/versions.ts).
 */
export function policyData(inventory: Inventory, run?: string[], versions?: VersionData): Record<string, unknown> {
  return { kpg: { inventory, ...(run && { run }), ...versions } };
}
