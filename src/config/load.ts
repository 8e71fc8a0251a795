// The config file (.kube-policy-gate.yaml) → one checked Config. Pure: the file reader is passed in.
import { ConfigError } from '../errors.js';
import type { Severity } from '../model.js';
import { lineAt, parseConfigDocument, problemAt, type ConfigDocument } from './document.js';
import type { ConfigException } from './exceptions.js';
import { schemaProblems } from './schema.js';
import { readVariants, type RenderVariant } from './variants.js';

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
}

/** Keys of the file that are not action inputs. */
const CONFIG_ONLY = new Set(['rules', 'exceptions', 'variants']);

/**
 * The config named by the `config` input (or `--config`), else the default file when it exists. A named file that
 * does not exist is an error (a typo would otherwise silently drop every exception); a missing default is no config.
 */
export function loadConfig(read: ConfigReader, named = ''): Config | undefined {
  const wanted = named.trim();
  if (wanted) {
    const text = read(wanted);
    if (text === undefined) throw new ConfigError(`Invalid config '${wanted}': no such file. Expected a YAML file relative to the repository root, or an empty config input to use ${DEFAULT_CONFIG_FILES[0]} when it exists.`);
    return parseConfig(wanted, text);
  }
  const present = DEFAULT_CONFIG_FILES.filter((file) => read(file) !== undefined);
  if (present.length > 1) throw new ConfigError(`Both ${present.join(' and ')} exist. Expected one config file: merge them into ${DEFAULT_CONFIG_FILES[0]}.`);
  return present[0] === undefined ? undefined : parseConfig(present[0], read(present[0])!);
}

/** Parses and checks one config file's text; every problem is reported at once, each at its line. */
export function parseConfig(file: string, text: string): Config {
  const document = parseConfigDocument(file, text);
  const problems = schemaProblems(document);
  if (problems.length) throw new ConfigError(problems.join('\n'));
  const value = (document.value ?? {}) as Record<string, unknown>;
  const exceptions = ((value.exceptions ?? []) as Record<string, unknown>[]).map((entry, index) =>
    toException(entry, { file, line: lineAt(document, ['exceptions', index]) }),
  );
  const meaning = exceptions.flatMap((exception, index) => exceptionProblems(document, exception, index));
  if (meaning.length) throw new ConfigError(meaning.join('\n'));
  const variants = readVariants(document, value.variants);
  return { file, inputs: inputValues(value), rules: (value.rules ?? {}) as Record<string, RuleSetting>, exceptions, variants, document };
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
  const selected = exception.kind ?? exception.namespace ?? exception.name ?? exception.target ?? exception.file;
  if (exception.rules.includes('*') && selected === undefined) {
    problems.push(problemAt(document, ['exceptions', index, 'rules'], `'*' with no selector would switch the gate off; expected kind, namespace, name, target or file to say which objects`));
  }
  if (exception.expires !== undefined && !isCalendarDate(exception.expires)) {
    problems.push(problemAt(document, ['exceptions', index, 'expires'], `'${exception.expires}' is not a date; expected a real day as YYYY-MM-DD such as 2026-06-30`));
  }
  return problems;
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
