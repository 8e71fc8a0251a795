// Argo CD: each Application (and each Application an ApplicationSet's list or git-directory generator makes) whose
// source is this repository becomes a target rendered with the app's parameters, as the repo server renders it.
import { dirname, matchesGlob } from 'node:path/posix';
import { parse } from 'yaml';
import type { Deployer, Resource, Target } from '../../model.js';
import { isWithin } from '../helm.js';
import { ARGO_SOURCE, unreadFields } from './fields.js';
import { helmVariant, type ArgoApp } from './argohelm.js';
import { kustomizeTargets } from './argokustomize.js';
import { checkoutOf, isThisRepository } from './repository.js';
import { argoRevision, describeCheckout, isThisRevision } from './revision.js';
import {
  deployerOf,
  derivedDeployer,
  directoryTargets,
  notCheckedDeployment,
  record,
  remoteChartNotRendered,
  repositoryPath,
  sourceKind,
  strings,
  type GitOpsContext,
  type GitOpsResult,
} from './source.js';

export { parseImage } from './argokustomize.js';

export function argoTargets(context: GitOpsContext): GitOpsResult {
  const result: GitOpsResult = { targets: [], findings: [], notChecked: [] };
  for (const resource of context.resources.filter((item) => item.apiVersion.startsWith('argoproj.io/'))) {
    if (resource.kind === 'Application') merge(result, applicationTargets(resource.object, deployerOf(resource, context), context));
    if (resource.kind === 'ApplicationSet') merge(result, applicationSetTargets(resource, context));
  }
  return result;
}

export function merge(into: GitOpsResult, from: GitOpsResult): void {
  into.targets.push(...from.targets);
  into.findings.push(...from.findings);
  into.notChecked.push(...from.notChecked);
}

function applicationTargets(application: Record<string, unknown>, deployer: Deployer, context: GitOpsContext): GitOpsResult {
  const result: GitOpsResult = { targets: [], findings: [], notChecked: [] };
  const spec = record(application.spec);
  // With a source hydrator, Argo CD renders the dry source and deploys what it commits from it.
  const hydrator = record(spec.sourceHydrator);
  const sources = spec.sourceHydrator !== undefined ? [record(hydrator.drySource)] : Array.isArray(spec.sources) && spec.sources.length ? spec.sources.map(record) : [record(spec.source)];
  const refs = new Map(sources.filter((source) => typeof source.ref === 'string' && source.ref !== '').map((source) => [source.ref as string, source]));
  const namespace = record(spec.destination).namespace;
  const name = record(application.metadata).name;
  const app: ArgoApp = {
    deployer,
    name: typeof name === 'string' ? name : deployer.name,
    namespace: typeof namespace === 'string' && namespace !== '' ? namespace : undefined,
    project: typeof spec.project === 'string' ? spec.project : 'default',
    refs,
  };
  for (const source of sources) {
    // A `ref` source without a path only lends its files to another source's valueFiles ($ref/...).
    if (typeof source.ref === 'string' && source.ref !== '' && source.path === undefined && source.chart === undefined) continue;
    const unread = unreadFields(source, ARGO_SOURCE);
    if (unread.length) {
      result.findings.push(notCheckedDeployment(deployer, `sets ${unread.map((field) => `'${field}'`).join(', ')} in a source, which this gate does not model: that source is not checked`, 'error'));
      continue;
    }
    const borrowed = otherRevisionValues(source, refs, context);
    if (borrowed) {
      result.findings.push(notCheckedDeployment(deployer, `${borrowed}: check it where it lives`, 'notice'));
      continue;
    }
    if (typeof source.chart === 'string' && source.chart !== '') {
      merge(result, chartSourceTargets(source, app, context));
      continue;
    }
    if (!isThisRepository(source.repoURL, context.repositoryUrls)) {
      result.findings.push(notCheckedDeployment(deployer, `deploys ${String(source.repoURL ?? 'a source without repoURL')}, which is not this repository: check it where it lives`, 'notice'));
      continue;
    }
    // Argo CD renders the targetRevision: another branch, a tag or a commit of this repository is not this checkout.
    const revision = argoRevision(source.targetRevision);
    const checkout = checkoutOf(context);
    if (!isThisRevision(revision, checkout)) {
      result.findings.push(notCheckedDeployment(deployer, `deploys ${revision.label} of this repository (targetRevision), not ${describeCheckout(checkout)}: check it where it lives`, 'notice'));
      continue;
    }
    merge(result, sourceTargets(source, app, context));
  }
  return result;
}

/**
 * Why a source's `$ref/` values files are not this checkout's: the `ref` source lends its files at its own
 * targetRevision, so one of this repository on another branch, a tag or a commit lends that revision's files.
 */
function otherRevisionValues(source: Record<string, unknown>, refs: Map<string, Record<string, unknown>>, context: GitOpsContext): string | undefined {
  const checkout = checkoutOf(context);
  for (const file of strings(record(source.helm).valueFiles)) {
    const name = /^\$([^/]+)\//.exec(file)?.[1];
    const referenced = name === undefined ? undefined : refs.get(name);
    if (!referenced || !isThisRepository(referenced.repoURL, context.repositoryUrls)) continue;
    const revision = argoRevision(referenced.targetRevision);
    if (!isThisRevision(revision, checkout)) return `takes the values file '${file}' from ${revision.label} of this repository (the targetRevision of source '${name}'), not ${describeCheckout(checkout)}`;
  }
  return undefined;
}

type ArgoSourceType = 'helm' | 'kustomize' | 'directory' | 'plugin';
const EXPLICIT_TYPES: ArgoSourceType[] = ['kustomize', 'helm', 'directory', 'plugin'];

/**
 * The repo server's choice: the one of `helm`, `kustomize`, `directory`, `plugin` that the source sets (more than one
 * is refused), else a kustomization in the directory, else a Chart.yaml, else plain manifests. Argo CD walks the
 * directory in name order and the last match wins, so a kustomization beats a Chart.yaml beside it.
 */
function argoSourceType(source: Record<string, unknown>, path: string, files: string[]): ArgoSourceType | 'missing' | string[] {
  const explicit = EXPLICIT_TYPES.filter((type) => source[type] !== undefined && source[type] !== null);
  if (explicit.length > 1) return explicit;
  if (explicit.length === 1) return explicit[0]!;
  const kind = sourceKind(path, files);
  const within = (name: string) => files.includes(path === '.' ? name : `${path}/${name}`);
  return kind === 'helm' && ['kustomization.yaml', 'kustomization.yml', 'Kustomization'].some(within) ? 'kustomize' : kind;
}

function sourceTargets(source: Record<string, unknown>, app: ArgoApp, context: GitOpsContext): GitOpsResult {
  const result: GitOpsResult = { targets: [], findings: [], notChecked: [] };
  const path = repositoryPath(source.path ?? '.');
  if (path === undefined) {
    result.findings.push(notCheckedDeployment(app.deployer, `deploys the path '${String(source.path)}', which leads out of the repository: it is not checked`, 'error'));
    return result;
  }
  const type = argoSourceType(source, path, context.files);
  if (Array.isArray(type)) {
    result.findings.push(notCheckedDeployment(app.deployer, `sets ${type.join(' and ')} in one source, which Argo CD refuses ("multiple application sources defined"): nothing of it deploys`));
  } else if (type === 'plugin') {
    const reason = `plugin directory: ${app.deployer.kind} ${app.deployer.name} renders it with a config management plugin, which is not run`;
    result.notChecked.push(...context.files.filter((file) => isWithin(file, path)).map((file) => ({ file, reason })));
    result.findings.push(notCheckedDeployment(app.deployer, `deploys ${path} through a config management plugin, which is not run: nothing it renders was checked`, 'error'));
  } else if (type === 'missing') {
    result.findings.push(notCheckedDeployment(app.deployer, `deploys '${path}', which is no directory of this repository`));
  } else if (type === 'helm') {
    const variant = helmVariant(path, record(source.helm), { ...app, sourcePath: path, repoURL: String(source.repoURL ?? ''), targetRevision: String(source.targetRevision ?? '') }, context);
    if (typeof variant === 'string') result.findings.push(notCheckedDeployment(app.deployer, variant, 'error'));
    else result.targets.push(intoDestination({ kind: 'helm', path, helm: variant, deployedBy: app.deployer }, app));
  } else if (type === 'kustomize') {
    const targets = kustomizeTargets(path, record(source.kustomize), app.deployer, context);
    if (typeof targets === 'string') result.findings.push(notCheckedDeployment(app.deployer, targets, 'error'));
    else result.targets.push(...targets.map((target) => intoDestination(target, app)));
  } else {
    const directory = directorySourceTargets(path, record(source.directory), app.deployer, context);
    merge(result, { ...directory, targets: directory.targets.map((target) => intoDestination(target, app)) });
  }
  return result;
}

/**
 * Argo CD applies every namespaced object its source renders without a namespace in `destination.namespace`, whatever
 * the source type (Directory, Kustomize, Helm, Jsonnet); an object that names its namespace keeps it.
 */
function intoDestination(target: Target, app: ArgoApp): Target {
  return app.namespace ? { ...target, namespace: app.namespace } : target;
}

/**
 * A directory of manifests, with `recurse`, `include` and `exclude` (globs over the path below the directory, `*`
 * crossing `/` as Argo CD's glob.Match does). Argo CD renders `.jsonnet` files there too; this gate does not.
 */
function directorySourceTargets(path: string, directory: Record<string, unknown>, deployer: Deployer, context: GitOpsContext): GitOpsResult {
  const result: GitOpsResult = { targets: [], findings: [], notChecked: [] };
  const recurse = directory.recurse === true;
  const below = (file: string) => (path === '.' ? file : file.slice(path.length + 1));
  const included = (file: string) => {
    const relative = below(file);
    if (typeof directory.exclude === 'string' && directory.exclude !== '' && argoGlob(directory.exclude, relative)) return false;
    return typeof directory.include !== 'string' || directory.include === '' || argoGlob(directory.include, relative);
  };
  const jsonnet = context.files.filter((file) => isWithin(file, path) && file.endsWith('.jsonnet') && (recurse || !below(file).includes('/')) && included(file));
  if (jsonnet.length) {
    result.findings.push(notCheckedDeployment(deployer, `deploys Jsonnet (${jsonnet.slice(0, 3).join(', ')}${jsonnet.length > 3 ? ', …' : ''}): Argo CD Jsonnet directories are not rendered, so what it deploys is not checked`, 'error'));
    return result;
  }
  result.targets.push(...directoryTargets(path, recurse, context, deployer).filter((target) => included(target.path)));
  return result;
}

/** gobwas/glob without separators, as Argo CD matches directory include/exclude: `*` and `?` cross `/`, `{a,b}`. */
export function argoGlob(pattern: string, path: string): boolean {
  let source = '';
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!;
    if (char === '*') source += '.*';
    else if (char === '?') source += '.';
    else if (char === '{') source += '(?:';
    else if (char === '}') source += ')';
    else if (char === ',' && source.includes('(?:')) source += '|';
    else if (char === '[') {
      const end = pattern.indexOf(']', index + 1);
      if (end < 0) return false;
      source += `[${pattern.slice(index + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
      index = end;
    } else if (char === '\\' && index + 1 < pattern.length) source += `\\${pattern[++index]}`;
    else source += char.replace(/[.+^$()|\\/]/g, '\\$&');
  }
  try {
    return new RegExp(`^${source}$`, 's').test(path);
  } catch {
    return false;
  }
}

/**
 * A chart from a Helm repository or an OCI registry (`repoURL` without a scheme is OCI, as Argo CD reads it): rendered
 * with allow-network, its relative valueFiles read from the chart, `$ref/` ones from this repository.
 */
function chartSourceTargets(source: Record<string, unknown>, app: ArgoApp, context: GitOpsContext): GitOpsResult {
  const result: GitOpsResult = { targets: [], findings: [], notChecked: [] };
  const version = typeof source.targetRevision === 'string' && source.targetRevision !== '' ? source.targetRevision : undefined;
  const what = `the Helm chart '${String(source.chart)}'${version ? ` ${version}` : ''} from ${String(source.repoURL)}`;
  if (!context.allowNetwork) {
    result.findings.push(notCheckedDeployment(app.deployer, `deploys ${what}: ${remoteChartNotRendered(app.deployer)}`, 'error'));
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
  const chartSource = { ...app, sourcePath: '', repoURL: source.repoURL, targetRevision: version ?? '' };
  const variant = helmVariant(undefined, { ...helm, valueFiles: files.filter((file) => file.startsWith('$')) }, chartSource, context);
  if (typeof variant === 'string') result.findings.push(notCheckedDeployment(app.deployer, variant, 'error'));
  else result.targets.push(intoDestination({ kind: 'helm', path: app.deployer.file, chart, helm: variant, deployedBy: app.deployer }, app));
  return result;
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
      result.findings.push(notCheckedDeployment(set, parameters, 'error'));
      continue;
    }
    // A generator's own template is merged over the ApplicationSet's, as the controller merges them.
    const template = mergeTemplate(spec.template, generatorTemplate(generator));
    for (const values of parameters) {
      let application = substitute(template, values) as Record<string, unknown>;
      if (typeof spec.templatePatch === 'string' && spec.templatePatch.trim() !== '') {
        const patched = applyTemplatePatch(application, spec.templatePatch, values);
        if (typeof patched === 'string') {
          result.findings.push(notCheckedDeployment(set, patched, 'error'));
          continue;
        }
        application = patched;
      }
      const name = record(record(application).metadata).name;
      const text = JSON.stringify(application);
      if (/\{\{/.test(text)) {
        result.findings.push(notCheckedDeployment(set, `has a template this gate cannot fill in (${/\{\{[^}]*\}\}/.exec(text)![0]}): the Application it makes was not checked`, 'error'));
        continue;
      }
      const deployer = derivedDeployer(set, { kind: 'Application', name: `${typeof name === 'string' ? name : '?'} (from ApplicationSet ${set.name})` });
      merge(result, applicationTargets(record(application), deployer, context));
    }
  }
  return result;
}

/** `list.template`, `git.template`…: the template a generator carries beside its parameters. */
function generatorTemplate(generator: Record<string, unknown>): unknown {
  for (const value of Object.values(generator)) if (record(value).template !== undefined) return record(value).template;
  return undefined;
}

/** Maps merged key by key (the generator's value wins when set), as the controller's mergo.WithOverride merge. */
function mergeTemplate(base: unknown, over: unknown): unknown {
  if (over === undefined || over === null || over === '' || (Array.isArray(over) && !over.length)) return base;
  const isMap = (value: unknown) => value !== null && typeof value === 'object' && !Array.isArray(value);
  if (!isMap(base) || !isMap(over)) return over;
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(over as Record<string, unknown>)) merged[key] = mergeTemplate(merged[key], value);
  return merged;
}

/**
 * `templatePatch`: a Go template of a patch over each Application. Filled in like the template (only names, no
 * `if`/`range`), read as YAML and merged as a JSON merge patch: maps merged, lists and values replaced, null deletes.
 */
function applyTemplatePatch(application: Record<string, unknown>, patch: string, values: Record<string, string>): Record<string, unknown> | string {
  const filled = substitute(patch, values) as string;
  if (/\{\{/.test(filled)) return `has a templatePatch this gate cannot fill in (${/\{\{[^}]*\}\}/.exec(filled)![0]}): the Applications it makes are not checked`;
  let parsed: unknown;
  try {
    parsed = parseYaml(filled);
  } catch (error) {
    return `has a templatePatch that is not YAML once filled in (${(error as Error).message.split('\n')[0]}): the Applications it makes are not checked`;
  }
  return mergePatch(application, parsed) as Record<string, unknown>;
}

function mergePatch(target: unknown, patch: unknown): unknown {
  const isMap = (value: unknown) => value !== null && typeof value === 'object' && !Array.isArray(value);
  if (!isMap(patch)) return patch;
  const merged: Record<string, unknown> = isMap(target) ? { ...(target as Record<string, unknown>) } : {};
  for (const [key, value] of Object.entries(patch as Record<string, unknown>)) {
    if (value === null) delete merged[key];
    else merged[key] = mergePatch(merged[key], value);
  }
  return merged;
}

type Parameters = Record<string, string>[];

function generatorParameters(generator: Record<string, unknown>, context: GitOpsContext, goTemplate: boolean): Parameters | string {
  if (generator.list !== undefined) {
    const list = record(generator.list);
    let elements = Array.isArray(list.elements) ? (list.elements as unknown[]) : [];
    if (typeof list.elementsYaml === 'string' && list.elementsYaml.trim() !== '') {
      try {
        const parsed = parseYaml(list.elementsYaml);
        elements = [...elements, ...(Array.isArray(parsed) ? parsed : [])];
      } catch {
        return 'has a list generator whose elementsYaml is not YAML: its Applications were not checked';
      }
    }
    return elements.map((element) => flatten(record(element)));
  }
  const git = record(generator.git);
  if (generator.git !== undefined && Array.isArray(git.directories)) {
    if (!isThisRepository(git.repoURL, context.repositoryUrls)) return `has a git generator over ${String(git.repoURL)}, which is not this repository: its Applications were not checked`;
    // The generator lists the directories of its revision; another branch's directories are not this checkout's.
    const revision = argoRevision(git.revision);
    const checkout = checkoutOf(context);
    if (!isThisRevision(revision, checkout)) return `has a git generator over ${revision.label} of this repository (revision), not ${describeCheckout(checkout)}: its Applications were not checked`;
    const extra = flatten(record(git.values), 'values.');
    return gitDirectories(git.directories.map(record), context.files).map((directory) => ({ ...pathParameters(directory, goTemplate), ...extra }));
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

function parseYaml(text: string): unknown {
  return parse(text);
}
