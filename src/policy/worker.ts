// One evaluation thread (see threads.ts): instantiates the policy module it is given and evaluates the objects it is
// sent, as JSON text, in batches. Self-contained (only opa-wasm), so that Node can run it from src/ as well as dist/.
import { parentPort, workerData } from 'node:worker_threads';
import { loadPolicy } from '@open-policy-agent/opa-wasm';

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

const VIOLATIONS = 'kpg/violations';
const BATCH = 'kpg/batch';
const BATCH_SIZE = 50;

const { module } = workerData as { module: WebAssembly.Module };
const policy = await loadPolicy(module);
const batched = BATCH in policy.entrypoints;
const encoder = new TextEncoder();
const buffer = (json: string): ArrayBuffer => encoder.encode(json).buffer as ArrayBuffer;
const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function one(object: string): { violations: unknown } | { error: string } {
  try {
    const result = policy.evaluate(buffer(object), VIOLATIONS) as { result?: unknown }[];
    return { violations: result[0]?.result };
  } catch (error) {
    return { error: message(error) };
  }
}

function evaluate(objects: string[]): EvaluationReply['results'] {
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
}

parentPort!.on('message', (request: EvaluationRequest) => {
  try {
    if (request.data !== undefined) policy.setData(buffer(request.data));
  } catch (error) {
    parentPort!.postMessage({ id: request.id, results: [], fatal: `set policy data: ${message(error)}` } satisfies EvaluationReply);
    return;
  }
  parentPort!.postMessage({ id: request.id, results: evaluate(request.objects) } satisfies EvaluationReply);
});
