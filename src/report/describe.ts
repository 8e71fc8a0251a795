// Short descriptions of findings shared by every reporter.
import { deploymentNamespace } from '../discover/gitops/namespace.js';
import type { Finding, Outcome, ResourceRef, Target } from '../model.js';

export function describeResource(resource: ResourceRef | undefined): string {
  if (!resource) return '';
  if (!resource.name) return resource.kind;
  return `${resource.kind}/${resource.namespace ? `${resource.namespace}/` : ''}${resource.name}`;
}

/**
 * The object a finding is about and the others folded into it, the same problem at the same place (src/outcome.ts):
 * `Deployment/dev/web and 2 more (StatefulSet/dev/db, CronJob/dev/report)`.
 */
export function describeObjects(finding: Finding, shown = 5): string {
  const first = describeResource(finding.resource);
  const others = [...new Set((finding.alsoFor ?? []).map((folded) => describeResource(folded.resource)))].filter((other) => other && other !== first);
  if (!others.length) return first;
  return `${first} and ${others.length} more (${others.slice(0, shown).join(', ')}${others.length > shown ? ', …' : ''})`;
}

/** `helm charts/web (prod) with values-prod.yaml, deployed by Application argocd/web into web`. */
export function describeTarget(target: Target): string {
  const variant = target.variant ? ` (${target.variant})` : '';
  const values = target.helm?.valuesFiles.length ? ` with ${target.helm.valuesFiles.join(', ')}` : '';
  const into = deploymentNamespace(target);
  const deployer = target.deployedBy ? `, deployed by ${target.deployedBy.kind} ${target.deployedBy.namespace ? `${target.deployedBy.namespace}/` : ''}${target.deployedBy.name}${into ? ` into ${into}` : ''}` : '';
  return `${target.kind} ${target.path}${variant}${values}${deployer}`;
}

/** ` (in variants prod, staging)` when a finding was merged across the variants that share it. */
export function describeVariants(finding: Finding): string {
  return finding.variants && finding.variants.length > 1 ? ` (in variants ${finding.variants.join(', ')})` : '';
}

export function describeLocation(finding: Finding): string {
  const location = finding.location;
  if (!location) return '';
  return `${location.file}:${location.line}${location.column ? `:${location.column}` : ''}`;
}

/** `Compared with base 1a2b3c4d5e6f: 1 new, 50 already in the base (not counted), 2 fixed.` */
export function describeComparison(outcome: Outcome): string {
  const comparison = outcome.comparison;
  if (!comparison) return '';
  if (!comparison.base) return `Not compared with the base: ${comparison.introduced} counted.`;
  return `Compared with base ${comparison.base.slice(0, 12)}: ${comparison.introduced} new, ${comparison.existing} already in the base (not counted), ${comparison.fixed} fixed.`;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function describeCounts(outcome: Outcome): string {
  const { error, warning, notice } = outcome.counts;
  const accepted = outcome.findings.filter((finding) => finding.suppressed).length;
  const existing = outcome.comparison?.existing ?? 0;
  const counts = [plural(error, 'error'), plural(warning, 'warning'), plural(notice, 'notice'), ...(existing ? [`${existing} already in the base`] : []), ...(accepted ? [`${accepted} accepted by exceptions`] : [])];
  return `${counts.join(', ')} in ${plural(outcome.resources, 'object')} from ${plural(outcome.targets, 'target')}`;
}
