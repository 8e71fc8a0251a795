// Objects a part at a time: parse a few hundred documents, evaluate them (on threads for a big run), make their
// findings, drop them. Only the context objects (manifests/context.ts) are parsed ahead and kept, so memory follows
// the findings, not the objects: a run of 100,000 objects holds a few hundred at once.
import { cachedReader } from './manifests/source.js';
import { createSecretTracer, type SecretTracer } from './secrets/trace.js';
import { availableParallelism } from 'node:os';
import { isContextObject, mayHoldContext } from './manifests/context.js';
import { parseRendered, type ParsedDocuments } from './manifests/parse.js';
import type { Locator } from './manifests/source.js';
import type { Finding, RenderedDocument, Resource, Target } from './model.js';
import { createDecider, type Decider, type Selection } from './policy/decision.js';
import type { Evaluation } from './policy/evaluate.js';
import type { RuleInfo } from './policy/bundle.js';
import type { PolicySource } from './policy/sources/types.js';
import type { EvaluationThreads } from './policy/threads.js';
import type { RenderResult } from './render/index.js';
import type { ShardScope } from './shard/split.js';
import { streamOnThreads } from './stream-threads.js';

/** Documents per part: enough to keep every thread busy, few enough to hold. */
const PART_DOCUMENTS = 256;
/** Parts evaluated while the next is parsed. */
const PARTS_IN_FLIGHT = 3;
/** Below this many documents threads cost more (start-up, a module instance each) than they save. */
const THREADS_FROM_DOCUMENTS = 2000;

/** Rendered documents, and the context objects among them parsed ahead (with their parse findings). */
export class RenderedSet {
  readonly results: RenderResult[] = [];
  readonly context: Resource[] = [];
  readonly #parsed = new Map<RenderedDocument, ParsedDocuments>();
  #withValues = false;

  /** Adds render results; returns the context objects found in them (and in earlier ones, once valuesFrom matters). */
  add(results: RenderResult[]): Resource[] {
    this.results.push(...results);
    const found = this.#scan(results);
    // A Flux HelmRelease reads ConfigMaps and Secrets (valuesFrom): from now on they are context too, wherever they are.
    // A Flux HelmRelease reads ConfigMaps and Secrets (valuesFrom), a Kustomization too (postBuild.substituteFrom).
    if (!this.#withValues && this.context.some(readsValueObjects)) {
      this.#withValues = true;
      found.push(...this.#scan(this.results, true));
    }
    return found;
  }

  /** The document's parse, from the scan when it was parsed then (once: the entry is dropped). */
  parse(target: Target, document: RenderedDocument): ParsedDocuments {
    const parsed = this.#parsed.get(document);
    if (!parsed) return parseRendered(target, [document]);
    this.#parsed.delete(document);
    return parsed;
  }

  /** Whether a parsed object is context that the scan missed (a bug: its judgement would be wrong). */
  missed(resource: Resource, document: RenderedDocument): boolean {
    return isContextObject(resource.kind, resource.apiVersion, this.#withValues) && !this.#scanned.has(document);
  }

  /** Whether ConfigMaps and Secrets are context (a Flux HelmRelease was found). */
  get withValues(): boolean {
    return this.#withValues;
  }

  scanned(document: RenderedDocument): boolean {
    return this.#scanned.has(document);
  }

  /** Forgets the scan's parses: threads parse every document themselves. */
  dropParses(): void {
    this.#parsed.clear();
  }

  readonly #scanned = new WeakSet<RenderedDocument>();

  #scan(results: RenderResult[], rescan = false): Resource[] {
    const found: Resource[] = [];
    for (const result of results) {
      if ('failure' in result) continue;
      for (const document of result.documents) {
        if (this.#scanned.has(document)) {
          // Parsed for other words before ConfigMaps and Secrets counted: they may be among its objects.
          const values = rescan ? (this.#parsed.get(document)?.resources ?? []).filter((resource) => isContextObject(resource.kind, resource.apiVersion, true) && !isContextObject(resource.kind, resource.apiVersion, false)) : [];
          this.context.push(...values);
          found.push(...values);
          continue;
        }
        if (!mayHoldContext(document, this.#withValues)) continue;
        this.#scanned.add(document);
        const parsed = parseRendered(result.target, [document]);
        this.#parsed.set(document, parsed);
        const context = parsed.resources.filter((resource) => isContextObject(resource.kind, resource.apiVersion, this.#withValues));
        this.context.push(...context);
        found.push(...context);
      }
    }
    return found;
  }
}

export interface StreamOptions {
  sources: PolicySource[];
  threads: EvaluationThreads;
  rules: () => RuleInfo[];
  selection: Selection;
  locate: Locator;
  /** The repository's sandbox: evaluation threads read the files findings point into from there. */
  root: string;
  /** The repository's files (discovery's listing): where a plain secret's value is looked for. */
  files: string[];
  /** The `data` a target's objects are evaluated with. */
  dataFor: (target: Target) => Record<string, unknown>;
  /** Evaluation threads (0: in process); by default one per core for a run of THREADS_FROM_DOCUMENTS documents or more. */
  threadCount?: number;
  /** A shard evaluates its own targets' objects and those in relaxed namespaces; default: every object. */
  shard?: Pick<ShardScope, 'owns' | 'relaxed'>;
}

export interface Streamed {
  /** Documents that could not be parsed, lists that could not be read… (found whatever the shard). */
  parseFindings: Finding[];
  /** What the policies found, decided (decision.ts). */
  findings: Finding[];
  /** Every object, evaluated or not. */
  objects: number;
  /** Where the objects land, for the Pod Security summary: one entry per namespace and kind class. */
  namespaces: { kind: string; namespace?: string }[];
}

/** Parses, evaluates and decides every rendered document, a part at a time, in order. Takes `set`'s documents. */
export async function streamObjects(set: RenderedSet, options: StreamOptions): Promise<Streamed> {
  const documents = set.results.reduce((sum, result) => sum + ('documents' in result ? result.documents.length : 0), 0);
  const threads = options.threadCount ?? (documents >= THREADS_FROM_DOCUMENTS ? availableParallelism() : 0);
  const decider = createDecider(options.rules(), options.selection, options.locate, secretTracer(options.root, options.files));
  const tally = new Tally();
  // Our own rules only (the usual case): each thread parses, evaluates and decides whole parts.
  const threadable = options.sources.map((source) => source.threadable).filter((wasm) => wasm !== undefined);
  if (threads > 1 && threadable.length === options.sources.length) {
    await streamOnThreads(set, options, threads, threadable, decider, tally);
  } else {
    options.threads.use(threads);
    try {
      await streamInProcess(set, options, decider, tally);
    } finally {
      await options.threads.close();
    }
  }
  return { parseFindings: tally.parseFindings, findings: decider.finish(), objects: tally.objects, namespaces: [...tally.namespaces.values()] };
}

/** What parsing found besides the objects: parse findings, how many objects, where they land. */
export class Tally {
  parseFindings: Finding[] = [];
  objects = 0;
  namespaces = new Map<string, { kind: string; namespace?: string }>();

  count(resource: Resource): void {
    this.objects++;
    const kind = resource.kind === 'Namespace' ? 'Namespace' : 'object';
    const key = `${kind}\0${resource.namespace ?? ''}`;
    if (!this.namespaces.has(key)) this.namespaces.set(key, { kind, namespace: resource.namespace });
  }

  merge(other: { parseFindings: Finding[]; objects: number; namespaces: [string, { kind: string; namespace?: string }][] }): void {
    for (const finding of other.parseFindings) this.parseFindings.push(finding);
    this.objects += other.objects;
    for (const [key, entry] of other.namespaces) if (!this.namespaces.has(key)) this.namespaces.set(key, entry);
  }
}

/**
 * A part's documents parsed, in groups by target, keeping the objects to evaluate. `parse` gives a document's
 * objects; `missed` says whether one is context the scan did not find (then the run stops: it would judge wrongly).
 */
export function parsePart(
  targets: { target: Target; documents: RenderedDocument[] }[],
  parse: (target: Target, document: RenderedDocument, index: number) => ParsedDocuments,
  missed: (resource: Resource, document: RenderedDocument, index: number) => boolean,
  tally: Tally,
  evaluates?: (resource: Resource) => boolean,
): Resource[][] {
  return targets.map(({ target, documents }) => {
    const evaluated: Resource[] = [];
    documents.forEach((document, index) => {
      const parsed = parse(target, document, index);
      for (const finding of parsed.findings) tally.parseFindings.push(finding);
      for (const resource of parsed.resources) {
        if (missed(resource, document, index)) throw new Error(`internal error: ${resource.kind} ${resource.name} in ${document.sourceFile} was not found before evaluation`);
        tally.count(resource);
        if (!evaluates || evaluates(resource)) evaluated.push(resource);
      }
    });
    return evaluated;
  });
}

export function shardFilter(shard: StreamOptions['shard']): ((resource: Resource) => boolean) | undefined {
  return shard && ((resource) => shard.owns(resource.target) || shard.relaxed.has(resource.namespace ?? 'default'));
}

/** Parts parsed here, evaluated by the sources (a kpg source on threads when they run), decided here in order. */
async function streamInProcess(set: RenderedSet, options: StreamOptions, decider: Decider, tally: Tally): Promise<void> {
  // Gatekeeper templates may read data.inventory (every object of the target): their targets go whole.
  const wholeTargets = options.sources.some((source) => source.style === 'gatekeeper');
  const evaluates = shardFilter(options.shard);
  const inFlight: Promise<Evaluation[][]>[] = [];
  const decideOldest = async () => {
    for (const evaluations of await inFlight.shift()!) decider.add(evaluations);
  };
  try {
    for (const part of parts(set, options.dataFor, wholeTargets)) {
      const groups = parsePart(part.targets, (target, document) => set.parse(target, document), (resource, document) => set.missed(resource, document), tally, evaluates);
      inFlight.push(evaluatePart(groups, options.sources, part.data));
      if (inFlight.length >= PARTS_IN_FLIGHT) await decideOldest();
    }
    while (inFlight.length > 0) await decideOldest();
  } finally {
    // Evaluations still running when a part failed must not reject unheard.
    await Promise.allSettled(inFlight);
  }
}
/**
 * Every source over the part's objects at once (one round trip per thread), then per target, per source, as the
 * objects came: the order decisions and reports see does not depend on how the objects were split.
 */
async function evaluatePart(groups: Resource[][], sources: PolicySource[], data: Record<string, unknown>): Promise<Evaluation[][]> {
  const all = groups.flat();
  if (all.length === 0) return [];
  const bySource = await Promise.all(sources.map((source) => source.evaluateAll(all, data)));
  const ordered: Evaluation[][] = [];
  let start = 0;
  for (const group of groups) {
    for (const evaluations of bySource) ordered.push(evaluations.slice(start, start + group.length));
    start += group.length;
  }
  return ordered;
}

export interface Part {
  targets: { target: Target; documents: RenderedDocument[] }[];
  data: Record<string, unknown>;
}

/** Consecutive targets evaluated with the same data share parts; a part holds about PART_DOCUMENTS documents. */
export function* parts(set: RenderedSet, dataFor: (target: Target) => Record<string, unknown>, wholeTargets: boolean): Generator<Part> {
  let part: Part | undefined;
  let key = '';
  let size = 0;
  for (const [index, result] of set.results.entries()) {
    if (!('documents' in result)) continue;
    const data = dataFor(result.target);
    const dataKey = JSON.stringify(data);
    const documents = result.documents;
    // The set lets go of them: once a part is decided, nothing holds its documents but the kept objects.
    set.results[index] = { target: result.target, documents: [] };
    for (let start = 0; start < documents.length || start === 0; start += PART_DOCUMENTS) {
      const slice = wholeTargets ? documents : documents.slice(start, start + PART_DOCUMENTS);
      if (part && (dataKey !== key || size + slice.length > PART_DOCUMENTS || wholeTargets)) {
        yield part;
        part = undefined;
      }
      part ??= { targets: [], data };
      key = dataKey;
      size = part.targets.reduce((sum, entry) => sum + entry.documents.length, 0) + slice.length;
      part.targets.push({ target: result.target, documents: slice });
      if (wholeTargets) break;
    }
  }
  if (part) yield part;
}

/** Does this deploying object read ConfigMaps or Secrets of the repository (which then become context objects)? */
function readsValueObjects(resource: { kind: string; apiVersion: string; object: Record<string, unknown> }): boolean {
  if (resource.kind === 'HelmRelease') return true;
  const spec = resource.object.spec as { postBuild?: { substituteFrom?: unknown } } | undefined;
  return resource.kind === 'Kustomization' && resource.apiVersion.startsWith('kustomize.toolkit.fluxcd.io/') && Array.isArray(spec?.postBuild?.substituteFrom);
}

/** Where plain-secret values are looked for: the sandbox's files as discovery listed them (each read once). */
export function secretTracer(root: string, files: string[]): SecretTracer {
  return createSecretTracer({ files: () => files, read: cachedReader(root, MAX_SECRET_SOURCE_BYTES) });
}

/** Files larger than this are not searched for secret values (a committed secret lives in a manifest or values file). */
const MAX_SECRET_SOURCE_BYTES = 4 * 1024 * 1024;
