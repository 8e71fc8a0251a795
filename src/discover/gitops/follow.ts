// Follows GitOps objects round by round: an app-of-apps chart renders Applications, whose sources render more.
import type { Finding, Resource, Target } from '../../model.js';
import { gitopsTargets, targetKey } from './index.js';
import type { GitOpsContext } from './source.js';

/** App-of-apps nests a level or two; a cycle (an Application deploying its own directory) stops here. */
const MAX_ROUNDS = 5;

export interface Deployments {
  targets: Target[];
  findings: Finding[];
  notChecked: { file: string; reason: string }[];
}

/**
 * `renderAndParse` renders new targets and returns their objects (and its own findings go where the caller keeps
 * them); injected, so discovery stays free of renderers.
 */
export async function followDeployments(
  resources: Resource[],
  context: Omit<GitOpsContext, 'resources'>,
  renderAndParse: (targets: Target[]) => Promise<Resource[]>,
): Promise<Deployments> {
  const result: Deployments = { targets: [], findings: [], notChecked: [] };
  const seen = new Set<string>();
  const findingKeys = new Set<string>();
  let all = resources;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const found = gitopsTargets({ ...context, resources: all });
    for (const finding of found.findings) {
      const key = JSON.stringify([finding.message, finding.location]);
      if (!findingKeys.has(key)) result.findings.push(finding);
      findingKeys.add(key);
    }
    result.notChecked.push(...found.notChecked.filter((entry) => !result.notChecked.some((known) => known.file === entry.file)));
    const fresh = found.targets.filter((target) => !seen.has(targetKey(target)));
    if (!fresh.length) break;
    for (const target of fresh) seen.add(targetKey(target));
    result.targets.push(...fresh);
    all = [...all, ...(await renderAndParse(fresh))];
  }
  return result;
}
