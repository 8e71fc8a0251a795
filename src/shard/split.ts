// Shards: which targets one of n machines judges, and the part of its JSON report that merge-reports joins.
// Every shard renders and parses every target, so whatever is computed from the whole rendered set (NetworkPolicy
// coverage, Namespace Pod Security labels and versions, GitOps deployments, file accounting, discovery findings)
// is exactly the single job's; only evaluation, locating and reporting are split. What a single job decides over
// every finding (repeats of a base in its overlays, config exceptions, order, fingerprints) is left to the merge.
import packageJson from '../../package.json' with { type: 'json' };
import { IGNORE_UNKNOWN_RULE, IGNORE_WITHOUT_REASON } from '../config/annotations.js';
import type { ConfigException } from '../config/exceptions.js';
import { ConfigError } from '../errors.js';
import type { Finding, Resource, Target } from '../model.js';
import { NAMESPACE_RELAXED, profileLevel, type ProfileChoice, type PssLevel } from '../policy/decision.js';

/** One of `count` shards, 1-based. */
export interface Shard {
  index: number;
  count: number;
}

/** Marks a report as a shard's; a different format or version cannot be merged. */
export const SHARD_FORMAT = 'kube-policy-gate/shard-1';

/** What a shard's JSON report carries for the merge, beside its own outcome. */
export interface ShardPart {
  format: typeof SHARD_FORMAT;
  /** kube-policy-gate's version that wrote it. */
  version: string;
  index: number;
  count: number;
  /** The commit the shard judged (HEAD of its checkout), when it is a git checkout: shards of one run agree on it. */
  commit?: string;
  /** Every target of the run (all shards), in the single job's order: shards of one run agree on it. */
  targets: string[];
  /** Shard 1 only: the findings of rendering, parsing, GitOps and discovery, before repeats and exceptions. */
  common: Finding[];
  /** Evaluation findings of this shard's targets, with where a single job would have them: [part, target group]. */
  evaluated: { finding: Finding; order: [number, number] }[];
  /** The config's exceptions and the time they were judged at: the merge applies them to every finding at once. */
  exceptions: ConfigException[];
  now: string;
}

const SHARD = /^\s*(\d+)\s*\/\s*(\d+)\s*$/;

/** The most shards a run splits into. */
export const MAX_SHARDS = 256;

/** `i/n` → the shard; blank → none. */
export function parseShard(name: string, value: string): Shard | undefined {
  if (value.trim() === '') return undefined;
  const match = SHARD.exec(value);
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(index >= 1 && index <= count && count <= MAX_SHARDS)) {
    throw new ConfigError(`Invalid shard '${value}'. Expected i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS}, e.g. 2/4.`);
  }
  return { index, count };
}

/** A target as every machine names it: kind, path, variant, and the object that deploys it. */
export function targetKey(target: Target): string {
  const { kind, path, variant, deployedBy, chart } = target;
  return JSON.stringify([kind, path, variant ?? '', deployedBy ? `${deployedBy.file}:${deployedBy.line}` : '', chart ? `${chart.repository}/${chart.name}` : '']);
}

/**
 * Bins for weighted items: heaviest first (ties by key), each into the lightest bin so far (ties: the lowest).
 * Only keys and weights decide, so every machine computes the same bins.
 */
export function assignBins(items: { key: string; weight: number }[], count: number): number[] {
  const order = items.map((_, index) => index).sort((a, b) => items[b]!.weight - items[a]!.weight || compare(items[a]!.key, items[b]!.key) || a - b);
  const loads = new Array<number>(count).fill(0);
  const bins = new Array<number>(items.length);
  for (const index of order) {
    const bin = loads.indexOf(Math.min(...loads));
    bins[index] = bin;
    loads[bin]! += items[index]!.weight;
  }
  return bins;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What one shard evaluates and keeps, decided from the whole rendered set. */
export interface ShardScope {
  shard: Shard;
  keys: string[];
  /** Whether the policies see this object: the shard's own, and any in a namespace whose label relaxes Pod Security. */
  evaluates(resource: Resource): boolean;
  /** Whether the target is this shard's. */
  owns(target: Target): boolean;
  /** Namespaces whose label relaxes Pod Security: their objects are evaluated on every shard. */
  relaxed: ReadonlySet<string>;
  /** The findings of the shard's own targets. */
  keep(findings: Finding[]): Finding[];
  /** A target's place among the rendered target groups (identical on every shard). */
  group(target: Target): number;
}

/**
 * Targets weigh what they render (bytes of YAML), a fair measure of evaluating and locating them. Objects of other
 * shards in a relaxed namespace are evaluated too: the Namespace's finding counts what its label hides everywhere.
 * `rendered` lists the targets that rendered documents, in the order they are evaluated, with their size;
 * `levels` is every rendered Namespace's Pod Security level (decision.namespaceLevels).
 */
export function shardScope(shard: Shard, targets: Target[], rendered: Map<Target, number>, levels: ReadonlyMap<string, PssLevel>, profile: ProfileChoice): ShardScope {
  const keys = targets.map(targetKey);
  const bins = assignBins(keys.map((key, index) => ({ key, weight: 1 + (rendered.get(targets[index]!) ?? 0) })), shard.count);
  const own = new Set(targets.filter((_, index) => bins[index] === shard.index - 1));
  const groups = new Map([...rendered.keys()].map((target, index) => [target, index]));
  const rank = { privileged: 0, baseline: 1, restricted: 2 } as const;
  const floor = rank[profileLevel(profile)];
  const relaxed = new Set([...levels].filter(([, level]) => rank[level] < floor).map(([name]) => name));
  return {
    shard,
    keys,
    evaluates: (resource) => own.has(resource.target) || relaxed.has(resource.namespace ?? 'default'),
    owns: (target) => own.has(target),
    relaxed,
    keep: (findings) => findings.filter((finding) => own.has(finding.target)),
    group: (target) => groups.get(target) ?? -1,
  };
}

/** decide() lists violations first, then the relaxed namespaces, then the ignore annotations' warnings. */
function partOf(finding: Finding): number {
  if (finding.ruleId === NAMESPACE_RELAXED) return 1;
  return finding.ruleId === IGNORE_WITHOUT_REASON || finding.ruleId === IGNORE_UNKNOWN_RULE ? 2 : 0;
}

/**
 * The report's shard part: `common` is everything found before evaluation (shard 1 carries it), `evaluated` this
 * shard's; `commit` the checkout's HEAD (checkoutCommit), which the merge requires to be the same in every report.
 */
export function shardPart(scope: ShardScope, common: Finding[], evaluated: Finding[], exceptions: ConfigException[], now: Date, commit?: string): ShardPart {
  return {
    format: SHARD_FORMAT,
    version: packageJson.version,
    index: scope.shard.index,
    count: scope.shard.count,
    ...(commit && { commit }),
    targets: scope.keys,
    common: scope.shard.index === 1 ? common : [],
    evaluated: evaluated.map((finding) => ({ finding, order: [partOf(finding), scope.group(finding.target)] })),
    exceptions,
    now: now.toISOString(),
  };
}
