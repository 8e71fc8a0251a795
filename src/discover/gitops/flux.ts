// Flux: a Kustomization or HelmRelease whose GitRepository is this repository becomes a target rendered as the
// controllers render it; a chart from a HelmRepository or OCI registry is rendered only with allow-network.
import type { Deployer, HelmVariant, KustomizeOptions, RemoteChart, Resource, Target } from '../../model.js';
import { defaultReleaseName } from '../helm.js';
import { isThisRepository } from './repository.js';
import {
  deployerOf,
  directoryTargets,
  notCheckedDeployment,
  record,
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
    const url = record(source.object.spec).url;
    return isThisRepository(url, context.repositoryUrls) ? undefined : `uses the GitRepository '${name}' (${String(url)}), which is not this repository`;
  }
  return name === BOOTSTRAP_SOURCE ? undefined : `uses the GitRepository '${name}', which is not in this repository`;
}

function kustomizationTargets(resource: Resource, context: GitOpsContext): Target[] | GitOpsResult['findings'][number] {
  const deployer = deployerOf(resource, context);
  const spec = record(resource.object.spec);
  const foreign = foreignSource(record(spec.sourceRef), resource.namespace, context);
  if (foreign) return notCheckedDeployment(deployer, `${foreign}: check it where it lives`, 'notice');
  const path = repositoryPath(spec.path ?? '.');
  if (path === undefined) return notCheckedDeployment(deployer, `deploys the path '${String(spec.path)}', which leads out of the repository`);
  const substitute = stringMap(record(spec.postBuild).substitute);
  const extra = { deployedBy: deployer, ...(substitute && { substitute }) };
  const kind = sourceKind(path, context.files);
  if (kind === 'missing') return notCheckedDeployment(deployer, `deploys '${path}', which is no directory of this repository`);
  // Flux generates a kustomization for a directory without one, of every manifest below it.
  if (kind !== 'kustomize') return directoryTargets(path, true, context, deployer).map((target) => ({ ...target, ...extra }));
  const options = kustomizeOptions(spec);
  return [{ kind: 'kustomize', path, ...extra, ...(options && { kustomize: options }) }];
}

function kustomizeOptions(spec: Record<string, unknown>): KustomizeOptions | undefined {
  const options: KustomizeOptions = {};
  if (typeof spec.targetNamespace === 'string') options.namespace = spec.targetNamespace;
  for (const key of ['namePrefix', 'nameSuffix'] as const) if (typeof spec[key] === 'string') options[key] = spec[key];
  const images = Array.isArray(spec.images) ? spec.images.map(record).filter((image) => typeof image.name === 'string') : [];
  if (images.length) options.images = images as unknown as KustomizeOptions['images'];
  const metadata = record(spec.commonMetadata);
  const labels = stringMap(metadata.labels);
  if (labels) options.commonLabels = labels;
  const annotations = stringMap(metadata.annotations);
  if (annotations) options.commonAnnotations = annotations;
  return Object.keys(options).length ? options : undefined;
}

function helmReleaseTargets(resource: Resource, context: GitOpsContext): Target[] | GitOpsResult['findings'][number] {
  const deployer = deployerOf(resource, context);
  const spec = record(resource.object.spec);
  const chart = record(record(spec.chart).spec);
  const reference = record(spec.chartRef !== undefined || spec.chart === undefined ? spec.chartRef : chart.sourceRef);
  if (spec.chartRef !== undefined || spec.chart === undefined || reference.kind === 'HelmRepository') {
    const what = spec.chart === undefined || spec.chartRef !== undefined ? `uses the chart of ${String(reference.kind ?? 'a chartRef')} '${String(reference.name ?? '')}'` : `uses the HelmRepository '${String(reference.name ?? '')}' for the chart '${String(chart.chart)}'${typeof chart.version === 'string' ? ` ${chart.version}` : ''}`;
    if (!context.allowNetwork) return notCheckedDeployment(deployer, `${what}: remote chart: not rendered, set allow-network to render it`);
    const remote = spec.chart === undefined || spec.chartRef !== undefined ? ociRepositoryChart(reference, resource.namespace, context) : helmRepositoryChart(reference, chart, resource.namespace, context);
    if (typeof remote === 'string') return notCheckedDeployment(deployer, `${what}: ${remote}`);
    const { values, missing } = releaseValues(spec, resource.namespace, context);
    if (missing.length) return notCheckedDeployment(deployer, `takes values from ${missing.join(', ')}, not found among the objects of this repository: it was not rendered as Flux would`);
    return [{ kind: 'helm', path: deployer.file, chart: remote, helm: releaseVariant(resource, spec, {}, values), deployedBy: deployer }];
  }
  const foreign = foreignSource(reference, resource.namespace, context);
  if (foreign) {
    const version = typeof chart.version === 'string' ? ` ${chart.version}` : '';
    const hint = context.allowNetwork ? 'not rendered, charts from other Git repositories are not fetched' : 'remote chart: not rendered, set allow-network to render it';
    return notCheckedDeployment(deployer, `${foreign} for the chart '${String(chart.chart)}'${version}: ${hint}`);
  }
  const path = repositoryPath(chart.chart);
  if (path === undefined || sourceKind(path, context.files) !== 'helm') {
    return notCheckedDeployment(deployer, `deploys the chart '${String(chart.chart)}', which is no chart directory of this repository`);
  }
  const { values, missing } = releaseValues(spec, resource.namespace, context);
  if (missing.length) return notCheckedDeployment(deployer, `takes values from ${missing.join(', ')}, not found among the objects of this repository: it was not rendered as Flux would`);
  return [{ kind: 'helm', path, helm: releaseVariant(resource, spec, chart, values), deployedBy: deployer }];
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

function releaseVariant(resource: Resource, spec: Record<string, unknown>, chart: Record<string, unknown>, values: string[]): HelmVariant {
  const targetNamespace = typeof spec.targetNamespace === 'string' ? spec.targetNamespace : undefined;
  const name = typeof spec.releaseName === 'string' ? spec.releaseName : targetNamespace ? `${targetNamespace}-${resource.name}` : resource.name;
  const namespace = targetNamespace ?? resource.namespace;
  return {
    releaseName: defaultReleaseName(name),
    ...(namespace && { namespace }),
    valuesFiles: strings(chart.valuesFiles).flatMap((file) => repositoryPath(file) ?? []),
    ...(values.length && { values }),
  };
}

/** valuesFrom in order (ConfigMaps and Secrets rendered from this repository), then spec.values, as helm-controller merges them. */
function releaseValues(spec: Record<string, unknown>, namespace: string | undefined, context: GitOpsContext): { values: string[]; missing: string[] } {
  const values: string[] = [];
  const missing: string[] = [];
  for (const reference of Array.isArray(spec.valuesFrom) ? spec.valuesFrom.map(record) : []) {
    const text = referencedValues(reference, namespace, context);
    if (text === undefined) {
      if (reference.optional !== true) missing.push(`${String(reference.kind)} '${String(reference.name)}'`);
    } else if (typeof reference.targetPath === 'string') {
      values.push(JSON.stringify(atPath(reference.targetPath, text)));
    } else {
      values.push(text);
    }
  }
  if (spec.values !== undefined) values.push(JSON.stringify(spec.values));
  return { values, missing };
}

function referencedValues(reference: Record<string, unknown>, namespace: string | undefined, context: GitOpsContext): string | undefined {
  const kind = reference.kind;
  if (kind !== 'ConfigMap' && kind !== 'Secret') return undefined;
  const name = String(reference.name);
  // A kustomize generator appends a content hash unless told not to.
  const object = context.resources.find(
    (resource) => resource.kind === kind && resource.apiVersion === 'v1' && (resource.name === name || new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-[a-z0-9]{10}$`).test(resource.name)) && (namespace === undefined || resource.namespace === undefined || resource.namespace === namespace),
  )?.object;
  if (!object) return undefined;
  const key = typeof reference.valuesKey === 'string' ? reference.valuesKey : 'values.yaml';
  const plain = record(object.stringData)[key] ?? (kind === 'ConfigMap' ? record(object.data)[key] : undefined);
  if (typeof plain === 'string') return plain;
  const encoded = record(object.data)[key];
  return typeof encoded === 'string' ? Buffer.from(encoded, 'base64').toString('utf8') : undefined;
}

/** `targetPath: a.b` with value v → `{a: {b: v}}`. */
function atPath(path: string, value: string): Record<string, unknown> {
  return path
    .split('.')
    .reverse()
    .reduce<unknown>((inner, key) => ({ [key]: inner }), value) as Record<string, unknown>;
}
