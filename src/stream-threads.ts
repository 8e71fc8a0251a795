// stream.ts on threads: each thread parses, evaluates and decides whole parts (stream-worker.ts); this thread hands
// out the parts in order, keeps two per thread in flight, and merges the decided parts in order, so the outcome
// is the one streaming in process gives.
import type { Worker } from 'node:worker_threads';
import type { Finding, Resource, Target } from './model.js';
import type { Decider, DecidedPart } from './policy/decision.js';
import { startThread } from './policy/threads.js';
import { parts, type RenderedSet, type StreamOptions, type Tally } from './stream.js';
import type { PartReply, PartRequest, StreamWorkerInit } from './stream-worker.js';

/** Parts queued per thread: one being worked on, one waiting. */
const PARTS_PER_THREAD = 2;
/**
 * A thread's young generation: V8 sizes it up to 3 × 32 MiB under a high allocation rate, and parsing allocates
 * fast; 16 MiB costs little time (objects of a part die young) and keeps each thread's memory small.
 */
const YOUNG_GENERATION_MB = 16;

export async function streamOnThreads(set: RenderedSet, options: StreamOptions, count: number, modules: ArrayBuffer[], decider: Decider, tally: Tally): Promise<void> {
  set.dropParses();
  const targets = set.results.map((result) => result.target);
  const indexOf = new Map(targets.map((target, index) => [target, index]));
  const init: StreamWorkerInit = {
    modules: await Promise.all(modules.map((wasm) => (globalThis as unknown as { WebAssembly: { compile(bytes: ArrayBuffer): Promise<object> } }).WebAssembly.compile(wasm))),
    rules: options.rules(),
    selection: options.selection,
    root: options.root,
    files: options.files,
    targets,
    withValues: set.withValues,
    shard: options.shard && { own: targets.flatMap((target, index) => (options.shard!.owns(target) ? [index] : [])), relaxed: [...options.shard.relaxed] },
  };
  const threads = Array.from({ length: count }, () => thread(startThread('stream-worker', { workerData: init, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } })));
  const relink = <T extends { target: unknown }>(item: T) => ({ ...item, target: targets[item.target as number]! });
  const inFlight: Promise<PartReply>[] = [];
  const mergeOldest = async () => {
    const reply = await inFlight.shift()!;
    if (reply.error !== undefined) throw new Error(reply.error);
    tally.merge({ ...reply, parseFindings: reply.parseFindings.map(relink) as Finding[] });
    const decided = reply.decided!;
    decider.merge({
      findings: decided.findings.map(relink) as Finding[],
      hidden: decided.hidden,
      annotated: decided.annotated.map(relink) as Resource[],
      relaxing: decided.relaxing.map(relink) as Resource[],
    } satisfies DecidedPart);
  };
  try {
    let turn = 0;
    for (const part of parts(set, options.dataFor, false)) {
      const request: Omit<PartRequest, 'id' | 'data'> = {
        parts: part.targets.map(({ target, documents }) => ({ target: indexOf.get(target)!, documents, scanned: documents.map((document) => set.scanned(document)) })),
      };
      inFlight.push(threads[turn++ % threads.length]!.ask(request, JSON.stringify(part.data)));
      if (inFlight.length >= threads.length * PARTS_PER_THREAD) await mergeOldest();
    }
    while (inFlight.length > 0) await mergeOldest();
  } finally {
    await Promise.allSettled(inFlight);
    await Promise.all(threads.map((entry) => entry.worker.terminate()));
  }
}

interface Thread {
  worker: Worker;
  ask(request: Omit<PartRequest, 'id' | 'data'>, data: string): Promise<PartReply>;
}

/** Requests answered in order; a thread that dies answers every open request with why. */
function thread(worker: Worker): Thread {
  const pending = new Map<number, (reply: PartReply) => void>();
  let failure: string | undefined;
  let lastData: string | undefined;
  let nextId = 0;
  worker.on('message', (reply: PartReply) => {
    pending.get(reply.id)?.(reply);
    pending.delete(reply.id);
  });
  const fail = (why: string) => {
    failure ??= `an evaluation thread failed: ${why}`;
    for (const [id, resolve] of pending) resolve({ id, error: failure, parseFindings: [], objects: 0, namespaces: [] });
    pending.clear();
  };
  worker.on('error', (error) => fail(error.message));
  worker.on('exit', (code) => fail(`it exited with code ${code}`));
  return {
    worker,
    ask(request, data) {
      const id = nextId++;
      if (failure) return Promise.resolve({ id, error: failure, parseFindings: [], objects: 0, namespaces: [] });
      const message: PartRequest = { ...request, id, ...(data !== lastData && { data }) };
      lastData = data;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        worker.postMessage(message);
      });
    },
  };
}
