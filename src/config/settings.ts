// Settings from the action inputs (or CLI flags) over the config file, read from the repository without following
// a link out of it: the file is PR content, and its parse errors quote it.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { ConfigError } from '../errors.js';
import { Inputs, list, readSettings, type InputReader, type Settings } from '../inputs.js';
import { problemAt } from './document.js';
import { loadConfig, type Config, type ConfigReader } from './load.js';
import { withConfig } from './merge.js';

/** The config file (named by the `config` input, else the default one) under the inputs, then the settings. */
export function configuredSettings(read: InputReader, workspace: string, readFile: ConfigReader = repositoryReader(workspace)): Settings {
  const config = loadConfig(readFile, read(Inputs.config));
  if (config) checkPolicyPaths(config);
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
 * The config file is pull-request content: the policies and data it names must be files of the repository, or a
 * pull request could have the gate read (and quote in an error) any file on the runner. The workflow's own inputs
 * may name files elsewhere, e.g. a bundle an earlier step downloaded.
 */
function checkPolicyPaths(config: Config): void {
  const value = (config.document.value ?? {}) as Record<string, unknown>;
  const problems = [Inputs.policyBundles, Inputs.policyData].flatMap((key) => {
    const written = value[key];
    const entries: unknown[] = Array.isArray(written) ? written : typeof written === 'string' ? list(written) : [];
    return entries.flatMap((entry, index) =>
      typeof entry === 'string' && (isAbsolute(entry) || entry.split(/[\\/]/).includes('..'))
        ? [problemAt(config.document, Array.isArray(written) ? [key, index] : [key], `'${entry}' is outside the repository; expected a path inside it, relative to its root (the workflow's ${key} input may name other files)`)]
        : [],
    );
  });
  if (problems.length) throw new ConfigError(problems.join('\n'));
}
