// Loads the policy-bundles entries: each path's kind (archive, wasm, Rego directory, YAML) and style (ours, conftest's, Gatekeeper's).
import { existsSync, realpathSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { ConfigError } from '../../errors.js';
import { ENTRYPOINT } from '../evaluate.js';
import { DEFAULT_POLICY_BUDGET_MS, PolicyBudget } from '../guard.js';
import { kpgSource } from './bundled.js';
import { conftestEntrypoints, conftestSource } from './conftest.js';
import { loadGatekeeper } from './gatekeeper.js';
import { readPolicyObjects } from './gatekeeper-objects.js';
import { compileRegoDirectory, noRulesError, readRegoDirectory } from './rego.js';
import type { PolicySource, SourceOptions } from './types.js';
import { BundleTooLarge, instantiate, readBundleArchive, readWasmFile, type CompiledPolicy } from './wasm.js';

export type { PolicySource, SourceOptions } from './types.js';

const EXPECTED = 'Expected an OPA bundle (.tar.gz) or a .wasm built with `opa build -t wasm`, a directory of .rego files, or Gatekeeper YAML';

/**
 * The sources of every entry, in order (an entry in both our style and conftest's gives two), then one source for
 * the Gatekeeper templates and constraints among all entries. Rule ids are unique across them.
 */
export async function loadPolicySources(entries: string[], options: SourceOptions): Promise<PolicySource[]> {
  for (const entry of entries) {
    if (!existsSync(resolve(options.root, entry))) throw new ConfigError(`Invalid policy-bundles entry '${entry}': it does not exist. ${EXPECTED}.`);
    checkInside(entry, options.root);
  }
  // All entries at once: a constraint may sit in another entry than its template.
  const gatekeeper = await loadGatekeeper(entries, options);
  const sources: PolicySource[] = [];
  for (const entry of entries) {
    // Each entry's own time budget: one policy that loops cannot use up another's.
    const budget = new PolicyBudget(options.budgetMs ?? DEFAULT_POLICY_BUDGET_MS);
    let compiled: CompiledPolicy | undefined;
    try {
      compiled = await loadEntry(entry, options);
    } catch (error) {
      if (!(error instanceof BundleTooLarge)) throw error;
      sources.push(stoppedSource(entry, error.message));
      continue;
    }
    if (compiled) sources.push(...(await sourcesOf(compiled, budget)));
  }
  if (gatekeeper) sources.push(gatekeeper);
  return withUniqueRuleIds(sources);
}

/**
 * A relative entry comes from the repository (the config file, which the pull request may change) and must stay
 * inside it once links are resolved, as policy-data must (data.ts); an absolute one can only come from the workflow.
 * Links inside a Rego directory are refused where it is read (rego.ts).
 */
function checkInside(entry: string, root: string): void {
  if (isAbsolute(entry)) return;
  const real = realpathSync(resolve(root, entry));
  const inside = relative(realpathSync(root), real);
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new ConfigError(`Invalid policy-bundles entry '${entry}': it leads to ${real}, outside the repository. Expected a file or directory inside it.`);
  }
}

/** A policy that was stopped before it could evaluate anything: each object is reported as not judged by it. */
function stoppedSource(origin: string, reason: string): PolicySource {
  return { origin, style: 'kpg', rules: [], evaluateAll: (resources) => resources.map((resource) => ({ resource, error: reason })) };
}

/** The entry's compiled policy; undefined when it holds Gatekeeper objects only (its Rego is theirs). */
async function loadEntry(entry: string, options: SourceOptions): Promise<CompiledPolicy | undefined> {
  const path = resolve(options.root, entry);
  if ((await stat(path)).isDirectory()) {
    const directory = await readRegoDirectory(path, entry, options.namespaces);
    if (directory.entrypoints.length) return compileRegoDirectory(directory, options);
    if (await holdsGatekeeper(entry, options)) return undefined;
    throw noRulesError(directory, options.namespaces);
  }
  if (/\.(tar\.gz|tgz)$/i.test(path)) return readBundleArchive(path, entry);
  if (/\.wasm$/i.test(path)) return readWasmFile(path, entry);
  if (/\.ya?ml$/i.test(path) && (await holdsGatekeeper(entry, options))) return undefined;
  throw new ConfigError(`Invalid policy-bundles entry '${entry}'. ${EXPECTED}.`);
}

async function holdsGatekeeper(entry: string, options: SourceOptions): Promise<boolean> {
  const { templates, constraints } = await readPolicyObjects([entry], options.root);
  return templates.length + constraints.length > 0;
}

/**
 * The style follows the entrypoints the bundle was built with: kpg/violations is ours; deny, warn, violation
 * (and deny_*, warn_*, violation_*) in any package are conftest's. Other entrypoints are not evaluated.
 */
export async function sourcesOf(compiled: CompiledPolicy, budget: PolicyBudget): Promise<PolicySource[]> {
  const policy = await instantiate(compiled, budget);
  if (policy.stopped) return [stoppedSource(compiled.origin, policy.stopped)];
  const sources: PolicySource[] = [];
  // Both styles share the one instance: each sets its data before it evaluates, one source after the other.
  if (policy.entrypoints.includes(ENTRYPOINT)) sources.push(kpgSource(compiled, policy));
  const conftest = conftestEntrypoints(policy.entrypoints);
  if (conftest.length) sources.push(conftestSource(compiled, policy, conftest));
  if (sources.length === 0) {
    throw new ConfigError(
      `Policy bundle '${compiled.origin}' has no entrypoint this gate can evaluate; it has ${policy.entrypoints.join(', ') || 'none'}. ` +
        `Expected ${ENTRYPOINT} (our style) or conftest rules such as main/deny, main/warn, main/violation: build with \`opa build -t wasm -e main/deny -e main/warn\`.`,
    );
  }
  return sources;
}

/**
 * A conftest rule id names a Rego rule (`main.deny`), so two directories that both hold package main describe the
 * same rule the same way: the first describes it. Our style's ids must not repeat (put the bundled source first to check its ids too).
 */
export function withUniqueRuleIds(sources: PolicySource[]): PolicySource[] {
  const seen = new Map<string, string>();
  return sources.map((source) => {
    const rules = source.rules.filter((rule) => {
      const first = seen.get(rule.id);
      if (first === undefined) {
        seen.set(rule.id, source.origin);
        return true;
      }
      if (source.style === 'conftest') return false;
      throw new ConfigError(`Rule '${rule.id}' is defined by both policy bundle '${first}' and '${source.origin}'. Expected each rule id once: rename one (METADATA custom.id).`);
    });
    return rules.length === source.rules.length ? source : { ...source, rules };
  });
}
