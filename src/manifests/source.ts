// Resolves a finding's field path to a file and line in the PR checkout, through the Kustomize and Helm layers.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Resource, SourceLocation } from '../model.js';
import { locateThroughTemplate } from './helmlocate.js';
import { createKustomizeLocator } from './kustomizelocate.js';
import { locateInYaml, type FieldPath, type TextPosition } from './locate.js';
import { valueAt } from './paths.js';
import { includedTemplates, locateInTemplate, type TemplateMatch } from './templates.js';

/** Reads a repository-relative file, or undefined when it cannot be read. */
export type FileReader = (path: string) => string | undefined;

export type Locator = (resource: Resource, path: FieldPath) => SourceLocation;

/**
 * Reads repository files once each; undefined for a file that cannot be read, or that is larger than `maxBytes`
 * (not read at all: a file too large to judge must not take unbounded memory on its way to being reported).
 */
export function cachedReader(root: string, maxBytes = Number.POSITIVE_INFINITY): FileReader {
  const cache = new Map<string, string | undefined>();
  return (path) => {
    if (!cache.has(path)) {
      try {
        const file = join(root, path);
        cache.set(path, statSync(file).size > maxBytes ? undefined : readFileSync(file, 'utf8'));
      } catch {
        cache.set(path, undefined);
      }
    }
    return cache.get(path);
  };
}


export function createLocator(read: FileReader): Locator {
  const locateKustomize = createKustomizeLocator(read);
  return (resource, path) => {
    const { document, target } = resource;
    if (document.location) return document.location;
    if (document.textIsSource) {
      const position = locateInYaml(document.text, inDocument(resource, path), nestAt(resource.documentPath ?? [], resource.object));
      return at(document.sourceFile, document.firstLine, position);
    }
    if (target.kind === 'helm') return locateHelm(resource, path, read);
    return locateKustomize(resource, path);
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

function at(file: string, firstLine: number, position: TextPosition | undefined): SourceLocation {
  if (!position) return { file, line: firstLine };
  return { file, line: firstLine + position.line - 1, column: position.column };
}
