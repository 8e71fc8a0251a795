// Finds the values line that gives a chart's `.Values` path its value, in Helm's precedence and scoped by chart:
// the deploying object's own values (src/manifests/deployervalues.ts), the user's files, then each parent chart's
// `<subchart>:` key, then the subchart's own values.yaml; a subchart reached through charts/ or a file:// dependency alike.
import { fileDependencies } from '../discover/helm.js';
import type { Target } from '../model.js';
import { deployerOrigins } from './deployervalues.js';
import type { ValuesPath } from './templatescan.js';
import { parsedText, textOrigin, type Reader, type ValuesOrigin } from './valuessource.js';

export type { Reader } from './valuessource.js';

export interface ValuesLocation {
  file: string;
  line: number;
  column: number;
}

/** A values file, with where the chart's values sit in it: `['alertmanager']` in the parent's values.yaml. */
interface ValuesSource {
  file: string;
  prefix: (string | number)[];
}

/** A place values come from, with where the chart's values sit in it. */
export interface ScopedOrigin {
  origin: ValuesOrigin;
  prefix: (string | number)[];
}

/**
 * The line in the file that decides `path` for the chart at `chartDir`: the first origin (highest precedence)
 * holding the whole path, else the one holding the longest part of it, as long as it holds `minimum` elements.
 */
export function locateValues(read: Reader, target: Target, chartDir: string, path: ValuesPath, minimum = path.length): ValuesLocation | undefined {
  let best: { location: ValuesLocation; depth: number } | undefined;
  for (const { origin, prefix } of valuesOrigins(read, target, chartDir, path[0] === 'global')) {
    const position = origin.locate([...prefix, ...path]);
    const depth = (position?.depth ?? 0) - prefix.length;
    if (!position || depth < minimum || depth <= (best?.depth ?? -1)) continue;
    best = { location: { file: origin.file, line: position.line, column: position.column }, depth };
    if (depth === path.length) break;
  }
  return best?.location;
}

/**
 * Highest precedence first: the deploying object's values (a HelmRelease's spec.values, an Application's
 * parameters and valuesObject), which apply to the root chart as the user's files do, then the values files.
 */
export function valuesOrigins(read: Reader, target: Target, chartDir: string, global: boolean): ScopedOrigin[] {
  const keys = global ? [] : chartChain(read, target.path, chartDir).slice(1).map((chart) => chart.key);
  return [
    ...deployerOrigins(read, target).map((origin) => ({ origin, prefix: keys })),
    ...valuesSources(read, target, chartDir, global).map(({ file, prefix }) => ({ origin: textOrigin(file, read(file) ?? ''), prefix })),
  ];
}

/** The values files, highest precedence first. Globals are read at the top of every file. */
export function valuesSources(read: Reader, target: Target, chartDir: string, global: boolean): ValuesSource[] {
  const chain = chartChain(read, target.path, chartDir);
  const keys = chain.slice(1).map((chart) => chart.key);
  const user = [...(target.helm?.valuesFiles ?? [])].reverse().map((file) => ({ file, prefix: global ? [] : keys }));
  const charts = chain.map((chart, level) => ({ file: chart.dir === '.' ? 'values.yaml' : `${chart.dir}/values.yaml`, prefix: global ? [] : keys.slice(level) }));
  return [...user, ...charts];
}

type Chain = { dir: string; key: string }[];

/** Subcharts nest a few levels: the search goes no deeper (a long chain of file:// dependencies is not followed further). */
const MAX_NESTING = 16;

/**
 * The charts from the root to `chartDir`, each with the key its parent's values use for it: through charts/<name>
 * directories, and through file:// dependencies (`file://helm`, `file://../../guestbook`), which helm packs into
 * charts/ under their alias, else their name. The root alone when `chartDir` is none of them.
 */
function chartChain(read: Reader, root: string, chartDir: string): Chain {
  let chains = knownChains.get(read);
  if (!chains) knownChains.set(read, (chains = new Map()));
  const key = `${root}\0${chartDir}`;
  let chain = chains.get(key);
  if (!chain) chains.set(key, (chain = findChain(read, root, chartDir)));
  return chain;
}

/** Chains found, per reader (a run's files): every finding of a chart asks for the same one. */
const knownChains = new WeakMap<Reader, Map<string, Chain>>();

/** Breadth first: a chart two parents reach (a file:// dependency of both) takes the shorter way. */
function findChain(read: Reader, root: string, chartDir: string): Chain {
  const start: Chain = [{ dir: root, key: '' }];
  const seen = new Set([root]);
  for (let queue = [start]; queue.length; ) {
    const chain = queue.shift()!;
    const { dir } = chain.at(-1)!;
    if (dir === chartDir) return chain;
    if (chain.length > MAX_NESTING) continue;
    for (const next of subcharts(read, dir, chartDir)) {
      if (seen.has(next.dir)) continue;
      seen.add(next.dir);
      queue.push([...chain, next]);
    }
  }
  return start;
}

/** The subcharts of `dir` on the way to `chartDir`: the charts/<name> it lies in, and every file:// dependency. */
function subcharts(read: Reader, dir: string, chartDir: string): Chain {
  const found: Chain = [];
  const charts = dir === '.' ? 'charts/' : `${dir}/charts/`;
  if (chartDir.startsWith(charts)) {
    const folder = chartDir.slice(charts.length).split('/')[0]!;
    found.push({ dir: `${charts}${folder}`, key: subchartKey(read, dir, `${charts}${folder}`, folder) });
  }
  for (const dependency of fileDependencies(dir, read)) found.push({ dir: dependency.chart, key: dependency.key });
  return found;
}

function subchartKey(read: Reader, parent: string, dir: string, folder: string): string {
  const name = (readYaml(read, `${dir}/Chart.yaml`)?.name as string | undefined) ?? folder;
  const dependencies = readYaml(read, parent === '.' ? 'Chart.yaml' : `${parent}/Chart.yaml`)?.dependencies;
  const entry = Array.isArray(dependencies) ? dependencies.find((dependency) => dependency?.name === name && typeof dependency?.alias === 'string') : undefined;
  return typeof entry?.alias === 'string' ? entry.alias : name;
}

function readYaml(read: Reader, file: string): Record<string, unknown> | undefined {
  const text = read(file);
  const value = text === undefined ? undefined : parsedText(text);
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
