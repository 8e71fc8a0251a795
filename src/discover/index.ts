// Finds targets: every buildable kustomization, top-level Helm charts, and Kubernetes files rendered by neither.
import { basename, dirname } from 'node:path/posix';
import { ConfigError } from '../errors.js';
import type { HelmVariant, Target } from '../model.js';
import { chartFile, CHART_FILE, chartRole, defaultReleaseName, fileDependencies, isDependencyEnabled, isLibraryChart, isWithin, needsFetching, owningChart, parentChart, type FileDependency } from './helm.js';
import { commentedOut, generatorInputs, KUSTOMIZATION_FILES, readKustomization, type Kustomization } from './kustomize.js';
import { isManifestFile } from './manifest.js';
import { crdsInFiles } from './crds.js';
import { readFirstMapping } from './read.js';
import { everyDocumentNameless, fragmentReason, isChartTemplateFile, nonObjectFileReason } from './kinds.js';
import { isSelected, parseSelection, type Selection } from './select.js';
import { testAssertions } from './testharness.js';
import { closestFile } from '../config/suggest.js';
import type { RenderVariant } from '../config/variants.js';

export { KUSTOMIZATION_FILES } from './kustomize.js';

export interface DiscoverOptions {
  /** Globs relative to the repository root; `!` excludes. */
  paths: string[];
  /** Repository-relative values files; each applies to the chart that contains it, or to every chart. */
  valuesFiles: string[];
  releaseName?: string;
  namespace?: string;
  kubeVersion?: string;
  /** Kustomize `helmCharts`: true/false; undefined renders them when every chart is local (or allowNetwork). */
  enableHelm?: boolean;
  allowNetwork?: boolean;
  /** Render a chart once per `ci/*-values.yaml` (chart-testing's convention); default true. */
  helmCiValues?: boolean;
  /** The config file's render variants, which replace the default render of their chart or kustomization. */
  config?: { variants?: RenderVariant[] };
}

/** What discovery needs from the repository, injected so this stays pure. */
export interface RepositoryView {
  files: string[];
  read(path: string): string;
  /** The file's text, or undefined when it was not read (too large to judge, unreadable), where `read` gives ''. */
  readIfReadable?(path: string): string | undefined;
}

export function discoverTargets(repository: RepositoryView, options: DiscoverOptions): Target[] {
  const selection = parseSelection(options.paths);
  const charts = repository.files.filter((file) => basename(file) === CHART_FILE).map(dirname);
  const libraries = new Set(charts.filter((chart) => isLibraryChart(repository.read(chartFile(chart)))));
  const role = (file: string) => chartRole(file, charts, libraries);
  const kustomizations = readKustomizations(repository, (file) => role(file) !== 'chart');
  const kustomize = kustomizeTargets(kustomizations, selection, helmChartsEnabled(kustomizations, new Set(repository.files), options));
  const rendered = renderedByKustomize(kustomize, kustomizations);
  const unused = notAppliedFiles(repository, kustomizations);
  const valuesFiles = new Set(options.valuesFiles);
  // Groups the repository's CRDs define are Kubernetes objects too (kinds.ts); read only when a file needs it.
  let crdGroups: Set<string> | undefined;
  const kindContext = () => ({ crdGroups: (crdGroups ??= new Set(crdsInFiles(repository.files.map((path) => ({ path, text: repository.read(path) }))).map((crd) => crd.group))) });
  const plain = repository.files.filter(
    (file) =>
      isSelected(file, selection) &&
      !KUSTOMIZATION_FILES.includes(basename(file)) &&
      role(file) !== 'chart' &&
      !valuesFiles.has(file) &&
      !rendered.has(file) &&
      !unused.has(file) &&
      isManifestFile(file, repository.readIfReadable ? repository.readIfReadable(file) : repository.read(file), {
        unparsable: role(file) === 'none' && !isChartTemplateFile(file, repository.read(file), charts) && !isTemplated(repository.read(file)),
      }) &&
      nonObjectFileReason(repository.read(file), kindContext()) === undefined,
  );
  const targets: Target[] = [
    ...withVariants(kustomize, options.config?.variants ?? []),
    ...helmTargets(charts, libraries, selection, repository, options).flatMap((path) => chartTargets(path, options, charts, repository.files)),
    ...plain.map((path): Target => ({ kind: 'manifests', path })),
  ];
  return targets.sort((a, b) => a.path.localeCompare(b.path) || a.kind.localeCompare(b.kind));
}

type KustomizationFile = Kustomization & { file: string };

/**
 * Files that nothing applies as they stand, with why: those beside a kustomization that does not use them
 * (unusedBesideKustomizations), a test harness's assertions (testharness.ts), and anywhere a fragment the API server
 * would refuse (a kubeadm patch: a Pod without an image). Listed as not checked, never judged as broken objects.
 */
export function notAppliedFiles(repository: RepositoryView, kustomizations: ReadonlyMap<string, KustomizationFile>): Map<string, string> {
  const found = new Map([...testAssertions(repository), ...unusedBesideKustomizations(repository, kustomizations)]);
  for (const file of repository.files) {
    if (found.has(file) || !/\.(ya?ml|json)$/i.test(file)) continue;
    const text = repository.read(file);
    // A parse only where a workload may lack its image or selector: nearly every manifest has both.
    const maybe = /\bkind"?\s*:/.test(text) && (!text.includes('image') || (/\b(Deployment|StatefulSet|DaemonSet|ReplicaSet)\b/.test(text) && !text.includes('selector')));
    const fragment = maybe ? fragmentReason(text) : undefined;
    if (fragment) found.set(file, `${fragment}: nothing applies it as it stands`);
  }
  return found;
}

/** Jinja or Go templating (`{% for %}`, `{{ .x }}`): a file that does not parse as YAML is a template, not a manifest. */
export function isTemplated(text: string): boolean {
  return /\{%|\{\{/.test(text);
}

/**
 * Files beside a kustomization that no kustomization uses, and that nothing deploys as they stand, with why: a
 * workload the API server would refuse (a strategic-merge patch: no selector, no image), or one the kustomization's
 * author commented out (`#- manager_webhook_patch.yaml`) unless a Skaffold config names its directory (Skaffold's
 * rawYaml deploys such files: microservices-demo's loadgenerator). A generator input without `metadata` is the data
 * of the ConfigMap the kustomization generates (a KatibConfig). Anything else beside a kustomization is still judged
 * as a file: a pipeline may `kubectl apply -f` it. A kustomization not read as kustomize reads it vouches for nothing.
 */
export function unusedBesideKustomizations(repository: RepositoryView, kustomizations: ReadonlyMap<string, KustomizationFile>): Map<string, string> {
  const used = new Set<string>();
  const generated = new Map<string, string>();
  for (const [directory, kustomization] of kustomizations) {
    for (const file of [...kustomization.references, ...kustomization.fragments]) used.add(file);
    for (const file of generatorInputs(directory, repository.read(kustomization.file))) generated.set(file, kustomization.file);
  }
  let skaffold: string[] | undefined;
  const skaffoldNames = (directory: string) =>
    (skaffold ??= repository.files.filter((file) => /\.ya?ml$/.test(file)).map((file) => repository.read(file)).filter((text) => /^apiVersion:\s*["']?skaffold\//m.test(text))).some((text) => text.includes(directory));
  const unused = new Map<string, string>();
  for (const file of repository.files) {
    const kustomization = kustomizations.get(dirname(file));
    if (!kustomization || kustomization.unread || used.has(file) || KUSTOMIZATION_FILES.includes(basename(file)) || !/\.(ya?ml|json)$/i.test(file)) continue;
    const text = repository.read(file);
    const input = generated.get(file);
    if (input !== undefined) {
      if (everyDocumentNameless(text)) unused.set(file, `configuration read by a generator of ${input} (data of the object it generates, which is checked)`);
      continue;
    }
    const fragment = fragmentReason(text) ?? (everyDocumentNameless(text) ? 'configuration without metadata (no object: the API server needs a name)' : undefined);
    if (fragment) unused.set(file, `${fragment} beside ${kustomization.file}, which does not use it`);
    else if (commentedOut(repository.read(kustomization.file), basename(file)) && !skaffoldNames(dirname(file))) {
      unused.set(file, `commented out of ${kustomization.file}: kustomize does not deploy it`);
    }
  }
  return unused;
}

/** Kustomization directories, read once; `isOwn` leaves out those that helm renders as chart templates. */
function readKustomizations(repository: RepositoryView, isOwn: (file: string) => boolean): Map<string, KustomizationFile> {
  const kustomizations = new Map<string, KustomizationFile>();
  for (const file of repository.files) {
    // kustomize refuses a directory with two kustomization files: the render-error says so, whichever is read here.
    if (!KUSTOMIZATION_FILES.includes(basename(file)) || !isOwn(file) || kustomizations.has(dirname(file))) continue;
    kustomizations.set(dirname(file), { file, ...readKustomization(file, repository.read(file)) });
  }
  return kustomizations;
}

/**
 * Every selected kustomization but a Component is a target, bases included: a base checked only through an overlay
 * that patches its violation away would never be reported. `includedBy` names the targets that build it too.
 */
function kustomizeTargets(kustomizations: Map<string, KustomizationFile>, selection: Selection, enableHelm: (directory: string) => boolean): Target[] {
  const selected = [...kustomizations]
    .filter(([, kustomization]) => !kustomization.component && isSelected(kustomization.file, selection))
    .map(([directory]) => directory);
  const reach = new Map(selected.map((directory) => [directory, reachable(directory, kustomizations)]));
  return selected.map((path): Target => {
    const includedBy = selected.filter((other) => other !== path && reach.get(other)!.has(path));
    const helm = [path, ...reach.get(path)!].some(enableHelm) ? { kustomize: { enableHelm: true } } : {};
    return includedBy.length ? { kind: 'kustomize', path, includedBy, ...helm } : { kind: 'kustomize', path, ...helm };
  });
}

/**
 * Files that some kustomize target renders (resources, patches…), directly or through the bases it reaches, and the
 * fragments of one that kustomize may refuse: its build fails the run, and a patch judged alone is only noise.
 */
function renderedByKustomize(targets: Target[], kustomizations: Map<string, Kustomization>): Set<string> {
  const rendered = new Set<string>();
  for (const target of targets) {
    for (const directory of [target.path, ...reachable(target.path, kustomizations)]) {
      const kustomization = kustomizations.get(directory);
      for (const path of [...(kustomization?.references ?? []), ...(kustomization?.fragments ?? [])]) rendered.add(path);
    }
  }
  return rendered;
}

/** Kustomization directories reached from `start` through references (itself only through a cycle). */
function reachable(start: string, kustomizations: Map<string, Kustomization>): Set<string> {
  const seen = new Set<string>();
  const pending = [start];
  while (pending.length) {
    for (const path of kustomizations.get(pending.pop()!)?.references ?? []) {
      if (kustomizations.has(path) && !seen.has(path)) {
        seen.add(path);
        pending.push(path);
      }
    }
  }
  return seen;
}

/**
 * Charts helm renders alone: not libraries (`helm template` refuses them), and not the subcharts a target renders:
 * those in its charts/, and the file:// dependencies that sit inside it (`resources/helm` of `resources`), judged once,
 * with the values the parent gives them. A file:// dependency elsewhere (`../guestbook`) may be installed on its own
 * too, and so may one a config variant names: those also render alone (a finding on both reads once, outcome.ts).
 */
function helmTargets(charts: string[], libraries: Set<string>, selection: Selection, repository: RepositoryView, options: DiscoverOptions): string[] {
  const candidates = new Set(charts.filter((chart) => isSelected(chartFile(chart), selection) && !libraries.has(chart)));
  // A parent holds each of its subcharts in its directory, so the charts above one end at a chart that renders alone.
  const subcharts = renderedWithParent(candidates, charts, repository, options);
  return [...candidates].filter((chart) => !subcharts.has(chart));
}

/**
 * The candidates that render inside another: under the charts/ of one (helm renders charts/ recursively, through
 * a parent left out by paths too), or listed as a file:// dependency by one that holds it in its directory, when
 * every render of that one runs offline and keeps it (`condition`, `tags`); else it renders alone, losing nothing.
 */
function renderedWithParent(candidates: Set<string>, charts: string[], repository: RepositoryView, options: DiscoverOptions): Set<string> {
  const subcharts = new Set<string>();
  for (const chart of candidates) {
    for (let parent = parentChart(chart, charts); parent !== undefined; parent = parentChart(parent, charts)) {
      if (candidates.has(parent)) subcharts.add(chart);
    }
  }
  const read = (path: string) => repository.read(path);
  const listed = [...candidates].flatMap((parent) => fileDependencies(parent, read).map((dependency) => ({ parent, dependency })));
  // A parent that is a subchart itself gets values from above, which may turn a condition either way.
  const isSubchart = (chart: string) => subcharts.has(chart) || listed.some(({ dependency }) => dependency.chart === chart);
  const configured = new Set((options.config?.variants ?? []).map((variant) => variant.path));
  for (const { parent, dependency } of listed) {
    const { chart } = dependency;
    if (subcharts.has(chart) || !candidates.has(chart) || !isWithin(chart, parent) || configured.has(chart)) continue;
    if (!options.allowNetwork && needsFetching(parent, read, repository.files)) continue;
    const conditional = dependency.condition !== undefined || dependency.tags !== undefined;
    if (conditional && (isSubchart(parent) || !keptInEveryRender(dependency, parent, repository, options, charts))) continue;
    subcharts.add(chart);
  }
  return subcharts;
}

/** Whether each of the parent's renders (its values.yaml, then each variant's values files) keeps the dependency. */
function keptInEveryRender(dependency: FileDependency, parent: string, repository: RepositoryView, options: DiscoverOptions, charts: string[]): boolean {
  const values = (file: string): Record<string, unknown> | undefined => {
    const text = repository.read(file);
    return text.trim() === '' ? {} : readFirstMapping(text, { uniqueKeys: false });
  };
  return chartTargets(parent, options, charts, repository.files).every((target) => {
    // `--set` pairs are not read here: whether they keep it is not told, so it renders alone as well.
    if (target.helm?.set?.length) return false;
    const layers = [...(target.helm?.valuesFiles ?? [])].reverse().concat(parent === '.' ? 'values.yaml' : `${parent}/values.yaml`).map(values);
    return layers.every((layer) => layer !== undefined) && isDependencyEnabled(dependency, layers as Record<string, unknown>[]);
  });
}

function helmVariant(chart: string, options: DiscoverOptions, charts: string[]): HelmVariant {
  const valuesFiles = options.valuesFiles.filter((file) => {
    const owner = owningChart(file, charts);
    return owner === undefined || owner === chart;
  });
  return {
    releaseName: options.releaseName || defaultReleaseName(chart),
    namespace: options.namespace || undefined,
    valuesFiles,
    kubeVersion: options.kubeVersion || undefined,
  };
}

/**
 * Validates the values files named by the user (the values-files setting, and each config variant's) before anything
 * renders: every one missing, with the file probably meant.
 */
export function checkValuesFiles(files: string[], variants: RenderVariant[], existing: Set<string>): void {
  const missing = (file: string, of = '') => {
    if (existing.has(file)) return [];
    const meant = closestFile(file, existing);
    return [`Invalid values-files entry '${file}'${of}: it does not exist${meant ? ` (did you mean '${meant}'?)` : ''}. Expected a file in the repository (paths are relative to its root).`];
  };
  const problems = [...files.flatMap((file) => missing(file)), ...variants.flatMap((variant) => variant.valuesFiles.flatMap((file) => missing(file, ` of variant ${variant.name}`)))];
  if (problems.length) throw new ConfigError(problems);
}

/**
 * Whether a kustomization's `helmCharts` render: as the enable-helm setting says, else when every chart is a local
 * directory (`<chartHome>/<name>/Chart.yaml`) or the network is allowed. Without it kustomize says "must specify
 * --enable-helm", a render error on the target.
 */
function helmChartsEnabled(kustomizations: Map<string, Kustomization>, files: Set<string>, options: DiscoverOptions): (directory: string) => boolean {
  return (directory) => {
    const charts = kustomizations.get(directory)?.helmCharts ?? [];
    if (!charts.length || options.enableHelm === false) return false;
    if (options.enableHelm === true || options.allowNetwork) return true;
    return charts.every((chart) => files.has(chartFile(chart.chartDirectory)));
  };
}

/** A chart's renders: its config variants, else one per `ci/<name>-values.yaml`, else one with the settings. */
function chartTargets(chart: string, options: DiscoverOptions, charts: string[], files: string[]): Target[] {
  const base = helmVariant(chart, options, charts);
  const configured = (options.config?.variants ?? []).filter((variant) => variant.path === chart);
  if (configured.length) {
    return configured.map((variant): Target => ({
      kind: 'helm',
      path: chart,
      variant: variant.name,
      helm: {
        releaseName: variant.releaseName ?? base.releaseName,
        namespace: variant.namespace ?? base.namespace,
        valuesFiles: variant.valuesFiles,
        kubeVersion: variant.kubeVersion ?? base.kubeVersion,
        ...(variant.set.length && { set: variant.set }),
        ...(variant.apiVersions.length && { apiVersions: variant.apiVersions }),
      },
    }));
  }
  const ci = options.helmCiValues === false ? [] : ciValuesFiles(chart, files);
  if (!ci.length) return [{ kind: 'helm', path: chart, helm: base }];
  return ci.map((file): Target => ({ kind: 'helm', path: chart, variant: ciVariantName(file), helm: { ...base, valuesFiles: [...base.valuesFiles.filter((other) => other !== file), file] } }));
}

/** chart-testing's convention: `<chart>/ci/<name>-values.yaml`, each a case the chart must render. */
export function ciValuesFiles(chart: string, files: string[]): string[] {
  const prefix = chart === '.' ? 'ci/' : `${chart}/ci/`;
  return files.filter((file) => file.startsWith(prefix) && /^[^/]+-values\.ya?ml$/.test(file.slice(prefix.length)));
}

function ciVariantName(file: string): string {
  return basename(file).replace(/-values\.ya?ml$/, '');
}

/** A kustomization with config variants renders once per variant (a namespace each); other keys are Helm's. */
function withVariants(targets: Target[], variants: RenderVariant[]): Target[] {
  return targets.flatMap((target) => {
    const own = variants.filter((variant) => variant.path === target.path);
    if (!own.length) return [target];
    return own.map((variant): Target => ({
      ...target,
      variant: variant.name,
      ...(variant.namespace && { kustomize: { ...target.kustomize, namespace: variant.namespace } }),
    }));
  });
}

/**
 * Config variants must name a chart or kustomization that discovery found: a typo must not silently check nothing.
 * Their values files were checked with the others (checkValuesFiles).
 */
export function checkVariants(variants: RenderVariant[], targets: Target[]): void {
  const problems = variants.flatMap((variant) => {
    const target = targets.find((candidate) => candidate.path === variant.path && candidate.kind !== 'manifests');
    if (!target) return [`Invalid variants entry '${variant.path}' (${variant.name}). Expected a Helm chart or kustomization directory that is checked (under paths).`];
    const helmOnly = variant.valuesFiles.length || variant.set.length || variant.releaseName || variant.kubeVersion || variant.apiVersions.length;
    if (target.kind === 'kustomize' && helmOnly) {
      return [`Invalid variants entry '${variant.path}' (${variant.name}): it is a kustomization, which takes only a namespace. Expected values-files, set, release-name, kube-version and api-versions on Helm charts only.`];
    }
    return [];
  });
  if (problems.length) throw new ConfigError(problems);
}
