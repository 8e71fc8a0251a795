// Which settings a pull request may change: the base branch's config decides what may loosen; a PR only tightens.
import { isDeepStrictEqual } from 'node:util';
import { ConfigError } from '../errors.js';
import { boolean, bytes, DEFAULTS, list, seconds, type InputName, type InputReader, type Settings } from '../inputs.js';
import type { PendingConfigChange, Severity } from '../model.js';
import { formatKeyPath, lineAt, problemAt, type KeyPath } from './document.js';
import { describeException, type ConfigException } from './exceptions.js';
import type { Config, RuleSetting } from './load.js';
import type { CONFIG_SCHEMA } from './schema.js';

/**
 * How a pull request's config file may change a setting:
 * - `stricter`: the stricter of the base's value and the PR's applies; a looser one from the PR is pending;
 * - `union`: what both name applies (both check, both run): a PR never checks or runs less;
 * - `base`: not comparable, so the base's applies and a different value from the PR is pending;
 * - `pull-request`: the PR's applies: it says what is rendered, and the PR's charts are what is judged;
 * - `entries`: rules and exceptions, entry by entry (see mergeRules, mergeExceptions);
 * - `workflow`: only the workflow's input (or CLI flag) sets it; the config file cannot.
 */
export type TrustClass = 'stricter' | 'union' | 'base' | 'pull-request' | 'entries' | 'workflow';

export interface KeyTrust {
  how: TrustClass;
  /** Why, in a phrase (the README's table says the same). */
  why: string;
  /** `stricter` only: a value's strictness, higher is stricter (the value as written; blank is the default). */
  rank?: (value: string) => number;
}

/** Every key of the config file (schema/config.schema.json) and every action input. */
export type ConfigKey = keyof (typeof CONFIG_SCHEMA)['properties'] | InputName;

const order =
  <T extends string>(...weakestFirst: T[]) =>
  (value: string) =>
    weakestFirst.indexOf(value.trim().toLowerCase() as T);

/** The one table: every setting a config file or the workflow can give, and what a pull request may do with it. */
export const TRUST: Record<ConfigKey, KeyTrust> = {
  'fail-on': { how: 'stricter', why: 'a lower threshold fails on more', rank: order('never', 'error', 'warning', 'notice') },
  profile: { how: 'stricter', why: 'each profile reports what the one before it does and more', rank: order('baseline', 'restricted', 'default', 'hardened') },
  paths: { how: 'union', why: 'what the base checks or the pull request checks: never less' },
  'allow-empty': { how: 'stricter', why: 'false fails a run that checked nothing', rank: (value) => Number(!boolean('allow-empty', value)) },
  'render-timeout': { how: 'stricter', why: 'a shorter timeout ends more renders as errors', rank: (value) => -seconds('render-timeout', value) },
  'max-render-bytes': { how: 'stricter', why: 'a smaller limit ends more renders as errors', rank: (value) => -bytes('max-render-bytes', value) },
  'trust-namespace-labels': { how: 'stricter', why: 'false judges every Pod at the profile, whatever a Namespace in the pull request says', rank: (value) => Number(!boolean('trust-namespace-labels', value)) },
  'helm-ci-values': { how: 'stricter', why: 'true renders every ci/*-values.yaml as well', rank: (value) => Number(boolean('helm-ci-values', value)) },
  'policy-mode': { how: 'stricter', why: 'replace drops the bundled rules', rank: order('replace', 'extend') },
  'policy-bundles': { how: 'union', why: "the base's policies still judge; those the pull request adds judge too" },
  'policy-namespaces': { how: 'union', why: 'more conftest packages count more rules' },
  'policy-data': { how: 'base', why: 'data changes what the rules allow, in either direction' },
  'rego-version': { how: 'base', why: "the syntax the base's policies are compiled with" },
  'kube-version': { how: 'base', why: 'an older version skips the rules that need a newer one' },
  'pss-version': { how: 'base', why: 'an older Pod Security version allows more' },
  'values-files': { how: 'pull-request', why: "what is rendered: the pull request's charts are what is judged" },
  'release-name': { how: 'pull-request', why: 'what is rendered' },
  namespace: { how: 'pull-request', why: 'what is rendered' },
  'enable-helm': { how: 'pull-request', why: 'what is rendered (off, Kustomize helmCharts are a render error)' },
  variants: { how: 'pull-request', why: 'what is rendered' },
  rules: { how: 'entries', why: 'enabling or raising a severity applies; disabling, lowering and new parameters are pending' },
  exceptions: { how: 'entries', why: "the base's apply; those the pull request adds or widens are pending; those it removes stop applying" },
  'allow-network': { how: 'workflow', why: 'it widens what renders can reach; true in the config file is an error' },
  'allow-network-hosts': { how: 'workflow', why: 'it lets renders reach private and loopback addresses: never the pull request\'s to say' },
  'working-directory': { how: 'workflow', why: 'not a config key' },
  config: { how: 'workflow', why: 'names the config file itself' },
  'sarif-file': { how: 'workflow', why: 'not a config key' },
  'github-token': { how: 'workflow', why: 'not a config key' },
  comment: { how: 'workflow', why: 'not a config key' },
  category: { how: 'workflow', why: 'not a config key: it only names the check run, the SARIF category and the comment' },
  matrix: { how: 'workflow', why: 'not a config key: it only names the check run, the SARIF category and the comment' },
  'sarif-max-results': { how: 'workflow', why: 'not a config key' },
  'new-findings-only': { how: 'workflow', why: 'not a config key' },
  shard: { how: 'workflow', why: 'not a config key' },
  'merge-reports': { how: 'workflow', why: 'not a config key' },
};

/** Where each field of Settings comes from: a key of TRUST, or the runner (never a config file). */
export const SETTINGS_FROM: Record<keyof Settings, ConfigKey | 'runner'> = {
  root: 'working-directory',
  workspace: 'runner',
  paths: 'paths',
  failOn: 'fail-on',
  profile: 'profile',
  valuesFiles: 'values-files',
  releaseName: 'release-name',
  namespace: 'namespace',
  kubeVersion: 'kube-version',
  pssVersion: 'pss-version',
  renderTimeoutMs: 'render-timeout',
  allowNetwork: 'allow-network',
  allowNetworkHosts: 'allow-network-hosts',
  maxRenderBytes: 'max-render-bytes',
  trustNamespaceLabels: 'trust-namespace-labels',
  policyBundles: 'policy-bundles',
  policyData: 'policy-data',
  policyMode: 'policy-mode',
  policyNamespaces: 'policy-namespaces',
  regoVersion: 'rego-version',
  sarifFile: 'sarif-file',
  allowEmpty: 'allow-empty',
  enableHelm: 'enable-helm',
  helmCiValues: 'helm-ci-values',
  newFindingsOnly: 'new-findings-only',
  config: 'config',
  shard: 'shard',
  mergeReports: 'merge-reports',
};

/** Where the trusted settings come from. */
export type TrustedBase =
  /** Not a pull request (a push, a plain CLI run): the config is used as written. */
  | { kind: 'as-is' }
  /** The base commit's config file, or none when the base has none. */
  | { kind: 'commit'; commit: string; config?: Config }
  /** The base's config could not be read: nothing from the PR may loosen the defaults. */
  | { kind: 'unreadable'; problem: string };

/** A setting the pull request's config changes that does not apply until the PR is merged. */
/** A setting the pull request would loosen (model.ts). */
export type PendingChange = PendingConfigChange;

export interface ConfigTrust {
  /** The base commit whose config decided, or why it could not be read. */
  base: { commit: string; file?: string } | { problem: string };
  pending: PendingChange[];
  /** The pull request's config as written, so every rule id and exception in it is still checked (a typo in a pending one too). */
  proposed?: Config;
}

export interface TrustContext {
  /** Workflow inputs (CLI flags): a key the workflow sets is the workflow's, whatever either config says. */
  read: InputReader;
  /** Whether a path relative to the checked directory exists in the pull request's tree. */
  exists: (path: string) => boolean;
  /** A rule's own severity, when known before the policies load (the bundled rules); unknown ones compare conservatively. */
  severityOf?: (id: string) => Severity | undefined;
}

/**
 * The config that applies to a pull request: per key of TRUST, from the PR's config and the base's. Not a pull
 * request: the PR's as written. The result carries `trust` (the pending changes and the PR's config as written).
 */
export function trustConfig(pr: Config | undefined, base: TrustedBase, context: TrustContext): Config | undefined {
  if (base.kind === 'as-is') return pr;
  const trusted = base.kind === 'commit' ? base.config : undefined;
  const shown = pr ?? trusted;
  if (!shown) return undefined;
  const sides: Sides = { pr, base: trusted, baseState: base.kind === 'unreadable' ? 'unreadable' : trusted ? 'config' : 'none', file: shown.file };
  const pending: PendingChange[] = [];
  const inputs = mergeInputs(sides, context, pending);
  const rules = mergeRules(sides, context, pending);
  const exceptions = mergeExceptions(sides, pending);
  const trust: ConfigTrust = {
    base: base.kind === 'commit' ? { commit: base.commit, ...(trusted && { file: trusted.file }) } : { problem: base.problem },
    pending,
    ...(pr && { proposed: pr }),
  };
  return { file: shown.file, inputs, rules, exceptions, variants: pr?.variants ?? [], document: shown.document, trust };
}

interface Sides {
  pr?: Config;
  base?: Config;
  /** Whether the base had a config, none, or one that could not be read (then its values are the defaults). */
  baseState: 'config' | 'none' | 'unreadable';
  /** The file reports name. */
  file: string;
}

function mergeInputs(sides: Sides, context: TrustContext, pending: PendingChange[]): Record<string, string> {
  const merged: Record<string, string> = {};
  const keys = new Set([...Object.keys(sides.pr?.inputs ?? {}), ...Object.keys(sides.base?.inputs ?? {})]) as Set<ConfigKey>;
  for (const key of keys) {
    const pr = sides.pr?.inputs[key];
    const base = sides.base?.inputs[key];
    // The workflow decides it: neither file counts, so neither has a change to hold back.
    if (context.read(key).trim() !== '') {
      if (pr !== undefined) merged[key] = pr;
      continue;
    }
    const trust = TRUST[key];
    const value = mergeInput(key, trust, { pr, base }, sides, context);
    if (value.effective !== undefined) merged[key] = value.effective;
    if (!value.pending) continue;
    const from = trust.how === 'union' ? 'union' : value.effective === base && base !== undefined ? 'base' : 'default';
    pending.push(changeOf([key], sides, shownInput(key, pr), shownInput(key, value.effective ?? defaultOf(key))!, from));
  }
  return merged;
}

interface Merged {
  /** The value as written that applies; undefined for the default. */
  effective?: string;
  /** The pull request asked for something else, which waits for the merge. */
  pending: boolean;
}

function mergeInput(key: ConfigKey, trust: KeyTrust, values: { pr?: string; base?: string }, sides: Sides, context: TrustContext): Merged {
  const { pr, base } = values;
  switch (trust.how) {
    case 'pull-request':
    case 'entries':
      return { effective: pr, pending: false };
    case 'workflow':
      // load.ts refuses what would widen anything (allow-network: true); what is left changes nothing.
      return { pending: false };
    case 'base':
      if (key === 'policy-data') checkBaseSourcesExist(key, list(base ?? ''), sides, context);
      return { effective: base, pending: !sameInput(pr, base) };
    case 'stricter': {
      const rank = trust.rank!;
      const prRank = rank(pr ?? defaultOf(key));
      return prRank >= rank(base ?? defaultOf(key)) ? { effective: pr, pending: false } : { effective: base, pending: true };
    }
    case 'union':
      return mergeUnion(key, values, sides, context);
  }
}

/** Lists both sides name, so the pull request can add entries but not take the base's away. */
function mergeUnion(key: ConfigKey, { pr, base }: { pr?: string; base?: string }, sides: Sides, context: TrustContext): Merged {
  // `./policy/` and `policy` name one source: loaded twice, its rules would report twice.
  const prList = list(pr ?? defaultOf(key)).map(cleanEntry);
  const baseList = list(base ?? defaultOf(key)).map(cleanEntry);
  const merged = key === 'paths' ? unionPaths(baseList, prList, context.exists) : [...new Set([...prList, ...baseList])];
  if (key === 'policy-bundles') checkBaseSourcesExist(key, baseList, sides, context);
  const covers = merged.length === prList.length && merged.every((entry) => prList.includes(entry));
  return covers ? { effective: pr, pending: false } : { effective: merged.join('\n'), pending: true };
}

/**
 * What the base checks or the pull request checks: every include of either (none on one side is the whole
 * repository, so none), and only the excludes both make. An include of the base that leads into a directory the PR
 * deleted is dropped: there is nothing left there to check, and `paths` refuses an entry that matches no file.
 */
export function unionPaths(base: string[], pr: string[], exists: (path: string) => boolean): string[] {
  const [baseClean, prClean] = [base.map(cleanEntry), pr.map(cleanEntry)];
  const includes = (patterns: string[]) => patterns.filter((pattern) => !pattern.startsWith('!'));
  const excludes = (patterns: string[]) => patterns.filter((pattern) => pattern.startsWith('!'));
  const whole = includes(baseClean).length === 0 || includes(prClean).length === 0;
  const added = whole ? [] : includes(baseClean).filter((pattern) => !prClean.includes(pattern) && exists(literalPrefix(pattern)));
  const kept = whole ? [] : includes(prClean);
  return [...kept, ...added, ...excludes(prClean).filter((pattern) => baseClean.includes(pattern))];
}

/** A path or pattern as two configs may both write it: `./deploy/` and `deploy` (and `!./x` and `!x`) are one. */
function cleanEntry(entry: string): string {
  return entry.trim().replace(/^(!?)\.\/+/, '$1').replace(/(.)\/+$/, '$1');
}

/** The directories before a pattern's first wildcard (`apps` of `apps/*\/prod`); '.' when it starts with one. */
function literalPrefix(pattern: string): string {
  const segments = pattern.split('/');
  const wild = segments.findIndex((segment) => /[*?[\]{}]/.test(segment));
  return (wild < 0 ? segments : segments.slice(0, wild)).join('/') || '.';
}

/**
 * The base's policies judge the pull request, so they must still be there: a PR that deletes them is an error, not
 * a quieter gate. Removing one takes two pull requests: one that drops it from the config (merged), then the files.
 */
function checkBaseSourcesExist(key: ConfigKey, entries: string[], sides: Sides, context: TrustContext): void {
  const missing = entries.filter((entry) => !context.exists(entry));
  if (!missing.length || !sides.base) return;
  const base = sides.base;
  const problems = missing.map((entry) =>
    problemAt(
      base.document,
      [key],
      `'${entry}' (the base branch's config) is missing in this pull request; the base's policies judge a pull request until a change to them is merged: keep it, or first merge a pull request that drops it from ${key}`,
    ),
  );
  throw new ConfigError(problems);
}

function sameInput(a: string | undefined, b: string | undefined): boolean {
  return isDeepStrictEqual(list(a ?? ''), list(b ?? ''));
}

function defaultOf(key: ConfigKey): string {
  return (DEFAULTS as Partial<Record<ConfigKey, string>>)[key] ?? '';
}

/** What a setting without a value (and without a default) is shown as. */
const UNSET = 'unset';

/** Lists are one entry per line in the inputs record; shown comma-separated. No paths is the whole repository. */
function shownInput(key: ConfigKey, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const entries = list(value);
  if (entries.length) return entries.join(', ');
  return key === 'paths' ? 'the whole repository' : UNSET;
}

/**
 * Rule settings, id by id: `enabled: true` and a higher severity apply; `enabled: false`, a lower severity and
 * parameters the base does not have wait for the merge. A setting the PR drops falls back to the profile's
 * choice and the rule's own severity when that is stricter, and stays the base's otherwise.
 */
function mergeRules(sides: Sides, context: TrustContext, pending: PendingChange[]): Record<string, RuleSetting> {
  const prRules = sides.pr?.rules ?? {};
  const baseRules = sides.base?.rules ?? {};
  const merged: Record<string, RuleSetting> = {};
  for (const id of new Set([...Object.keys(prRules), ...Object.keys(baseRules)])) {
    const pr = prRules[id] ?? {};
    const base = baseRules[id] ?? {};
    const setting: RuleSetting = {};
    const hold = (field: keyof RuleSetting, proposed: string | undefined, applied: string, from: 'base' | 'default') =>
      pending.push(changeOf(['rules', id, field], sides, proposed, applied, from));

    if (pr.enabled === base.enabled || pr.enabled === true || (pr.enabled === undefined && base.enabled === false)) {
      if (pr.enabled !== undefined) setting.enabled = pr.enabled;
    } else {
      if (base.enabled !== undefined) setting.enabled = base.enabled;
      hold('enabled', pr.enabled === undefined ? undefined : String(pr.enabled), base.enabled === undefined ? "the profile's choice" : String(base.enabled), base.enabled === undefined ? 'default' : 'base');
    }

    const own = context.severityOf?.(id);
    if (pr.severity === base.severity || notLower(pr.severity ?? own, base.severity ?? own)) {
      if (pr.severity !== undefined) setting.severity = pr.severity;
    } else {
      if (base.severity !== undefined) setting.severity = base.severity;
      const applied = base.severity ?? (own ? `its own ${own}` : 'its own severity');
      hold('severity', pr.severity, applied, base.severity === undefined ? 'default' : 'base');
    }

    if (isDeepStrictEqual(pr.parameters, base.parameters)) {
      if (pr.parameters !== undefined) setting.parameters = pr.parameters;
    } else {
      if (base.parameters !== undefined) setting.parameters = base.parameters;
      hold('parameters', pr.parameters === undefined ? undefined : JSON.stringify(pr.parameters), base.parameters === undefined ? 'its defaults' : JSON.stringify(base.parameters), base.parameters === undefined ? 'default' : 'base');
    }
    if (Object.keys(setting).length) merged[id] = setting;
  }
  return merged;
}

const SEVERITY_RANK: Record<Severity, number> = { notice: 1, warning: 2, error: 3 };

/** `a` is at least as severe as `b`; unknown on either side (a custom rule's own severity) is not. */
function notLower(a: Severity | undefined, b: Severity | undefined): boolean {
  if (a === 'error' || b === 'notice') return true;
  return a !== undefined && b !== undefined && SEVERITY_RANK[a] >= SEVERITY_RANK[b];
}

/**
 * The base's exceptions decide: one of the pull request's applies (with its own line and reason) only when the
 * base has it with the same rules and selectors and an expiry no earlier; every other one waits for the merge.
 * An exception the PR removes stops applying, like any change that accepts less.
 */
function mergeExceptions(sides: Sides, pending: PendingChange[]): ConfigException[] {
  const base = sides.base?.exceptions ?? [];
  return (sides.pr?.exceptions ?? []).filter((exception, index) => {
    const same = base.filter((candidate) => isDeepStrictEqual(selectorOf(candidate), selectorOf(exception)));
    if (same.some((candidate) => expiresNoLater(exception, candidate))) return true;
    const verb = same.length ? `extends ${describeException(exception)} to ${exception.expires ?? 'no expiry'}` : `adds ${describeException(exception)}`;
    const key = formatKeyPath(['exceptions', index]);
    pending.push({
      key,
      file: exception.source.file,
      line: exception.source.line,
      proposed: describeException(exception),
      applied: same.length ? `the base's, until ${same[0]!.expires}` : 'none',
      message: `this pull request ${verb} at ${exception.source.file}:${exception.source.line}; the findings it would accept still count until it is merged`,
    });
    return false;
  });
}

function selectorOf(exception: ConfigException): unknown[] {
  return [[...exception.rules].sort(), exception.kind, exception.namespace, exception.name, exception.target, exception.file];
}

/** Dates as YYYY-MM-DD compare as text; no date is forever. */
function expiresNoLater(exception: ConfigException, base: ConfigException): boolean {
  if (base.expires === undefined) return true;
  return exception.expires !== undefined && exception.expires <= base.expires;
}

/** A pending change of one key, in the words every report uses. */
function changeOf(path: KeyPath, sides: Sides, proposed: string | undefined, applied: string, from: 'base' | 'default' | 'union'): PendingChange {
  const key = formatKeyPath(path);
  const { pr } = sides;
  const written = pr !== undefined && proposed !== undefined;
  const what = !pr ? `deletes ${sides.file}` : written ? `sets ${key}: ${proposed} in ${pr.file}` : `removes ${key} from ${pr.file}`;
  const state = BASE_STATE[sides.baseState];
  const own = applied === "the profile's choice" || applied.startsWith('its ');
  const clause =
    from === 'base'
      ? `the base branch's ${key}: ${applied} applies`
      : from === 'union'
        ? `${sides.baseState === 'config' ? "the base branch's" : 'the default'} ${key} still count as well${state}, so ${key}: ${applied} applies`
        : applied === UNSET
          ? `${key} stays unset${state}`
          : `${own ? applied : `the default ${key}: ${applied}`}${state} ${applied === 'its defaults' ? 'apply' : 'applies'}`;
  return {
    key,
    file: pr?.file ?? sides.file,
    ...(written && { line: lineAt(pr.document, path) }),
    ...(proposed !== undefined && { proposed }),
    applied,
    message: `this pull request ${what}; ${clause} until it is merged`,
  };
}

const BASE_STATE: Record<Sides['baseState'], string> = {
  config: '',
  none: ' (the base branch has no config file)',
  unreadable: " (the base branch's config could not be read)",
};

/** The pending changes of a run's config, for reports. */
export function pendingChanges(config: Config | undefined): PendingChange[] {
  return config?.trust?.pending ?? [];
}
