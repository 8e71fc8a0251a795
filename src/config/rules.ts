// Rule ids and parameters in the config file checked against the rules that exist, and what the settings ask for.
import { matchesGlob } from 'node:path/posix';
import { ConfigError } from '../errors.js';
import { PIPELINE_RULES, type ConfigurationSummary, type Severity } from '../model.js';
import { problemAt, type KeyPath } from './document.js';
import type { Config } from './load.js';
import { suggestion } from './suggest.js';

/** What the config may name: a rule and the parameters it reads (bundled from rules.json, custom from bundles). */
export interface RuleCatalogEntry {
  id: string;
  /** The parameters the rule reads; undefined when the rule does not declare them (then they are not checked). */
  parameters?: { name: string; type?: string; items?: { type: string } }[];
}

/** Finding ids that are not rules but may be excepted by name (they have no `rules:` settings). */
export const EXCEPTABLE_FINDINGS: readonly string[] = [...Object.values(PIPELINE_RULES), 'not-checked', 'namespace-pss-relaxed'];

/**
 * Every rule id and parameter name the config writes must exist: a typo would otherwise silently leave a rule
 * on, or an exception unused. Known only once the policy bundles are loaded, so this runs after loadConfig.
 */
export function checkRuleIds(applied: Config, rules: readonly RuleCatalogEntry[], otherIds: readonly string[] = EXCEPTABLE_FINDINGS): void {
  // On a pull request the file as the PR writes it, pending settings included (a typo there is still a typo); the
  // base's part of the config that applies was checked on the base branch.
  const config = applied.trust ? applied.trust.proposed : applied;
  const problems = config ? ruleIdProblems(config, rules, otherIds) : [];
  if (problems.length) throw new ConfigError(problems);
}

/** checkRuleIds' problems, one per unknown id or parameter, at its line. */
export function ruleIdProblems(config: Config, rules: readonly RuleCatalogEntry[], otherIds: readonly string[] = EXCEPTABLE_FINDINGS): string[] {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const ids = [...byId.keys()];
  const problems: string[] = [];
  const at = (path: KeyPath, message: string) => problems.push(problemAt(config.document, path, message));
  for (const [id, setting] of Object.entries(config.rules)) {
    const rule = byId.get(id);
    if (!rule) at(['rules', id], `unknown rule '${id}'${suggestion(id, ids)}; expected a rule id of the bundled or your own policies`);
    else if (rule.parameters) for (const problem of parameterProblems(rule, rule.parameters, setting.parameters ?? {})) at(['rules', id, 'parameters', ...problem.path], problem.message);
  }
  const exceptable = [...ids, ...otherIds];
  config.exceptions.forEach((exception, index) => {
    exception.rules.forEach((pattern, position) => {
      if (pattern === '*' || exceptable.some((id) => id === pattern || matchesGlob(id, pattern))) return;
      at(exceptionRulePath(config, index, position), `'${pattern}' matches no rule${suggestion(pattern, exceptable)}; expected a rule id or a glob of rule ids`);
    });
  });
  return problems;
}

/** `exceptions[0].rules[1]`, or `exceptions[0].rules` when they were written as one string. */
function exceptionRulePath(config: Config, index: number, position: number): KeyPath {
  const entries = (config.document.value as { exceptions?: { rules?: unknown }[] }).exceptions;
  return Array.isArray(entries?.[index]?.rules) ? ['exceptions', index, 'rules', position] : ['exceptions', index, 'rules'];
}

interface ParameterProblem {
  path: KeyPath;
  message: string;
}

function parameterProblems(rule: RuleCatalogEntry, known: NonNullable<RuleCatalogEntry['parameters']>, parameters: Record<string, unknown>): ParameterProblem[] {
  const names = known.map((parameter) => parameter.name);
  return Object.entries(parameters).flatMap(([name, value]): ParameterProblem[] => {
    const parameter = known.find((candidate) => candidate.name === name);
    if (!parameter) {
      const expected = names.length ? `expected one of ${names.join(', ')}` : `rule ${rule.id} takes no parameters`;
      return [{ path: [name], message: `unknown parameter '${name}' of rule ${rule.id}${suggestion(name, names)}; ${expected}` }];
    }
    if (parameter.type && !hasType(value, parameter.type)) {
      return [{ path: [name], message: `${JSON.stringify(value)} is ${jsonType(value)}; expected ${parameter.type}` }];
    }
    const itemType = parameter.items?.type;
    if (itemType && Array.isArray(value)) {
      const index = value.findIndex((item) => !hasType(item, itemType));
      if (index >= 0) return [{ path: [name, index], message: `${JSON.stringify(value[index])} is ${jsonType(value[index])}; expected a list of ${itemType}s` }];
    }
    return [];
  });
}

/** JSON Schema's type names; a type the catalog names that is not one of them is not checked here. */
function hasType(value: unknown, type: string): boolean {
  const actual = jsonType(value);
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'number') return actual === 'number';
  return !['string', 'boolean', 'array', 'object', 'null'].includes(type) || actual === type;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** What `rules:` asks of rule selection, severities and policy data, in the shapes the policy stage takes. */
export interface RuleChoices {
  /** Reported whatever the profile (merge into CheckOptions.enable / Selection.enabled). */
  enabled: string[];
  /** Never reported: left out of rulesToRun and dropped in decide. */
  disabled: string[];
  severities: Record<string, Severity>;
  /** Per rule id, what goes to `data` beside today's defaults. */
  parameters: Record<string, Record<string, unknown>>;
}

export function ruleChoices(config: Config | undefined): RuleChoices {
  const choices: RuleChoices = { enabled: [], disabled: [], severities: {}, parameters: {} };
  for (const [id, setting] of Object.entries(config?.rules ?? {})) {
    if (setting.enabled === true) choices.enabled.push(id);
    if (setting.enabled === false) choices.disabled.push(id);
    if (setting.severity) choices.severities[id] = setting.severity;
    if (setting.parameters) choices.parameters[id] = setting.parameters;
  }
  return choices;
}

/** The rules as the config file sets them: disabled ones left out (never run, never reported), severities re-graded. */
export function configureRules<R extends { id: string; severity: Severity }>(rules: readonly R[], choices: RuleChoices): R[] {
  const disabled = new Set(choices.disabled);
  return rules.filter((rule) => !disabled.has(rule.id)).map((rule) => (choices.severities[rule.id] ? { ...rule, severity: choices.severities[rule.id]! } : rule));
}

/** `rules.<id>.parameters` as the policies read them: data.kpg.parameters.<package>. */
export function parameterData(rules: readonly { id: string; package: string }[], choices: RuleChoices): Record<string, Record<string, unknown>> {
  const packages = new Map(rules.map((rule) => [rule.id, rule.package]));
  return Object.fromEntries(Object.entries(choices.parameters).flatMap(([id, values]) => (packages.has(id) ? [[packages.get(id)!, values]] : [])));
}

/** What a config file changes about the rules as they apply, and on a pull request what waits for the merge. */
export function describeConfiguration(config: Config | undefined): ConfigurationSummary | undefined {
  if (!config) return undefined;
  const choices = ruleChoices(config);
  return {
    file: config.file,
    disabled: choices.disabled,
    enabled: choices.enabled,
    regraded: Object.entries(choices.severities).map(([rule, severity]) => ({ rule, severity })),
    parameters: Object.keys(choices.parameters),
    exceptions: config.exceptions.length,
    ...(config.trust && { pending: config.trust.pending, trustedFrom: config.trust.base }),
  };
}

