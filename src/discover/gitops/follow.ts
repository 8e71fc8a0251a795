// Follows GitOps objects round by round: an app-of-apps chart renders Applications, whose sources render more.
// The follow is bounded: a deployment that deploys its own ancestor again (an ApplicationSet chart deploying itself
// with new values, 1 → 40 → 1,600 renders) is a cycle, reported once, and there is a depth and a total budget.
import type { Deployer, Finding, Resource, Target } from '../../model.js';
import { isWithin } from '../helm.js';
import { gitopsTargets, targetKey } from './index.js';
import { deployingTarget, describeDeployer, notCheckedDeployment, type GitOpsContext } from './source.js';

/** How deep deployments may nest (app-of-apps nests a level or two). */
export const MAX_DEPTH = 5;
/** Deployments followed in one run at most (each is a render). */
export const MAX_FOLLOWED = 1000;

export interface Deployments {
  targets: Target[];
  findings: Finding[];
  notChecked: { file: string; reason: string }[];
}

export interface FollowLimits {
  depth: number;
  total: number;
}

/**
 * `renderAndParse` renders new targets and returns their objects (and its own findings go where the caller keeps
 * them); injected, so discovery stays free of renderers.
 */
export async function followDeployments(
  resources: Resource[],
  context: Omit<GitOpsContext, 'resources'>,
  renderAndParse: (targets: Target[]) => Promise<Resource[]>,
  limits: FollowLimits = { depth: MAX_DEPTH, total: MAX_FOLLOWED },
): Promise<Deployments> {
  const result: Deployments = { targets: [], findings: [], notChecked: [] };
  const seen = new Set<string>();
  const findingKeys = new Set<string>();
  const report = (finding: Finding) => {
    const key = JSON.stringify([finding.message, finding.location]);
    if (!findingKeys.has(key)) result.findings.push(finding);
    findingKeys.add(key);
  };
  /** The followed targets above each followed one, nearest last; discovered targets have none. */
  const ancestry = new Map<Target, Target[]>();
  let all = resources;
  for (let depth = 0; ; depth++) {
    const found = gitopsTargets({ ...context, resources: all });
    for (const finding of found.findings) report(finding);
    result.notChecked.push(...found.notChecked.filter((entry) => !result.notChecked.some((known) => known.file === entry.file)));
    const fresh = found.targets.filter((target) => !seen.has(targetKey(target)));
    if (!fresh.length) break;
    for (const target of fresh) seen.add(targetKey(target));
    if (depth >= limits.depth) {
      for (const target of fresh) report(notCheckedDeployment(target.deployedBy!, `deploys ${target.path} more than ${limits.depth} deployments deep (deployments within deployments): not followed, so it is not checked`, 'error'));
      break;
    }
    const followed: Target[] = [];
    const cycles = new Map<string, { target: Target; count: number; chain: Target[] }>();
    for (const target of fresh) {
      const parent = deployingTarget(target);
      const chain = parent && ancestry.has(parent) ? [...ancestry.get(parent)!, parent] : [];
      if (chain.some((ancestor) => ancestor.kind === target.kind && ancestor.path === target.path)) {
        const key = JSON.stringify([target.deployedBy!.file, target.deployedBy!.line, target.kind, target.path]);
        const cycle = cycles.get(key);
        if (cycle) cycle.count++;
        else cycles.set(key, { target, count: 1, chain });
        continue;
      }
      if (result.targets.length + followed.length >= limits.total) {
        report(notCheckedDeployment(target.deployedBy!, `deploys ${target.path} beyond the budget of ${limits.total} followed deployments: not followed, so it is not checked`, 'error'));
        continue;
      }
      ancestry.set(target, chain);
      followed.push(target);
    }
    for (const { target, count, chain } of cycles.values()) report(cycleFinding(target, count, chain));
    result.targets.push(...followed);
    if (!followed.length) break;
    all = [...all, ...(await renderAndParse(followed))];
  }
  return { ...result, findings: oncePerObject(result.findings, result.targets) };
}

/**
 * One finding per deploying object as it is written: a HelmRelease read from its file alone (or built with its
 * kustomization alone) and again as a Flux Kustomization of this repository deploys it, with the namespace it sets,
 * is one object, and what the deployment makes of it is what the cluster gets. The alone reading's findings go
 * when the deployment read the same object (its file, `kind:` line, kind and name), into a target or a finding.
 */
function oncePerObject(findings: Finding[], targets: Target[]): Finding[] {
  const written = (deployer: Deployer) => JSON.stringify([deployer.file, deployer.line, deployer.kind, deployer.name]);
  const throughDeployment = (target: Target) => deployingTarget(target)?.deployedBy !== undefined;
  const deployed = new Set([...targets, ...findings.map((finding) => finding.target)].filter(throughDeployment).map((target) => written(target.deployedBy!)));
  return findings.filter((finding) => !finding.target.deployedBy || throughDeployment(finding.target) || !deployed.has(written(finding.target.deployedBy)));
}

/** A deployment of something its own ancestor renders: the chain named, every such deployment of it counted once. */
function cycleFinding(target: Target, count: number, chain: Target[]): Finding {
  const start = chain.findIndex((ancestor) => ancestor.kind === target.kind && ancestor.path === target.path);
  const steps = chain.slice(start).map((ancestor) => `${ancestor.path}${ancestor.deployedBy ? ` (by ${describeDeployer(ancestor.deployedBy)})` : ''}`);
  const times = count > 1 ? ` (${count} such deployments)` : '';
  return notCheckedDeployment(
    target.deployedBy!,
    `deploys ${target.path} again, which deploys it in turn: a cycle ${[...steps, target.path].join(' → ')}${times}; not followed further, so those deployments are not checked`,
    'error',
  );
}

/**
 * The discovered targets that a controller object of this repository deploys, so they are judged as deployed (once
 * per deployer, in the namespace it applies) and not also alone, as if applied to `default`: a directory, chart or
 * kustomization a deployment renders at the same path, what a kustomization Flux generates builds (the manifests and
 * kustomizations below its directory), and a kustomization every target building it is one of those (a base of
 * deployed overlays). A render variant (a `ci/` values file, a config `variants` entry) is a render
 * someone asked for, and stays; so does everything no deployment reaches.
 */
export function deployedTargets(discovered: Target[], deployed: Target[]): Set<Target> {
  const key = (target: Target) => JSON.stringify([target.kind, target.path]);
  const fromRepository = deployed.filter((target) => target.deployedBy && !target.chart);
  const paths = new Set(fromRepository.map(key));
  // Flux generates a kustomization for a directory without one: it builds every manifest and kustomization below it.
  const generated = fromRepository.filter((target) => target.kustomize?.edits?.generate).map((target) => target.path);
  const below = (target: Target) => target.kind !== 'helm' && generated.some((directory) => isWithin(target.path, directory));
  const alone = new Set(discovered.filter((target) => !target.deployedBy && !target.chart && target.variant === undefined && (paths.has(key(target)) || below(target))));
  const gone = new Set([...alone].filter((target) => target.kind === 'kustomize').map((target) => target.path));
  for (const target of discovered) {
    const includers = target.includedBy ?? [];
    if (target.kind === 'kustomize' && target.variant === undefined && includers.length && includers.every((path) => gone.has(path))) alone.add(target);
  }
  return alone;
}
