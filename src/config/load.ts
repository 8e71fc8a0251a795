// The config file (.kube-policy-gate.yaml) → one checked Config. Pure: the file reader is passed in.
import { ConfigError } from '../errors.js';
import type { Severity } from '../model.js';
import { lineAt, parseConfigDocument, problemAt, type ConfigDocument, type KeyPath } from './document.js';
import { Inputs } from '../inputs.js';
import { selectsEverything, type ConfigException } from './exceptions.js';
import { schemaErrors } from './schema.js';
import type { ConfigTrust } from './trust.js';
import { ruleIdProblems, type RuleCatalogEntry } from './rules.js';
import { variantsOf, type RenderVariant } from './variants.js';

/** Where the config is looked for when the `config` input is empty, relative to the repository root. */
export const DEFAULT_CONFIG_FILES = ['.kube-policy-gate.yaml', '.kube-policy-gate.yml'] as const;

/** Reads a repository-relative file; undefined when there is none. */
export type ConfigReader = (path: string) => string | undefined;

export interface RuleSetting {
  /** true: reported whatever the profile (optional rules too); false: never reported. */
  enabled?: boolean;
  /** Reported at this severity instead of the rule's own. */
  severity?: Severity;
  /** Values the rule reads from `data` instead of its defaults. */
  parameters?: Record<string, unknown>;
}

export interface Config {
  /** Repository-relative path of the file, as messages and findings show it. */
  file: string;
  /** The settings that are also action inputs, written as the input would be (lists one entry per line), by input name. */
  inputs: Readonly<Record<string, string>>;
  /** Settings per rule id, as written; check the ids with checkRuleIds once the rules are known. */
  rules: Readonly<Record<string, RuleSetting>>;
  exceptions: ConfigException[];
  /** Render variants of charts and overlays (`variants:`). */
  variants?: RenderVariant[];
  /** The parsed file, kept so later checks (rule ids) can name lines. */
  document: ConfigDocument;
  /** On a pull request: what the base branch's config held back (see trust.ts); absent when the file applies as written. */
  trust?: ConfigTrust;
}

/** Keys of the file that are not action inputs. */
const CONFIG_ONLY = new Set(['rules', 'exceptions', 'variants']);

/**
 * The config named by the `config` input (or `--config`), else the default file when it exists. A named file that
 * does not exist is an error (a typo would otherwise silently drop every exception); a missing default is no config.
 */
export function loadConfig(read: ConfigReader, named = ''): Config | undefined {
  const inspected = inspectConfigFile(read, named);
  if (inspected?.problems.length) throw new ConfigError(inspected.problems);
  return inspected?.config;
}

/** As loadConfig, with the problems of the file returned beside it; `rules`: as for inspectConfig. */
export function inspectConfigFile(read: ConfigReader, named = '', rules?: readonly RuleCatalogEntry[]): InspectedConfig | undefined {
  const wanted = named.trim();
  if (wanted) {
    const text = read(wanted);
    if (text === undefined) throw new ConfigError(`Invalid config '${wanted}': no such file. Expected a YAML file relative to the repository root, or an empty config input to use ${DEFAULT_CONFIG_FILES[0]} when it exists.`);
    return inspectConfig(wanted, text, rules);
  }
  const present = DEFAULT_CONFIG_FILES.filter((file) => read(file) !== undefined);
  if (present.length > 1) throw new ConfigError(`Both ${present.join(' and ')} exist. Expected one config file: merge them into ${DEFAULT_CONFIG_FILES[0]}.`);
  return present[0] === undefined ? undefined : inspectConfig(present[0], read(present[0])!, rules);
}

/** Parses and checks one config file's text; every problem is reported at once, each at its line. */
export function parseConfig(file: string, text: string, rules?: readonly RuleCatalogEntry[]): Config {
  const { config, problems } = inspectConfig(file, text, rules);
  if (problems.length) throw new ConfigError(problems);
  return config;
}

/** A config file as far as it reads, and every problem in it (none: the config applies). */
export interface InspectedConfig {
  config: Config;
  /** One per mistake, in the order of the file's lines. */
  problems: string[];
}

/**
 * Every problem of the file in one round, so that fixing one never reveals the next: duplicate keys, the schema,
 * what the schema cannot say, variants, and with `rules` (the catalog, when the file names no policies of its
 * own) unknown rule ids and parameters. Only a file that does not read as YAML at all (syntax, size, depth,
 * aliases) stops at its first problem. The config beside the problems is read as far as the file allows.
 */
export function inspectConfig(file: string, text: string, rules?: readonly RuleCatalogEntry[]): InspectedConfig {
  const document = parseConfigDocument(file, text);
  const value = isRecord(document.value) ? document.value : {};
  const schema = schemaErrors(document);
  // What the schema refused is reported once, by it: the checks below read only what it let through.
  const refused = (...prefix: KeyPath) => schema.some((error) => prefix.every((key, index) => error.path[index] === key));
  // A refused entry excepts nothing (so it names no rule to check), and keeps the others' positions.
  const entries = Array.isArray(value.exceptions) ? value.exceptions : [];
  const sound = (index: number) => isRecord(entries[index]) && !refused('exceptions', index);
  const exceptions = entries.map((entry, index) => toException(sound(index) ? (entry as Record<string, unknown>) : { rules: [] }, { file, line: lineAt(document, ['exceptions', index]) }));
  const variants = variantsOf(document, value.variants);
  const written = isRecord(value.rules) ? Object.fromEntries(Object.entries(value.rules).filter(([, setting]) => isRecord(setting))) : {};
  const config: Config = { file, inputs: inputValues(value), rules: written as Record<string, RuleSetting>, exceptions, variants: variants.variants, document };
  const problems = [
    ...document.duplicates,
    ...schema.map((error) => error.text),
    ...workflowOnlyProblems(document, value),
    ...exceptions.flatMap((exception, index) => (sound(index) ? exceptionProblems(document, exception, index) : [])),
    ...(refused('variants') ? [] : variants.problems),
    ...(rules?.length && !namesOwnPolicies(value) ? ruleIdProblems(config, rules) : []),
  ];
  return { config, problems: inFileOrder(file, problems) };
}

/**
 * Rule ids can be checked with the file only against a complete catalog: policies the file adds (or the bundled
 * rules it replaces) are known once they load, and their ids are checked then.
 */
function namesOwnPolicies(value: Record<string, unknown>): boolean {
  const bundles = value[Inputs.policyBundles];
  return (Array.isArray(bundles) ? bundles.length > 0 : typeof bundles === 'string' && bundles.trim() !== '') || value[Inputs.policyMode] === 'replace';
}

/** Problems of one file (each starts `file:line:`) in the order of its lines: the order a reader fixes them in. */
function inFileOrder(file: string, problems: string[]): string[] {
  const line = (problem: string) => Number(/^(\d+):/.exec(problem.slice(file.length + 1))?.[1] ?? 0);
  return [...new Set(problems)].sort((a, b) => line(a) - line(b));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function inputValues(value: Record<string, unknown>): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const [key, setting] of Object.entries(value)) {
    if (!CONFIG_ONLY.has(key)) inputs[key] = Array.isArray(setting) ? setting.join('\n') : String(setting);
  }
  return inputs;
}

/** What the schema cannot say: real calendar dates, and no exception for every rule on every object. */
function exceptionProblems(document: ConfigDocument, exception: ConfigException, index: number): string[] {
  const problems: string[] = [];
  if (exception.rules.length === 0) problems.push(problemAt(document, ['exceptions', index, 'rules'], 'names no rule; expected a rule id or a list of rule ids'));
  else if (selectsEverything(exception)) {
    const written = (['rules', 'kind', 'namespace', 'name', 'target', 'file'] as const)
      .filter((key) => exception[key] !== undefined)
      .map((key) => `${key} ${key === 'rules' ? exception.rules.join(', ') : `'${exception[key]}'`}`)
      .join(', ');
    problems.push(
      problemAt(document, ['exceptions', index], `${written} accepts every rule on every object and would switch the gate off; expected kind, namespace, name, target or file naming which objects (a glob that matches everything does not)`),
    );
  }
  if (exception.expires !== undefined && !isCalendarDate(exception.expires)) {
    problems.push(problemAt(document, ['exceptions', index, 'expires'], `'${exception.expires}' is not a date; expected a real day as YYYY-MM-DD such as 2026-06-30`));
  }
  return problems;
}

/**
 * Settings that widen what a render can reach come from the workflow only, like `github-token`: the config file is
 * pull-request content, and a PR must not open the network for its own renders (a HelmRepository at a metadata
 * address, a remote base on a private network). `false` changes nothing and is accepted.
 */
function workflowOnlyProblems(document: ConfigDocument, value: Record<string, unknown>): string[] {
  if (value[Inputs.allowNetwork] !== true) return [];
  return [
    problemAt(
      document,
      [Inputs.allowNetwork],
      `true is refused in the config file: it is part of the pull request, which must not open the network for its own renders; set the workflow's allow-network input (--allow-network on the command line) instead`,
    ),
  ];
}

function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** An `exceptions:` entry as the schema has checked it, into a ConfigException (`rules: a, b` as a list too). */
export function toException(entry: Record<string, unknown>, source: ConfigException['source']): ConfigException {
  const rules = Array.isArray(entry.rules) ? (entry.rules as string[]) : String(entry.rules).split(',');
  const exception: ConfigException = { rules: rules.map((rule) => rule.trim()).filter(Boolean), reason: String(entry.reason).trim(), source };
  for (const key of ['kind', 'namespace', 'name', 'target', 'file', 'expires', 'owner'] as const) {
    if (typeof entry[key] === 'string') exception[key] = entry[key];
  }
  return exception;
}
