// conftest-style rules (deny, warn, violation and their deny_/warn_/violation_ variants) as a policy source.
import { errorMessage } from '../../errors.js';
import type { Resource } from '../../model.js';
import type { RuleInfo } from '../bundle.js';
import type { Evaluation, Violation } from '../evaluate.js';
import { customRule } from './bundled.js';
import type { PolicySource } from './types.js';
import { mergeData, type CompiledPolicy, type WasmPolicy } from './wasm.js';

const RULE_NAME = /^(deny|warn|violation)(_\w+)?$/;

/** Whether a rule name is one conftest reads (`deny`, `warn_latest_tag`, …). */
export function isConftestRule(name: string): boolean {
  return RULE_NAME.test(name);
}

/** Entrypoints (`main/deny`, `kubernetes/security/deny_privileged`) naming conftest rules. */
export function conftestEntrypoints(entrypoints: string[]): string[] {
  return entrypoints.filter((entrypoint) => isConftestRule(entrypoint.split('/').at(-1) ?? ''));
}

/** `kubernetes/security/deny_privileged` → `kubernetes.security.deny_privileged`, the id findings carry. */
export function conftestRuleId(entrypoint: string): string {
  return entrypoint.replaceAll('/', '.');
}

/**
 * Each entrypoint is evaluated with `input` = one object, as conftest does for Kubernetes YAML. Results are strings
 * or `{msg, details}` objects; `warn*` rules report warnings, the rest errors.
 */
export function conftestSource(compiled: CompiledPolicy, policy: WasmPolicy, entrypoints: string[]): PolicySource {
  const rules = entrypoints.map((entrypoint) => conftestRule(conftestRuleId(entrypoint), compiled));
  const evaluate = (resource: Resource): Evaluation => {
    // One serialisation per object, however many rules read it.
    const input = toArrayBuffer(JSON.stringify(resource.object));
    const violations: Violation[] = [];
    for (const entrypoint of entrypoints) {
      const rule = conftestRuleId(entrypoint);
      try {
        violations.push(...toViolations(policy.evaluate(input, entrypoint), rule, resource.object));
      } catch (error) {
        return { resource, error: `${rule} (${compiled.origin}): ${errorMessage(error)}` };
      }
    }
    return { resource, violations };
  };
  return {
    origin: compiled.origin,
    style: 'conftest',
    rules,
    evaluateAll(resources, data) {
      policy.setData(mergeData(compiled.data, data));
      return resources.map(evaluate);
    },
  };
}

function conftestRule(id: string, compiled: CompiledPolicy): RuleInfo {
  const pkg = id.slice(0, id.lastIndexOf('.'));
  const name = id.slice(id.lastIndexOf('.') + 1);
  const notes = { description: `conftest rule ${name} of package ${pkg} (${compiled.origin})`, ...compiled.notes?.[id] };
  return customRule(id, compiled.origin, { ...notes, severity: name.startsWith('warn') ? 'warning' : 'error' }, pkg);
}

function toViolations(result: unknown, rule: string, object: unknown): Violation[] {
  if (result === undefined || result === false) return [];
  const items = Array.isArray(result) ? result : [result];
  return items.map((item) => {
    if (typeof item === 'string') return { rule, message: item, path: [] };
    if (typeof item === 'object' && item !== null && typeof (item as { msg?: unknown }).msg === 'string') {
      const { msg, details } = item as { msg: string; details?: { path?: unknown; field?: unknown } };
      return { rule, message: msg, path: fieldPath(details?.path ?? details?.field, object) };
    }
    throw new Error(`a result is ${JSON.stringify(item)}, expected a string or an object with a string msg`);
  });
}

/**
 * `details.path` / `details.field`: a list (`["spec", "containers", 0]`) or a dotted string
 * (`spec.containers.0.securityContext.privileged`); a digit segment is an index where the object has a list there.
 * Anything else locates the finding at the object.
 */
export function fieldPath(value: unknown, object: unknown): (string | number)[] {
  const segments = typeof value === 'string' ? value.split('.').filter(Boolean) : Array.isArray(value) ? value : [];
  if (!segments.every((segment) => typeof segment === 'string' || typeof segment === 'number')) return [];
  let node = object;
  return segments.map((segment: string | number) => {
    const index = Array.isArray(node) && /^\d+$/.test(String(segment)) ? Number(segment) : String(segment);
    node = (node as Record<string | number, unknown> | undefined)?.[index];
    return index;
  });
}

function toArrayBuffer(text: string): ArrayBuffer {
  const bytes = new TextEncoder().encode(text);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
