// An evaluation thread of stream-threads.ts: parses the parts it is sent, evaluates their objects with its own
// instance of each policy module, decides their findings (locating them in the sandbox's files) and sends back the
// decided part. Targets travel as their index in the run's list.
import { parentPort, workerData } from 'node:worker_threads';
import { parseRendered } from './manifests/parse.js';
import { cachedReader, createLocator } from './manifests/source.js';
import type { Finding, RenderedDocument, Resource, Target } from './model.js';
import type { RuleInfo } from './policy/bundle.js';
import { createDecider, type DecidedPart, type Selection } from './policy/decision.js';
import { createEvaluator } from './policy/evaluate.js';
import { isContextObject } from './manifests/context.js';
import { parsePart, secretTracer, Tally } from './stream.js';

export interface StreamWorkerInit {
  /** Compiled policy modules (WebAssembly.Module), evaluated in order with the part's data as given. */
  modules: object[];
  rules: RuleInfo[];
  selection: Selection;
  /** The sandbox: findings are located in its files. */
  root: string;
  /** The repository's files: where plain-secret values are looked for. */
  files: string[];
  targets: Target[];
  /** Whether ConfigMaps and Secrets are context (see RenderedSet). */
  withValues: boolean;
  shard?: { own: number[]; relaxed: string[] };
}

export interface PartRequest {
  id: number;
  /** The part's `data` as JSON, when it differs from the last request's. */
  data?: string;
  parts: { target: number; documents: RenderedDocument[]; scanned: boolean[] }[];
}

type Indexed<T> = Omit<T, 'target'> & { target: number };

export interface PartReply {
  id: number;
  error?: string;
  parseFindings: Indexed<Finding>[];
  objects: number;
  namespaces: [string, { kind: string; namespace?: string }][];
  decided?: { findings: Indexed<Finding>[]; hidden: DecidedPart['hidden']; annotated: Indexed<Resource>[]; relaxing: Indexed<Resource>[] };
}

const init = workerData as StreamWorkerInit;
const evaluators = await Promise.all(init.modules.map((module) => createEvaluator({ wasm: module as ArrayBuffer, rules: [] }, {})));
const decider = createDecider(init.rules, init.selection, createLocator(cachedReader(init.root)), secretTracer(init.root, init.files));
const indexOf = new Map(init.targets.map((target, index) => [target, index]));
const own = init.shard && new Set(init.shard.own.map((index) => init.targets[index]));
const relaxed = init.shard && new Set(init.shard.relaxed);
const evaluates = own && relaxed && ((resource: Resource) => own.has(resource.target) || relaxed.has(resource.namespace ?? 'default'));
const indexed = <T extends { target: Target }>(item: T): Indexed<T> => ({ ...item, target: indexOf.get(item.target)! });

parentPort!.on('message', (request: PartRequest) => {
  try {
    if (request.data !== undefined) {
      const data = JSON.parse(request.data) as Record<string, unknown>;
      for (const evaluator of evaluators) evaluator.setData(data);
    }
    const scanned = new WeakSet<RenderedDocument>(request.parts.flatMap(({ documents, scanned: flags }) => documents.filter((_, index) => flags[index])));
    const tally = new Tally();
    const groups = parsePart(
      request.parts.map(({ target, documents }) => ({ target: init.targets[target]!, documents })),
      (target, document) => parseRendered(target, [document]),
      (resource, document) => isContextObject(resource.kind, resource.apiVersion, init.withValues) && !scanned.has(document),
      tally,
      evaluates,
    );
    // Per target, per source, as the objects came: the order the in-process stream decides in.
    for (const group of groups) for (const evaluator of evaluators) if (group.length > 0) decider.add(evaluator.evaluateAll(group));
    const decided = decider.take();
    const reply: PartReply = {
      id: request.id,
      parseFindings: tally.parseFindings.map(indexed),
      objects: tally.objects,
      namespaces: [...tally.namespaces],
      decided: { findings: decided.findings.map(indexed), hidden: decided.hidden, annotated: decided.annotated.map(indexed), relaxing: decided.relaxing.map(indexed) },
    };
    parentPort!.postMessage(reply);
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error), parseFindings: [], objects: 0, namespaces: [] } satisfies PartReply);
  }
});
