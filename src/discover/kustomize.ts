// How kustomize reads a kustomization: whether it is a Component, and which files and directories it renders.
import { dirname, join } from 'node:path/posix';
import { readFirstMapping } from './read.js';

export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

export interface Kustomization {
  /** `kind: Component`: only meaningful inside the kustomizations that use it. */
  component: boolean;
  /** Repository paths of the files and directories it builds from (resources, bases, components, patches…). */
  references: string[];
  /** `helmCharts` entries: the chart directory they render from when local (`<chartHome>/<name>`), else the repository. */
  helmCharts?: { name: string; chartDirectory: string; repo?: string }[];
}

/** What kustomize would not render from: nothing is referenced, so nothing is left to it alone. */
const UNREADABLE: Kustomization = { component: false, references: [] };

/**
 * kustomize reads the first YAML document only: a second one saying `kind: Component` changes nothing. Where our
 * reading could differ from kustomize's (a syntax error, a duplicate key, a `<<` merge, which go-yaml resolves by
 * order), the kustomization counts as a plain Kustomization referring to nothing: it is built as a target, and
 * every file beside it is also checked alone. Checking twice is noise; trusting a wrong reading would be a bypass.
 */
export function readKustomization(file: string, text: string): Kustomization {
  const spec = readFirstMapping(text, { uniqueKeys: true });
  if (spec === undefined) return UNREADABLE;
  const helmCharts = helmChartsOf(dirname(file), spec);
  return { component: spec.kind === 'Component', references: referencedPaths(dirname(file), spec), ...(helmCharts.length && { helmCharts }) };
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
  const paths = (value: unknown) => list(value).map((entry) => (entry as Record<string, unknown> | null)?.path);
  const entries: unknown[] = [
    ...list(spec.resources),
    ...list(spec.bases),
    ...list(spec.components),
    ...list(spec.crds),
    ...list(spec.patchesStrategicMerge),
    ...paths(spec.patches),
    ...paths(spec.patchesJson6902),
    ...paths(spec.replacements),
    // Plugin configurations: kustomize runs them (and fails on a Pod), it does not deploy them.
    ...list(spec.generators),
    ...list(spec.transformers),
    ...list(spec.validators),
  ];
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
