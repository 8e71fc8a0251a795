// Validates every field of kustomize's helmCharts / helmGlobals / helmChartInflationGenerator (sigs.k8s.io/kustomize/api
// v0.21 types/helmchartargs.go): kustomize hands them to helm as arguments (`template <releaseName> <chartHome>/<name>
// --namespace <ns> -f <file>…`), so a field nobody checked is a helm flag (`--post-renderer=sh`, `--set-file=…`,
// `--output-dir=…`) or a path out of the repository. A field this does not know is refused, never passed on.
import { remoteReference } from './references.js';
import { foldKey, type YamlValue } from './yamltree.js';

/** Helm's own rule for release names (pkg/chartutil ValidateReleaseName). */
export function isReleaseName(name: string): boolean {
  return name.length > 0 && name.length <= 53 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(name);
}

/** A chart's name as kustomize joins it to a path and helm names an archive: no '/', no leading '.' or '-'. */
export function isChartName(name: string): boolean {
  return CHART_NAME.test(name);
}

/** A chart version or range that cannot be read as an option or a path. */
export function isChartVersion(version: string): boolean {
  return CHART_VERSION.test(version);
}

/** A field that fails its check: where it is written and why. */
export interface FieldProblem {
  line: number;
  message: string;
}

type Check = (value: unknown, context: ChartContext) => string | undefined;

export interface ChartContext {
  network: boolean;
  /** With the network on, the chart repositories kustomize will have helm pull from, for netguard.ts to check first. */
  fetches?: string[];
}

const CHART_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
/** A version or a range helm understands (`1.2.3`, `~1.2`, `>=1.0.0 <2.0.0`); never an option, never a path. */
const CHART_VERSION = /^(?!-)[0-9A-Za-z.*^~=<>!|, +_-]{1,128}$/;
const KUBE_VERSION = /^v?\d+(\.\d+){0,2}(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
const API_VERSION = /^[A-Za-z0-9][A-Za-z0-9.-]*(\/[A-Za-z0-9][A-Za-z0-9.-]*){0,2}$/;

const text = (check: (value: string, context: ChartContext) => string | undefined): Check => (value, context) =>
  value === null ? undefined : typeof value === 'string' ? check(value, context) : `is ${describe(value)}, not a string`;
const boolean: Check = (value) => (value === null || typeof value === 'boolean' ? undefined : `is ${describe(value)}, not true or false`);

const chartName = text((value) => (value === '' || CHART_NAME.test(value) ? undefined : "is not a chart name (letters, digits, '.', '_' and '-', starting with a letter or digit); kustomize joins it to chartHome and hands it to helm"));
const releaseName = text((value) => (value === '' || isReleaseName(value) ? undefined : "is not a release name (DNS-1123: lowercase letters, digits, '-' and '.', at most 53 characters); kustomize hands it to helm as an argument"));
const namespace = text((value) => (value === '' || DNS_LABEL.test(value) ? undefined : 'is not a namespace (a DNS-1123 label: lowercase letters, digits and -, at most 63 characters)'));
const version = text((value) => (value === '' || CHART_VERSION.test(value) ? undefined : 'is not a chart version or version range'));
const kubeVersion = text((value) => (value === '' || KUBE_VERSION.test(value) ? undefined : 'is not a Kubernetes version (like 1.31 or v1.31.0)'));
const apiVersion = text((value) => (API_VERSION.test(value) ? undefined : 'is not an API version (group/version, or group/version/Kind)'));
const valuesMerge = text((value) => (value === '' || ['merge', 'override', 'replace'].includes(value) ? undefined : 'is not merge, override or replace'));
const nameTemplate = text((value) => (value === '' || isReleaseName(value) ? undefined : 'is a template helm would run to name the release; set releaseName instead'));
const valuesFile = text((value) => {
  if (value.startsWith('-')) return "starts with '-', which helm would read as an option";
  if (remoteReference(value, 'file')) return 'is a URL; a values file must be a file of the repository';
  return undefined;
});
const repo = text((value, context) => {
  if (value === '') return undefined;
  if (!/^(https?|oci):\/\/[^/\s]/i.test(value) || /[\s\p{Cc}]/u.test(value)) return 'is not an http(s):// Helm repository or an oci:// registry';
  if (!context.network) return 'is a chart repository on the network, which is off (set allow-network to true to pull the chart, or vendor it into chartHome)';
  context.fetches?.push(value);
  return undefined;
});
const refused = (why: string): Check => (value) => (value === null || value === '' ? undefined : why);
const mapping: Check = () => undefined;

/** HelmChart's fields; `valuesInline` and `additionalValuesFiles`/`apiVersions` are checked by shape below. */
const CHART_FIELDS: Record<string, Check> = {
  name: chartName,
  version,
  repo,
  releaseName,
  namespace,
  valuesFile,
  valuesMerge,
  includeCRDs: boolean,
  skipHooks: boolean,
  kubeVersion,
  nameTemplate,
  skipTests: boolean,
  debug: boolean,
  devel: boolean,
};
const LIST_FIELDS: Record<string, Check> = { additionalValuesFiles: valuesFile, apiVersions: apiVersion };
const MAP_FIELDS: Record<string, Check> = { valuesInline: mapping };

const CONFIG_HOME = refused("is refused: kustomize would point helm's configuration, cache and plugin directories at it");
/** A directory of the repository: confine.ts checks that it stays inside; here only that it is a plain path. */
const chartHome = text((value) => (remoteReference(value, 'base') || value.startsWith('-') ? 'is not a directory of the repository' : undefined));
export const GLOBAL_FIELDS: Record<string, Check> = { chartHome, configHome: CONFIG_HOME };

/** The deprecated helmChartInflationGenerator entries, as kustomize maps them onto HelmChart and HelmGlobals. */
const LEGACY_FIELDS: Record<string, Check> = {
  chartName,
  chartVersion: version,
  chartRepoUrl: repo,
  chartRepoName: chartName,
  chartHome,
  helmHome: CONFIG_HOME,
  values: valuesFile,
  valuesMerge,
  releaseName,
  releaseNamespace: namespace,
  helmBin: refused('is refused: helm is always the pinned binary'),
};
const LEGACY_LISTS: Record<string, Check> = { extraArgs: refused('is refused: no argument reaches helm that the gate did not check') };
const LEGACY_MAPS: Record<string, Check> = { valuesLocal: mapping };

/** Problems of one `helmCharts` entry (`label` like `helmCharts[0]`). */
export function chartProblems(entry: YamlValue, label: string, context: ChartContext): FieldProblem[] {
  return recordProblems(entry, label, context, { scalars: CHART_FIELDS, lists: LIST_FIELDS, maps: MAP_FIELDS });
}

/** Problems of `helmGlobals`. */
export function globalsProblems(entry: YamlValue, label: string, context: ChartContext): FieldProblem[] {
  return recordProblems(entry, label, context, { scalars: GLOBAL_FIELDS, lists: {}, maps: {} });
}

/** Problems of one deprecated `helmChartInflationGenerator` entry. */
export function legacyChartProblems(entry: YamlValue, label: string, context: ChartContext): FieldProblem[] {
  return recordProblems(entry, label, context, { scalars: LEGACY_FIELDS, lists: LEGACY_LISTS, maps: LEGACY_MAPS });
}

/** A generator or transformer config of kind HelmChartInflationGenerator: HelmGlobals and HelmChart inline. */
export function generatorConfigProblems(entry: YamlValue, label: string, context: ChartContext): FieldProblem[] {
  const scalars = { ...CHART_FIELDS, ...GLOBAL_FIELDS, apiVersion: text(() => undefined), kind: text(() => undefined) };
  return recordProblems(entry, label, context, { scalars, lists: LIST_FIELDS, maps: { ...MAP_FIELDS, metadata: mapping } });
}

interface Fields {
  scalars: Record<string, Check>;
  lists: Record<string, Check>;
  maps: Record<string, Check>;
}

function recordProblems(entry: YamlValue, label: string, context: ChartContext, fields: Fields): FieldProblem[] {
  if (entry.kind !== 'map') return [{ line: entry.line, message: `${label} is ${describe(entry.kind === 'scalar' ? entry.value : [])}, not a mapping` }];
  const byKey = (table: Record<string, Check>) => new Map(Object.entries(table).map(([name, check]) => [foldKey(name), { name, check }]));
  const [scalars, lists, maps] = [byKey(fields.scalars), byKey(fields.lists), byKey(fields.maps)];
  const problems: FieldProblem[] = [];
  for (const { key, value, line } of entry.entries) {
    const folded = foldKey(key);
    const field = scalars.get(folded) ?? lists.get(folded) ?? maps.get(folded);
    // A key matched only by folding (`ReleaseName`, `releaſeName`) is named as written too.
    const where = `${label}.${field?.name ?? key}${field && field.name !== key ? ` (written '${key}')` : ''}`;
    if (!field) {
      problems.push({ line, message: `${where} is not a field kustomize knows here; refused rather than passed on to helm` });
    } else if (scalars.has(folded)) {
      const problem = value.kind === 'scalar' ? field.check(value.value, context) : `is a ${value.kind}, not a single value`;
      if (problem) problems.push({ line: value.line, message: `${where} ${quote(value)} ${problem}` });
    } else if (lists.has(folded)) {
      if (value.kind === 'map') problems.push({ line: value.line, message: `${where} is a mapping, not a list` });
      for (const item of value.kind === 'list' ? value.items : []) {
        const problem = item.kind === 'scalar' ? field.check(item.value, context) : `is a ${item.kind}, not a single value`;
        if (problem) problems.push({ line: item.line, message: `${where} entry ${quote(item)} ${problem}` });
      }
    } else if (value.kind === 'list' || (value.kind === 'scalar' && value.value !== null)) {
      problems.push({ line: value.line, message: `${where} is not a mapping` });
    }
  }
  return problems;
}

function quote(value: YamlValue): string {
  return value.kind === 'scalar' ? `'${String(value.value)}'` : `(a ${value.kind})`;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Uint8Array) return 'binary data';
  return value !== null && typeof value === 'object' ? 'a mapping' : `${typeof value === 'string' ? 'a string' : `the ${typeof value}`}`;
}

/** A namespace kustomize hands to helm (a kustomization's `namespace` becomes its charts' --namespace). */
export function namespaceProblem(value: unknown): string | undefined {
  return namespace(value, { network: false });
}
