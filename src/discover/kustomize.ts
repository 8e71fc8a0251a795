// How kustomize reads a kustomization: whether it is a Component, which files and directories it renders, and
// which files are fragments (patches, plugin configurations) that are never objects of their own.
import { dirname, join } from 'node:path/posix';
import { isMap, isNode, isScalar, parseAllDocuments, type Pair } from 'yaml';
import { readFirstMapping } from './read.js';

export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

export interface Kustomization {
  /** `kind: Component`: only meaningful inside the kustomizations that use it. */
  component: boolean;
  /** Repository paths of the files and directories it builds from (resources, bases, components, patches…). */
  references: string[];
  /** `helmCharts` entries: the chart directory they render from when local (`<chartHome>/<name>`), else the repository. */
  helmCharts?: { name: string; chartDirectory: string; repo?: string }[];
  /**
   * Files it reads as changes to other objects or as plugin configurations (patches, replacement sources,
   * generators, transformers, validators), read leniently: named here even when kustomize refuses the kustomization.
   */
  fragments: string[];
  /** Not read as kustomize reads it (a syntax error, a duplicate key): which files it uses is not known. */
  unread?: true;
}

/**
 * kustomize reads the first YAML document only: a second one saying `kind: Component` changes nothing. Where our
 * reading could differ from kustomize's (a syntax error, a duplicate key, a `<<` merge, which go-yaml resolves by
 * order), the kustomization counts as a plain Kustomization referring to nothing: it is built as a target (whose
 * render error fails the run), and every file beside it but its fragments is also checked alone. Checking twice is
 * noise; trusting a wrong reading of its resources would be a bypass.
 */
export function readKustomization(file: string, text: string): Kustomization {
  const spec = readFirstMapping(text, { uniqueKeys: true });
  // A fragment is a patch or a plugin's configuration whichever reading is right, never an object deployed alone.
  const fragments = fragmentPaths(dirname(file), spec === undefined ? leniently(text) : [spec]);
  if (spec === undefined) return { component: false, references: [], fragments, unread: true };
  const helmCharts = helmChartsOf(dirname(file), spec);
  const references = [...new Set([...referencedPaths(dirname(file), spec), ...fragments])];
  return { component: spec.kind === 'Component', references, fragments, ...(helmCharts.length && { helmCharts }) };
}

/**
 * Every reading of the first document the yaml package can recover: each of duplicate keys, and what a top-level
 * `<<` merges in, as mappings of their own (a union: kustomize keeps one of them, and which is not guessed here).
 */
function leniently(text: string): Record<string, unknown>[] {
  const [document] = parseAllDocuments(text, { version: '1.1', uniqueKeys: false });
  if (!document || !isMap(document.contents)) return [];
  const readings: Record<string, unknown>[] = [];
  const read = (pair: Pair) => {
    try {
      const value: unknown = isNode(pair.value) ? pair.value.toJS(document, { maxAliasCount: 100 }) : pair.value;
      if (isScalar(pair.key) && pair.key.source === '<<') readings.push(...[value].flat().filter(isRecord));
      else if (isScalar(pair.key)) readings.push({ [String(pair.key.value)]: value });
    } catch {
      // An alias bomb or a dangling alias names no file.
    }
  };
  for (const pair of document.contents.items) read(pair);
  return readings;
}

/** kustomize looks for a chart in `<helmGlobals.chartHome or charts>/<name>` beside the kustomization first. */
function helmChartsOf(directory: string, spec: Record<string, unknown>): NonNullable<Kustomization['helmCharts']> {
  const globals = spec.helmGlobals as { chartHome?: unknown } | undefined;
  const home = typeof globals?.chartHome === 'string' ? globals.chartHome : 'charts';
  return list(spec.helmCharts).flatMap((entry) => {
    const chart = entry as { name?: unknown; repo?: unknown } | null;
    if (typeof chart?.name !== 'string') return [];
    const repo = typeof chart.repo === 'string' && chart.repo !== '' ? { repo: chart.repo } : {};
    return [{ name: chart.name, chartDirectory: join(directory, home, chart.name), ...repo }];
  });
}

/**
 * Generator inputs (configMapGenerator and secretGenerator `files`/`envs`) are left out on purpose: they become
 * data in a ConfigMap, so a Pod listed there is not deployed by this kustomization and is checked as a file.
 */
function referencedPaths(directory: string, spec: Record<string, unknown>): string[] {
  return repositoryPaths(directory, [...list(spec.resources), ...list(spec.bases), ...list(spec.components), ...list(spec.crds)]);
}

/**
 * Patches are listed as kustomize takes them and as it refuses them (`patches: [patch.yaml]`, a string where it wants
 * `{path}`): either way the file is a change to another object, and judged alone it is a fragment with ten findings.
 */
function fragmentPaths(directory: string, readings: Record<string, unknown>[]): string[] {
  const paths = (value: unknown) => list(value).map((entry) => (typeof entry === 'string' ? entry : (entry as Record<string, unknown> | null)?.path));
  const entries = readings.flatMap((spec) => [
    ...list(spec.patchesStrategicMerge),
    ...paths(spec.patches),
    ...paths(spec.patchesJson6902),
    ...paths(spec.replacements),
    // Plugin configurations: kustomize runs them (and fails on a Pod), it does not deploy them.
    ...list(spec.generators),
    ...list(spec.transformers),
    ...list(spec.validators),
  ]);
  return [...new Set(repositoryPaths(directory, entries))];
}

function repositoryPaths(directory: string, entries: unknown[]): string[] {
  return (
    entries
      // Inline patches and plugin configs hold newlines; remote bases hold a scheme.
      .filter((entry): entry is string => typeof entry === 'string' && entry !== '' && !entry.includes('\n') && !/^[a-z]+:\/\//i.test(entry))
      // posix.join keeps a trailing slash (`../base/`); the directory is the same without it.
      .map((entry) => join(directory, entry).replace(/(.)\/+$/, '$1'))
  );
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** configMapGenerator and secretGenerator `files` (`key=path` too) and `envs`: data of an object that is checked. */
export function generatorInputs(directory: string, text: string): string[] {
  const spec = readFirstMapping(text, { uniqueKeys: false }) ?? {};
  const generators = [spec.configMapGenerator, spec.secretGenerator].flatMap((value) => (Array.isArray(value) ? value : []));
  return generators.flatMap((generator: { files?: unknown; envs?: unknown; env?: unknown }) =>
    [...strings(generator?.files), ...strings(generator?.envs), ...strings([generator?.env])].map((entry) => join(directory, entry.slice(entry.indexOf('=') + 1))),
  );
}

/**
 * An entry for `name` that the kustomization's author commented out (`#- manager_webhook_patch.yaml`, kubebuilder's
 * scaffold): a file kept beside the kustomization on purpose, which it does not deploy.
 */
export function commentedOut(kustomizationText: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\s*#\\s*-?\\s*(?:path:\\s*)?(?:\\./)?${escaped}\\s*(?:#.*)?$`, 'm').test(kustomizationText);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
