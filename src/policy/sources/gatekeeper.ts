// Gatekeeper's policy style: ConstraintTemplates (Rego compiled to wasm at run time) judged through their constraints.
import { ConfigError, errorMessage } from '../../errors.js';
import type { Resource } from '../../model.js';
import { findTool } from '../../tools.js';
import type { RuleInfo } from '../bundle.js';
import type { Evaluation, Violation } from '../evaluate.js';
import { DEFAULT_POLICY_BUDGET_MS, PolicyBudget, startGuardedHost, type GuardedHost, type GuardedPolicy } from '../guard.js';
import { resultPath } from './result-path.js';
import { compileTemplate } from './gatekeeper-compile.js';
import { matches, type Candidate } from './gatekeeper-match.js';
import { readPolicyObjects, type Constraint, type EnforcementAction, type Template, type UnusableTemplate } from './gatekeeper-objects.js';
import type { InProcessSource, PolicySource, SourceOptions } from './types.js';

const SEVERITY = { deny: 'error', warn: 'warning', dryrun: 'notice' } as const satisfies Record<EnforcementAction, RuleInfo['severity']>;

export const OPA_MISSING =
  'Gatekeeper ConstraintTemplates are compiled with opa, which is not on PATH. On GitHub runners add `- uses: open-policy-agent/setup-opa@v2` before this step; elsewhere install it from https://www.openpolicyagent.org/docs/#running-opa.';

/** opa builds at once: each is one process, mostly CPU. */
const COMPILE_CONCURRENCY = 4;

type Policy = GuardedPolicy;

/** A constraint bound to its template's compiled policy; its rule id is `<Kind>/<name>`. */
interface Bound {
  constraint: Constraint;
  id: string;
  policy: Policy;
  entrypoint: string;
}

/**
 * ConstraintTemplates and constraints among the YAML files at or under `paths`, or undefined when there are none.
 * Mistakes (a constraint without its template, a template that does not compile, CEL-only templates, no opa) throw
 * a ConfigError that names the file. Only templates some constraint uses are compiled.
 */
export async function loadGatekeeper(paths: string[], options: SourceOptions): Promise<InProcessSource | undefined> {
  const { templates, constraints } = await readPolicyObjects(paths, options.root);
  if (templates.length === 0 && constraints.length === 0) return undefined;
  if (constraints.length === 0) {
    throw new ConfigError(`${paths.join(', ')}: ${templates.length} ConstraintTemplate(s) (${templates.map((template) => template.kind).join(', ')}) and no constraints; Gatekeeper enforces a template only through a constraint of its kind.`);
  }
  const used = usedTemplates(templates, constraints, paths);
  const opa = () => findTool('opa') ?? fail(OPA_MISSING);
  const built = await mapLimited([...new Set(used.values())], COMPILE_CONCURRENCY, async (template) => [template, await compileTemplate(template, { cacheDir: options.cacheDir, opa })] as const);
  // The templates' Rego comes from the pull request: they run on a guarded thread (guard.ts), within one budget.
  const host = startGuardedHost({ budget: new PolicyBudget(options.budgetMs ?? DEFAULT_POLICY_BUDGET_MS), builtins: 'gatekeeper' });
  const compiled = new Map(built.map(([template, { wasm, entrypoint }]) => [template, { policy: instantiate(host, wasm, template), entrypoint }] as const));
  const bound = constraints.map((constraint): Bound => ({ constraint, id: ruleId(constraint), ...compiled.get(used.get(constraint.kind)!)! }));
  const readsInventory = new Set([...compiled].filter(([template]) => /\bdata\.inventory\b/.test([template.rego, ...template.libs].join('\n'))).map(([, { policy }]) => policy));
  return {
    origin: paths.join(', '),
    style: 'gatekeeper',
    rules: bound.map(({ constraint, id }) => ruleInfo(constraint, id, used.get(constraint.kind)!)),
    evaluateAll(resources) {
      if (readsInventory.size) {
        const data = { inventory: inventory(resources) };
        try {
          for (const policy of readsInventory) setData(policy, data);
        } catch (error) {
          // A template that cannot take the inventory (or was stopped) judges none of the objects: each is reported.
          return resources.map((resource) => ({ resource, error: errorMessage(error) }));
        }
      }
      const namespaces = new Map(resources.filter((resource) => resource.kind === 'Namespace' && resource.apiVersion === 'v1').map((resource) => [resource.name, resource.object]));
      return resources.map((resource) => evaluate(resource, bound, namespaces));
    },
  };
}

/** Template by constraint kind; every constraint must have one we can evaluate, and ids must be unique. */
function usedTemplates(templates: (Template | UnusableTemplate)[], constraints: Constraint[], paths: string[]): Map<string, Template> {
  const byKind = new Map<string, Template | UnusableTemplate>();
  for (const template of templates) {
    const other = byKind.get(template.kind);
    if (other) throw new ConfigError(`${template.file}: ConstraintTemplate '${template.name}' defines kind ${template.kind}, which '${other.name}' (${other.file}) already defines`);
    byKind.set(template.kind, template);
  }
  const used = new Map<string, Template>();
  const seen = new Map<string, Constraint>();
  for (const constraint of constraints) {
    const where = `${constraint.file}: ${constraint.kind} '${constraint.name}'`;
    const template = byKind.get(constraint.kind);
    if (!template) {
      const known = [...byKind.keys()].join(', ') || 'none';
      throw new ConfigError(`${where} has no ConstraintTemplate defining kind ${constraint.kind} under ${paths.join(', ')} (templates found: ${known}). Add the template (gatekeeper-library keeps it in template.yaml beside samples/).`);
    }
    if (!('rego' in template)) throw new ConfigError(`${where}: its ConstraintTemplate '${template.name}' (${template.file}) ${template.reason}.`);
    const earlier = seen.get(ruleId(constraint));
    if (earlier) throw new ConfigError(`${where} is defined twice (also in ${earlier.file}); Gatekeeper keeps one constraint per kind and name.`);
    seen.set(ruleId(constraint), constraint);
    used.set(constraint.kind, template);
  }
  return used;
}

function ruleId(constraint: Constraint): string {
  return `${constraint.kind}/${constraint.name}`;
}

function ruleInfo(constraint: Constraint, id: string, template: Template): RuleInfo {
  const rule = {
    id,
    package: template.name,
    title: template.title,
    description: template.description || `Gatekeeper constraint ${id} (ConstraintTemplate ${template.name}).`,
    severity: SEVERITY[constraint.action],
    profiles: ['baseline', 'restricted', 'hardened'],
    optional: false,
    remediation: `Change the object so that constraint ${id} (${constraint.file}) allows it, or narrow the constraint's spec.match.`,
    references: [],
    file: constraint.file,
    custom: true,
  };
  return rule as RuleInfo;
}

function instantiate(host: GuardedHost, wasm: ArrayBuffer, template: Template): Policy {
  try {
    return host.load(wasm, `ConstraintTemplate '${template.name}' (${template.file})`);
  } catch (error) {
    // opa-wasm throws plain strings.
    throw new Error(`load ConstraintTemplate '${template.name}' (${template.file}): ${errorMessage(error)}`, { cause: error });
  }
}

function setData(policy: Policy, data: Record<string, unknown>): void {
  try {
    policy.setData(data);
  } catch (error) {
    throw new Error(`set Gatekeeper inventory: ${errorMessage(error)}`, { cause: error });
  }
}

function evaluate(resource: Resource, bound: Bound[], namespaces: Map<string, Record<string, unknown>>): Evaluation {
  const candidate = toCandidate(resource, namespaces);
  const review = toReview(resource, candidate);
  const violations: Violation[] = [];
  for (const { constraint, id, policy, entrypoint } of bound) {
    const matched = matches(constraint.match, candidate);
    if (typeof matched === 'object') return { resource, error: `${id}: ${matched.unknown}` };
    if (!matched) continue;
    try {
      violations.push(...toViolations(id, policy.evaluate({ review, parameters: constraint.parameters }, entrypoint), resource.object));
    } catch (error) {
      return { resource, error: `${id}: ${errorMessage(error)}` };
    }
  }
  return { resource, violations };
}

function toCandidate(resource: Resource, namespaces: Map<string, Record<string, unknown>>): Candidate {
  const metadata = record(resource.object.metadata);
  const namespace = resource.namespace || undefined;
  return {
    group: groupVersion(resource.apiVersion).group,
    kind: resource.kind,
    name: resource.name,
    ...(typeof metadata.generateName === 'string' && { generateName: metadata.generateName }),
    ...(namespace && { namespace }),
    labels: stringRecord(metadata.labels),
    ...(namespace && namespaces.has(namespace) && { namespaceObject: namespaces.get(namespace) }),
  };
}

/** The AdmissionRequest Gatekeeper hands a template as input.review: the object arriving as a CREATE. */
function toReview(resource: Resource, candidate: Candidate): Record<string, unknown> {
  const { group, version } = groupVersion(resource.apiVersion);
  return {
    kind: { group, version, kind: resource.kind },
    name: resource.name,
    ...(candidate.namespace && { namespace: candidate.namespace }),
    operation: 'CREATE',
    userInfo: {},
    object: resource.object,
    ...(candidate.namespaceObject && { namespaceObject: candidate.namespaceObject }),
  };
}

function groupVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

/** `violation[{"msg": m, "details": d}]` results; the field path comes from details.path or details.field when given. */
function toViolations(id: string, result: unknown, object: unknown): Violation[] {
  if (!Array.isArray(result)) throw new Error(`violation returned ${JSON.stringify(result)}, expected a set of {"msg": ...}`);
  return result.map((item: unknown) => {
    const { msg, details } = record(item);
    const detail = record(details);
    return { rule: id, message: typeof msg === 'string' ? msg : JSON.stringify(msg), path: resultPath(detail.path ?? detail.field, object) };
  });
}

/** data.inventory as Gatekeeper's sync fills it, from the objects checked together. */
function inventory(resources: Resource[]): Record<string, unknown> {
  type Scope = Record<string, Record<string, Record<string, unknown>>>;
  const cluster: Scope = {};
  const namespace: Record<string, Scope> = {};
  for (const resource of resources) {
    const scope = resource.namespace ? (namespace[resource.namespace] ??= {}) : cluster;
    const kinds = (scope[resource.apiVersion] ??= {});
    (kinds[resource.kind] ??= {})[resource.name] = resource.object;
  }
  return { cluster, namespace };
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function stringRecord(value: unknown): Record<string, string> {
  return Object.fromEntries(Object.entries(record(value)).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

async function mapLimited<T, R>(items: T[], limit: number, map: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await map(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function fail(message: string): never {
  throw new ConfigError(message);
}
