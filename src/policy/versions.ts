// Which versions judge the objects: the Pod Security policy version (pss-version, a Namespace's enforce-version
// label, kube-version as the default) and the target Kubernetes version, for the policies' data and the summary.
import { ConfigError } from '../errors.js';
import type { Resource } from '../model.js';
import type { RuleInfo } from './bundle.js';

/** The newest Pod Security policy and Kubernetes minor version the rules know: `latest` is v1.37. */
export const LATEST_MINOR = 37;

export const ENFORCE_VERSION_LABEL = 'pod-security.kubernetes.io/enforce-version';

/** What the policies read from data.kpg (see policies/lib/pss.rego and policies/lib/kubernetes.rego). */
export interface VersionData {
  /** Minor version of the Pod Security policy (v1.<n>) for objects whose namespace names none. */
  pss_version: number;
  /** Minor version by namespace, from the rendered Namespaces' enforce-version labels. */
  pss_namespace_versions: Record<string, number>;
  /** Minor version of the target Kubernetes (kube-version); absent: the newest. */
  kube_version?: number;
}

/** A rule the target Kubernetes version is too old for, and why (for the summary and the JSON output). */
export interface SkippedRule {
  rule: string;
  reason: string;
}

/** How one namespace's Pods are judged, for the summary: `restricted` at `v1.24`. */
export interface PssJudgement {
  namespace: string;
  level: string;
  version: string;
}

/**
 * The pss-version input: blank (undefined: kube-version or latest decides), `latest`, or `v1.<minor>`. A version
 * newer than the rules know is judged as latest, as Pod Security Admission does.
 */
export function parsePssVersion(value: string): number | undefined {
  const clean = value.trim();
  if (clean === '') return undefined;
  const minor = labelMinor(/^\d/.test(clean) ? `v${clean}` : clean);
  if (minor === undefined) throw new ConfigError(`Invalid pss-version '${value}'. Expected latest or a Pod Security policy version such as v1.30 (v1.0 to v1.${LATEST_MINOR}).`);
  return minor;
}

/** `latest` or `v1.<minor>` as api.ParseVersion reads it, newer than known clamped to latest; undefined when invalid. */
function labelMinor(value: string): number | undefined {
  if (value === 'latest') return LATEST_MINOR;
  const match = /^v1\.(0|[1-9][0-9]*)$/.exec(value);
  return match ? Math.min(Number(match[1]), LATEST_MINOR) : undefined;
}

/** The minor version of a kube-version setting (`1.34`, `v1.34.1`); undefined when blank. */
export function kubeMinor(kubeVersion: string): number | undefined {
  const match = /^v?1\.(\d+)/.exec(kubeVersion.trim());
  return match ? Number(match[1]) : undefined;
}

/**
 * The version data for the policies: pss-version, else kube-version (clamped to latest), else latest; per namespace,
 * the enforce-version label of the rendered v1 Namespace (unless labels are not trusted).
 */
export function versionData(settings: { pssVersion?: number; kubeVersion: string; trustNamespaceLabels?: boolean }, resources: Resource[]): VersionData {
  const kube = kubeMinor(settings.kubeVersion);
  const pss = settings.pssVersion ?? (kube === undefined ? LATEST_MINOR : Math.min(kube, LATEST_MINOR));
  const namespaces = settings.trustNamespaceLabels === false ? new Map<string, number>() : namespaceVersions(resources);
  return { pss_version: pss, pss_namespace_versions: Object.fromEntries(namespaces), ...(kube !== undefined && { kube_version: kube }) };
}

/**
 * Versions the rendered Namespaces' enforce-version labels name: an invalid value is latest, as admission reads it.
 * Two Namespaces of one name that disagree give the newer version (which one the cluster keeps depends on apply order).
 */
export function namespaceVersions(resources: Resource[]): Map<string, number> {
  const versions = new Map<string, number>();
  for (const resource of resources) {
    if (resource.kind !== 'Namespace' || resource.apiVersion !== 'v1') continue;
    const value = (resource.object.metadata as { labels?: Record<string, unknown> } | undefined)?.labels?.[ENFORCE_VERSION_LABEL];
    if (value === undefined) continue;
    const minor = (typeof value === 'string' ? labelMinor(value) : undefined) ?? LATEST_MINOR;
    versions.set(resource.name, Math.max(minor, versions.get(resource.name) ?? 0));
  }
  return versions;
}

/** Rules whose METADATA minKubeVersion is newer than the target Kubernetes version: not run, and said so. */
export function skippedRules(rules: RuleInfo[], kubeVersion: number | undefined): SkippedRule[] {
  if (kubeVersion === undefined) return [];
  return rules.flatMap((rule) => {
    const min = rule.minKubeVersion === undefined ? undefined : kubeMinor(rule.minKubeVersion);
    if (min === undefined || min <= kubeVersion) return [];
    return [{ rule: rule.id, reason: `needs Kubernetes ${rule.minKubeVersion} or newer and the target is 1.${kubeVersion}: ${rule.minKubeVersionReason ?? ''}`.replace(/: $/, '') }];
  });
}

/** The rule packages to run once the target version has dropped the rules it is too old for. */
export function runnableRules(run: string[], rules: RuleInfo[], skipped: SkippedRule[]): string[] {
  const dropped = new Set(skipped.map((entry) => rules.find((rule) => rule.id === entry.rule)?.package));
  return run.filter((name) => !dropped.has(name));
}

/**
 * The level and policy version that judge each namespace the objects land in (metadata.namespace, else default):
 * `levels` as decision.namespaceLevels gives them, `fallback` the profile's level.
 */
export function pssJudgements(resources: Iterable<Pick<Resource, 'kind' | 'namespace'>>, levels: ReadonlyMap<string, string>, fallback: string, data: VersionData): PssJudgement[] {
  const namespaces = new Set<string>();
  for (const resource of resources) if (resource.kind !== 'Namespace') namespaces.add(resource.namespace ?? 'default');
  return [...namespaces].sort().map((namespace) => ({
    namespace,
    level: levels.get(namespace) ?? fallback,
    version: `v1.${data.pss_namespace_versions[namespace] ?? data.pss_version}`,
  }));
}
