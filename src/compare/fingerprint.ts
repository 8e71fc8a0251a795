// What makes two findings the same problem: from one run to the next (SARIF's partialFingerprints) and between the
// base commit and the pull request (new-findings-only). The rule, the object's identity as Kubernetes knows it
// (group, kind, namespace, name), the field path, the render variant, and who deploys it; never line numbers or
// messages. Computed in the outcome.
import { hash } from 'node:crypto';
import { posix } from 'node:path';
import type { Finding, Target } from '../model.js';

/**
 * What makes a finding the same problem, as plain data. An object is its name: a changed namePrefix, namespace or
 * release name makes new objects on the cluster (the old ones are deleted), so their findings are new too. And an
 * object is only the same when the same deployer deploys it: a Pod moved from an `examples/` nobody applies into
 * `deploy/` is a new deployment, whatever its name.
 */
export function findingIdentity(finding: Finding): unknown[] {
  const { resource } = finding;
  // apiVersion's group only: moving from v1beta1 to v1 is the same object.
  const group = resource?.apiVersion.includes('/') ? resource.apiVersion.split('/')[0] : '';
  // A finding about no object (a render error, a skipped link) is about its file.
  // A name Helm writes in part at random is the same object under its stable name (`web-test-*`) on every run.
  const subject = resource ? [group, resource.kind, resource.namespace ?? '', resource.stableName ?? resource.name] : [finding.location?.file ?? ''];
  return [finding.ruleId, subject, finding.fieldPath ?? [], finding.target.variant ?? '', deployerIdentity(finding.target)];
}

/**
 * Who deploys a target's objects, as stable as a real rename allows. A GitOps object (Argo CD Application, Flux
 * Kustomization or HelmRelease) is its kind, namespace and name, plus the directory its file is in: the controller
 * that applies it watches a directory, so moving it into another is a new deployment. Anything else is applied by
 * whatever applies its directory: a kustomization's or chart's own directory, a plain file's directory. So a file
 * renamed within its directory (or a plain directory that gains a kustomization.yaml) keeps its findings, and a
 * move to another directory, or a kustomization or chart directory renamed, makes them new: the gate cannot tell
 * which directories a pipeline applies, so a move is judged as the new deployment it may be (it fails closed).
 */
export function deployerIdentity(target: Target): string[] {
  const deployer = target.deployedBy;
  if (deployer) return [deployer.kind, deployer.namespace ?? '', deployer.name, posix.dirname(deployer.file)];
  return [target.kind === 'manifests' ? posix.dirname(target.path) : posix.normalize(target.path)];
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
