// What every policy source (our bundle, a user's bundle, conftest rules, Gatekeeper templates) gives the pipeline.
import type { Resource } from '../../model.js';
import type { RuleInfo } from '../bundle.js';
import type { Evaluation } from '../evaluate.js';

/** How a source's policies are written; decides how its results become violations. */
export type PolicyStyle = 'kpg' | 'conftest' | 'gatekeeper';

export interface PolicySource {
  /** Where it came from, as the user named it (a repository-relative or absolute path). */
  origin: string;
  style: PolicyStyle;
  /**
   * Every rule it can report, with the metadata reports need. Ids are unique across all sources; a custom rule
   * has `custom: true` and is reported in every profile (the user asked for it by adding the bundle).
   */
  rules: RuleInfo[];
  /**
   * Evaluates resources (one target's at a time) with `data` merged over the source's own data. Each violation
   * names a rule id from `rules`; its `path` is the offending field when known, else [] (the object).
   */
  evaluateAll(resources: Resource[], data: Record<string, unknown>): Evaluation[] | Promise<Evaluation[]>;
  /**
   * The source is this policy module in our style, evaluated with `data` as given and with a fixed set of rules:
   * evaluation threads may then run it themselves, beside parsing and deciding (stream.ts).
   */
  threadable?: ArrayBuffer;
  /** Messages for what `data` holds that this source's rules cannot use (a mistyped parameter); optional. */
  dataProblems?(data: Record<string, unknown>): string[];
}

/** A source that evaluates in process and answers at once (conftest rules, Gatekeeper templates). */
export interface InProcessSource extends PolicySource {
  evaluateAll(resources: Resource[], data: Record<string, unknown>): Evaluation[];
}

/** Options every loader receives. */
export interface SourceOptions {
  /** Absolute path of the repository checkout: relative entries are resolved against it. */
  root: string;
  /** Rego syntax of user .rego files (conftest repositories are often still v0). */
  regoVersion: 'v0' | 'v1';
  /** conftest packages to read `deny`/`warn`/`violation` rules from (default ['main']). */
  namespaces: string[];
  /** Where compiled bundles are cached by content hash (RUNNER_TEMP on a runner). */
  cacheDir: string;
  /**
   * Time each policy-bundles entry may spend loading and evaluating in the whole run (guard.ts), in ms; the Gatekeeper
   * templates share one. The render timeout by default (load.ts).
   */
  budgetMs?: number;
}
