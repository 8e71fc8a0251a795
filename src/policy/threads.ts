// Evaluation on worker threads: one compiled policy module shared by a thread per core, each evaluating a slice of
// the objects while the main thread parses the next ones and locates the last ones' findings. A run too small to
// repay starting threads (about 40 ms each) evaluates in process (evaluate.ts); both give the same results.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { Resource } from '../model.js';
import { toViolations, type Evaluation } from './evaluate.js';
import type { EvaluationReply, EvaluationRequest } from './worker.js';

/** Fewer objects than this per thread are not worth a message round trip. */
const MIN_SLICE = 32;

export interface EvaluationPool {
  /** The objects' evaluations with `data`, in order (the same as the in-process evaluator's). */
  evaluate(resources: Resource[], data: Record<string, unknown>): Promise<Evaluation[]>;
  close(): Promise<void>;
}

interface Thread {
  worker: Worker;
  /** The `data` JSON this thread last received. */
  data?: string;
  pending: Map<number, (reply: EvaluationReply) => void>;
  failure?: Error;
}

/** Starts `count` threads on one module compiled once; closed by close(), or by exit (they do not keep it alive). */
export async function createEvaluationPool(wasm: ArrayBuffer, count: number): Promise<EvaluationPool> {
  const module = await (globalThis as unknown as { WebAssembly: { compile(bytes: ArrayBuffer): Promise<object> } }).WebAssembly.compile(wasm);
  const threads: Thread[] = Array.from({ length: count }, () => {
    const thread: Thread = { worker: startThread('worker', { workerData: { module } }), pending: new Map() };
    thread.worker.unref();
    thread.worker.on('message', (reply: EvaluationReply) => {
      const resolve = thread.pending.get(reply.id);
      thread.pending.delete(reply.id);
      resolve?.(reply);
    });
    const fail = (error: Error) => {
      thread.failure = new Error(`evaluation thread failed: ${error.message}`, { cause: error });
      for (const resolve of thread.pending.values()) resolve({ id: -1, results: [], fatal: thread.failure.message });
      thread.pending.clear();
    };
    thread.worker.on('error', fail);
    thread.worker.on('exit', (code) => thread.failure ?? fail(new Error(`exited with code ${code}`)));
    return thread;
  });
  let nextId = 0;
  const ask = (thread: Thread, objects: string[], data: string): Promise<EvaluationReply> => {
    if (thread.failure) return Promise.resolve({ id: -1, results: [], fatal: thread.failure.message });
    const id = nextId++;
    const request: EvaluationRequest = { id, objects, ...(thread.data !== data && { data }) };
    thread.data = data;
    return new Promise((resolve) => {
      thread.pending.set(id, resolve);
      thread.worker.postMessage(request);
    });
  };
  let turn = 0;
  return {
    async evaluate(resources, data) {
      const json = JSON.stringify(data);
      const slices = Math.max(1, Math.min(threads.length, Math.floor(resources.length / MIN_SLICE)));
      const size = Math.ceil(resources.length / slices);
      const parts = Array.from({ length: slices }, (_, index) => resources.slice(index * size, (index + 1) * size));
      // Round robin over threads: consecutive small requests still spread across cores.
      const replies = await Promise.all(parts.map((part) => ask(threads[turn++ % threads.length]!, part.map((resource) => JSON.stringify(resource.object)), json)));
      const evaluations: Evaluation[] = [];
      replies.forEach((reply, index) => {
        if (reply.fatal !== undefined) throw new Error(reply.fatal);
        parts[index]!.forEach((resource, position) => evaluations.push(evaluation(resource, reply.results[position]!)));
      });
      return evaluations;
    },
    async close() {
      await Promise.all(threads.map((thread) => thread.worker.terminate()));
    },
  };
}

function evaluation(resource: Resource, result: EvaluationReply['results'][number]): Evaluation {
  if ('error' in result) return { resource, error: result.error };
  try {
    return { resource, violations: toViolations(result.violations) };
  } catch (error) {
    return { resource, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * A thread running `name`: dist/<name>.js beside the bundle (dist/index.js, dist/cli.js, dist/chunks/*.js), or its
 * TypeScript source under vitest, which Node runs by stripping the types once a resolve hook maps the sources'
 * `.js` imports to their `.ts` files.
 */
export function startThread(name: 'worker' | 'stream-worker', options: WorkerOptions): Worker {
  const here = dirname(fileURLToPath(import.meta.url));
  const built = [join(here, `${name}.js`), join(here, '..', `${name}.js`)].find((candidate) => existsSync(candidate));
  if (built) return new Worker(built, options);
  const source = [join(here, `${name}.ts`), join(here, '..', `${name}.ts`)].find((candidate) => existsSync(candidate));
  if (!source) throw new Error(`the script of thread ${name} is missing beside ${here}`);
  const bootstrap = `const { registerHooks } = require('node:module');
registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (error) {
      if (!specifier.startsWith('.') || !specifier.endsWith('.js')) throw error;
      return next(specifier.slice(0, -3) + '.ts', context);
    }
  },
});
import(${JSON.stringify(pathToFileURL(source).href)});`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/**
 * The threads a run's wasm sources share: none until the runner knows the run is big enough (use), one pool per
 * policy module, all closed at the end of the run.
 */
export class EvaluationThreads {
  #count = 0;
  readonly #pools = new Map<ArrayBuffer, Promise<EvaluationPool>>();

  /** Evaluate on `count` threads from now on (0 or 1: in process). */
  use(count: number): void {
    this.#count = count > 1 ? count : 0;
  }

  /** The pool for this module, or undefined to evaluate in process. */
  pool(wasm: ArrayBuffer): Promise<EvaluationPool> | undefined {
    if (this.#count === 0) return undefined;
    let pool = this.#pools.get(wasm);
    if (!pool) this.#pools.set(wasm, (pool = createEvaluationPool(wasm, this.#count)));
    return pool;
  }

  async close(): Promise<void> {
    const pools = await Promise.allSettled(this.#pools.values());
    this.#pools.clear();
    await Promise.all(pools.map((pool) => (pool.status === 'fulfilled' ? pool.value.close() : undefined)));
  }
}
