// Resolves a finding's field path to a file and line in the PR checkout, through the Kustomize and Helm layers.
import { parse } from 'yaml';
import type { Resource, SourceLocation } from '../model.js';
import { findSourceDocument, locateInTemplate, locateInYaml, type FieldPath, type TextPosition } from './locate.js';

/** Reads a repository-relative file, or undefined when it cannot be read. */
export type FileReader = (path: string) => string | undefined;

export type Locator = (resource: Resource, path: FieldPath) => SourceLocation;

export function createLocator(read: FileReader): Locator {
  return (resource, path) => {
    const { document, target } = resource;
    if (document.textIsSource) {
      const position = locateInYaml(document.text, path, resource.object);
      return at(document.sourceFile, document.firstLine, position);
    }
    if (target.kind === 'helm') return locateHelm(resource, path, read);
    return locateKustomize(resource, path, read);
  };
}

interface Candidate {
  file: string;
  firstLine: number;
  position: TextPosition;
}

function locateKustomize(resource: Resource, path: FieldPath, read: FileReader): SourceLocation {
  const { document } = resource;
  const candidates: Candidate[] = [];
  const source = yamlCandidate(document.sourceFile, resource, path, read);
  if (source) candidates.push(source);
  // A field a patch set or changed is found in the patch file, not in the origin.
  if (!source || source.position.depth < path.length) {
    for (const patch of patchFiles(document.relatedFiles, read)) {
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
  const position = locateInYaml(sourceDocument.text, path, resource.object);
  return position && { file, firstLine: sourceDocument.firstLine, position };
}

/** The strategic-merge patch files named by the kustomizations that patched the object. */
function patchFiles(kustomizations: string[], read: FileReader): string[] {
  const files: string[] = [];
  for (const kustomization of kustomizations) {
    const text = read(kustomization);
    if (text === undefined) continue;
    let spec: Record<string, unknown>;
    try {
      spec = (parse(text) ?? {}) as Record<string, unknown>;
    } catch {
      continue;
    }
    const directory = kustomization.includes('/') ? kustomization.slice(0, kustomization.lastIndexOf('/')) : '.';
    const paths = [
      ...asArray(spec.patches).map((patch) => (patch as Record<string, unknown>)?.path),
      ...asArray(spec.patchesStrategicMerge),
    ].filter((value): value is string => typeof value === 'string' && !value.includes('\n'));
    for (const patch of paths) files.push(normalize(`${directory}/${patch}`));
  }
  return files;
}

function locateHelm(resource: Resource, path: FieldPath, read: FileReader): SourceLocation {
  const { document } = resource;
  const candidates: Candidate[] = [];
  for (const file of [document.sourceFile, ...document.relatedFiles]) {
    const text = read(file);
    const position = text === undefined ? undefined : locateInTemplate(text, path);
    if (position) candidates.push({ file, firstLine: 1, position });
  }
  // The template wins ties: it is where the object is written; values files only when they hold a deeper key.
  const best = deepest(candidates);
  return best ? at(best.file, 1, best.position) : { file: document.sourceFile, line: 1 };
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

function normalize(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}
