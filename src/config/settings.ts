// Settings from the action inputs (or CLI flags) over the config file, read from the repository without following
// a link out of it: the file is PR content, and its parse errors quote it.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ConfigError } from '../errors.js';
import { Inputs, list, readSettings, resolveRoot, type InputReader, type Settings } from '../inputs.js';
import type { Severity } from '../model.js';
import { problemAt } from './document.js';
import { defaultBundleDir, parseRules, type RuleInfo } from '../policy/bundle.js';
import { inspectConfigFile, type Config, type ConfigReader } from './load.js';
import type { RuleCatalogEntry } from './rules.js';
import { withConfig } from './merge.js';
import { trustConfig, type TrustedBase } from './trust.js';

/** On a pull request, where the settings a PR may not loosen come from (trust.ts); `as-is` elsewhere. */
export interface TrustOptions {
  base: TrustedBase;
  /** The bundled rules' own severities: whether a PR's re-grade raises or lowers one. */
  severityOf?: (id: string) => Severity | undefined;
}

/**
 * The config file (named by the `config` input, else the default one) under the inputs, then the settings. On a
 * pull request the file as the PR writes it is checked whole, and the config that applies is the base's where the
 * PR would loosen it (trust.ts); `settings.config.trust` lists what waits for the merge.
 */
export function configuredSettings(
  read: InputReader,
  workspace: string,
  readFile: ConfigReader = repositoryReader(workspace),
  trust: TrustOptions = { base: { kind: 'as-is' } },
  rules: readonly RuleCatalogEntry[] = bundledRules(),
): Settings {
  const proposed = checkedConfig(read, workspace, readFile, rules);
  if (trust.base.kind === 'as-is') return { ...readSettings(withConfig(read, proposed), workspace), ...(proposed && { config: proposed }) };
  // Every value the PR writes must be valid, also one that will not apply yet.
  readSettings(withConfig(read, proposed), workspace);
  const root = resolveRoot(workspace, read(Inputs.workingDirectory));
  const config = trustConfig(proposed, trust.base, { read, exists: (path) => existsSync(resolve(root, path)), ...(trust.severityOf && { severityOf: trust.severityOf }) });
  return { ...readSettings(withConfig(read, config), workspace), ...(config && { config }) };
}

/** A regular file inside `root`, or undefined when there is none; one that a link leads out of it is an error. */
export function repositoryReader(root: string): ConfigReader {
  return (path) => {
    const absolute = join(root, path);
    let real: string;
    try {
      real = realpathSync(absolute);
    } catch {
      return undefined;
    }
    const inside = relative(realpathSync(root), real);
    if (inside.startsWith('..') || isAbsolute(inside) || inside.split(sep)[0] === '.git' || !statSync(real).isFile()) {
      throw new ConfigError(`Invalid config '${path}': it leads to ${real}. Expected a regular file inside the repository.`);
    }
    return readFileSync(real, 'utf8');
  };
}

/**
 * The config file as written, with every problem of the file and of the inputs in one error: a reviewer fixes them
 * in one round, not one kind per run. The file's rule ids are checked against `rules` (the bundled catalog) unless
 * the inputs add or replace policies, whose ids are known once they load.
 */
function checkedConfig(read: InputReader, workspace: string, readFile: ConfigReader, rules: readonly RuleCatalogEntry[]): Config | undefined {
  const ownPolicies = list(read(Inputs.policyBundles)).length > 0 || read(Inputs.policyMode).trim().toLowerCase() === 'replace';
  const inspected = inspectConfigFile(readFile, read(Inputs.config), ownPolicies ? undefined : rules);
  const fileProblems = inspected ? [...inspected.problems, ...policyPathProblems(inspected.config)] : [];
  // Inputs beside a file with problems: alone, so a value the schema already refused is not reported twice.
  const inputProblems = settingsProblems(() => readSettings(withConfig(read, fileProblems.length ? undefined : inspected?.config), workspace));
  if (fileProblems.length || inputProblems.length) throw new ConfigError([...fileProblems, ...inputProblems]);
  return inspected?.config;
}

function settingsProblems(read: () => Settings): readonly string[] {
  try {
    read();
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

/** The bundled rules' ids and parameters (none when the bundle cannot be read: the ids are then checked as it loads). */
function bundledRules(): RuleInfo[] {
  try {
    const path = join(defaultBundleDir(), 'rules.json');
    return parseRules(path, readFileSync(path));
  } catch {
    return [];
  }
}

/**
 * The config file is pull-request content: the policies and data it names must be files of the repository, or a
 * pull request could have the gate read (and quote in an error) any file on the runner. The workflow's own inputs
 * may name files elsewhere, e.g. a bundle an earlier step downloaded.
 */
function policyPathProblems(config: Config): string[] {
  const value = (config.document.value ?? {}) as Record<string, unknown>;
  return [Inputs.policyBundles, Inputs.policyData].flatMap((key) => {
    const written = value[key];
    const entries: unknown[] = Array.isArray(written) ? written : typeof written === 'string' ? list(written) : [];
    return entries.flatMap((entry, index) =>
      typeof entry === 'string' && (isAbsolute(entry) || entry.split(/[\\/]/).includes('..'))
        ? [problemAt(config.document, Array.isArray(written) ? [key, index] : [key], `'${entry}' is outside the repository; expected a path inside it, relative to its root (the workflow's ${key} input may name other files)`)]
        : [],
    );
  });
}
