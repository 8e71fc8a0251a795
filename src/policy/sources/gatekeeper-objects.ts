// Finds ConstraintTemplates and their constraints among the YAML files of policy-bundles paths.
import { readdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { ConfigError, errorMessage } from '../../errors.js';
import { KUBERNETES_YAML } from '../../manifests/parse.js';
import { checkMatch, type Match } from './gatekeeper-match.js';

/** The Rego of one ConstraintTemplate (its admission target), as Gatekeeper's Rego driver reads it. */
export interface Template {
  /** metadata.name. */
  name: string;
  /** The constraint kind it defines (spec.crd.spec.names.kind). */
  kind: string;
  /** Repository-relative file (absolute when outside the checkout). */
  file: string;
  rego: string;
  libs: string[];
  /** `v1` only when the template says so (`code: [{engine: Rego, source: {version: v1}}]`); Gatekeeper's default is v0. */
  regoVersion: 'v0' | 'v1';
  /** Where the Rego sits in the template, for error messages (`spec.targets[0].rego`). */
  regoField: string;
  title: string;
  description: string;
}

/** A template Gatekeeper would accept but we cannot evaluate (CEL only); an error only if a constraint uses it. */
export interface UnusableTemplate {
  name: string;
  kind: string;
  file: string;
  reason: string;
}

export type EnforcementAction = 'deny' | 'warn' | 'dryrun';

export interface Constraint {
  kind: string;
  name: string;
  file: string;
  match?: Match;
  parameters: Record<string, unknown>;
  action: EnforcementAction;
}

export interface PolicyObjects {
  templates: (Template | UnusableTemplate)[];
  constraints: Constraint[];
}

const TEMPLATE_API = 'templates.gatekeeper.sh/';
const CONSTRAINT_API = 'constraints.gatekeeper.sh/';

/** Every template and constraint in the YAML files at or under `paths` (resolved against `root`). */
export async function readPolicyObjects(paths: string[], root: string): Promise<PolicyObjects> {
  const found: PolicyObjects = { templates: [], constraints: [] };
  for (const path of paths) {
    for (const file of await yamlFiles(resolve(root, path))) {
      const name = displayPath(root, file);
      for (const object of await readObjects(file, name)) {
        if (isTemplate(object)) found.templates.push(readTemplate(object, name));
        else if (isConstraint(object)) found.constraints.push(readConstraint(object, name));
      }
    }
  }
  return found;
}

async function yamlFiles(path: string): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new ConfigError(`Policy bundle '${path}' could not be read (${errorMessage(error)}). Expected a file or directory of Gatekeeper YAML.`);
  }
  if (!info.isDirectory()) return /\.ya?ml$/i.test(path) ? [path] : [];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.ya?ml$/i.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !relative(path, file).split(sep).some((part) => part.startsWith('.')))
    .sort();
}

function displayPath(root: string, file: string): string {
  const inside = relative(root, file);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside.split(sep).join('/') : file;
}

/** Objects of a YAML file; a file that does not parse matters only when it looks like Gatekeeper's. */
async function readObjects(file: string, name: string): Promise<Record<string, unknown>[]> {
  const text = await readFile(file, 'utf8');
  if (!text.includes(TEMPLATE_API) && !text.includes(CONSTRAINT_API)) return [];
  const objects: Record<string, unknown>[] = [];
  for (const document of parseAllDocuments(text, KUBERNETES_YAML)) {
    const problem = document.errors[0];
    if (problem) {
      const line = text.slice(0, problem.pos[0]).split('\n').length;
      throw new ConfigError(`${name}:${line}: not valid YAML (${problem.message.split('\n')[0]}). Expected ConstraintTemplate and constraint objects.`);
    }
    const value: unknown = document.toJS({ maxAliasCount: 100 });
    if (isObject(value)) objects.push(value);
  }
  return objects;
}

function isTemplate(object: Record<string, unknown>): boolean {
  return object.kind === 'ConstraintTemplate' && String(object.apiVersion).startsWith(TEMPLATE_API);
}

function isConstraint(object: Record<string, unknown>): boolean {
  return String(object.apiVersion).startsWith(CONSTRAINT_API);
}

function readTemplate(object: Record<string, unknown>, file: string): Template | UnusableTemplate {
  const metadata = record(object.metadata);
  const name = String(metadata.name ?? '');
  const where = `${file}: ConstraintTemplate '${name}'`;
  const kind = record(record(record(record(object.spec).crd).spec).names).kind;
  if (typeof kind !== 'string' || !kind) throw new ConfigError(`${where} has no spec.crd.spec.names.kind (the kind its constraints use)`);
  const targets = record(object.spec).targets;
  if (!Array.isArray(targets) || targets.length !== 1 || !isObject(targets[0])) {
    throw new ConfigError(`${where}: spec.targets must hold exactly one target (admission.k8s.gatekeeper.sh), found ${JSON.stringify(targets)}`);
  }
  const source = regoSource(targets[0]);
  if (!source) {
    const engines = Array.isArray(targets[0].code) ? targets[0].code.map((code) => record(code).engine).filter(Boolean) : [];
    const reason = engines.length
      ? `has only ${engines.join(', ')} code (CEL), which kube-policy-gate cannot evaluate; add a \`engine: Rego\` entry to spec.targets[0].code`
      : 'has no Rego (spec.targets[0].rego or a spec.targets[0].code entry with engine: Rego)';
    return { name, kind, file, reason };
  }
  const annotations = record(metadata.annotations);
  const libs = source.libs ?? [];
  if (typeof source.rego !== 'string' || !Array.isArray(libs) || !libs.every((lib) => typeof lib === 'string')) {
    throw new ConfigError(`${where}: ${source.field} must be a string and its libs a list of strings`);
  }
  return {
    name,
    kind,
    file,
    rego: source.rego,
    libs,
    regoVersion: source.version === 'v1' ? 'v1' : 'v0',
    regoField: source.field,
    title: stringOr(annotations['metadata.gatekeeper.sh/title'], kind),
    description: stringOr(annotations.description, '').trim(),
  };
}

/** Gatekeeper prefers the `code` entry with engine Rego; the older `rego`/`libs` fields are v0. */
function regoSource(target: Record<string, unknown>): { rego: unknown; libs?: unknown[]; version?: unknown; field: string } | undefined {
  const code = Array.isArray(target.code) ? target.code : [];
  const index = code.findIndex((entry) => record(entry).engine === 'Rego');
  if (index >= 0) {
    const source = record(record(code[index]).source);
    return { rego: source.rego, libs: source.libs as unknown[] | undefined, version: source.version, field: `spec.targets[0].code[${index}].source.rego` };
  }
  if (target.rego !== undefined) return { rego: target.rego, libs: target.libs as unknown[] | undefined, field: 'spec.targets[0].rego' };
  return undefined;
}

function readConstraint(object: Record<string, unknown>, file: string): Constraint {
  const name = String(record(object.metadata).name ?? '');
  const kind = String(object.kind ?? '');
  const where = `${file}: ${kind} '${name}'`;
  if (!name || !kind) throw new ConfigError(`${file}: a constraint (${CONSTRAINT_API}*) without kind or metadata.name`);
  const spec = record(object.spec);
  const parameters = spec.parameters ?? {};
  if (!isObject(parameters)) throw new ConfigError(`${where}: spec.parameters is ${JSON.stringify(parameters)}, expected a mapping`);
  return { kind, name, file, match: checkMatch(spec.match, where), parameters, action: enforcementAction(spec, where) };
}

/**
 * deny (the default), warn and dryrun as written. `scoped` takes the strictest action among the enforcement points
 * that judge an object before or as it is admitted (the webhook, gator, VAP, `*`); audit alone reports like dryrun.
 */
function enforcementAction(spec: Record<string, unknown>, where: string): EnforcementAction {
  const action = spec.enforcementAction ?? 'deny';
  if (action === 'deny' || action === 'warn' || action === 'dryrun') return action;
  if (action !== 'scoped') throw new ConfigError(`${where}: spec.enforcementAction is ${JSON.stringify(action)}, expected deny, warn, dryrun or scoped`);
  const scoped = spec.scopedEnforcementActions;
  if (!Array.isArray(scoped) || scoped.length === 0) throw new ConfigError(`${where}: enforcementAction scoped needs spec.scopedEnforcementActions`);
  const admission = ['validation.gatekeeper.sh', 'gator.gatekeeper.sh', 'vap.k8s.io', '*'];
  const actions = scoped.map((entry, index) => {
    const { action: scopedAction, enforcementPoints } = record(entry);
    if (scopedAction !== 'deny' && scopedAction !== 'warn' && scopedAction !== 'dryrun') {
      throw new ConfigError(`${where}: spec.scopedEnforcementActions[${index}].action is ${JSON.stringify(scopedAction)}, expected deny, warn or dryrun`);
    }
    const points = Array.isArray(enforcementPoints) ? enforcementPoints.map((point) => record(point).name) : [];
    return points.some((point) => admission.includes(point as string)) ? scopedAction : 'dryrun';
  });
  return (['deny', 'warn', 'dryrun'] as const).find((candidate) => actions.includes(candidate))!;
}

function record(value: unknown): Record<string, unknown> {
  return isObject(value) ? value : {};
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value ? value : fallback;
}
