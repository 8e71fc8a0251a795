// The policies' `data`: the user's policy-data files, the config's rule parameters, then our own per-target facts.
import { readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { ConfigError, errorMessage } from '../errors.js';

export type Data = Record<string, unknown>;

/**
 * Reads each policy-data file (JSON or YAML, an object at the top) and merges them in order. A relative path is the
 * repository's and must stay inside it once links are resolved; an absolute one can only come from the workflow
 * (the config file's paths are checked to be relative, see src/config/settings.ts).
 */
export function loadPolicyData(files: string[], root: string): Data {
  return files.reduce<Data>((data, file) => mergeData(data, readDataFile(file, root)), {});
}

function readDataFile(file: string, root: string): Data {
  const path = resolve(root, file);
  let text: string;
  try {
    const real = realpathSync(path);
    const inside = relative(realpathSync(root), real);
    if (!isAbsolute(file) && (inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside))) {
      throw new ConfigError(`Invalid policy-data '${file}': it leads to ${real}, outside the repository. Expected a file inside it.`);
    }
    text = readFileSync(real, 'utf8');
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`Invalid policy-data '${file}': ${errorMessage(error)}. Expected a JSON or YAML file.`);
  }
  let value: unknown;
  try {
    value = parse(text, { uniqueKeys: true, maxAliasCount: 100 });
  } catch (error) {
    throw new ConfigError(`Invalid policy-data '${file}': ${errorMessage(error).split('\n')[0]}. Expected a JSON or YAML object.`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError(`Invalid policy-data '${file}': the document is ${Array.isArray(value) ? 'a list' : value === null ? 'empty' : `a ${typeof value}`}. Expected an object whose keys become data.<key>.`);
  }
  return value as Data;
}

/** Objects merge key by key, recursively; anything else in `over` replaces what `base` had. */
export function mergeData(base: Data, over: Data): Data {
  const merged: Data = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const before = merged[key];
    merged[key] = isObject(before) && isObject(value) ? mergeData(before, value) : value;
  }
  return merged;
}

function isObject(value: unknown): value is Data {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
