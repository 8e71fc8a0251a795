// Stable identities of findings: the same problem keeps its fingerprint when lines move, files are reformatted or
// other findings come and go. Built from the rule, the object's identity, the field path and the target (with its
// variant); never from line numbers or messages.
import { createHash } from 'node:crypto';
import type { Finding } from '../model.js';

/** What makes a finding the same problem from one run to the next, as plain data. */
export function findingIdentity(finding: Finding): unknown[] {
  const { target, resource } = finding;
  const variant = [target.variant ?? '', target.helm?.releaseName ?? '', target.helm?.namespace ?? '', ...(target.helm?.valuesFiles ?? [])];
  const where = [target.kind, target.path, ...variant];
  // apiVersion's group only: moving from v1beta1 to v1 is the same object.
  const group = resource?.apiVersion.includes('/') ? resource.apiVersion.split('/')[0] : '';
  // A finding about no object (a render error, a skipped link) is about its file.
  const subject = resource ? [group, resource.kind, resource.namespace ?? '', resource.name] : [finding.location?.file ?? ''];
  return [finding.ruleId, subject, finding.fieldPath ?? [], where];
}

/** A hex SHA-256 of the identity; findings that share one are numbered (`:2`, `:3`) in the outcome's order. */
export function fingerprints(findings: Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const hash = createHash('sha256').update(JSON.stringify(findingIdentity(finding))).digest('hex');
    const count = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, count);
    return count === 1 ? hash : `${hash}:${count}`;
  });
}
