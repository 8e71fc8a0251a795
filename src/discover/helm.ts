// How helm sees a chart directory: whether it renders at all, which of its files it renders, its default release name.
import { basename, dirname, relative } from 'node:path/posix';
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

/** The chart that renders this one as a subchart (`<parent>/charts/<name>`), if any. */
export function parentChart(chart: string, charts: string[]): string | undefined {
  if (chart === '.' || basename(dirname(chart)) !== 'charts') return undefined;
  const parent = dirname(dirname(chart));
  return charts.includes(parent) ? parent : undefined;
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
