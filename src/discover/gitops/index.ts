// GitOps objects in what the repository renders → the targets their controllers would render, with their parameters.
import type { Target } from '../../model.js';
import { argoTargets } from './argo.js';
import { fluxTargets } from './flux.js';
import type { GitOpsContext, GitOpsResult } from './source.js';

export { repositoryUrls } from './repository.js';
export type { GitOpsContext, GitOpsResult } from './source.js';

/** Argo CD and Flux targets, each once (an Application rendered on its own and through its parent is one deployment). */
export function gitopsTargets(context: GitOpsContext): GitOpsResult {
  const argo = argoTargets(context);
  const flux = fluxTargets(context);
  const targets = unique([...argo.targets, ...flux.targets], targetKey);
  const findings = unique([...argo.findings, ...flux.findings], (finding) => JSON.stringify([finding.message, finding.location]));
  const notChecked = unique([...argo.notChecked, ...flux.notChecked], (entry) => entry.file);
  return { targets, findings, notChecked };
}

/** Two targets are the same deployment when they render the same way for the same deployer, wherever it was read. */
export function targetKey(target: Target): string {
  const { deployedBy, ...rest } = target;
  const deployer = deployedBy && { kind: deployedBy.kind, name: deployedBy.name, namespace: deployedBy.namespace };
  return JSON.stringify({ ...rest, deployer });
}

function unique<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const id = key(item);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
