// The values a deploying object gives its chart, as places in the repository, highest precedence first: a Flux
// HelmRelease's spec.values, then its valuesFrom last-first (the ConfigMap or Secret file when the repository holds
// it, else the valuesFrom entry); an Argo CD Application's parameters last-first, fileParameters, then valuesObject
// (else values). The chart's values files come after these (helmvalues.ts).
import { basename, dirname, join, normalize } from 'node:path/posix';
import { parse } from 'yaml';
import type { Deployer, Target } from '../model.js';
import { locateInYaml, type FieldPath, type TextPosition } from './locate.js';
import { childAt, valueAt } from './paths.js';
import { KUBERNETES_YAML } from './scalars.js';
import { splitDocuments, type DocumentText } from './split.js';
import type { ValuesPath } from './templatescan.js';
import { parsedText, textOrigin, type Reader, type ValuesOrigin } from './valuessource.js';

/** The deploying object's values sources for a Helm target; none when it is deployed by nothing, or not read. */
export function deployerOrigins(read: Reader, target: Target): ValuesOrigin[] {
  const deployer = target.deployedBy;
  if (!deployer || target.kind !== 'helm') return [];
  let known = sourcesByReader.get(read);
  if (!known) sourcesByReader.set(read, (known = new WeakMap()));
  let sources = known.get(target);
  if (!sources) known.set(target, (sources = findSources(read, target, deployer)));
  return sources;
}

/**
 * Every finding of a release asks for the same sources: found once per reader (a run's files) and target (a base and
 * its overlay render one HelmRelease line with other values).
 */
const sourcesByReader = new WeakMap<Reader, WeakMap<Target, ValuesOrigin[]>>();

function findSources(read: Reader, target: Target, deployer: Deployer): ValuesOrigin[] {
  const text = read(deployer.file);
  if (text === undefined) return [];
  const document = documentAt(text, deployer.line);
  if (!document) return [];
  const object = record(parsedText(document.text));
  if (object.kind === 'HelmRelease') return releaseSources(read, target, deployer.file, document, object);
  if (object.kind === 'Application' || object.kind === 'ApplicationSet') return applicationSources(target, deployer.file, document, object);
  return [];
}

/** The document of a multi-document file that holds `line`. */
function documentAt(text: string, line: number): DocumentText | undefined {
  return splitDocuments(text).findLast((document) => document.firstLine <= line);
}

/** spec.values, then valuesFrom last-first: helm-controller merges valuesFrom in order and spec.values over them. */
function releaseSources(read: Reader, target: Target, file: string, document: DocumentText, object: Record<string, unknown>): ValuesOrigin[] {
  const spec = record(object.spec);
  const sources: ValuesOrigin[] = [];
  if (spec.values !== undefined) {
    const values = (path: ValuesPath) => valueAt(kubernetesValues(document.text), ['spec', 'values', ...path]);
    // spec.values, as the render was given it, is the last values document (flux.ts).
    sources.push(agreeing(textOrigin(file, document.text, ['spec', 'values'], document.firstLine), values, target.helm?.values?.at(-1)));
  }
  const entries = Array.isArray(spec.valuesFrom) ? spec.valuesFrom.map(record) : [];
  const released = releasedDocuments(target, spec, entries.length);
  for (let index = entries.length - 1; index >= 0; index--) {
    const entry = entries[index]!;
    const entryAt = positionIn(document, ['spec', 'valuesFrom', index]);
    if (typeof entry.targetPath === 'string' && entry.targetPath !== '') {
      const keys = entry.targetPath.trim().split('.');
      const line = positionIn(document, ['spec', 'valuesFrom', index, 'targetPath']) ?? entryAt;
      if (line) sources.push(settingSource(file, keys, line, undefined));
      continue;
    }
    const inRepository = configSource(read, dirname(file), file, entry);
    if (inRepository) sources.push(released ? agreeing(inRepository.origin, inRepository.value, released[index]) : inRepository.origin);
    else if (entryAt && released) sources.push(fixedSource(file, entryAt, released[index]!));
  }
  // Optional references that were not found leave fewer documents than entries: the key line stands for them all.
  const valuesFrom = positionIn(document, ['spec', 'valuesFrom']);
  if (!released && valuesFrom) for (const text of releasedTexts(target, spec).reverse()) sources.push(fixedSource(file, valuesFrom, text));
  return sources;
}

/**
 * The values documents discovery made from the valuesFrom entries, one per entry, or undefined when they cannot be
 * matched one to one (an optional reference that was not found). Discovery's order: the chart's merged valuesFiles
 * (one document when there are files), the valuesFrom documents in order, spec.values.
 */
function releasedDocuments(target: Target, spec: Record<string, unknown>, entries: number): string[] | undefined {
  const texts = releasedTexts(target, spec);
  return texts.length === entries ? texts : undefined;
}

function releasedTexts(target: Target, spec: Record<string, unknown>): string[] {
  const values = target.helm?.values ?? [];
  const start = target.helm?.valuesFiles.length ? 1 : 0;
  return values.slice(start, spec.values === undefined ? undefined : -1);
}

/**
 * The ConfigMap or Secret a valuesFrom entry names, where the repository holds its values: a file of a kustomize
 * generator beside the HelmRelease, or the `data`/`stringData` block of a ConfigMap or Secret in the HelmRelease's
 * file or a resource of the kustomization beside it. A base64 `data` value has no line of its own.
 */
function configSource(read: Reader, directory: string, releaseFile: string, entry: Record<string, unknown>): Placed | undefined {
  const { kind, name } = entry;
  if ((kind !== 'ConfigMap' && kind !== 'Secret') || typeof name !== 'string') return undefined;
  const key = typeof entry.valuesKey === 'string' ? entry.valuesKey : 'values.yaml';
  const kustomizationFile = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'].map((file) => join(directory, file)).find((file) => read(file) !== undefined);
  const kustomization = record(kustomizationFile ? parsedText(read(kustomizationFile)!) : undefined);
  const generators = list(kind === 'ConfigMap' ? kustomization.configMapGenerator : kustomization.secretGenerator).map(record);
  for (const generator of generators.filter((candidate) => candidate.name === name)) {
    for (const spec of list(generator.files)) {
      if (typeof spec !== 'string') continue;
      const [fileKey, path] = spec.includes('=') ? [spec.slice(0, spec.indexOf('=')), spec.slice(spec.indexOf('=') + 1)] : [basename(spec), spec];
      const file = normalize(join(directory, path));
      const text = fileKey === key ? read(file) : undefined;
      if (text !== undefined) return { origin: textOrigin(file, text), value: (path) => valueAt(kubernetesValues(text), path) };
    }
  }
  const files = [releaseFile, ...list(kustomization.resources).flatMap((resource) => (typeof resource === 'string' ? [normalize(join(directory, resource))] : []))];
  for (const file of new Set(files)) {
    for (const document of splitDocuments(read(file) ?? '')) {
      const object = record(parsedText(document.text));
      if (object.kind !== kind || record(object.metadata).name !== name) continue;
      // A Secret's data is base64: its values have no lines of their own, the key's line stands for them.
      const block = blockSource(file, document, [kind === 'Secret' ? 'stringData' : 'data', key]) ?? (kind === 'Secret' ? blockSource(file, document, ['data', key], true) : undefined);
      if (block) return block;
    }
  }
  return undefined;
}

/** Argo CD applies valueFiles, then values (or valuesObject, which wins over it), then parameters. */
function applicationSources(target: Target, file: string, document: DocumentText, object: Record<string, unknown>): ValuesOrigin[] {
  const helmPath = helmSourcePath(target, object);
  if (!helmPath) return [];
  const helm = record(valueAt(object, helmPath));
  const sources: ValuesOrigin[] = [];
  const parameters = list(helm.parameters).map(record);
  for (let index = parameters.length - 1; index >= 0; index--) {
    const { name, value } = parameters[index]!;
    const line = positionIn(document, [...helmPath, 'parameters', index, 'value']) ?? positionIn(document, [...helmPath, 'parameters', index]);
    if (typeof name !== 'string' || name === '' || !line) continue;
    const given = value === undefined || value === null ? '' : String(value);
    // A parameter an overlay changed or dropped is not what was rendered: it does not claim the value.
    if (parameterValue(target, name) === given) sources.push(settingSource(file, name.split('.'), line, given));
  }
  const fileParameters = list(helm.fileParameters).map(record);
  for (let index = fileParameters.length - 1; index >= 0; index--) {
    const { name } = fileParameters[index]!;
    const line = positionIn(document, [...helmPath, 'fileParameters', index, 'path']) ?? positionIn(document, [...helmPath, 'fileParameters', index]);
    if (typeof name === 'string' && name !== '' && line) sources.push(settingSource(file, name.split('.'), line, undefined));
  }
  // The inline values, when the render had them, are its first values document (argohelm.ts).
  const inline = target.helm?.values?.[0];
  if (helm.valuesObject !== undefined && helm.valuesObject !== null) {
    sources.push(agreeing(textOrigin(file, document.text, [...helmPath, 'valuesObject'], document.firstLine), (path) => valueAt(kubernetesValues(document.text), [...helmPath, 'valuesObject', ...path]), inline));
  } else {
    const block = blockSource(file, document, [...helmPath, 'values']);
    if (block) sources.push(agreeing(block.origin, block.value, inline));
  }
  return sources;
}

/** `spec.source.helm`, or the `spec.sources[i].helm` of the source that renders this chart (an ApplicationSet's template alike). */
function helmSourcePath(target: Target, object: Record<string, unknown>): FieldPath | undefined {
  const base = object.kind === 'ApplicationSet' ? ['spec', 'template', 'spec'] : ['spec'];
  const spec = record(valueAt(object, base));
  const candidates: FieldPath[] = spec.source !== undefined ? [[...base, 'source']] : list(spec.sources).map((_, index) => [...base, 'sources', index]);
  const helm = candidates.filter((path) => childAt(valueAt(object, path), 'helm') !== undefined);
  const chart = (path: FieldPath) => {
    const source = record(valueAt(object, path));
    if (target.chart) return source.chart === target.chart.name;
    return typeof source.path === 'string' && normalize(source.path.replace(/^\/+/, '') || '.').replace(/\/+$/, '') === target.path;
  };
  const found = helm.length === 1 ? helm[0] : helm.find(chart);
  return found && [...found, 'helm'];
}

/** Values placed in a file, with what they are as Kubernetes reads them (YAML 1.1 scalars: `privileged: yes` is true). */
interface Placed {
  origin: ValuesOrigin;
  value: (path: ValuesPath) => unknown;
}

/**
 * The origin, holding a scalar only where the file gives what the render was given (`rendered`, a values document of
 * the target): a HelmRelease or Application that an overlay patched, or that postBuild substituted, was rendered
 * with other values than its file shows, and its line is then not where the value comes from.
 */
function agreeing(origin: ValuesOrigin, value: (path: ValuesPath) => unknown, rendered: string | undefined): ValuesOrigin {
  const document = rendered === undefined ? undefined : kubernetesValues(rendered);
  return {
    ...origin,
    locate: (path) => {
      const position = origin.locate(path);
      if (!position || position.depth < path.length) return position;
      const given = value(path);
      if (given !== null && typeof given === 'object') return position;
      return JSON.stringify(given) === JSON.stringify(valueAt(document, path)) ? position : undefined;
    },
  };
}

/** What Argo CD passed helm for a parameter: its last `--set` (commas unescaped), else a forceString values document. */
function parameterValue(target: Target, name: string): string | undefined {
  const set = (target.helm?.set ?? []).findLast((entry) => entry.startsWith(`${name}=`));
  if (set !== undefined) return set.slice(name.length + 1).replace(/\\,/g, ',');
  for (const text of [...(target.helm?.values ?? [])].reverse()) {
    const value = valueAt(kubernetesValues(text), name.split('.'));
    if (typeof value === 'string') return value;
  }
  return undefined;
}

/** YAML (or JSON) values as Kubernetes tools read them; undefined when they do not parse. */
function kubernetesValues(text: string): unknown {
  if (!kubernetesTexts.has(text)) {
    let parsed: unknown;
    try {
      parsed = parse(text, KUBERNETES_YAML);
    } catch {
      parsed = undefined;
    }
    if (kubernetesTexts.size >= KUBERNETES_TEXTS) kubernetesTexts.delete(kubernetesTexts.keys().next().value!);
    kubernetesTexts.set(text, parsed);
  }
  return kubernetesTexts.get(text);
}

/** Recent parses by text (read-only to callers): a release's documents and values, asked for every finding. */
const kubernetesTexts = new Map<string, unknown>();
const KUBERNETES_TEXTS = 32;

/**
 * One value set by name (an Argo CD parameter, a valuesFrom targetPath): it holds the paths its name leads, and
 * what lies below them, at its own line.
 */
function settingSource(file: string, keys: string[], line: TextPosition, value: unknown): ValuesOrigin {
  const covers = (path: ValuesPath) => keys.length <= path.length && keys.every((key, index) => String(path[index]) === key);
  return {
    file,
    locate: (path) => (covers(path) ? { line: line.line, column: line.column, depth: path.length } : undefined),
    value: (path) => (covers(path) && path.length === keys.length ? value : undefined),
  };
}

/** Values whose own lines are not in the repository (a valuesFrom object rendered elsewhere): the entry's line for all. */
function fixedSource(file: string, line: TextPosition, text: string): ValuesOrigin {
  const inner = textOrigin(file, text);
  return {
    file,
    locate: (path) => {
      const position = inner.locate(path);
      return position && { line: line.line, column: line.column, depth: position.depth };
    },
    value: inner.value,
  };
}

/**
 * The values in a literal block scalar (`values: |`, a ConfigMap's `values.yaml: |`), at their lines in the file; in
 * any other string (quoted, folded, base64 `data`), at the key's line.
 */
function blockSource(file: string, document: DocumentText, path: FieldPath, base64 = false): Placed | undefined {
  const position = safeLocate(document.text, path);
  if (!position || position.depth < path.length) return undefined;
  const lines = document.text.split('\n');
  // A folded, quoted or encoded value has no line per key: only a literal block keeps the values' own lines.
  if (base64 || !/:\s*\|[-+0-9]*\s*(#.*)?$/.test(lines[position.line - 1] ?? '')) {
    const raw = valueAt(kubernetesValues(document.text), path);
    if (typeof raw !== 'string') return undefined;
    const text = base64 ? Buffer.from(raw, 'base64').toString('utf8') : raw;
    const keyLine = { line: document.firstLine - 1 + position.line, column: position.column, depth: path.length };
    return { origin: fixedSource(file, keyLine, text), value: (inner) => valueAt(kubernetesValues(text), inner) };
  }
  const content: string[] = [];
  let indent: number | undefined;
  for (const line of lines.slice(position.line)) {
    if (line.trim() === '') {
      content.push('');
      continue;
    }
    const own = line.length - line.trimStart().length;
    indent ??= own;
    // The block ends at a line no deeper than its key.
    if (own < indent || own <= position.column - 1) break;
    content.push(line.slice(indent));
  }
  if (indent === undefined) return undefined;
  const text = content.join('\n');
  return { origin: textOrigin(file, text, [], document.firstLine + position.line, indent), value: (inner) => valueAt(kubernetesValues(text), inner) };
}

/** A field's position in the file the document comes from, when the document holds it. */
function positionIn(document: DocumentText, path: FieldPath): TextPosition | undefined {
  const position = safeLocate(document.text, path);
  return position && position.depth === path.length ? { line: document.firstLine - 1 + position.line, column: position.column, depth: path.length } : undefined;
}

/** A deploying object's file may be a template that does not parse (an app of apps): no position then. */
function safeLocate(text: string, path: FieldPath): TextPosition | undefined {
  try {
    return locateInYaml(text, path);
  } catch {
    return undefined;
  }
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
