// The pipeline as a recipe: discover → render → parse → evaluate → decide. Shared by the action and the CLI.
import { readFileSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { applyExceptions } from './config/exceptions.js';
import { describeConfiguration } from './config/rules.js';
import { ConfigError } from './errors.js';
import { accountFiles } from './discover/accounting.js';
import { checkPaths } from './discover/select.js';
import { followDeployments } from './discover/gitops/follow.js';
import { repositoryUrls } from './discover/gitops/index.js';
import { checkValuesFiles, checkVariants, discoverTargets } from './discover/index.js';
import { discoveryFindings } from './discover/notices.js';
import { listFiles } from './discover/walk.js';
import { parseRendered } from './manifests/parse.js';
import { createLocator, type FileReader } from './manifests/source.js';
import type { Finding, Outcome, Resource, Target } from './model.js';
import { decideOutcome, withoutRepeats } from './outcome.js';
import { mergeData } from './policy/data.js';
import { configuredRules, loadPolicies, type Policies } from './policy/load.js';
import { decide, namespaceLevels, profileLevel, rulesToRun } from './policy/decision.js';
import { inventories, policyData } from './policy/inventory.js';
import { pssJudgements, runnableRules, skippedRules, versionData, type PssJudgement, type SkippedRule } from './policy/versions.js';
import { renderTarget, type RenderResult } from './render/index.js';
import { createSandbox } from './render/sandbox.js';
import { shardPart, shardScope, type ShardScope } from './shard/split.js';
import type { Settings } from './inputs.js';

export interface CheckOptions extends Settings {
  /** Directory holding policy.wasm and rules.json; defaults to the bundled one. */
  bundleDir?: string;
  /** Rule ids to report whatever the profile (optional rules included). */
  enable?: string[];
  /** Called as each target finishes rendering (progress for logs). */
  onRendered?: (result: RenderResult) => void;
  /** When exceptions expire; tests set it. */
  now?: Date;
}

export async function check(options: CheckOptions): Promise<Outcome> {
  const root = await confineRoot(options.root, options.workspace ?? options.root);
  // Policies and the config's rule settings first: a mistake there fails before anything renders.
  const policies = await loadPolicies({ ...options, root });
  const listing = await listFiles(root, options.paths);
  const { files } = listing;
  checkPaths(options.paths, listing);
  checkValuesFiles(options.valuesFiles, new Set(files));
  // Everything past discovery reads the sandbox: regular files from inside the checkout, nothing a link points out to.
  const sandbox = await createSandbox(root);
  try {
    const read = cachedReader(sandbox.root);
    const view = { files, read: (path: string) => read(path) ?? '' };
    const discovered = discoverTargets(view, options);
    checkVariants(options.config?.variants ?? [], discovered, new Set(files));
    const { resources, findings } = parseAll(await renderAll(discovered, { ...options, root: sandbox.root }));
    // Argo CD and Flux objects among them deploy more: render those as their controllers would.
    const deployments = await followDeployments(resources, { ...view, repositoryUrls: await repositoryUrls(root), allowNetwork: options.allowNetwork }, async (more) => {
      const parsed = parseAll(await renderAll(more, { ...options, root: sandbox.root }));
      append(resources, parsed.resources);
      append(findings, parsed.findings);
      return parsed.resources;
    });
    const targets = [...discovered, ...deployments.targets];
    append(findings, deployments.findings);
    append(findings, discoveryFindings(targets, listing.skippedLinks, options.paths, listing.skippedDirectories, { allowEmpty: options.allowEmpty }));
    // A shard (shard: i/n) has rendered everything, so cross-target facts are whole; it evaluates only its own targets.
    const scope = options.shard && shardScope(options.shard, targets, resources, options.profile);
    const common = scope ? [...findings] : [];
    const judged = await evaluate(resources, policies, options, read, scope);
    if (scope && scope.shard.index > 1) findings.length = 0;
    append(findings, judged.findings);
    const accepted = applyExceptions(withoutRepeats(findings), options.config?.exceptions ?? [], options.now ?? new Date());
    const configuration = describeConfiguration(options.config);
    const accounting = { ...view, paths: options.paths, targets, ...listing, notChecked: deployments.notChecked, configFile: options.config?.file };
    const outcome = decideOutcome(accepted, options.failOn, targets.length, resources.length);
    const judgement = { skippedRules: judged.skippedRules, podSecurity: judged.podSecurity };
    const part = scope && { shard: shardPart(scope, common, judged.findings, options.config?.exceptions ?? [], options.now ?? new Date()) };
    return { ...outcome, rules: configuredRules(policies), files: accountFiles(accounting), ...judgement, ...(configuration && { configuration }), ...part };
  } finally {
    await sandbox.dispose();
  }
}

/** The real path of the directory to check, which must lie inside the workspace once links are resolved. */
async function confineRoot(root: string, workspace: string): Promise<string> {
  const [realRoot, realWorkspace] = await Promise.all([realpath(root).catch(() => undefined), realpath(workspace)]);
  const shown = relative(workspace, root) || '.';
  if (realRoot === undefined) throw new ConfigError(`Invalid working-directory '${shown}'. Expected a directory that exists in the workspace.`);
  const inside = relative(realWorkspace, realRoot);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    throw new ConfigError(`Invalid working-directory '${shown}'. It leads to ${realRoot} through a symbolic link; expected a directory inside the workspace.`);
  }
  return realRoot;
}

/** Two renders at a time: kustomize and helm are single-threaded enough to share two cores well. */
function renderAll(targets: Target[], options: CheckOptions): Promise<RenderResult[]> {
  const context = { root: options.root, timeoutMs: options.renderTimeoutMs, allowNetwork: options.allowNetwork, maxRenderBytes: options.maxRenderBytes };
  return mapConcurrently(targets, 2, async (target) => {
    const result = await renderTarget(target, context);
    options.onRendered?.(result);
    return result;
  });
}

function parseAll(rendered: RenderResult[]): { resources: Resource[]; findings: Finding[] } {
  const resources: Resource[] = [];
  const findings: Finding[] = [];
  for (const result of rendered) {
    if ('failure' in result) {
      findings.push(result.failure);
      continue;
    }
    const parsed = parseRendered(result.target, result.documents);
    append(resources, parsed.resources);
    append(findings, parsed.findings);
  }
  return { resources, findings };
}

/** `into.push(...items)` passes every item as an argument: past about 120,000 (findings of a big run) the stack overflows. */
function append<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}

/** Target by target: each sees the inventory as its own deployment would (see inventories). */
async function evaluate(resources: Resource[], policies: Policies, options: CheckOptions, read: FileReader, scope?: ShardScope): Promise<Judged> {
  const selection = {
    profile: options.profile,
    enabled: policies.enabled,
    disabled: new Set(policies.choices.disabled),
    namespaces: namespaceLevels(resources),
    trustNamespaceLabels: options.trustNamespaceLabels,
  };
  const versions = versionData(options, resources);
  const skipped = skippedRules(configuredRules(policies), versions.kube_version);
  const run = runnableRules(rulesToRun(configuredRules(policies), selection.profile, selection.enabled), configuredRules(policies), skipped);
  const inventoryFor = inventories(resources);
  const evaluations = [...groupByTarget(resources)].flatMap(([target, all]) => {
    const group = scope ? all.filter(scope.evaluates) : all;
    if (group.length === 0) return [];
    const data = mergeData(policies.data, policyData(inventoryFor(target), run, versions));
    return policies.sources.flatMap((source) => source.evaluateAll(group, data));
  });
  const decided = decide(evaluations, configuredRules(policies), selection, createLocator(read));
  const findings = scope ? scope.keep(decided) : decided;
  const levels = options.trustNamespaceLabels === false ? new Map<string, string>() : selection.namespaces;
  return { findings, skippedRules: skipped, podSecurity: pssJudgements(resources, levels, profileLevel(options.profile), versions) };
}

/** What evaluation found, and how it judged: the rules the Kubernetes version skips, each namespace's Pod Security. */
interface Judged {
  findings: Finding[];
  skippedRules: SkippedRule[];
  podSecurity: PssJudgement[];
}

function groupByTarget(resources: Resource[]): Map<Target, Resource[]> {
  const groups = new Map<Target, Resource[]>();
  for (const resource of resources) {
    const group = groups.get(resource.target);
    if (group) group.push(resource);
    else groups.set(resource.target, [resource]);
  }
  return groups;
}

/** Reads repository files once each; undefined for a file that cannot be read. */
function cachedReader(root: string): FileReader {
  const cache = new Map<string, string | undefined>();
  return (path) => {
    if (!cache.has(path)) {
      try {
        cache.set(path, readFileSync(join(root, path), 'utf8'));
      } catch {
        cache.set(path, undefined);
      }
    }
    return cache.get(path);
  };
}

async function mapConcurrently<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  });
  await Promise.all(lanes);
  return results;
}
