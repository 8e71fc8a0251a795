// Resolves a finding's field path to a file and line in the PR checkout, through the Kustomize and Helm layers.
import { dirname, join } from 'node:path/posix';
import { parse } from 'yaml';
import type { Resource, SourceLocation } from '../model.js';
import { locateThroughTemplate } from './helmlocate.js';
import { findSourceDocument, locateInYaml, type FieldPath, type TextPosition } from './locate.js';
import { valueAt } from './paths.js';
import { includedTemplates, locateInTemplate, type TemplateMatch } from './templates.js';

/** Reads a repository-relative file, or undefined when it cannot be read. */
export type FileReader = (path: string) => string | undefined;

export type Locator = (resource: Resource, path: FieldPath) => SourceLocation;

export function createLocator(read: FileReader): Locator {
  const patchesOf = memoize((kustomization: string) => patchFiles(kustomization, read));
  return (resource, path) => {
    const { document, target } = resource;
    if (document.location) return document.location;
    if (document.textIsSource) {
      const position = locateInYaml(document.text, inDocument(resource, path), nestAt(resource.documentPath ?? [], resource.object));
      return at(document.sourceFile, document.firstLine, position);
    }
    if (target.kind === 'helm') return locateHelm(resource, path, read);
    return locateKustomize(resource, path, read, patchesOf);
  };
}

interface Candidate {
  file: string;
  firstLine: number;
  position: TextPosition;
}

function locateKustomize(resource: Resource, path: FieldPath, read: FileReader, patchesOf: (kustomization: string) => string[]): SourceLocation {
  const { document } = resource;
  const candidates: Candidate[] = [];
  const source = yamlCandidate(document.sourceFile, resource, path, read);
  if (source) candidates.push(source);
  // A field a patch set or changed is found in the patch file, not in the origin.
  if (!source || source.position.depth < path.length) {
    for (const patch of document.relatedFiles.flatMap(patchesOf)) {
      const candidate = yamlCandidate(patch, resource, path, read);
      if (candidate) candidates.push(candidate);
    }
  }
  const best = deepest(candidates);
  return best ? at(best.file, best.firstLine, best.position) : { file: document.sourceFile, line: 1 };
}

function yamlCandidate(file: string, resource: Resource, path: FieldPath, read: FileReader): Candidate | undefined {
  const text = read(file);
  if (text === undefined) return undefined;
  const sourceDocument = findSourceDocument(text, resource.kind, resource.name);
  if (!sourceDocument) return undefined;
  const itemPath = sourceDocument.itemPath ?? [];
  const position = locateInYaml(sourceDocument.text, [...itemPath, ...path], nestAt(itemPath, resource.object));
  // Depth counts the fields of the object, as for the patches this candidate is compared with.
  return position && { file, firstLine: sourceDocument.firstLine, position: { ...position, depth: Math.max(0, position.depth - itemPath.length) } };
}

/** The strategic-merge patch files a kustomization names (a kustomization that patched the object). */
function patchFiles(kustomization: string, read: FileReader): string[] {
  const text = read(kustomization);
  if (text === undefined) return [];
  let spec: Record<string, unknown>;
  try {
    spec = (parse(text) ?? {}) as Record<string, unknown>;
  } catch {
    return [];
  }
  const directory = dirname(kustomization);
  const paths = [...asArray(spec.patches).map((patch) => (patch as Record<string, unknown>)?.path), ...asArray(spec.patchesStrategicMerge)].filter(
    (value): value is string => typeof value === 'string' && !value.includes('\n'),
  );
  return paths.map((patch) => join(directory, patch));
}

function memoize<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key)!;
  };
}

/**
 * The template, the named templates it includes (helpers files), then the values files: the deepest key wins,
 * then the occurrence holding the rendered value, then the earlier file (the template before the values).
 */
function locateHelm(resource: Resource, path: FieldPath, read: FileReader): SourceLocation {
  const { document } = resource;
  const traced = locateThroughTemplate(resource, path, read, document.relatedFiles.filter(isHelperFile));
  if (traced) return traced;
  const template = read(document.sourceFile) ?? '';
  const helpers = document.relatedFiles.filter(isHelperFile).map((file) => ({ file, text: read(file) ?? '' }));
  const sources = [
    { file: document.sourceFile, firstLine: 1, text: template },
    ...includedTemplates(template, helpers),
    ...document.relatedFiles.filter((file) => !isHelperFile(file)).map((file) => ({ file, firstLine: 1, text: read(file) ?? '' })),
  ];
  const expected = scalarAt(resource.object, path);
  let best: { file: string; firstLine: number; position: TemplateMatch } | undefined;
  for (const source of sources) {
    const position = locateInTemplate(source.text, inDocument(resource, path), expected);
    if (position && (!best || position.depth > best.position.depth || (position.depth === best.position.depth && position.valueMatched && !best.position.valueMatched))) {
      best = { file: source.file, firstLine: source.firstLine, position };
    }
  }
  return best ? at(best.file, best.firstLine, best.position) : { file: document.sourceFile, line: 1 };
}

/** Files under a chart's templates/ that only hold named templates (_helpers.tpl, _labels.yaml). */
function isHelperFile(file: string): boolean {
  const name = file.slice(file.lastIndexOf('/') + 1);
  return file.includes('/templates/') && (name.startsWith('_') || name.endsWith('.tpl'));
}

/** The path of a field within the whole document: a list item's fields sit under `items.N`. */
function inDocument(resource: Resource, path: FieldPath): FieldPath {
  return resource.documentPath ? [...resource.documentPath, ...path] : path;
}

/**
 * What a path through a list indexes: the object under its list path (the list's other items are not needed, list
 * items are matched by index, and a Kubernetes object has no top-level `name` to match by).
 */
function nestAt(prefix: FieldPath, object: unknown): unknown {
  let value = object;
  for (const element of [...prefix].reverse()) {
    if (typeof element === 'number') {
      const list: unknown[] = [];
      list[element] = value;
      value = list;
    } else {
      value = { [element]: value };
    }
  }
  return value;
}

/** The rendered value at path when it is a scalar, as text. */
function scalarAt(object: unknown, path: FieldPath): string | undefined {
  const value = valueAt(object, path);
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

function deepest(candidates: Candidate[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const candidate of candidates) {
    if (!best || candidate.position.depth > best.position.depth) best = candidate;
  }
  return best;
}

function at(file: string, firstLine: number, position: TextPosition | undefined): SourceLocation {
  if (!position) return { file, line: firstLine };
  return { file, line: firstLine + position.line - 1, column: position.column };
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
