// Where a Kustomize finding is fixed: the last patch or transformer that set the value, else the base file that defines the object.
import { dirname, join } from 'node:path/posix';
import type { KustomizeTransformation, Resource, SourceLocation } from '../model.js';
import { readKustomization, list, selects, type FileReader, type Kustomization, type Patch, type Snippet } from './kustomizefile.js';
import { flattenLists } from './lists.js';
import { locateInYaml, quickIdentity, readObject, type FieldPath, type TextPosition } from './locate.js';
import { childAt, valueAt } from './paths.js';
import { splitDocuments } from './split.js';

interface Candidate {
  location: SourceLocation;
  /** Path elements found; equal to the path's length when this source holds the field itself. */
  depth: number;
}

/** One transformer run: its kustomization (absent for the wrapper) and the names the object answered to then. */
interface Step {
  kind: string;
  kustomization?: Kustomization;
  names: string[];
}

export type KustomizeLocator = (resource: Resource, path: FieldPath) => SourceLocation;

export function createKustomizeLocator(read: FileReader): KustomizeLocator {
  const kustomizations = new Map<string, Kustomization | undefined>();
  const kustomization = (file: string) => {
    if (!kustomizations.has(file)) kustomizations.set(file, readKustomization(file, read));
    return kustomizations.get(file);
  };
  return (resource, path) => {
    const { document } = resource;
    const steps = stepsOf(resource, kustomization);
    const innermost = steps.length > 0 ? steps[0]!.names : unhashed(resource);
    const origin = document.generator
      ? generatorCandidate(resource, path, document.sourceFile, innermost, steps, kustomization, read)
      : originCandidate(resource, path, read, innermost);
    const setters = steps.toReversed().flatMap((step) => stepCandidates(step, resource, path));
    const exact = (candidate: Candidate | undefined) => candidate !== undefined && candidate.depth >= path.length;
    // A value is where the last transformer that wrote it says; a block (a missing field's parent) where the base defines it.
    const ordered = isBlock(valueAt(resource.object, path)) ? [origin, ...setters] : [...setters, origin];
    const found = ordered.find(exact);
    if (found) return found.location;
    let best: Candidate | undefined;
    for (const candidate of [origin, ...setters]) if (candidate && (!best || candidate.depth > best.depth)) best = candidate;
    return best?.location ?? { file: document.sourceFile, line: 1 };
  };
}

function isBlock(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return value.some((item) => typeof item === 'object' && item !== null);
  return typeof value === 'object';
}

/** A generated object's name ends in its content hash (`-5f8b7c9d2k`) after every prefix and suffix. */
function unhashed(resource: Resource): string[] {
  const name = resource.document.generator ? resource.name.replace(/-[a-z0-9]{10}$/, '') : resource.name;
  return [name];
}

/**
 * The transformers in the order they ran, each with the names the object had by then (its name at the time and the
 * earlier ones, which kustomize also matches), found by taking each layer's prefix and suffix off again.
 */
function stepsOf(resource: Resource, kustomization: (file: string) => Kustomization | undefined): Step[] {
  const runs: KustomizeTransformation[] = [];
  for (const run of resource.document.transformations ?? []) {
    const last = runs.at(-1);
    if (!last || last.file !== run.file || last.kind !== run.kind) runs.push(run);
  }
  let name = unhashed(resource)[0]!;
  const current: string[] = [];
  const overrides = resource.target.kustomize ?? {};
  for (const run of runs.toReversed()) {
    const spec = run.file ? (kustomization(run.file)?.spec ?? {}) : (overrides as Record<string, unknown>);
    current.push(name);
    if (/Prefix/.test(run.kind) && typeof spec.namePrefix === 'string' && name.startsWith(spec.namePrefix)) name = name.slice(spec.namePrefix.length);
    if (/Suffix/.test(run.kind) && typeof spec.nameSuffix === 'string' && name.endsWith(spec.nameSuffix)) name = name.slice(0, name.length - spec.nameSuffix.length);
  }
  current.reverse();
  const innermost = name;
  return runs.map((run, index) => ({
    kind: run.kind,
    kustomization: run.file ? kustomization(run.file) : undefined,
    names: [...new Set([innermost, ...current.slice(0, index + 1)])],
  }));
}

/** The document of the origin file that declares this kind and name, exactly; the only one of its kind otherwise. */
function originCandidate(resource: Resource, path: FieldPath, read: FileReader, names: string[]): Candidate | undefined {
  const file = resource.document.sourceFile;
  const text = read(file);
  if (text === undefined) return undefined;
  const found = sourceObject(text, resource.kind, names);
  if (!found) return undefined;
  return positionIn({ file, text: found.text, firstLine: found.firstLine, indent: 0 }, [...found.itemPath, ...path], nest(found.itemPath, resource.object), found.itemPath.length);
}

interface SourceObject {
  text: string;
  firstLine: number;
  itemPath: FieldPath;
}

function sourceObject(fileText: string, kind: string, names: string[]): SourceObject | undefined {
  const documents = splitDocuments(fileText);
  const ofKind: SourceObject[] = [];
  for (const document of documents) {
    const identity = quickIdentity(document.text);
    if (identity?.kind === kind) {
      if (identity.name !== undefined && names.includes(identity.name)) return { ...document, itemPath: [] };
      ofKind.push({ ...document, itemPath: [] });
    } else if (/^items[ \t]*:/m.test(document.text)) {
      const root = readObject(document.text);
      for (const item of root ? flattenLists(root).objects : []) {
        if (item.path.length === 0 || item.object.kind !== kind) continue;
        const name = (item.object.metadata as Record<string, unknown> | undefined)?.name;
        if (typeof name === 'string' && names.includes(name)) return { ...document, itemPath: item.path };
        ofKind.push({ ...document, itemPath: item.path });
      }
    }
  }
  // The origin annotation says the object came from this file: the only object of its kind there is it.
  return ofKind.length === 1 ? ofKind[0] : undefined;
}



const GENERATOR_KEYS: Record<string, string> = { ConfigMapGenerator: 'configMapGenerator', SecretGenerator: 'secretGenerator' };

/**
 * A generated object: the literal, file or env line of the key in the last generator entry that has it (an overlay's
 * `behavior: merge` entry before the one that created it), else the creating entry itself.
 */
function generatorCandidate(
  resource: Resource,
  path: FieldPath,
  origin: string,
  names: string[],
  steps: Step[],
  kustomization: (file: string) => Kustomization | undefined,
  read: FileReader,
): Candidate | undefined {
  const key = GENERATOR_KEYS[resource.document.generator!];
  if (!key) return undefined;
  const files = [`${resource.target.path}/kustomization.yaml`, ...steps.toReversed().flatMap((step) => step.kustomization?.file ?? []), origin];
  let created: Candidate | undefined;
  for (const file of new Set(files)) {
    const spec = kustomization(file);
    if (!spec) continue;
    list(spec.spec[key]).forEach((entry, index) => {
      const record = (entry ?? {}) as Record<string, unknown>;
      if (created?.depth === path.length || typeof record.name !== 'string' || !names.includes(record.name)) return;
      const dataKey = ['data', 'stringData', 'binaryData'].includes(String(path[0])) && path.length === 2 ? String(path[1]) : undefined;
      const holding = dataKey === undefined ? undefined : dataSource(spec, [key, index], record, dataKey, read);
      if (holding) created = { location: holding, depth: path.length };
      else if (file === origin && !created) created = { location: at(spec.file, locateInYaml(spec.text, [key, index])), depth: path.length === 0 ? 0 : -1 };
    });
    if (created?.depth === path.length) return created;
  }
  return created && { ...created, depth: Math.max(created.depth, 0) };
}

/** The line that gives a generated key its value: `KEY=value` in literals, `KEY=file` or `file` in files, a line of an env file. */
function dataSource(spec: Kustomization, at_: FieldPath, entry: Record<string, unknown>, key: string, read: FileReader): SourceLocation | undefined {
  const literal = list(entry.literals).findIndex((value) => typeof value === 'string' && value.split('=')[0]!.trim() === key);
  if (literal >= 0) return at(spec.file, locateInYaml(spec.text, [...at_, 'literals', literal]));
  const file = list(entry.files).findIndex((value) => typeof value === 'string' && (value.split('=')[0] === key || (!value.includes('=') && value.split('/').at(-1) === key)));
  if (file >= 0) return at(spec.file, locateInYaml(spec.text, [...at_, 'files', file]));
  const envs = [...list(entry.envs), ...(typeof entry.env === 'string' ? [entry.env] : [])];
  for (const env of envs) {
    if (typeof env !== 'string') continue;
    const envFile = join(dirname(spec.file), env);
    const line = (read(envFile) ?? '').split('\n').findIndex((text) => text.split('=')[0]!.trim() === key);
    if (line >= 0) return { file: envFile, line: line + 1 };
  }
  return undefined;
}

/** What one transformer run wrote at the path, latest entry first. */
function stepCandidates(step: Step, resource: Resource, path: FieldPath): Candidate[] {
  const spec = step.kustomization;
  if (!spec) return wrapperCandidate(step, resource, path);
  const patches = spec.patches[step.kind as keyof Kustomization['patches']];
  if (patches) return patches.toReversed().flatMap((patch) => patchCandidate(patch, step, resource, path) ?? []);
  const entry = transformerEntry(step.kind, spec.spec, resource, path, step.names);
  if (!entry) return [];
  return [{ location: at(spec.file, locateInYaml(spec.text, entry)), depth: path.length }];
}

/** Our wrapper carries what an Argo CD Application or Flux Kustomization sets: that object is where it is fixed. */
function wrapperCandidate(step: Step, resource: Resource, path: FieldPath): Candidate[] {
  const deployer = resource.target.deployedBy;
  const entry = transformerEntry(step.kind, (resource.target.kustomize ?? {}) as Record<string, unknown>, resource, path, step.names);
  return deployer && entry ? [{ location: { file: deployer.file, line: deployer.line }, depth: path.length }] : [];
}

/** The kustomization entry a builtin transformer wrote this path from, or undefined when it wrote none. */
function transformerEntry(kind: string, spec: Record<string, unknown>, resource: Resource, path: FieldPath, names: string[]): FieldPath | undefined {
  const last = path.at(-1);
  const joined = path.join('.');
  switch (kind) {
    case 'NamespaceTransformer':
      return joined === 'metadata.namespace' && typeof spec.namespace === 'string' ? ['namespace'] : undefined;
    case 'PrefixTransformer':
      return joined === 'metadata.name' && spec.namePrefix ? ['namePrefix'] : undefined;
    case 'SuffixTransformer':
      return joined === 'metadata.name' && spec.nameSuffix ? ['nameSuffix'] : undefined;
    case 'LabelTransformer':
      return path.at(-2) === 'labels' ? labelEntry(spec, String(last)) : undefined;
    case 'AnnotationsTransformer':
      return path.at(-2) === 'annotations' && Object.hasOwn((spec.commonAnnotations ?? {}) as object, String(last)) ? ['commonAnnotations', String(last)] : undefined;
    case 'ReplicaCountTransformer': {
      const index = list(spec.replicas).findIndex((entry) => names.includes(String(childAt(entry, 'name'))));
      return joined === 'spec.replicas' && index >= 0 ? ['replicas', index, 'count'] : undefined;
    }
    case 'ImageTagTransformer':
      return last === 'image' ? imageEntry(spec, valueAt(resource.object, path)) : undefined;
    case 'ReplacementTransformer':
      return replacementEntry(spec, resource, path, names);
    default:
      return undefined;
  }
}

function labelEntry(spec: Record<string, unknown>, key: string): FieldPath | undefined {
  const labels = list(spec.labels);
  for (let index = labels.length - 1; index >= 0; index--) {
    if (Object.hasOwn((childAt(labels[index], 'pairs') ?? {}) as object, key)) return ['labels', index, 'pairs', key];
  }
  return Object.hasOwn((spec.commonLabels ?? {}) as object, key) ? ['commonLabels', key] : undefined;
}

/** The `images` entry whose result this image is: its tag, digest or name line, the most specific it sets. */
function imageEntry(spec: Record<string, unknown>, image: unknown): FieldPath | undefined {
  if (typeof image !== 'string') return undefined;
  const [, repository, tag, digest] = /^(.*?)(?::([\w.-]+))?(?:@(\S+))?$/.exec(image) ?? [];
  const entries = list(spec.images);
  for (let index = entries.length - 1; index >= 0; index--) {
    const entry = (entries[index] ?? {}) as Record<string, unknown>;
    const name = entry.newName ?? entry.name;
    if (name !== repository || (entry.newTag !== undefined && String(entry.newTag) !== tag) || (entry.digest !== undefined && entry.digest !== digest)) continue;
    const key = ['newTag', 'digest', 'newName'].find((field) => entry[field] !== undefined) ?? 'name';
    return ['images', index, key];
  }
  return undefined;
}

/** The `fieldPaths` item of a replacement target that selects this object and names this path. */
function replacementEntry(spec: Record<string, unknown>, resource: Resource, path: FieldPath, names: string[]): FieldPath | undefined {
  const replacements = list(spec.replacements);
  for (let r = replacements.length - 1; r >= 0; r--) {
    const targets = list(childAt(replacements[r], 'targets'));
    for (let t = targets.length - 1; t >= 0; t--) {
      const target = targets[t] as Record<string, unknown>;
      const select = (target?.select ?? {}) as Record<string, string>;
      if (!selects(select, resource.apiVersion, resource.kind, names)) continue;
      if (list(target.reject).some((reject) => selects(reject as Record<string, string>, resource.apiVersion, resource.kind, names))) continue;
      const fieldPaths = list(target.fieldPaths);
      const f = fieldPaths.findIndex((fieldPath) => typeof fieldPath === 'string' && fieldPathMatches(fieldPath, path, resource.object));
      if (f >= 0) return ['replacements', r, 'targets', t, 'fieldPaths', f];
    }
  }
  return undefined;
}

/** kustomize field paths: dot-separated, `*` for any, `[name=value]` for the list item with that field. */
function fieldPathMatches(fieldPath: string, path: FieldPath, object: unknown): boolean {
  const elements = fieldPath.match(/\[[^\]]*\]|[^.[\]]+/g) ?? [];
  if (elements.length !== path.length) return false;
  let node = object;
  return elements.every((element, index) => {
    const actual = path[index]!;
    const item = /^\[(.+?)=(.*)\]$/.exec(element);
    const ok = element === '*' || (item ? String(childAt(childAt(node, actual), item[1]!)) === item[2] : element === String(actual));
    node = childAt(node, actual);
    return ok;
  });
}

/** A patch that applies to this object: the position of the path in what it writes. */
function patchCandidate(patch: Patch, step: Step, resource: Resource, path: FieldPath): Candidate | undefined {
  if (patch.target && !selects(patch.target, resource.apiVersion, resource.kind, step.names)) return undefined;
  if (patch.type === 'json6902') return patch.target ? jsonPatchCandidate(patch, resource, path) : undefined;
  let best: Candidate | undefined;
  for (const document of patch.documents) {
    // Without a target a strategic-merge patch names its object; with one, its own name is ignored.
    if (!patch.target) {
      const identity = quickIdentity(document.text);
      if (identity?.kind !== resource.kind || identity.name === undefined || !step.names.includes(identity.name)) continue;
    }
    const candidate = positionIn(document, path, resource.object, 0);
    if (candidate && (!best || candidate.depth > best.depth)) best = candidate;
  }
  return best;
}

/** The last operation that wrote the path or a block holding it: the line in its `value`. */
function jsonPatchCandidate(patch: Extract<Patch, { type: 'json6902' }>, resource: Resource, path: FieldPath): Candidate | undefined {
  for (let index = patch.ops.length - 1; index >= 0; index--) {
    const op = patch.ops[index]!;
    if (!['add', 'replace', 'copy', 'move'].includes(op.op)) continue;
    const pointer = pointerPath(op.path, resource.object);
    if (!pointer || pointer.length > path.length || !pointer.every((element, i) => element === path[i])) continue;
    const rest = path.slice(pointer.length);
    if (!op.hasValue) return { location: lineOf(patch.snippet, locateInYaml(patch.snippet.text, [index, 'path'])), depth: path.length };
    const inValue = nest([index, 'value'], valueAt(resource.object, pointer));
    const candidate = positionIn(patch.snippet, [index, 'value', ...rest], inValue, 2);
    if (candidate) return { ...candidate, depth: candidate.depth + pointer.length };
  }
  return undefined;
}

/** A JSON pointer as a field path of the object (`-` is the item it appended: the last). */
function pointerPath(pointer: string, object: unknown): FieldPath | undefined {
  if (!pointer.startsWith('/')) return undefined;
  const path: FieldPath = [];
  let node = object;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    const element = Array.isArray(node) ? (token === '-' ? node.length - 1 : Number(token)) : token;
    path.push(element);
    node = childAt(node, element);
  }
  return path;
}

/** The path's position in a snippet; `skip` leading elements are not the object's (a list item's, an op's). */
function positionIn(snippet: Snippet, path: FieldPath, rendered: unknown, skip: number): Candidate | undefined {
  if (snippet.text === '') return { location: { file: snippet.file, line: snippet.firstLine }, depth: 0 };
  const position = locateInYaml(snippet.text, path, rendered);
  if (!position || position.depth < skip) return undefined;
  return { location: lineOf(snippet, position), depth: position.depth - skip };
}

function lineOf(snippet: Snippet, position: TextPosition | undefined): SourceLocation {
  if (!position) return { file: snippet.file, line: snippet.firstLine };
  return { file: snippet.file, line: snippet.firstLine + position.line - 1, column: position.column + snippet.indent };
}

function at(file: string, position: TextPosition | undefined): SourceLocation {
  return position ? { file, line: position.line, column: position.column } : { file, line: 1 };
}

/** The object placed under `prefix`, so a path through the prefix indexes it (list items are matched by index). */
function nest(prefix: FieldPath, object: unknown): unknown {
  let value = object;
  for (const element of prefix.toReversed()) {
    if (typeof element === 'number') {
      const items: unknown[] = [];
      items[element] = value;
      value = items;
    } else {
      value = { [element]: value };
    }
  }
  return value;
}
