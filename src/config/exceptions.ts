// Exceptions from the config file: which findings they accept, which have expired, which matched nothing.
import { matchesGlob } from 'node:path/posix';
import { PIPELINE_RULES, type Finding, type Suppression } from '../model.js';

/** One entry of `exceptions:` in the config file. Every selector given must match; globs allowed. */
export interface ConfigException {
  /** Rule ids or globs; `*` is every rule (never the "could not check" findings, see matchesRule). */
  rules: string[];
  kind?: string;
  /** The object's namespace; for Helm, the release namespace when the object names none. */
  namespace?: string;
  name?: string;
  /** Glob of the target's repository path (kustomization directory, chart directory, manifest file). */
  target?: string;
  /** Glob of the repository file the finding is reported in. */
  file?: string;
  reason: string;
  /** Last day it applies, YYYY-MM-DD, until the end of that day UTC. */
  expires?: string;
  owner?: string;
  /** Where it is written in the config file. */
  source: { file: string; line: number };
}

export type { Suppression } from '../model.js';

/** A finding that an exception may have accepted (Finding carries `suppressed`). */
export type Suppressible = Finding;

export const EXCEPTION_EXPIRED = 'exception-expired';
export const EXCEPTION_UNUSED = 'exception-unused';

/**
 * Findings that mean "could not check" (the object or target was never judged). A `*` accepts what a rule said
 * about an object someone looked at; it must not also turn "we could not look" into a pass, for this object and
 * for every object a broken render hides later. So these are accepted only when an exception names them.
 */
const NAMED_ONLY: ReadonlySet<string> = new Set([...Object.values(PIPELINE_RULES), 'not-checked']);

/**
 * Marks each finding an active exception matches as `suppressed` (never drops it), and adds a finding for each
 * expired exception (an error at its line: it no longer applies) and each active one that matched nothing (a
 * notice). A finding already suppressed (by an annotation) keeps that mark, but still counts as a match.
 */
export function applyExceptions<F extends Suppressible>(findings: F[], exceptions: ConfigException[], now: Date): (F | Finding)[] {
  const active = exceptions.filter((exception) => !hasExpired(exception, now));
  const used = new Set<ConfigException>();
  const marked = findings.map((finding) => {
    const matching = active.filter((exception) => matchesFinding(exception, finding));
    matching.forEach((exception) => used.add(exception));
    const first = matching[0];
    return first && !finding.suppressed ? { ...finding, suppressed: suppressionBy(first) } : finding;
  });
  const expired = exceptions.filter((exception) => hasExpired(exception, now)).map((exception) => expiredFinding(exception, findings));
  const unused = active.filter((exception) => !used.has(exception)).map(unusedFinding);
  return [...marked, ...expired, ...unused];
}

/** An exception applies through the whole of its `expires` day in UTC, wherever the runner is. */
export function hasExpired(exception: ConfigException, now: Date): boolean {
  if (exception.expires === undefined) return false;
  const [year, month, day] = exception.expires.split('-').map(Number) as [number, number, number];
  return now.getTime() >= Date.UTC(year, month - 1, day + 1);
}

export function matchesFinding(exception: ConfigException, finding: Finding): boolean {
  if (!exception.rules.some((pattern) => matchesRule(pattern, finding.ruleId))) return false;
  const resource = finding.resource;
  const namespace = resource?.namespace ?? finding.target.helm?.namespace;
  return (
    matchesName(exception.kind, resource?.kind) &&
    matchesName(exception.namespace, namespace) &&
    matchesName(exception.name, resource?.name) &&
    matchesPath(exception.target, finding.target.path) &&
    matchesPath(exception.file, finding.location?.file)
  );
}

/** Names a rule, an object, a namespace or a path could have; a selector matching all of them selects everything. */
const PROBES = {
  rules: ['privileged', 'host-namespaces', 'main.deny', 'x'],
  names: ['x', 'web-1', 'kube-system', 'a.b_c', 'Deployment', 'ClusterRoleBinding'],
  paths: ['x', 'deploy/web/pod.yaml', 'charts/a/templates/b.yaml', '.github/k8s/x.yaml'],
};

/**
 * True when an exception accepts every rule on every object: `*`, `**` and globs like them in any combination, or
 * selectors left out (`rules: ["*"]` with `name: "*"` is as wide as no selector). Such an exception switches the
 * gate off, so the config refuses it (see load.ts). Probing with typical names, rather than comparing the text
 * with `*`, also catches `{*,x}`, `?*` and `**` followed by more segments.
 */
export function selectsEverything(exception: Pick<ConfigException, 'rules' | 'kind' | 'namespace' | 'name' | 'target' | 'file'>): boolean {
  const all = (pattern: string | undefined, probes: string[], match: (pattern: string, value: string) => boolean) => pattern === undefined || probes.every((probe) => match(pattern, probe));
  const everyRule = exception.rules.some((pattern) => PROBES.rules.every((id) => matchesGlob(id, pattern)));
  const names = (pattern: string, value: string) => matchesName(pattern, value);
  const paths = (pattern: string, value: string) => matchesPath(pattern, value);
  return (
    everyRule &&
    all(exception.kind, PROBES.names, names) &&
    all(exception.namespace, PROBES.names, names) &&
    all(exception.name, PROBES.names, names) &&
    all(exception.target, PROBES.paths, paths) &&
    all(exception.file, PROBES.paths, paths)
  );
}

/** An id or glob against a rule id; "could not check" ids only by their exact name (see NAMED_ONLY). */
export function matchesRule(pattern: string, ruleId: string): boolean {
  if (pattern === ruleId) return true;
  return !NAMED_ONLY.has(ruleId) && matchesGlob(ruleId, pattern);
}

/** A selector left out matches anything; one given needs a value to match (a namespace-less object has none). */
function matchesName(pattern: string | undefined, value: string | undefined): boolean {
  if (pattern === undefined) return true;
  return value !== undefined && matchesGlob(value, pattern);
}

/** A path glob; a plain directory also selects everything below it, as `paths` does. Dot files match like others. */
function matchesPath(pattern: string | undefined, path: string | undefined): boolean {
  if (pattern === undefined) return true;
  if (path === undefined) return false;
  const clean = pattern.replace(/^\.\/+/, '').replace(/\/+$/, '');
  return [clean, `${clean}/**`].some((glob) => matchesGlob(hideDots(path), hideDots(glob)));
}

/** node:path's matchesGlob has no `dot` option: a leading dot of each segment becomes a character wildcards match. */
function hideDots(text: string): string {
  return text.replace(/(^|[/{,])\.(?=[^/])/g, '$1\u0001');
}

function suppressionBy(exception: ConfigException): Suppression {
  const { reason, owner, expires, source } = exception;
  return { by: 'config', reason, ...(owner === undefined ? {} : { owner }), ...(expires === undefined ? {} : { expires }), file: source.file, line: source.line };
}

function expiredFinding(exception: ConfigException, findings: Finding[]): Finding {
  const hidden = findings.filter((finding) => matchesFinding(exception, finding)).length;
  const now = hidden === 0 ? 'it matches no finding now; remove it' : `${hidden === 1 ? '1 finding it accepted is' : `${hidden} findings it accepted are`} reported again; fix them, or renew the exception with a new date`;
  return configFinding(exception, {
    ruleId: EXCEPTION_EXPIRED,
    severity: 'error',
    title: 'Exception expired',
    message: `${describeException(exception)} expired on ${exception.expires}: ${now}`,
  });
}

function unusedFinding(exception: ConfigException): Finding {
  return configFinding(exception, {
    ruleId: EXCEPTION_UNUSED,
    severity: 'notice',
    title: 'Exception matched nothing',
    message: `${describeException(exception)} matched no finding: remove it, or correct its rules or selector`,
  });
}

function configFinding(exception: ConfigException, fields: Pick<Finding, 'ruleId' | 'severity' | 'title' | 'message'>): Finding {
  const { file, line } = exception.source;
  return { ...fields, target: { kind: 'manifests', path: file }, location: { file, line } };
}

/** `the exception for privileged on kind Deployment, name web-* (owner: platform; reason: …)`. */
export function describeException(exception: ConfigException): string {
  const selector = (['kind', 'namespace', 'name', 'target', 'file'] as const)
    .filter((key) => exception[key] !== undefined)
    .map((key) => `${key} ${exception[key]}`);
  const on = selector.length ? ` on ${selector.join(', ')}` : '';
  const owner = exception.owner === undefined ? '' : `owner: ${exception.owner}; `;
  return `the exception for ${exception.rules.join(', ')}${on} (${owner}reason: ${exception.reason})`;
}

/** One exception that accepted findings in this run, for the summary and the JSON output. */
export interface AppliedException extends Suppression {
  /** How many findings it accepted. */
  findings: number;
}

/** The exceptions that accepted at least one finding, in the order their first finding appears. */
export function appliedExceptions(findings: Suppressible[]): AppliedException[] {
  const applied = new Map<string, AppliedException>();
  for (const { suppressed } of findings) {
    if (!suppressed) continue;
    const key = JSON.stringify([suppressed.by, suppressed.file, suppressed.line, suppressed.reason]);
    const entry = applied.get(key);
    if (entry) entry.findings++;
    else applied.set(key, { ...suppressed, findings: 1 });
  }
  return [...applied.values()];
}
