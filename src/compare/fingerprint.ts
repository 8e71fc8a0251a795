// What makes two findings the same problem: from one run to the next (SARIF's partialFingerprints) and between the
// base commit and the pull request (new-findings-only). The rule, the object's identity as Kubernetes knows it
// (group, kind, namespace, name), the field path and the render variant; never line numbers or messages, and never
// the target's path, so a renamed file, kustomization or chart directory keeps its findings. Computed in the outcome.
import { hash } from 'node:crypto';
import type { Finding } from '../model.js';

/**
 * What makes a finding the same problem, as plain data. An object is its name: a changed namePrefix, namespace or
 * release name makes new objects on the cluster (the old ones are deleted), so their findings are new too.
 */
export function findingIdentity(finding: Finding): unknown[] {
  const { resource } = finding;
  // apiVersion's group only: moving from v1beta1 to v1 is the same object.
  const group = resource?.apiVersion.includes('/') ? resource.apiVersion.split('/')[0] : '';
  // A finding about no object (a render error, a skipped link) is about its file.
  const subject = resource ? [group, resource.kind, resource.namespace ?? '', resource.name] : [finding.location?.file ?? ''];
  return [finding.ruleId, subject, finding.fieldPath ?? [], finding.target.variant ?? ''];
}

/** A hex SHA-256 of the identity; findings that share one are numbered (`:2`, `:3`) in the given order. */
export function fingerprints(findings: Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    // One-shot hash: a Hash object per finding costs more than the hashing (tens of thousands in a big run).
    const digest = hash('sha256', JSON.stringify(findingIdentity(finding)), 'hex');
    const count = (seen.get(digest) ?? 0) + 1;
    seen.set(digest, count);
    return count === 1 ? digest : `${digest}:${count}`;
  });
}
