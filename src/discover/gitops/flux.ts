// Flux: a Kustomization or HelmRelease whose GitRepository is this repository becomes a target rendered as the
// controllers render it; a chart from a HelmRepository or OCI registry is rendered only with allow-network.
import { basename, dirname, join, normalize } from 'node:path/posix';
import { parse } from 'yaml';
import type { Deployer, HelmVariant, KustomizationEdits, KustomizeOptions, RemoteChart, Resource, Target } from '../../model.js';
import { defaultReleaseName, isWithin } from '../helm.js';
import { KUSTOMIZATION_FILES } from '../kustomize.js';
import { FLUX_HELMRELEASE, FLUX_KUSTOMIZATION, unreadFields } from './fields.js';
import { checkoutOf, isThisRepository } from './repository.js';
import { describeCheckout, fluxRevision, isThisRevision } from './revision.js';
import {
  deployerOf,
  directoryTargets,
  notCheckedDeployment,
  record,
  remoteChartNotRendered,
  repositoryPath,
  sourceKind,
  stringMap,
  strings,
  type GitOpsContext,
  type GitOpsResult,
} from './source.js';

/** The GitRepository `flux bootstrap` writes into the repository it bootstraps: it is this repository by construction. */
const BOOTSTRAP_SOURCE = 'flux-system';

export function fluxTargets(context: GitOpsContext): GitOpsResult {
  const result: GitOpsResult = { targets: [], findings: [], notChecked: [] };
  for (const resource of context.resources) {
    const group = resource.apiVersion.split('/')[0];
    if (group === 'kustomize.toolkit.fluxcd.io' && resource.kind === 'Kustomization') add(result, kustomizationTargets(resource, context));
    if (group === 'helm.toolkit.fluxcd.io' && resource.kind === 'HelmRelease') add(result, helmReleaseTargets(resource, context));
  }
  return result;
}

function add(into: GitOpsResult, from: Target[] | GitOpsResult['findings'][number]): void {
  if (Array.isArray(from)) into.targets.push(...from);
  else into.findings.push(from);
}

/** Why a source reference is not this repository, or undefined when it is. */
function foreignSource(reference: Record<string, unknown>, namespace: string | undefined, context: GitOpsContext): string | undefined {
  const kind = typeof reference.kind === 'string' ? reference.kind : 'GitRepository';
  const name = String(reference.name ?? '');
  if (kind !== 'GitRepository') return `uses the ${kind} '${name}'`;
  const ns = typeof reference.namespace === 'string' ? reference.namespace : namespace;
  const source = context.resources.find(
    (resource) => resource.kind === 'GitRepository' && resource.apiVersion.startsWith('source.toolkit.fluxcd.io/') && resource.name === name && (ns === undefined || resource.namespace === undefined || resource.namespace === ns),
  );
  if (source) {
    const spec = record(source.object.spec);
    if (!isThisRepository(spec.url, context.repositoryUrls)) return `uses the GitRepository '${name}' (${String(spec.url)}), which is not this repository`;
    // Flux deploys the ref the GitRepository names: another branch, a tag or a commit of this repository is not this checkout.
    const revision = fluxRevision(record(spec.ref));
    const checkout = checkoutOf(context);
    return isThisRevision(revision, checkout) ? undefined : `uses the GitRepository '${name}' on ${revision.label} of this repository, not ${describeCheckout(checkout)}`;
  }
  return name === BOOTSTRAP_SOURCE ? undefined : `uses the GitRepository '${name}', which is not in this repository`;
}

function kustomizationTargets(resource: Resource, context: GitOpsContext): Target[] | GitOpsResult['findings'][number] {
  const deployer = deployerOf(resource, context);
  const spec = record(resource.object.spec);
  const unread = unreadFields(spec, FLUX_KUSTOMIZATION, 'spec.');
  if (unread.length) return notCheckedDeployment(deployer, `sets ${unread.map((field) => `'${field}'`).join(', ')}, which this gate does not model: what it deploys is not checked`, 'error');
  const foreign = foreignSource(record(spec.sourceRef), resource.namespace, context);
  if (foreign) return notCheckedDeployment(deployer, `${foreign}: check it where it lives`, 'notice');
  // kustomize-controller joins the path to the source securely: `..` stops at the repository's root.
  const path = sourcePath(spec.path ?? '.') ?? '.';
  const variables = substitution(record(spec.postBuild), resource.namespace, context);
  if (typeof variables === 'string') return notCheckedDeployment(deployer, variables, 'error');
  const extra = { deployedBy: deployer, ...(variables && { substitute: variables }) };
  const kind = sourceKind(path, context.files);
  if (kind === 'missing') {
    const read = typeof spec.path === 'string' && repositoryPath(spec.path) !== path ? ` (Flux reads '${spec.path}' as '${path}', inside the source)` : '';
    return notCheckedDeployment(deployer, `deploys '${path}'${read}, which is no directory of this repository`);
  }
  // A kustomization decides, whatever else the directory holds (Flux only builds kustomizations).
  const hasKustomization = KUSTOMIZATION_FILES.some((name) => context.files.includes(path === '.' ? name : `${path}/${name}`));
  const options = kustomizeOptions(spec, path, hasKustomization, context);
  if (typeof options === 'string') return notCheckedDeployment(deployer, options, 'error');
  // Flux generates a kustomization for a directory without one: with nothing to change on it, each of its parts is
  // a target of its own (a manifest's lines are the file's).
  if (!hasKustomization && !options) return generatedParts(path, context, deployer).map((target) => ({ ...target, ...extra }));
  return [{ kind: 'kustomize', path, ...extra, ...(options && { kustomize: options }) }];
}

/**
 * What Flux's generated kustomization lists: each subdirectory holding a kustomization as one resource, built by
 * kustomize (the files below it are its own, not manifests of the directory), and every other `.yaml`/`.yml`
 * manifest below it. Reading a built subdirectory's files alone again would deploy its objects twice, once without
 * its namespace.
 */
function generatedParts(path: string, context: GitOpsContext, deployer: Deployer): Target[] {
  const below = (file: string) => isWithin(file, path) && file !== path;
  const kustomizations = context.files.filter((file) => below(file) && KUSTOMIZATION_FILES.includes(basename(file))).map(dirname).filter((directory) => directory !== path);
  // Flux does not descend into a subdirectory it builds, so only the topmost of nested kustomizations is a resource.
  const builds = [...new Set(kustomizations)].filter((directory) => !kustomizations.some((other) => other !== directory && isWithin(directory, other)));
  const built = (file: string) => builds.some((directory) => isWithin(file, directory));
  return [
    ...builds.sort().map((directory): Target => ({ kind: 'kustomize', path: directory, deployedBy: deployer })),
    ...directoryTargets(path, true, context, deployer).filter((target) => !built(target.path) && /\.ya?ml$/.test(target.path)),
  ];
}

/**
 * What the Kustomization sets: namespace, names, images and common metadata on top (a wrapper); patches,
 * components and a generated kustomization written into the kustomization itself, as kustomize-controller does.
 */
function kustomizeOptions(spec: Record<string, unknown>, path: string, hasKustomization: boolean, context: GitOpsContext): KustomizeOptions | undefined | string {
  const options: KustomizeOptions = {};
  if (typeof spec.targetNamespace === 'string' && spec.targetNamespace !== '') options.namespace = spec.targetNamespace;
  for (const key of ['namePrefix', 'nameSuffix'] as const) if (typeof spec[key] === 'string' && spec[key] !== '') options[key] = spec[key];
  const images = Array.isArray(spec.images) ? spec.images.map(record).filter((image) => typeof image.name === 'string') : [];
  if (images.length) options.images = images as unknown as KustomizeOptions['images'];
  const metadata = record(spec.commonMetadata);
  const labels = stringMap(metadata.labels);
  if (labels) options.commonLabels = labels;
  const annotations = stringMap(metadata.annotations);
  if (annotations) options.commonAnnotations = annotations;
  const edits: KustomizationEdits = {};
  const patches = (Array.isArray(spec.patches) ? spec.patches.map(record) : []).map((patch) => ({ patch: String(patch.patch ?? ''), ...(patch.target !== undefined && { target: record(patch.target) }) }));
  if (patches.length) edits.patches = patches;
  const strategic = (Array.isArray(spec.patchesStrategicMerge) ? spec.patchesStrategicMerge : []).map((patch) => (typeof patch === 'string' ? patch : JSON.stringify(patch)));
  if (strategic.length) edits.patchesStrategicMerge = strategic;
  const json = (Array.isArray(spec.patchesJson6902) ? spec.patchesJson6902.map(record) : []).map((patch) => ({ patch: JSON.stringify(patch.patch ?? []), target: record(patch.target) }));
  if (json.length) edits.patchesJson6902 = json;
  const components: string[] = [];
  for (const component of strings(spec.components)) {
    if (/^(git::|gh:|ssh:\/\/|https?:\/\/|git@|github\.com[:/])/i.test(component) || component.startsWith('/') || /^file:\/\//i.test(component)) {
      return `adds the component '${component}' (spec.components), which Flux refuses: a component must be a local relative path`;
    }
    const directory = repositoryPath(join(path, component));
    if (directory === undefined) return `adds the component '${component}' (spec.components), which leads out of the repository: it is not read, and what it deploys is not checked`;
    if (!context.files.some((file) => file.startsWith(`${directory}/`)) && spec.ignoreMissingComponents === true) continue;
    components.push(component);
  }
  if (components.length) edits.components = components;
  if (Object.keys(edits).length || (!hasKustomization && Object.keys(options).length)) {
    options.edits = { ...edits, ...(!hasKustomization && { generate: true }) };
  }
  return Object.keys(options).length ? options : undefined;
}

/** The Kustomization's own variable name rule, checked by Flux before it substitutes anything. */
const VARIABLE_NAME = /^[_A-Za-z][_A-Za-z0-9]*$/;

/**
 * postBuild's variables as kustomize-controller loads them: substituteFrom ConfigMaps and Secrets in order (objects of
 * this repository), then `substitute` over them, line breaks removed from every value. Undefined when Flux does not
 * substitute: no postBuild, or no variable and the strategy is not `Always`.
 */
function substitution(postBuild: Record<string, unknown>, namespace: string | undefined, context: GitOpsContext): Record<string, string> | undefined | string {
  if (!Object.keys(postBuild).length) return undefined;
  const variables: Record<string, string> = {};
  for (const reference of Array.isArray(postBuild.substituteFrom) ? postBuild.substituteFrom.map(record) : []) {
    const data = referencedData(reference, namespace, context);
    if (data === undefined) {
      if (reference.optional === true) continue;
      return `takes substitution variables from ${String(reference.kind)} '${String(reference.name)}' (postBuild.substituteFrom), which is not among the objects of this repository: what it deploys is not checked`;
    }
    for (const [name, value] of Object.entries(data)) variables[name] = value.replaceAll('\n', '');
  }
  for (const [name, value] of Object.entries(record(postBuild.substitute))) variables[name] = String(value ?? '').replaceAll('\n', '');
  const invalid = Object.keys(variables).find((name) => !VARIABLE_NAME.test(name));
  if (invalid !== undefined) return `substitutes the variable '${invalid}', whose name Flux refuses (letters, digits and '_', not first a digit): nothing of it deploys`;
  if (!Object.keys(variables).length && postBuild.substituteStrategy !== 'Always') return undefined;
  return variables;
}

/** Every key of a ConfigMap's data or a Secret's data (decoded) and stringData, as the API server would hold them. */
function referencedData(reference: Record<string, unknown>, namespace: string | undefined, context: GitOpsContext): Record<string, string> | undefined {
  const object = configObject(reference, namespace, context);
  if (!object) return undefined;
  const data: Record<string, string> = {};
  for (const [key, value] of Object.entries(record(object.data))) {
    if (typeof value === 'string') data[key] = reference.kind === 'Secret' ? Buffer.from(value, 'base64').toString('utf8') : value;
  }
  if (reference.kind === 'Secret') for (const [key, value] of Object.entries(record(object.stringData))) if (typeof value === 'string') data[key] = value;
  return data;
}

/** A ConfigMap or Secret of this repository by name (a kustomize generator appends a content hash unless told not to). */
function configObject(reference: Record<string, unknown>, namespace: string | undefined, context: GitOpsContext): Record<string, unknown> | undefined {
  const kind = reference.kind;
  if (kind !== 'ConfigMap' && kind !== 'Secret') return undefined;
  const name = String(reference.name);
  return context.resources.find(
    (resource) => resource.kind === kind && resource.apiVersion === 'v1' && (resource.name === name || new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-[a-z0-9]{10}$`).test(resource.name)) && (namespace === undefined || resource.namespace === undefined || resource.namespace === namespace),
  )?.object;
}

function helmReleaseTargets(resource: Resource, context: GitOpsContext): Target[] | GitOpsResult['findings'][number] {
  const deployer = deployerOf(resource, context);
  const spec = record(resource.object.spec);
  const unread = unreadFields(spec, FLUX_HELMRELEASE, 'spec.');
  if (unread.length) return notCheckedDeployment(deployer, `sets ${unread.map((field) => `'${field}'`).join(', ')}, which this gate does not model: what it deploys is not checked`, 'error');
  const chart = record(record(spec.chart).spec);
  const reference = record(spec.chartRef !== undefined || spec.chart === undefined ? spec.chartRef : chart.sourceRef);
  if (spec.chartRef !== undefined || spec.chart === undefined || reference.kind === 'HelmRepository') {
    const what = spec.chart === undefined || spec.chartRef !== undefined ? `uses the chart of ${String(reference.kind ?? 'a chartRef')} '${String(reference.name ?? '')}'` : `uses the HelmRepository '${String(reference.name ?? '')}' for the chart '${String(chart.chart)}'${typeof chart.version === 'string' ? ` ${chart.version}` : ''}`;
    if (!context.allowNetwork) return notCheckedDeployment(deployer, `${what}: ${remoteChartNotRendered(deployer)}`, 'error');
    const remote = spec.chart === undefined || spec.chartRef !== undefined ? ociRepositoryChart(reference, resource.namespace, context) : helmRepositoryChart(reference, chart, resource.namespace, context);
    if (typeof remote === 'string') return notCheckedDeployment(deployer, `${what}: ${remote}`);
    const released = releaseValues(spec, resource.namespace, context);
    if (typeof released === 'string') return notCheckedDeployment(deployer, released, 'error');
    return [{ kind: 'helm', path: deployer.file, chart: remote, helm: releaseVariant(resource, spec, [], released), deployedBy: deployer }];
  }
  const foreign = foreignSource(reference, resource.namespace, context);
  if (foreign) {
    const version = typeof chart.version === 'string' ? ` ${chart.version}` : '';
    return notCheckedDeployment(deployer, `${foreign} for the chart '${String(chart.chart)}'${version}: ${remoteChartNotRendered(deployer, false)}`, 'error');
  }
  const path = sourcePath(chart.chart);
  if (path === undefined || sourceKind(path, context.files) !== 'helm') {
    const read = path !== undefined && path !== chart.chart ? ` (Flux reads it as '${path}', inside the source)` : '';
    return notCheckedDeployment(deployer, `deploys the chart '${String(chart.chart)}'${read}, which is no chart directory of this repository: it is not checked`, 'error');
  }
  const files = chartValuesFiles(path, chart, context);
  if (typeof files === 'string') return notCheckedDeployment(deployer, files, 'error');
  const released = releaseValues(spec, resource.namespace, context);
  if (typeof released === 'string') return notCheckedDeployment(deployer, released, 'error');
  return [{ kind: 'helm', path, helm: releaseVariant(resource, spec, files.files, [...files.values, ...released]), deployedBy: deployer }];
}

/**
 * A path in a GitRepository as source-controller opens it (securejoin): `..` stops at the source's root instead of
 * leaving it, so `../../x` is the repository's `x`. Undefined for no path.
 */
function sourcePath(path: unknown): string | undefined {
  if (typeof path !== 'string' || path.trim() === '') return undefined;
  return repositoryPath(normalize(`/${path.trim()}`).replace(/^\/+/, '') || '.');
}

/**
 * `spec.chart.spec.valuesFiles`: source-controller merges them (in order, each over the last) and packages the chart
 * with the result as its values.yaml, which it replaces. helm template is given the files, and after them one
 * document holding their merge with every default of the chart's values.yaml they do not set nulled: helm drops a
 * default set to null, so the chart's defaults count only where the list itself holds them, as with Flux.
 */
function chartValuesFiles(chart: string, spec: Record<string, unknown>, context: GitOpsContext): { files: string[]; values: string[] } | string {
  const files: string[] = [];
  let merged: Record<string, unknown> = {};
  for (const raw of strings(spec.valuesFiles)) {
    const file = sourcePath(raw);
    if (file === undefined || !context.files.includes(file)) {
      if (spec.ignoreMissingValuesFiles === true) continue;
      const read = file !== undefined && file !== raw ? ` (Flux reads it as '${file}', inside the source)` : '';
      return `reads the values file '${raw}' (spec.chart.spec.valuesFiles)${read}, which is no file of this repository: it is not read, and what it deploys is not checked`;
    }
    const values = yamlMapping(context.read(file));
    if (values === undefined) return `reads the values file '${raw}' (spec.chart.spec.valuesFiles), which is not a YAML mapping: what it deploys is not checked`;
    merged = mergeMaps(merged, values);
    files.push(file);
  }
  if (!files.length) return { files, values: [] };
  const defaults = yamlMapping(context.files.includes(`${chart}/values.yaml`) ? context.read(`${chart}/values.yaml`) : '') ?? {};
  return { files, values: [JSON.stringify(withNulledDefaults(merged, defaults))] };
}

function yamlMapping(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = parse(text) ?? {};
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const isMap = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Flux's transform.MergeMaps: maps merged key by key, anything else replaced. */
function mergeMaps(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...base };
  for (const [key, value] of Object.entries(over)) merged[key] = isMap(value) && isMap(merged[key]) ? mergeMaps(merged[key] as Record<string, unknown>, value) : value;
  return merged;
}

/** `values`, with null at every key of `defaults` it does not hold (inside maps both hold), so helm drops them. */
function withNulledDefaults(values: Record<string, unknown>, defaults: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...values };
  for (const [key, value] of Object.entries(defaults)) {
    if (!(key in result)) result[key] = null;
    else if (isMap(result[key]) && isMap(value)) result[key] = withNulledDefaults(result[key] as Record<string, unknown>, value);
  }
  return result;
}

/** A source object of this repository by kind and name, in the release's namespace unless the reference names one. */
function sourceObject(kind: string, reference: Record<string, unknown>, namespace: string | undefined, context: GitOpsContext): Record<string, unknown> | undefined {
  const ns = typeof reference.namespace === 'string' ? reference.namespace : namespace;
  return context.resources.find(
    (resource) => resource.kind === kind && resource.apiVersion.startsWith('source.toolkit.fluxcd.io/') && resource.name === reference.name && (ns === undefined || resource.namespace === undefined || resource.namespace === ns),
  )?.object;
}

/** `spec.chart.spec` over a HelmRepository (HTTP, or `type: oci`): the chart by name, its version, values files inside it. */
function helmRepositoryChart(reference: Record<string, unknown>, chart: Record<string, unknown>, namespace: string | undefined, context: GitOpsContext): RemoteChart | string {
  const repository = sourceObject('HelmRepository', reference, namespace, context);
  if (!repository) return 'not rendered, that HelmRepository is not among the objects of this repository';
  const url = record(repository.spec).url;
  if (typeof url !== 'string' || typeof chart.chart !== 'string') return 'not rendered, the HelmRepository has no url or the release no chart name';
  const version = typeof chart.version === 'string' ? chart.version : undefined;
  const valuesFiles = strings(chart.valuesFiles);
  return { repository: url, name: chart.chart, ...(version && { version }), ...(valuesFiles.length && { valuesFiles }) };
}

/** `spec.chartRef` to an OCIRepository: `oci://host/path/chart` at its tag or semver range (a digest is not followed). */
function ociRepositoryChart(reference: Record<string, unknown>, namespace: string | undefined, context: GitOpsContext): RemoteChart | string {
  if (reference.kind !== 'OCIRepository') return `not rendered, a chartRef to a ${String(reference.kind)} is not followed (OCIRepository is)`;
  const repository = sourceObject('OCIRepository', reference, namespace, context);
  if (!repository) return 'not rendered, that OCIRepository is not among the objects of this repository';
  const spec = record(repository.spec);
  const ref = record(spec.ref);
  const url = typeof spec.url === 'string' ? spec.url.replace(/\/+$/, '') : '';
  const slash = url.lastIndexOf('/');
  if (!url.startsWith('oci://') || slash < 'oci://'.length) return `not rendered, the OCIRepository url '${url}' is not oci://host/path/chart`;
  // Flux prefers the digest to the range and the tag; helm pulls by version, so a digest is not followed.
  if (typeof ref.digest === 'string') return 'not rendered, a chart pinned by digest is not fetched';
  const version = typeof ref.semver === 'string' ? ref.semver : typeof ref.tag === 'string' ? ref.tag : undefined;
  return { repository: url.slice(0, slash), name: url.slice(slash + 1), ...(version && { version }) };
}

function releaseVariant(resource: Resource, spec: Record<string, unknown>, valuesFiles: string[], values: string[]): HelmVariant {
  const targetNamespace = typeof spec.targetNamespace === 'string' ? spec.targetNamespace : undefined;
  const name = typeof spec.releaseName === 'string' ? spec.releaseName : targetNamespace ? `${targetNamespace}-${resource.name}` : resource.name;
  const namespace = targetNamespace ?? resource.namespace;
  return {
    releaseName: defaultReleaseName(name),
    ...(namespace && { namespace }),
    valuesFiles,
    ...(values.length && { values }),
  };
}

/**
 * valuesFrom in order (ConfigMaps and Secrets rendered from this repository), then spec.values, as helm-controller
 * merges them; or why they cannot be read as Flux reads them.
 */
function releaseValues(spec: Record<string, unknown>, namespace: string | undefined, context: GitOpsContext): string[] | string {
  const values: string[] = [];
  for (const reference of Array.isArray(spec.valuesFrom) ? spec.valuesFrom.map(record) : []) {
    const text = referencedValues(reference, namespace, context);
    if (text === undefined) {
      if (reference.optional === true) continue;
      return `takes values from ${String(reference.kind)} '${String(reference.name)}' (spec.valuesFrom), which is not among the objects of this repository: it was not rendered as Flux would`;
    }
    if (typeof reference.targetPath === 'string' && reference.targetPath !== '') {
      const document = targetPathValue(reference.targetPath, text);
      if (typeof document === 'string') return document;
      values.push(JSON.stringify(document));
    } else {
      values.push(text);
    }
  }
  if (spec.values !== undefined) values.push(JSON.stringify(spec.values));
  return values;
}

function referencedValues(reference: Record<string, unknown>, namespace: string | undefined, context: GitOpsContext): string | undefined {
  const object = configObject(reference, namespace, context);
  if (!object) return undefined;
  const key = typeof reference.valuesKey === 'string' ? reference.valuesKey : 'values.yaml';
  const plain = record(object.stringData)[key] ?? (reference.kind === 'ConfigMap' ? record(object.data)[key] : undefined);
  if (typeof plain === 'string') return plain;
  const encoded = record(object.data)[key];
  return typeof encoded === 'string' ? Buffer.from(encoded, 'base64').toString('utf8') : undefined;
}

/**
 * `targetPath: a.b` with value v, as helm-controller sets it (Helm's strvals): a quoted value is that string; otherwise
 * `true`/`false`/`null` and whole numbers are typed as `--set` types them. A path with list indexes or escapes, or a
 * value holding a comma, a backslash or a `{list}`, is read by strvals in ways not modelled here.
 */
function targetPathValue(path: string, raw: string): Record<string, unknown> | string {
  const quoted = raw.length >= 2 && ((raw.startsWith('"') && raw.endsWith('"')) || (raw.startsWith("'") && raw.endsWith("'")));
  const value = quoted ? raw.replace(/^["']+|["']+$/g, '') : raw;
  const keys = path.trim().split('.');
  if (keys.some((key) => key === '' || /[[\]\\]/.test(key)) || /[,\\]/.test(value) || (!quoted && value.startsWith('{'))) {
    return `sets the values at '${path}' (spec.valuesFrom targetPath) to a value helm reads with list syntax, escapes or commas; not modelled: what it deploys is not checked`;
  }
  const typed = quoted ? value : typedValue(value);
  return keys.reverse().reduce<unknown>((inner, key) => ({ [key]: inner }), typed) as Record<string, unknown>;
}

/** Helm strvals' typedVal. */
function typedValue(value: string): unknown {
  const lower = value.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  if (lower === 'null') return null;
  if (value === '0') return 0;
  if (value !== '' && value[0] !== '0' && /^[+-]?\d+$/.test(value) && Math.abs(Number(value)) < 2 ** 63) return Number(value);
  return value;
}
