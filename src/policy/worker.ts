// An evaluation thread, in one of two roles. `pool` (threads.ts): our bundled policy module, instantiated once,
// evaluating the objects it is sent as JSON text in batches. `guarded` (guard.ts): policies from the pull request,
// loaded and evaluated a call at a time over a synchronous channel, with console output going nowhere, so that the
// main thread can stop it by terminating the thread. Imports only opa-wasm and the builtins, so that Node can run
// it from src/ as well as dist/.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { loadPolicy } from '@open-policy-agent/opa-wasm';
import { GATEKEEPER_BUILTINS } from './sources/gatekeeper-builtins.js';

/** What a request asks: `data` (JSON) when it differs from the last one this thread was sent, then the objects. */
export interface EvaluationRequest {
  id: number;
  data?: string;
  objects: string[];
}

/** Per object, in order: its violations as the entrypoint returned them, or why it could not be evaluated; `fatal` when `data` was refused. */
export interface EvaluationReply {
  id: number;
  results: ({ violations: unknown } | { error: string })[];
  fatal?: string;
}

/** A call to a guarded policy: the methods of opa-wasm's LoadedPolicy. */
export type GuardRequest =
  | { op: 'load'; id: number; wasm: ArrayBuffer }
  | { op: 'setData'; id: number; data: Record<string, unknown> }
  | { op: 'evaluate'; id: number; input: object | ArrayBuffer; entrypoint: string };

/** `value`: the entrypoint names (load), the entrypoint's value (evaluate), 'ready' once the thread runs. */
export type GuardReply = { value: unknown } | { error: string };

const VIOLATIONS = 'kpg/violations';
const BATCH = 'kpg/batch';
const BATCH_SIZE = 50;
/** Memory a guarded policy may grow to (wasm pages of 64 KiB): 2 GiB, past any policy's needs and its data's. */
const GUARDED_MEMORY_PAGES = 32_768;
/** An error message longer than this is clipped: opa_abort hands over whatever the module's memory holds. */
const MAX_ERROR_LENGTH = 2000;

const encoder = new TextEncoder();
const buffer = (json: string): ArrayBuffer => encoder.encode(json).buffer as ArrayBuffer;
const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const role = (workerData as { role?: string }).role;
if (role === 'guarded') {
  hostGuarded(workerData as { signal: SharedArrayBuffer; port: MessagePort; builtins?: 'gatekeeper' });
} else {
  await servePool(workerData as { module: WebAssembly.Module });
}

async function servePool({ module }: { module: WebAssembly.Module }): Promise<void> {
  const policy = await loadPolicy(module);
  const batched = BATCH in policy.entrypoints;

  const one = (object: string): { violations: unknown } | { error: string } => {
    try {
      const result = policy.evaluate(buffer(object), VIOLATIONS) as { result?: unknown }[];
      return { violations: result[0]?.result };
    } catch (error) {
      return { error: message(error) };
    }
  };

  const evaluate = (objects: string[]): EvaluationReply['results'] => {
    if (!batched) return objects.map(one);
    const results: EvaluationReply['results'] = [];
    for (let start = 0; start < objects.length; start += BATCH_SIZE) {
      const batch = objects.slice(start, start + BATCH_SIZE);
      let perObject: unknown;
      try {
        perObject = (policy.evaluate(buffer(`{"objects":[${batch.join(',')}]}`), BATCH) as { result?: unknown }[])[0]?.result;
      } catch {
        perObject = undefined;
      }
      // A batch that failed, or lost an object, is evaluated object by object: which one failed, and the others' results.
      if (Array.isArray(perObject) && perObject.length === batch.length && perObject.every(Array.isArray)) {
        for (const violations of perObject) results.push({ violations });
      } else {
        for (const object of batch) results.push(one(object));
      }
    }
    return results;
  };

  parentPort!.on('message', (request: EvaluationRequest) => {
    try {
      if (request.data !== undefined) policy.setData(buffer(request.data));
    } catch (error) {
      parentPort!.postMessage({ id: request.id, results: [], fatal: `set policy data: ${message(error)}` } satisfies EvaluationReply);
      return;
    }
    parentPort!.postMessage({ id: request.id, results: evaluate(request.objects) } satisfies EvaluationReply);
  });
}

/**
 * A policy from the pull request. opa-wasm prints the policy's `print()` calls and its `opa_println` import with
 * console.log, which a thread forwards to the process's stdout, where the runner obeys `::add-mask::` and the other
 * workflow commands: every console method of this thread is silenced before the policy loads.
 */
function hostGuarded({ signal, port, builtins }: { signal: SharedArrayBuffer; port: MessagePort; builtins?: 'gatekeeper' }): void {
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'] as const) console[method] = () => undefined;
  const flag = new Int32Array(signal);
  const reply = (answer: GuardReply) => {
    port.postMessage(answer);
    Atomics.add(flag, 0, 1);
    Atomics.notify(flag, 0);
  };
  const policies = new Map<number, Awaited<ReturnType<typeof loadPolicy>>>();
  const handle = async (request: GuardRequest): Promise<unknown> => {
    if (request.op === 'load') {
      const policy = await loadPolicy(request.wasm, { initial: 5, maximum: GUARDED_MEMORY_PAGES }, builtins === 'gatekeeper' ? GATEKEEPER_BUILTINS : {});
      policies.set(request.id, policy);
      return Object.keys(policy.entrypoints);
    }
    const policy = policies.get(request.id);
    if (!policy) throw new Error('the policy is not loaded');
    if (request.op === 'setData') return void policy.setData(request.data);
    return (policy.evaluate(request.input, request.entrypoint) as { result?: unknown }[])[0]?.result;
  };
  port.on('message', (request: GuardRequest) => {
    handle(request).then(
      (value) => reply({ value }),
      (error: unknown) => reply({ error: explain(message(error)).slice(0, MAX_ERROR_LENGTH) }),
    );
  });
  reply({ value: 'ready' });
}

/** opa's allocator fails once the memory cap is reached: say which cap. */
function explain(text: string): string {
  return /^opa_malloc: failed/.test(text) ? `${text} (the policy used up the ${(GUARDED_MEMORY_PAGES * 64) / 1024 / 1024} GiB of memory a policy may use)` : text;
}
