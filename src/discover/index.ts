// Finds targets: kustomization roots, Helm charts, and plain Kubernetes YAML files that belong to neither.
import { basename, dirname, join } from 'node:path/posix';
import { parse } from 'yaml';
import { ConfigError } from '../errors.js';
import type { HelmVariant, Target } from '../model.js';
import { isSelected, parseSelection } from './select.js';

export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

export interface DiscoverOptions {
  /** Globs relative to the repository root; `!` excludes. */
  paths: string[];
  /** Repository-relative values files; each applies to the chart that contains it, or to every chart. */
  valuesFiles: string[];
  releaseName?: string;
  namespace?: string;
  kubeVersion?: string;
}

/** What discovery needs from the repository, injected so this stays pure. */
export interface RepositoryView {
  files: string[];
  read(path: string): string;
}

export function discoverTargets(repository: RepositoryView, options: DiscoverOptions): Target[] {
  const selection = parseSelection(options.paths);
  const files = repository.files;
  const charts = files.filter((file) => basename(file) === 'Chart.yaml').map(dirname);
  const insideChart = (file: string) => charts.some((chart) => isWithin(file, chart));
  // Library charts only lend templates to others; `helm template` refuses them.
  const topCharts = charts.filter(
    (chart) => !charts.some((other) => other !== chart && isWithin(chart, other)) && !isLibraryChart(repository.read(chartFile(chart))),
  );

  const kustomizations = files.filter((file) => KUSTOMIZATION_FILES.includes(basename(file)) && !insideChart(file));
  const kustomizeDirs = kustomizations.map(dirname);
  const references = new Map(kustomizations.map((file) => [dirname(file), referencedPaths(file, repository.read(file))]));
  // A Component only means something inside the kustomizations that use it; it cannot be built alone.
  const selectedKustomize = kustomizations.filter((file) => isSelected(file, selection) && !isComponent(repository.read(file))).map(dirname);
  const roots = selectedKustomize.filter(
    (dir) => !selectedKustomize.some((other) => other !== dir && reaches(other, dir, references, new Set())),
  );
  const referencedFiles = new Set([...references.values()].flat());
  const kustomizeDirSet = new Set(kustomizeDirs);

  const plain = files.filter(
    (file) =>
      /\.ya?ml$/i.test(file) &&
      isSelected(file, selection) &&
      !insideChart(file) &&
      !referencedFiles.has(file) &&
      !kustomizeDirSet.has(dirname(file)) &&
      looksLikeKubernetes(repository.read(file)),
  );

  const targets: Target[] = [
    ...roots.map((path): Target => ({ kind: 'kustomize', path })),
    ...topCharts
      .filter((chart) => isSelected(chartFile(chart), selection))
      .map((path): Target => ({ kind: 'helm', path, helm: helmVariant(path, options, charts) })),
    ...plain.map((path): Target => ({ kind: 'manifests', path })),
  ];
  return targets.sort((a, b) => a.path.localeCompare(b.path) || a.kind.localeCompare(b.kind));
}

function helmVariant(chart: string, options: DiscoverOptions, charts: string[]): HelmVariant {
  const valuesFiles = options.valuesFiles.filter((file) => {
    const owner = charts.filter((candidate) => isWithin(file, candidate)).sort((a, b) => b.length - a.length)[0];
    return owner === undefined || owner === chart;
  });
  return {
    releaseName: options.releaseName || basename(chart === '.' ? 'release' : chart),
    namespace: options.namespace || undefined,
    valuesFiles,
    kubeVersion: options.kubeVersion || undefined,
  };
}

/** Repository-relative files and directories a kustomization refers to (resources, bases, components, patches…). */
function referencedPaths(file: string, text: string): string[] {
  let spec: Record<string, unknown>;
  try {
    spec = (parse(text) ?? {}) as Record<string, unknown>;
  } catch {
    // A broken kustomization still renders (and fails) as a target of its own; here it refers to nothing.
    return [];
  }
  if (typeof spec !== 'object' || Array.isArray(spec)) return [];
  const directory = dirname(file);
  const list = (value: unknown) => (Array.isArray(value) ? value : []);
  const entries: unknown[] = [
    ...list(spec.resources),
    ...list(spec.bases),
    ...list(spec.components),
    ...list(spec.crds),
    ...list(spec.patchesStrategicMerge),
    ...list(spec.patches).map((patch) => (patch as Record<string, unknown> | null)?.path),
    ...list(spec.patchesJson6902).map((patch) => (patch as Record<string, unknown> | null)?.path),
    ...list(spec.replacements).map((replacement) => (replacement as Record<string, unknown> | null)?.path),
    ...[...list(spec.configMapGenerator), ...list(spec.secretGenerator)].flatMap((generator) => [
      ...list((generator as Record<string, unknown> | null)?.files).map((entry) => String(entry).split('=').pop()),
      ...list((generator as Record<string, unknown> | null)?.envs),
    ]),
  ];
  return entries
    .filter((entry): entry is string => typeof entry === 'string' && !entry.includes('\n') && !/^[a-z]+:\/\//i.test(entry))
    // posix.join keeps a trailing slash (`../base/`); the directory is the same without it.
    .map((entry) => join(directory, entry).replace(/(.)\/+$/, '$1'));
}

function reaches(from: string, to: string, references: Map<string, string[]>, seen: Set<string>): boolean {
  if (seen.has(from)) return false;
  seen.add(from);
  for (const path of references.get(from) ?? []) {
    if (path === to || (references.has(path) && reaches(path, to, references, seen))) return true;
  }
  return false;
}

function chartFile(chart: string): string {
  return chart === '.' ? 'Chart.yaml' : `${chart}/Chart.yaml`;
}

function isLibraryChart(chartYaml: string): boolean {
  return /^type:[ \t]*["']?library["']?[ \t]*(#.*)?$/m.test(chartYaml);
}

function isComponent(kustomization: string): boolean {
  return /^kind:[ \t]*["']?Component["']?[ \t]*(#.*)?$/m.test(kustomization);
}

/** At least one document with top-level apiVersion and kind. */
export function looksLikeKubernetes(text: string): boolean {
  return /^apiVersion:[ \t]*\S/m.test(text) && /^kind:[ \t]*\S/m.test(text);
}

/** Validates values files named by the user before anything renders. */
export function checkValuesFiles(files: string[], existing: Set<string>): void {
  for (const file of files) {
    if (!existing.has(file)) throw new ConfigError(`Invalid values-files entry '${file}'. Expected a file in the repository (paths are relative to its root).`);
  }
}

function isWithin(path: string, directory: string): boolean {
  return directory === '.' || path === directory || path.startsWith(`${directory}/`);
}
