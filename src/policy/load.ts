// The policies a run evaluates: the bundled library and the user's bundles, the config's rule settings, and `data`.
import { tmpdir } from 'node:os';
import type { Settings } from '../inputs.js';
import { ConfigError } from '../errors.js';
import { checkRuleIds, configureRules, parameterData, ruleChoices, type RuleChoices } from '../config/rules.js';
import type { RuleInfo } from './bundle.js';
import { loadPolicyData, mergeData, type Data } from './data.js';
import { loadBundledSource } from './sources/bundled.js';
import { EvaluationThreads } from './threads.js';
import { loadPolicySources, withUniqueRuleIds, type PolicySource } from './sources/index.js';

export interface Policies {
  sources: PolicySource[];
  choices: RuleChoices;
  /** Rule ids reported whatever the profile. */
  enabled: Set<string>;
  /** The user's policy-data and the config's rule parameters. */
  data: Data;
  /** Evaluation threads the sources share: the runner starts them for a big run and closes them. */
  threads: EvaluationThreads;
}

export interface PolicyOptions extends Pick<Settings, 'config' | 'policyBundles' | 'policyData' | 'policyMode' | 'policyNamespaces' | 'regoVersion'>, Partial<Pick<Settings, 'renderTimeoutMs'>> {
  /** Real path of the repository: relative policy paths are its. */
  root: string;
  /** Directory of our compiled bundle; the one in dist/ by default. */
  bundleDir?: string;
  /** Rule ids to report whatever the profile. */
  enable?: string[];
  /** Where compiled user bundles are cached. */
  cacheDir?: string;
}

/** Everything about policies that can be wrong is found here, before anything renders. */
export async function loadPolicies(options: PolicyOptions): Promise<Policies> {
  const threads = new EvaluationThreads();
  const bundled = options.policyMode === 'replace' ? [] : [await loadBundledSource(options.bundleDir, threads)];
  // A user's policies evaluate on guarded threads of their own (guard.ts), never on the shared ones.
  const custom = await loadPolicySources(options.policyBundles, {
    root: options.root,
    regoVersion: options.regoVersion,
    namespaces: options.policyNamespaces.length ? options.policyNamespaces : ['main'],
    cacheDir: options.cacheDir ?? process.env.RUNNER_TEMP ?? tmpdir(),
    // A policy from the repository gets what a render gets: render-timeout (which a pull request may lower, never
    // raise), here for all its loading and evaluating in the run (guard.ts).
    budgetMs: options.renderTimeoutMs,
  });
  if (bundled.length + custom.length === 0) {
    throw new ConfigError("Invalid policy-mode 'replace' with no policy-bundles. Expected policy-bundles naming your policies, or policy-mode 'extend'.");
  }
  const sources = withUniqueRuleIds([...bundled, ...custom]);
  const rules = sources.flatMap((source) => source.rules);
  if (options.config) checkRuleIds(options.config, rules);
  const choices = ruleChoices(options.config);
  const data = mergeData(loadPolicyData(options.policyData, options.root), { kpg: { parameters: parameterData(rules, choices) } });
  const problems = sources.flatMap((source) => source.dataProblems?.(data) ?? []);
  if (problems.length) throw new ConfigError([`Invalid policy data (from policy-data or the config's rule parameters):`, ...problems]);
  return { sources, choices, enabled: new Set([...(options.enable ?? []), ...choices.enabled]), data, threads };
}

/**
 * Every rule the sources describe, as the config sets them. Read after evaluation: a prebuilt bundle in our style
 * carries no METADATA, so its rules are described as they first report.
 */
export function configuredRules(policies: Policies): RuleInfo[] {
  return configureRules(policies.sources.flatMap((source) => source.rules), policies.choices);
}
