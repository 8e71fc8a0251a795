// Runs the wasm policy over resources: the only importer of @open-policy-agent/opa-wasm.
import { loadPolicy } from '@open-policy-agent/opa-wasm';
import { errorMessage } from '../errors.js';
import type { Resource } from '../model.js';
import type { PolicyBundle } from './bundle.js';

export const ENTRYPOINT = 'kpg/violations';
/** Many objects per wasm call (input.objects → one violation array per object); optional in a bundle. */
export const BATCH_ENTRYPOINT = 'kpg/batch';
/** What `data` holds that no rule can use (a mistyped or unknown parameter); optional in a bundle. */
export const DATA_PROBLEMS_ENTRYPOINT = 'kpg/parameter_errors';
const BATCH_SIZE = 50;

/** What the entrypoint returns for one object. */
export interface Violation {
  rule: string;
  message: string;
  path: (string | number)[];
}

export type Evaluation = { resource: Resource; violations: Violation[] } | { resource: Resource; error: string };

export interface Evaluator {
  /** Replaces `data` (the cross-object inventory) for the evaluations that follow. */
  setData(data: Record<string, unknown>): void;
  evaluate(resource: Resource): Evaluation;
  /** All resources, in batches where the bundle allows; same results as evaluate() one by one. */
  evaluateAll(resources: Resource[]): Evaluation[];
  /** What the current `data` holds that the rules cannot use, as the bundle judges it (none when it cannot). */
  dataProblems(): Violation[];
}

/**
 * What an evaluator needs of a loaded policy: opa-wasm's own, in process (our bundle), or one on a guarded thread
 * (a policy from the pull request, see guard.ts). `evaluate` gives the entrypoint's value, or throws.
 */
export interface PolicyRunner {
  entrypoints: string[];
  setData(data: Record<string, unknown>): void;
  evaluate(input: object | ArrayBuffer, entrypoint: string): unknown;
}

/** Instantiates the policy once with `data` (parameters and the cross-object inventory). */
export async function createEvaluator(bundle: PolicyBundle, data: Record<string, unknown>): Promise<Evaluator> {
  let policy: Awaited<ReturnType<typeof loadPolicy>>;
  try {
    policy = await loadPolicy(bundle.wasm);
    policy.setData(data);
  } catch (error) {
    // opa-wasm throws plain strings.
    throw new Error(`load policy: ${errorMessage(error)}`, { cause: error });
  }
  return evaluatorFor({
    entrypoints: Object.keys(policy.entrypoints),
    setData: (next) => policy.setData(next),
    evaluate: (input, entrypoint) => (policy.evaluate(input, entrypoint) as { result?: unknown }[])[0]?.result,
  });
}

/** An evaluator over a loaded policy in our style (entrypoint kpg/violations, kpg/batch when it has one). */
export function evaluatorFor(policy: PolicyRunner): Evaluator {
  if (!policy.entrypoints.includes(ENTRYPOINT)) {
    throw new Error(`load policy: the bundle has no entrypoint ${ENTRYPOINT} (it has ${policy.entrypoints.join(', ') || 'none'})`);
  }
  const evaluate = (resource: Resource): Evaluation => {
    try {
      return { resource, violations: toViolations(policy.evaluate(resource.object, ENTRYPOINT)) };
    } catch (error) {
      return { resource, error: errorMessage(error) };
    }
  };
  const evaluateBatch = (batch: Resource[]): Evaluation[] => {
    try {
      const perObject = policy.evaluate({ objects: batch.map((resource) => resource.object) }, BATCH_ENTRYPOINT);
      if (!Array.isArray(perObject) || perObject.length !== batch.length) throw new Error(`${BATCH_ENTRYPOINT} returned ${batch.length} objects' worth of nothing`);
      return batch.map((resource, index) => ({ resource, violations: toViolations(perObject[index]) }));
    } catch {
      // Find which object failed, and keep the others' results.
      return batch.map(evaluate);
    }
  };
  const batched = policy.entrypoints.includes(BATCH_ENTRYPOINT);
  return {
    setData(data) {
      try {
        policy.setData(data);
      } catch (error) {
        throw new Error(`set policy data: ${errorMessage(error)}`, { cause: error });
      }
    },
    evaluate,
    dataProblems() {
      if (!policy.entrypoints.includes(DATA_PROBLEMS_ENTRYPOINT)) return [];
      return toViolations(policy.evaluate({}, DATA_PROBLEMS_ENTRYPOINT));
    },
    evaluateAll(resources) {
      if (!batched) return resources.map(evaluate);
      const evaluations: Evaluation[] = [];
      for (let start = 0; start < resources.length; start += BATCH_SIZE) evaluations.push(...evaluateBatch(resources.slice(start, start + BATCH_SIZE)));
      return evaluations;
    },
  };
}

export function toViolations(result: unknown): Violation[] {
  if (!Array.isArray(result)) throw new Error(`${ENTRYPOINT} returned ${JSON.stringify(result)}, expected a set of violations`);
  return result.map((item: Record<string, unknown>) => ({
    rule: String(item.rule),
    message: String(item.message),
    path: Array.isArray(item.path) ? (item.path as (string | number)[]) : [],
  }));
}
