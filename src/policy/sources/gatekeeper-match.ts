// A constraint's spec.match, as Gatekeeper decides it (pkg/mutation/match/match.go, pkg/wildcard).
import { ConfigError } from '../../errors.js';

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist'; values?: string[] }[];
}

export interface Match {
  kinds?: { apiGroups?: string[]; kinds?: string[] }[];
  scope?: string;
  namespaces?: string[];
  excludedNamespaces?: string[];
  labelSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  name?: string;
  source?: string;
}

/** The object under review, as matching needs it. */
export interface Candidate {
  group: string;
  kind: string;
  name: string;
  generateName?: string;
  /** The object's namespace; absent for cluster-scoped objects (and namespaced ones that do not set it). */
  namespace?: string;
  labels: Record<string, string>;
  /** The Namespace object of `namespace` when it is among the objects checked; only namespaceSelector needs it. */
  namespaceObject?: { metadata?: { labels?: Record<string, string> } };
}

/** A yes/no, or why it cannot be told (a namespaceSelector and no Namespace object to read the labels from). */
export type MatchResult = boolean | { unknown: string };

/** True when every part of `match` that is set lets the candidate through (Gatekeeper's top-level matchers, ANDed). */
export function matches(match: Match | undefined, candidate: Candidate): MatchResult {
  if (!match) return true;
  if (!kindsMatch(match, candidate) || !scopeMatch(match, candidate) || !namespacesMatch(match, candidate) || !nameMatch(match, candidate)) return false;
  if (match.labelSelector && !selects(match.labelSelector, candidate.labels)) return false;
  // Everything we check is an object as written; Gatekeeper's expansion (Pods generated from a Deployment) is not run.
  if (match.source === 'Generated') return false;
  return namespaceSelectorMatch(match, candidate);
}

function kindsMatch(match: Match, candidate: Candidate): boolean {
  if (!match.kinds?.length) return true;
  return match.kinds.some(({ apiGroups = [], kinds = [] }) => anyOrIncludes(kinds, candidate.kind) && anyOrIncludes(apiGroups, candidate.group));
}

function anyOrIncludes(list: string[], value: string): boolean {
  return list.length === 0 || list.includes('*') || list.includes(value);
}

function isNamespace(candidate: Candidate): boolean {
  return candidate.kind === 'Namespace' && candidate.group === '';
}

function scopeMatch(match: Match, candidate: Candidate): boolean {
  const namespaced = candidate.namespace !== undefined && candidate.namespace !== '';
  if (match.scope === 'Cluster') return isNamespace(candidate) || !namespaced;
  if (match.scope === 'Namespaced') return !isNamespace(candidate) && namespaced;
  return true;
}

/** A Namespace is judged by its own name; an object without a namespace cannot be excluded or left out by one. */
function namespacesMatch(match: Match, candidate: Candidate): boolean {
  const namespace = isNamespace(candidate) ? candidate.name : candidate.namespace;
  if (!namespace) return true;
  if (match.namespaces?.length && !match.namespaces.some((pattern) => wildcardMatches(pattern, namespace))) return false;
  return !match.excludedNamespaces?.some((pattern) => wildcardMatches(pattern, namespace));
}

function nameMatch(match: Match, candidate: Candidate): boolean {
  if (!match.name) return true;
  if (wildcardMatches(match.name, candidate.name)) return true;
  // A generateName can only satisfy a prefix (or contains) pattern: the rest of the name is not known yet.
  return !!candidate.generateName && match.name.endsWith('*') && wildcardMatches(match.name, candidate.generateName);
}

/** Gatekeeper's wildcard: `kube-*` is a prefix, `*-system` a suffix, `*system*` a substring, else exact. */
export function wildcardMatches(pattern: string, candidate: string): boolean {
  const leading = pattern.startsWith('*');
  const trailing = pattern.length > 1 && pattern.endsWith('*');
  const core = pattern.slice(leading ? 1 : 0, trailing ? -1 : undefined);
  if (leading && trailing) return candidate.includes(core);
  if (leading) return candidate.endsWith(core);
  if (trailing) return candidate.startsWith(core);
  return pattern === candidate;
}

function namespaceSelectorMatch(match: Match, candidate: Candidate): MatchResult {
  if (!match.namespaceSelector) return true;
  if (isNamespace(candidate)) return selects(match.namespaceSelector, candidate.labels);
  if (!candidate.namespace) return true;
  if (!candidate.namespaceObject) {
    return { unknown: `its namespaceSelector needs the labels of Namespace '${candidate.namespace}', which is not among the objects checked with this one` };
  }
  return selects(match.namespaceSelector, candidate.namespaceObject.metadata?.labels ?? {});
}

/** metav1.LabelSelector: matchLabels and every matchExpression must hold; an empty selector selects everything. */
export function selects(selector: LabelSelector, labels: Record<string, string>): boolean {
  const byLabel = Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
  return byLabel && (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    const has = Object.hasOwn(labels, key);
    if (operator === 'In') return has && values.includes(labels[key]!);
    if (operator === 'NotIn') return !has || !values.includes(labels[key]!);
    if (operator === 'Exists') return has;
    return !has;
  });
}

/** Checks a constraint's match as the API server and Gatekeeper would when it is applied; throws ConfigError. */
export function checkMatch(match: unknown, where: string): Match | undefined {
  if (match === undefined || match === null) return undefined;
  if (!isObject(match)) throw new ConfigError(`${where}: spec.match is ${JSON.stringify(match)}, expected a mapping`);
  for (const field of ['namespaces', 'excludedNamespaces'] as const) {
    const value = match[field];
    if (value !== undefined && !(Array.isArray(value) && value.every((item) => typeof item === 'string'))) {
      throw new ConfigError(`${where}: spec.match.${field} is ${JSON.stringify(value)}, expected a list of namespace names (a leading or trailing * globs)`);
    }
  }
  if (match.kinds !== undefined && !(Array.isArray(match.kinds) && match.kinds.every((entry) => isObject(entry) && stringList(entry.apiGroups) && stringList(entry.kinds)))) {
    throw new ConfigError(`${where}: spec.match.kinds is ${JSON.stringify(match.kinds)}, expected a list of {apiGroups: [...], kinds: [...]}`);
  }
  if (match.scope !== undefined && !['*', 'Cluster', 'Namespaced'].includes(match.scope as string)) {
    throw new ConfigError(`${where}: spec.match.scope is ${JSON.stringify(match.scope)}, expected *, Cluster or Namespaced`);
  }
  if (match.source !== undefined && !['All', 'Generated', 'Original'].includes(match.source as string)) {
    throw new ConfigError(`${where}: spec.match.source is ${JSON.stringify(match.source)}, expected All, Generated or Original`);
  }
  if (match.name !== undefined && typeof match.name !== 'string') throw new ConfigError(`${where}: spec.match.name is ${JSON.stringify(match.name)}, expected a name (a leading or trailing * globs)`);
  for (const field of ['labelSelector', 'namespaceSelector'] as const) {
    if (match[field] !== undefined && match[field] !== null) checkSelector(match[field], `${where}: spec.match.${field}`);
  }
  return match as Match;
}

const OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

function checkSelector(selector: unknown, where: string): void {
  if (!isObject(selector)) throw new ConfigError(`${where} is ${JSON.stringify(selector)}, expected {matchLabels, matchExpressions}`);
  const labels = selector.matchLabels;
  if (labels !== undefined && !(isObject(labels) && Object.values(labels).every((value) => typeof value === 'string'))) {
    throw new ConfigError(`${where}.matchLabels is ${JSON.stringify(labels)}, expected a mapping of label names to string values`);
  }
  const expressions = selector.matchExpressions ?? [];
  if (!Array.isArray(expressions)) throw new ConfigError(`${where}.matchExpressions is ${JSON.stringify(expressions)}, expected a list`);
  expressions.forEach((expression: unknown, index) => {
    const at = `${where}.matchExpressions[${index}]`;
    if (!isObject(expression) || typeof expression.key !== 'string' || !OPERATORS.includes(expression.operator as string)) {
      throw new ConfigError(`${at} is ${JSON.stringify(expression)}, expected {key, operator: ${OPERATORS.join('|')}, values}`);
    }
    const values = expression.values ?? [];
    if (!stringList(values)) throw new ConfigError(`${at}.values is ${JSON.stringify(values)}, expected a list of strings`);
    const needsValues = expression.operator === 'In' || expression.operator === 'NotIn';
    if (needsValues !== (values as string[]).length > 0) {
      throw new ConfigError(`${at}: operator ${String(expression.operator)} ${needsValues ? 'needs' : 'takes no'} values`);
    }
  });
}

function stringList(value: unknown): boolean {
  return value === undefined || (Array.isArray(value) && value.every((item) => typeof item === 'string'));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
