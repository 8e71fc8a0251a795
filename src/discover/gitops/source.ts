// What a GitOps source path in this repository renders as, the way Argo CD and Flux decide it.
import { basename, normalize } from 'node:path/posix';
import type { Deployer, Finding, Resource, Severity, Target } from '../../model.js';
import { CHART_FILE, isWithin } from '../helm.js';
import { KUSTOMIZATION_FILES } from '../kustomize.js';
import { isManifestFile } from '../manifest.js';
import { locateInYaml } from '../../manifests/locate.js';
import type { Checkout } from './revision.js';

export interface GitOpsContext {
  /** Repository-relative files (the listing discovery walked). */
  files: string[];
  read(path: string): string;
  /** Normalized URLs of this repository (see repository.ts). */
  repositoryUrls: string[];
  /** Which branches and tags this checkout is (revision.ts); unknown, every branch counts as this checkout. */
  checkout?: Checkout;
  allowNetwork: boolean;
  /** Every rendered object, for references between them (Flux sources, valuesFrom ConfigMaps). */
  resources: Resource[];
}

export interface GitOpsResult {
  targets: Target[];
  /** Deployments that could not be followed, at the deploying object's line. */
  findings: Finding[];
  /** Files a deployment names that nothing renders (a plugin's directory), with why. */
  notChecked: { file: string; reason: string }[];
}

export type SourceKind = 'helm' | 'kustomize' | 'directory' | 'missing';

/** `./apps/prod/` → `apps/prod`; undefined for a path that leaves the repository. */
export function repositoryPath(path: unknown): string | undefined {
  if (typeof path !== 'string') return undefined;
  const clean = normalize(path.trim() || '.').replace(/^\/+/, '').replace(/(.)\/+$/, '$1');
  if (clean === '..' || clean.startsWith('../')) return undefined;
  return clean === '' ? '.' : clean;
}

/** Chart.yaml makes a Helm source, a kustomization a Kustomize source, anything else a directory of manifests. */
export function sourceKind(path: string, files: string[]): SourceKind {
  const within = (name: string) => files.includes(path === '.' ? name : `${path}/${name}`);
  if (within(CHART_FILE)) return 'helm';
  if (KUSTOMIZATION_FILES.some(within)) return 'kustomize';
  return files.some((file) => isWithin(file, path) && file !== path) ? 'directory' : 'missing';
}

/** A directory source: each Kubernetes manifest in it (below it too with `recurse`), as Argo CD and Flux apply them. */
export function directoryTargets(path: string, recurse: boolean, context: GitOpsContext, deployedBy: Deployer): Target[] {
  return context.files
    .filter((file) => isWithin(file, path) && (recurse || !file.slice(path === '.' ? 0 : path.length + 1).includes('/')))
    .filter((file) => isManifestFile(file, context.read(file)))
    .map((file): Target => ({ kind: 'manifests', path: file, deployedBy }));
}

/** The target whose render holds each deploying object: how the follow knows a deployment's ancestors. */
const renderedBy = new WeakMap<Deployer, Target>();

/** Where a GitOps object is written: its source file and (for a plain file) its line. */
export function deployerOf(resource: Resource, context: Pick<GitOpsContext, 'read'>): Deployer {
  const { document } = resource;
  const deployer: Deployer = {
    kind: resource.kind,
    name: resource.name,
    ...(resource.namespace && { namespace: resource.namespace }),
    file: document.sourceFile,
    line: document.textIsSource ? kindLine(resource) : lineOf(context.read(document.sourceFile), resource.kind, resource.name),
  };
  renderedBy.set(deployer, resource.target);
  return deployer;
}

/** A deployer made from another (an ApplicationSet's Application), rendered by the same target. */
export function derivedDeployer(from: Deployer, changes: Partial<Deployer>): Deployer {
  const deployer = { ...from, ...changes };
  const target = renderedBy.get(from);
  if (target) renderedBy.set(deployer, target);
  return deployer;
}

/** The target whose render holds the object that deploys `target`; undefined for one no render made. */
export function deployingTarget(target: Target): Target | undefined {
  return target.deployedBy && renderedBy.get(target.deployedBy);
}

/**
 * The `kind:` line of an object read from its own file: where a reviewer looks for it, not the `---` or comment its
 * document starts with. The document's first line when the text does not say (JSON on one line says the same).
 */
function kindLine(resource: Resource): number {
  const { document } = resource;
  const position = locateInYaml(document.text, [...(resource.documentPath ?? []), 'kind']);
  return position && position.depth === (resource.documentPath?.length ?? 0) + 1 ? document.firstLine + position.line - 1 : document.firstLine;
}

/** The `kind:` line of the document in a source file that names this kind and name (a kustomize origin); else 1. */
function lineOf(text: string, kind: string, name: string): number {
  let start = 0;
  for (const chunk of text.split(/^(?=---)/m)) {
    const kindAt = new RegExp(`^kind:\\s*${kind}\\s*$`, 'm').exec(chunk);
    if (kindAt && new RegExp(`^\\s+name:\\s*["']?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*$`, 'm').test(chunk)) {
      return start + chunk.slice(0, kindAt.index).split('\n').length;
    }
    start += chunk.split('\n').length - 1;
  }
  return 1;
}

export function describeDeployer(deployer: Deployer): string {
  return `${deployer.kind} ${deployer.namespace ? `${deployer.namespace}/` : ''}${deployer.name}`;
}

export function notCheckedDeployment(deployer: Deployer, message: string, severity: Severity = 'warning'): Finding {
  return {
    ruleId: 'not-checked',
    severity,
    title: `Not checked: what ${deployer.kind} ${deployer.name} deploys`,
    message: `${describeDeployer(deployer)} ${message}`,
    target: { kind: 'manifests', path: deployer.file, deployedBy: deployer },
    location: { file: deployer.file, line: deployer.line },
  };
}

/**
 * Why a chart the controller pulls was not rendered, and the ways out: what it deploys was never judged, so the
 * finding is an error (a run must not pass on it quietly) until the chart is rendered or someone accepts it.
 * `fetchable`: allow-network would render it (a Helm repository or an OCI registry; a chart in another Git
 * repository is not fetched).
 */
export function remoteChartNotRendered(deployer: Deployer, fetchable = true): string {
  const network = fetchable ? 'set allow-network to true to render it, ' : '';
  return `remote chart: not rendered, so nothing it deploys was judged; ${network}vendor the chart into this repository and deploy it from there, or accept it with a config exception for rule not-checked in file ${deployer.file}`;
}

export function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function stringMap(value: unknown): Record<string, string> | undefined {
  const entries = Object.entries(record(value)).filter(([, item]) => ['string', 'number', 'boolean'].includes(typeof item));
  return entries.length ? Object.fromEntries(entries.map(([key, item]) => [key, String(item)])) : undefined;
}

export function fileName(path: string): string {
  return basename(path);
}
