// The pipeline as a recipe: discover → render → parse → evaluate → decide. Shared by the action and the CLI.
import { availableParallelism } from 'node:os';
import { realpath } from 'node:fs/promises';
import { isAbsolute, relative } from 'node:path';
import { applyExceptions } from './config/exceptions.js';
import { describeConfiguration } from './config/rules.js';
import { checkAll, ConfigError } from './errors.js';
import { accountFiles } from './discover/accounting.js';
import { checkPaths } from './discover/select.js';
import { deployedTargets, followDeployments } from './discover/gitops/follow.js';
import { repositoryUrls } from './discover/gitops/index.js';
import { checkoutRevisions } from './discover/gitops/revision.js';
import { checkValuesFiles, checkVariants, discoverTargets } from './discover/index.js';
import { discoveryFindings } from './discover/notices.js';
import { readSkaffold, type Skaffold } from './discover/skaffold.js';
import { listFiles } from './discover/walk.js';
import { cachedReader, createLocator, type FileReader } from './manifests/source.js';
import type { Outcome, Target } from './model.js';
import { decideOutcome, foldByPlace, withoutRepeats } from './outcome.js';
import { mergeData } from './policy/data.js';
import { configuredRules, loadPolicies, type Policies } from './policy/load.js';
import { decide, namespaceLevels, profileLevel, rulesToRun } from './policy/decision.js';
import { inventories, policyData } from './policy/inventory.js';
import { pssJudgements, runnableRules, skippedRules, versionData, type PssJudgement, type SkippedRule } from './policy/versions.js';
import { renderTarget, type RenderResult } from './render/index.js';
import { definitionApiVersions } from './render/apiversions.js';
import { crdsInFiles } from './discover/crds.js';
import { RenderedSet, streamObjects, type Streamed } from './stream.js';
import { createSandbox } from './render/sandbox.js';
import { shardPart, shardScope, type ShardScope } from './shard/split.js';
import { checkoutCommit } from './shard/commit.js';
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
  /** Evaluation threads (0: in process); by default one per core when the run has 2,000 documents or more. */
  threadCount?: number;
}

export async function check(options: CheckOptions): Promise<Outcome> {
  const root = await confineRoot(options.root, options.workspace ?? options.root);
  // Policies and the config's rule settings first: a mistake there fails before anything renders.
  const policies = await loadPolicies({ ...options, root });
  const listing = await listFiles(root, options.paths);
  const { files } = listing;
  checkAll(
    () => checkPaths(options.paths, listing),
    () => checkValuesFiles(options.valuesFiles, options.config?.variants ?? [], new Set(files)),
  );
  // Everything past discovery reads the sandbox: regular files from inside the checkout, nothing a link points out to.
  const sandbox = await createSandbox(root);
  try {
    // A file larger than max-render-bytes is not read: discovery makes it a target, whose render-error names it.
    const read = cachedReader(sandbox.root, options.maxRenderBytes);
    const view = { files, read: (path: string) => read(path) ?? '', readIfReadable: read };
    const discovered = discoverTargets(view, options);
    checkVariants(options.config?.variants ?? [], discovered);
    const set = new RenderedSet();
    const crdApiVersions = definitionApiVersions(crdsInFiles(files.map((path) => ({ path, text: view.read(path) }))));
    const renders = { ...options, root: sandbox.root, crdApiVersions };
    set.add(await renderAll(discovered, renders));
    // Argo CD and Flux objects among them deploy more: render those as their controllers would.
    // This repository's URLs and which of its branches this checkout is: a GitOps source of another ref is not the PR.
    const [urls, checkout] = await Promise.all([repositoryUrls(root), checkoutRevisions(root)]);
    const deployments = await followDeployments([...set.context], { ...view, repositoryUrls: urls, checkout, allowNetwork: options.allowNetwork }, async (more) =>
      set.add(await renderAll(more, renders)),
    );
    // What a controller object deploys is judged as deployed (in its namespace), not also alone as if applied to `default`.
    const deployedAlone = deployedTargets(discovered, deployments.targets);
    for (let index = set.results.length - 1; index >= 0; index--) if (deployedAlone.has(set.results[index]!.target)) set.results.splice(index, 1);
    const targets = [...discovered.filter((target) => !deployedAlone.has(target)), ...deployments.targets];
    const findings = set.results.flatMap((result) => ('failure' in result ? [result.failure] : []));
    append(findings, deployments.findings);
    append(findings, discoveryFindings(targets, listing.skippedLinks, options.paths, listing.skippedDirectories, { allowEmpty: options.allowEmpty }));
    const skaffold = readSkaffold(view, options.paths);
    append(findings, skaffold.findings);
    const judged = await evaluate(set, targets, policies, options, { read, root: sandbox.root, files, skaffold });
    const { scope } = judged;
    // A shard (shard: i/n) has parsed everything, so cross-target facts are whole; it evaluated only its own targets.
    const common = scope ? [...findings, ...judged.parseFindings] : [];
    if (scope && scope.shard.index > 1) findings.length = 0;
    else append(findings, judged.parseFindings);
    append(findings, judged.findings);
    const accepted = foldByPlace(applyExceptions(withoutRepeats(findings), options.config?.exceptions ?? [], options.now ?? new Date()));
    const configuration = describeConfiguration(options.config);
    // A file a deployment builds is checked, whichever target's render of it was judged.
    const accounting = { ...view, paths: options.paths, targets: [...discovered, ...deployments.targets], ...listing, notChecked: deployments.notChecked, configFile: options.config?.file };
    const outcome = decideOutcome(accepted, options.failOn, targets.length, judged.objects);
    const judgement = { skippedRules: judged.skippedRules, podSecurity: judged.podSecurity };
    const part = scope && { shard: shardPart(scope, common, judged.findings, options.config?.exceptions ?? [], options.now ?? new Date(), await checkoutCommit(root)) };
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

/**
 * A render per core (helm and kustomize are single-threaded, as the runner's cores allow); plain manifests are only
 * read from the disk, many at a time. Results in the order of `targets`.
 */
function renderAll(targets: Target[], options: CheckOptions & { crdApiVersions: string[] }): Promise<RenderResult[]> {
  const context = { root: options.root, timeoutMs: options.renderTimeoutMs, allowNetwork: options.allowNetwork, allowNetworkHosts: options.allowNetworkHosts, maxRenderBytes: options.maxRenderBytes, crdApiVersions: options.crdApiVersions };
  const render = async (target: Target) => {
    const result = await renderTarget(target, context);
    options.onRendered?.(result);
    return result;
  };
  const results: RenderResult[] = new Array(targets.length);
  const indexed = targets.map((target, index) => ({ target, index }));
  const run = (group: typeof indexed, limit: number) => mapConcurrently(group, limit, async ({ target, index }) => (results[index] = await render(target)));
  const plain = (target: Target) => target.kind === 'manifests' && !target.chart;
  return Promise.all([run(indexed.filter(({ target }) => plain(target)), PLAIN_READS), run(indexed.filter(({ target }) => !plain(target)), availableParallelism())]).then(() => results);
}

/** Plain manifest files read at once. */
const PLAIN_READS = 32;

/** `into.push(...items)` passes every item as an argument: past about 120,000 (findings of a big run) the stack overflows. */
function append<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}

/**
 * Target by target: each sees the inventory as its own deployment would (see inventories), from the context
 * objects parsed ahead; the other objects stream through evaluation a part at a time (stream.ts).
 */
async function evaluate(set: RenderedSet, targets: Target[], policies: Policies, options: CheckOptions, sandbox: { read: FileReader; root: string; files: string[]; skaffold: Skaffold }): Promise<Judged> {
  const context = set.context;
  const selection = {
    profile: options.profile,
    enabled: policies.enabled,
    disabled: new Set(policies.choices.disabled),
    namespaces: namespaceLevels(context),
    trustNamespaceLabels: options.trustNamespaceLabels,
  };
  const versions = versionData(options, context);
  const skipped = skippedRules(configuredRules(policies), versions.kube_version);
  const run = runnableRules(rulesToRun(configuredRules(policies), selection.profile, selection.enabled), configuredRules(policies), skipped);
  const inventoryFor = inventories(context, sandbox.skaffold.buildsFor);
  const scope = options.shard && shardScope(options.shard, targets, renderedSizes(set), selection.namespaces, options.profile);
  const streamed = await streamObjects(set, {
    sources: policies.sources,
    threads: policies.threads,
    // Read when deciding starts: a prebuilt bundle's rules are described as they first report.
    rules: () => configuredRules(policies),
    selection,
    locate: createLocator(sandbox.read),
    dataFor: (target) => mergeData(policies.data, policyData(inventoryFor(target), run, versions)),
    shard: scope,
    root: sandbox.root,
    files: sandbox.files,
    threadCount: options.threadCount,
  });
  const levels = options.trustNamespaceLabels === false ? new Map<string, string>() : selection.namespaces;
  return {
    ...streamed,
    findings: scope ? scope.keep(streamed.findings) : streamed.findings,
    scope,
    skippedRules: skipped,
    podSecurity: pssJudgements(streamed.namespaces, levels, profileLevel(options.profile), versions),
  };
}

/** What evaluation found, and how it judged: the rules the Kubernetes version skips, each namespace's Pod Security. */
interface Judged extends Streamed {
  scope?: ShardScope;
  skippedRules: SkippedRule[];
  podSecurity: PssJudgement[];
}

/** Bytes of YAML each target rendered, in render order: how shards weigh targets. */
function renderedSizes(set: RenderedSet): Map<Target, number> {
  const sizes = new Map<Target, number>();
  for (const result of set.results) {
    if ('documents' in result && result.documents.length > 0) sizes.set(result.target, result.documents.reduce((sum, document) => sum + document.text.length, 0));
  }
  return sizes;
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
