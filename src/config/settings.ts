// Settings from the action inputs (or CLI flags) over the config file, read from the repository without following
// a link out of it: the file is PR content, and its parse errors quote it.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { ConfigError } from '../errors.js';
import { Inputs, readSettings, type InputReader, type Settings } from '../inputs.js';
import { loadConfig, type ConfigReader } from './load.js';
import { withConfig } from './merge.js';

/** The config file (named by the `config` input, else the default one) under the inputs, then the settings. */
export function configuredSettings(read: InputReader, workspace: string, readFile: ConfigReader = repositoryReader(workspace)): Settings {
  const config = loadConfig(readFile, read(Inputs.config));
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
