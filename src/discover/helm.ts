// How helm sees a chart directory: whether it renders, which of its files it renders, which charts it packs in, its release name.
import { basename, dirname, join, normalize, relative } from 'node:path/posix';
import { readFirstMapping } from './read.js';

export const CHART_FILE = 'Chart.yaml';

/** Files of a chart directory that helm reads as the chart itself, never as objects to deploy. */
const CHART_OWN_FILES = new Set([CHART_FILE, 'Chart.lock', 'requirements.yaml', 'requirements.lock', 'values.yaml', 'values.yml', 'values.schema.json']);

/** `helm template` renders templates/, installs crds/ (the renderer passes --include-crds) and recurses into charts/. */
const RENDERED_DIRECTORIES = ['templates/', 'crds/', 'charts/'];

export function chartFile(chart: string): string {
  return chart === '.' ? CHART_FILE : `${chart}/${CHART_FILE}`;
}

/**
 * helm reads Chart.yaml with sigs.k8s.io/yaml: the first document, the last of duplicate keys (`type: library`
 * then `type: application` is an application). go-yaml applies `<<` merges in an order the yaml package does not
 * copy, so a Chart.yaml with a merge key is not taken for a library: it renders, and helm refuses it if it is one.
 */
export function isLibraryChart(chartYaml: string): boolean {
  return readFirstMapping(chartYaml, { uniqueKeys: false })?.type === 'library';
}

/** The chart nearest above a file, if any. */
export function owningChart(file: string, charts: string[]): string | undefined {
  return charts.filter((chart) => isWithin(file, chart)).sort((a, b) => b.length - a.length)[0];
}

/**
 * How helm treats a file: `chart` when it renders it (or reads it as the chart), so it is checked through its chart;
 * `library` for templates/ and crds/ of a library chart, which never render (a Chart.yaml saying `type: library`
 * must not hide plain manifests in a templates/ directory beside it); `none` for every other file.
 */
export function chartRole(file: string, charts: string[], libraries: Set<string>): 'chart' | 'library' | 'none' {
  const chart = owningChart(file, charts);
  if (chart === undefined) return 'none';
  const inChart = chart === '.' ? file : relative(chart, file);
  if (CHART_OWN_FILES.has(inChart)) return 'chart';
  if (libraries.has(chart) && !inChart.startsWith('charts/') && RENDERED_DIRECTORIES.some((directory) => inChart.startsWith(directory))) {
    return 'library';
  }
  return RENDERED_DIRECTORIES.some((directory) => inChart.startsWith(directory)) ? 'chart' : 'none';
}

/** The chart that holds this one as a subchart in its charts/ directory (`<parent>/charts/<name>`), if any. */
export function parentChart(chart: string, charts: string[]): string | undefined {
  if (chart === '.' || basename(dirname(chart)) !== 'charts') return undefined;
  const parent = dirname(dirname(chart));
  return charts.includes(parent) ? parent : undefined;
}

/** A chart's dependency that helm packs in from a directory of this repository (`repository: file://<dir>`). */
export interface FileDependency {
  /** The dependency's chart directory, repository-relative. */
  chart: string;
  /** The key the parent's values give it: its alias, else its name. */
  key: string;
  /** Values paths (`redis.enabled,global.redis`) that may leave it out of the parent's render. */
  condition?: string;
  /** `tags` that may leave it out of the parent's render. */
  tags?: string[];
}

/** What `helm dependency build` follows for a dependency that charts/ lacks. */
const LOCK_FILES = ['Chart.lock', 'requirements.lock'];

/**
 * The chart's file:// dependencies inside the repository, as helm reads Chart.yaml (sigs.k8s.io/yaml: the first
 * document, the last of duplicate keys). One a lock file places elsewhere is left out: `dependency build` renders
 * that other place. A file that cannot be read so gives none, so its charts are still checked on their own.
 */
export function fileDependencies(chart: string, read: (path: string) => string | undefined): FileDependency[] {
  const locked = LOCK_FILES.flatMap((file) => dependencyEntries(chart, file, read) ?? []);
  return listedDependencies(chart, read).flatMap((entry): FileDependency[] => {
    const directory = fileDirectory(chart, entry.repository);
    if (directory === undefined || directory === chart || entry.name === undefined) return [];
    if (locked.some((lock) => lock.name === entry.name && fileDirectory(chart, lock.repository) !== directory)) return [];
    const alias = typeof entry.alias === 'string' && entry.alias !== '' ? entry.alias : undefined;
    const tags = Array.isArray(entry.tags) ? entry.tags.map(String) : [];
    return [
      {
        chart: directory,
        key: alias ?? entry.name,
        ...(typeof entry.condition === 'string' && entry.condition.trim() !== '' && { condition: entry.condition }),
        ...(tags.length > 0 && { tags }),
      },
    ];
  });
}

/**
 * Whether the chart lists a dependency that only the network brings: not file://, and not in its charts/ (as
 * src/render/dependencies.ts tells vendored ones: `charts/<name>/` or `charts/<name>-<version>.tgz`). Offline, its
 * render is refused before helm runs, so its file:// dependencies are checked through it only if they render alone.
 */
export function needsFetching(chart: string, read: (path: string) => string | undefined, files: string[]): boolean {
  const vendored = new Set(
    files.flatMap((file) => {
      const inCharts = chart === '.' ? file : file.slice(chart.length + 1);
      if (!isWithin(file, chart) || !inCharts.startsWith('charts/')) return [];
      return [inCharts.split('/')[1]!];
    }),
  );
  const isVendored = (name: string) => vendored.has(name) || [...vendored].some((entry) => entry.startsWith(`${name}-`) && entry.endsWith('.tgz'));
  return listedDependencies(chart, read).some(
    (entry) => entry.name !== undefined && !String(entry.repository ?? '').startsWith('file://') && !isVendored(entry.name),
  );
}

type DependencyEntry = Record<string, unknown> & { name?: string };

/**
 * The dependencies helm renders the chart with: helm's loader reads Chart.yaml, then requirements.yaml (of any
 * apiVersion) into the same metadata, so a `dependencies` list there replaces Chart.yaml's.
 */
function listedDependencies(chart: string, read: (path: string) => string | undefined): DependencyEntry[] {
  return dependencyEntries(chart, 'requirements.yaml', read) ?? dependencyEntries(chart, CHART_FILE, read) ?? [];
}

/** The `dependencies` entries of one of the chart's files (undefined when it lists none), each with its name as text. */
function dependencyEntries(chart: string, file: string, read: (path: string) => string | undefined): DependencyEntry[] | undefined {
  const text = read(chart === '.' ? file : `${chart}/${file}`);
  const listed = text ? readFirstMapping(text, { uniqueKeys: false })?.dependencies : undefined;
  if (!Array.isArray(listed)) return undefined;
  return listed
    .filter((entry): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null && !Array.isArray(entry))
    .map((entry) => ({ ...entry, name: typeof entry.name === 'string' || typeof entry.name === 'number' ? String(entry.name) : undefined }));
}

/** `file://<path>` relative to the chart → the repository directory; undefined for any other repository or outside. */
function fileDirectory(chart: string, repository: unknown): string | undefined {
  // helm matches the scheme case-sensitively (strings.HasPrefix), so `FILE://x` is no local chart to it either.
  if (typeof repository !== 'string' || !repository.startsWith('file://')) return undefined;
  const path = repository.slice('file://'.length);
  if (path.startsWith('/')) return undefined;
  const directory = normalize(join(chart, path)).replace(/(.)\/+$/, '$1');
  return directory === '..' || directory.startsWith('../') ? undefined : directory;
}

/**
 * Whether helm leaves the dependency in the parent's render with these values (highest precedence first): as
 * helm's ProcessDependencyEnabled decides, tags first, then the first condition path holding a boolean overrides.
 */
export function isDependencyEnabled(dependency: FileDependency, values: Record<string, unknown>[]): boolean {
  let enabled = true;
  const tags = (dependency.tags ?? []).map((tag) => valueAt(values, ['tags', tag])).filter((value) => typeof value === 'boolean');
  if (tags.length && !tags.includes(true)) enabled = false;
  // Split as helm splits it: the whole condition trimmed, each path as written (`a, b` looks up ` b`, found nowhere).
  for (const path of (dependency.condition ?? '').trim().split(',').filter(Boolean)) {
    const value = valueAt(values, path.split('.'));
    if (typeof value === 'boolean') return value;
  }
  return enabled;
}

/** The value at `path` in the first (highest precedence) values that set it or a mapping above it to something else. */
function valueAt(values: Record<string, unknown>[], path: string[]): unknown {
  for (const layer of values) {
    let node: unknown = layer;
    let depth = 0;
    while (depth < path.length && typeof node === 'object' && node !== null && !Array.isArray(node) && Object.hasOwn(node, path[depth]!)) {
      node = (node as Record<string, unknown>)[path[depth]!];
      depth++;
    }
    if (depth === path.length) return node;
    // A mapping without the key merges with the values below it; a scalar or null (which deletes them) replaces them.
    if (depth > 0 && (typeof node !== 'object' || node === null || Array.isArray(node))) return undefined;
  }
  return undefined;
}

/**
 * A release name from the chart directory's name, made a DNS-1123 label as helm demands (at most 53 characters):
 * a directory named `--post-renderer=sh` or `--no-hooks` must reach helm as neither a flag nor an invalid name.
 */
export function defaultReleaseName(chart: string): string {
  const label = basename(chart)
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+/, '')
    .slice(0, 53)
    .replace(/-+$/, '');
  return label || 'release';
}

export function isWithin(path: string, directory: string): boolean {
  return directory === '.' || path === directory || path.startsWith(`${directory}/`);
}
