// Runs the wasm policy over resources: the only importer of @open-policy-agent/opa-wasm.
import { loadPolicy } from '@open-policy-agent/opa-wasm';
import { errorMessage } from '../errors.js';
import type { Resource } from '../model.js';
import type { PolicyBundle } from './bundle.js';

export const ENTRYPOINT = 'kpg/violations';

/** What the entrypoint returns for one object. */
export interface Violation {
  rule: string;
  message: string;
  path: (string | number)[];
}

export type Evaluation = { resource: Resource; violations: Violation[] } | { resource: Resource; error: string };

export interface Evaluator {
  evaluate(resource: Resource): Evaluation;
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
  if (!(ENTRYPOINT in policy.entrypoints)) {
    throw new Error(`load policy: the bundle has no entrypoint ${ENTRYPOINT} (it has ${Object.keys(policy.entrypoints).join(', ') || 'none'})`);
  }
  return {
    evaluate(resource) {
      try {
        const result = policy.evaluate(resource.object, ENTRYPOINT) as { result?: unknown }[];
        return { resource, violations: toViolations(result[0]?.result) };
      } catch (error) {
        return { resource, error: errorMessage(error) };
      }
    },
  };
}

function toViolations(result: unknown): Violation[] {
  if (!Array.isArray(result)) throw new Error(`${ENTRYPOINT} returned ${JSON.stringify(result)}, expected a set of violations`);
  return result.map((item: Record<string, unknown>) => ({
    rule: String(item.rule),
    message: String(item.message),
    path: Array.isArray(item.path) ? (item.path as (string | number)[]) : [],
  }));
}
