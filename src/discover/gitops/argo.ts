// Argo CD: each Application (and each Application an ApplicationSet's list or git-directory generator makes) whose
// source is this repository becomes a target rendered with the app's parameters, as the repo server renders it.
import { dirname, join, matchesGlob } from 'node:path/posix';
import type { Deployer, HelmVariant, KustomizeOptions, Resource, Target } from '../../model.js';
import { isWithin } from '../helm.js';
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

export function argoTargets(context: GitOpsContext): GitOpsResult {
  const result: GitOpsResult = { targets: [], findings: [], notChecked: [] };
  for (const resource of context.resources.filter((item) => item.apiVersion.startsWith('argoproj.io/'))) {
    if (resource.kind === 'Application') merge(result, applicationTargets(resource.object, deployerOf(resource, context), context));
    if (resource.kind === 'ApplicationSet') merge(result, applicationSetTargets(resource, context));
  }
  return result;
}

function merge(into: GitOpsResult, from: GitOpsResult): void {
  into.targets.push(...from.targets);
  into.findings.push(...from.findings);
  into.notChecked.push(...from.notChecked);
}

function applicationTargets(application: Record<string, unknown>, deployer: Deployer, context: GitOpsContext): GitOpsResult {
  const result: GitOpsResult = { targets: [], findings: [], notChecked: [] };
  const spec = record(application.spec);
  const sources = Array.isArray(spec.sources) ? spec.sources.map(record) : [record(spec.source)];
  const refs = new Map(sources.filter((source) => typeof source.ref === 'string').map((source) => [source.ref as string, source]));
  const namespace = record(spec.destination).namespace;
  for (const source of sources) {
    // A `ref` source without a path only lends its files to another source's valueFiles ($ref/...).
    if (typeof source.ref === 'string' && source.path === undefined) continue;
    const app = { deployer, namespace: typeof namespace === 'string' ? namespace : undefined, refs };
    if (typeof source.chart === 'string') {
      merge(result, chartSourceTargets(source, app, context));
      continue;
    }
    if (!isThisRepository(source.repoURL, context.repositoryUrls)) {
      const what = typeof source.chart === 'string' ? `the Helm chart '${source.chart}' from ${String(source.repoURL)}` : String(source.repoURL ?? 'a source without repoURL');
      result.findings.push(notCheckedDeployment(deployer, `deploys ${what}, which is not this repository: check it where it lives`, 'notice'));
      continue;
    }
    merge(result, sourceTargets(source, app, context));
  }
  return result;
}

interface SourceContext {
  deployer: Deployer;
  namespace?: string;
  refs: Map<string, Record<string, unknown>>;
}

function sourceTargets(source: Record<string, unknown>, app: SourceContext, context: GitOpsContext): GitOpsResult {
  const result: GitOpsResult = { targets: [], findings: [], notChecked: [] };
  const path = repositoryPath(source.path ?? '.');
  if (path === undefined) {
    result.findings.push(notCheckedDeployment(app.deployer, `deploys the path '${String(source.path)}', which leads out of the repository`));
    return result;
  }
  if (source.plugin !== undefined) {
    const reason = `plugin directory: ${app.deployer.kind} ${app.deployer.name} renders it with a config management plugin, which is not run`;
    result.notChecked.push(...context.files.filter((file) => isWithin(file, path)).map((file) => ({ file, reason })));
    result.findings.push(notCheckedDeployment(app.deployer, `deploys ${path} through a config management plugin, which is not run: nothing it renders was checked`));
    return result;
  }
  const kind = sourceKind(path, context.files);
  if (kind === 'missing') {
    result.findings.push(notCheckedDeployment(app.deployer, `deploys '${path}', which is no directory of this repository`));
  } else if (kind === 'helm') {
    result.targets.push({ kind: 'helm', path, helm: helmVariant(path, record(source.helm), app), deployedBy: app.deployer });
  } else if (kind === 'kustomize') {
    const options = kustomizeOptions(record(source.kustomize));
    result.targets.push({ kind: 'kustomize', path, deployedBy: app.deployer, ...(options && { kustomize: options }) });
  } else {
    const directory = record(source.directory);
    result.targets.push(...directoryTargets(path, directory.recurse === true, context, app.deployer));
  }
  return result;
}

/**
 * A chart from a Helm repository or an OCI registry (`repoURL` without a scheme is OCI, as Argo CD reads it): rendered
 * with allow-network, its relative valueFiles read from the chart, `$ref/` ones from this repository.
 */
function chartSourceTargets(source: Record<string, unknown>, app: SourceContext, context: GitOpsContext): GitOpsResult {
  const result: GitOpsResult = { targets: [], findings: [], notChecked: [] };
  const version = typeof source.targetRevision === 'string' && source.targetRevision !== '' ? source.targetRevision : undefined;
  const what = `the Helm chart '${String(source.chart)}'${version ? ` ${version}` : ''} from ${String(source.repoURL)}`;
  if (!context.allowNetwork) {
    result.findings.push(notCheckedDeployment(app.deployer, `deploys ${what}: remote chart: not rendered, set allow-network to render it`));
    return result;
  }
  if (typeof source.repoURL !== 'string' || source.repoURL === '') {
    result.findings.push(notCheckedDeployment(app.deployer, `deploys ${what}: not rendered, the source has no repoURL`));
    return result;
  }
  const repository = /^[a-z][a-z0-9+.-]*:\/\//i.test(source.repoURL) ? source.repoURL : `oci://${source.repoURL}`;
  const helm = record(source.helm);
  const files = strings(helm.valueFiles);
  const inChart = files.filter((file) => !file.startsWith('$'));
  const chart = { repository, name: String(source.chart), ...(version && { version }), ...(inChart.length && { valuesFiles: inChart }) };
  const variant = helmVariant('.', { ...helm, valueFiles: files.filter((file) => file.startsWith('$')) }, app);
  result.targets.push({ kind: 'helm', path: app.deployer.file, chart, helm: variant, deployedBy: app.deployer });
  return result;
}

function helmVariant(chart: string, helm: Record<string, unknown>, app: SourceContext): HelmVariant {
  const valuesFiles = strings(helm.valueFiles).flatMap((file) => valuesFile(file, chart, app.refs) ?? []);
  const values = typeof helm.values === 'string' ? [helm.values] : helm.valuesObject !== undefined ? [JSON.stringify(helm.valuesObject)] : [];
  const set = (Array.isArray(helm.parameters) ? helm.parameters.map(record) : [])
    .filter((parameter) => typeof parameter.name === 'string')
    .map((parameter) => `${String(parameter.name)}=${String(parameter.value ?? '')}`);
  return {
    releaseName: typeof helm.releaseName === 'string' ? helm.releaseName : app.deployer.name,
    ...(app.namespace && { namespace: app.namespace }),
    valuesFiles,
    ...(values.length && { values }),
    ...(set.length && { set }),
    ...(typeof helm.kubeVersion === 'string' && { kubeVersion: helm.kubeVersion }),
    ...(strings(helm.apiVersions).length && { apiVersions: strings(helm.apiVersions) }),
  };
}

/** Relative to the chart, or `$ref/path` in the source named `ref`; undefined for one in another repository. */
function valuesFile(file: string, chart: string, refs: Map<string, Record<string, unknown>>): string | undefined {
  const reference = /^\$([^/]+)\/(.*)$/.exec(file);
  if (!reference) return repositoryPath(join(chart, file)) ?? file;
  return refs.has(reference[1]!) ? (repositoryPath(reference[2]!) ?? file) : file;
}

function kustomizeOptions(kustomize: Record<string, unknown>): KustomizeOptions | undefined {
  const options: KustomizeOptions = {};
  for (const key of ['namePrefix', 'nameSuffix', 'namespace'] as const) if (typeof kustomize[key] === 'string') options[key] = kustomize[key];
  const images = strings(kustomize.images).map(parseImage);
  if (images.length) options.images = images;
  const labels = stringMap(kustomize.commonLabels);
  if (labels) options.commonLabels = labels;
  const annotations = stringMap(kustomize.commonAnnotations);
  if (annotations) options.commonAnnotations = annotations;
  return Object.keys(options).length ? options : undefined;
}

/** Argo CD's `[old=]new[:tag][@digest]` (as `kustomize edit set image` reads it). */
export function parseImage(text: string): NonNullable<KustomizeOptions['images']>[number] {
  const [old, replacement = old] = text.includes('=') ? text.split('=', 2) : [undefined, text];
  const [withoutDigest, digest] = replacement!.split('@', 2) as [string, string | undefined];
  const tagAt = withoutDigest.lastIndexOf(':');
  const hasTag = tagAt > withoutDigest.lastIndexOf('/');
  const newName = hasTag ? withoutDigest.slice(0, tagAt) : withoutDigest;
  const name = old ?? newName;
  return { name, ...(newName !== name && { newName }), ...(hasTag && { newTag: withoutDigest.slice(tagAt + 1) }), ...(digest && { digest }) };
}

/** The Applications of list and git-directory generators over this repository; other generators are named. */
function applicationSetTargets(resource: Resource, context: GitOpsContext): GitOpsResult {
  const result: GitOpsResult = { targets: [], findings: [], notChecked: [] };
  const set = deployerOf(resource, context);
  const spec = record(resource.object.spec);
  const goTemplate = spec.goTemplate === true;
  for (const generator of Array.isArray(spec.generators) ? spec.generators.map(record) : []) {
    const parameters = generatorParameters(generator, context, goTemplate);
    if (typeof parameters === 'string') {
      result.findings.push(notCheckedDeployment(set, parameters));
      continue;
    }
    for (const values of parameters) {
      const application = substitute(spec.template, values) as Record<string, unknown>;
      const name = record(record(application).metadata).name;
      const text = JSON.stringify(application);
      if (/\{\{/.test(text)) {
        result.findings.push(notCheckedDeployment(set, `has a template this gate cannot fill in (${/\{\{[^}]*\}\}/.exec(text)![0]}): the Application it makes was not checked`));
        continue;
      }
      const deployer: Deployer = { ...set, kind: 'Application', name: `${typeof name === 'string' ? name : '?'} (from ApplicationSet ${set.name})` };
      merge(result, applicationTargets(record(application), deployer, context));
    }
  }
  return result;
}

type Parameters = Record<string, string>[];

function generatorParameters(generator: Record<string, unknown>, context: GitOpsContext, goTemplate: boolean): Parameters | string {
  if (generator.list !== undefined) {
    const elements = Array.isArray(record(generator.list).elements) ? (record(generator.list).elements as unknown[]) : [];
    return elements.map((element) => flatten(record(element)));
  }
  const git = record(generator.git);
  if (generator.git !== undefined && Array.isArray(git.directories)) {
    if (!isThisRepository(git.repoURL, context.repositoryUrls)) return `has a git generator over ${String(git.repoURL)}, which is not this repository: its Applications were not checked`;
    return gitDirectories(git.directories.map(record), context.files).map((directory) => pathParameters(directory, goTemplate));
  }
  return `has a ${Object.keys(generator).join(', ')} generator, which this gate does not follow (list and git directories are followed): its Applications were not checked`;
}

function gitDirectories(patterns: Record<string, unknown>[], files: string[]): string[] {
  const directories = new Set<string>();
  for (const file of files) for (let directory = dirname(file); directory !== '.'; directory = dirname(directory)) directories.add(directory);
  const matches = (directory: string, entry: Record<string, unknown>) => typeof entry.path === 'string' && matchesGlob(directory, entry.path);
  return [...directories]
    .filter((directory) => patterns.some((entry) => entry.exclude !== true && matches(directory, entry)))
    .filter((directory) => !patterns.some((entry) => entry.exclude === true && matches(directory, entry)))
    .sort();
}

function pathParameters(directory: string, goTemplate: boolean): Record<string, string> {
  const basename = directory.slice(directory.lastIndexOf('/') + 1);
  const normalized = basename.toLowerCase().replace(/[^a-z0-9-.]/g, '-');
  const segments = Object.fromEntries(directory.split('/').map((segment, index) => [`path[${index}]`, segment]));
  return goTemplate
    ? { 'path.path': directory, 'path.basename': basename, 'path.basenameNormalized': normalized, ...Object.fromEntries(directory.split('/').map((segment, index) => [`path.segments ${index}`, segment])) }
    : { path: directory, 'path.basename': basename, 'path.basenameNormalized': normalized, ...segments };
}

/** `{values: {a: 1}}` → `values.a`: the names a template refers to. */
function flatten(value: Record<string, unknown>, prefix = ''): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== null && typeof item === 'object' && !Array.isArray(item)) Object.assign(flat, flatten(item as Record<string, unknown>, `${prefix}${key}.`));
    else flat[`${prefix}${key}`] = String(item);
  }
  return flat;
}

/** `{{name}}`, `{{ .path.basename }}`, `{{index .path.segments 1}}` in every string of the template. */
function substitute(template: unknown, values: Record<string, string>): unknown {
  if (typeof template === 'string') {
    return template.replace(/\{\{-?\s*(?:index\s+)?\.?([\w.[\]-]+(?:\s+\d+)?)\s*-?\}\}/g, (whole, name: string) => values[name] ?? whole);
  }
  if (Array.isArray(template)) return template.map((item) => substitute(item, values));
  if (template !== null && typeof template === 'object') return Object.fromEntries(Object.entries(template).map(([key, item]) => [key, substitute(item, values)]));
  return template;
}
