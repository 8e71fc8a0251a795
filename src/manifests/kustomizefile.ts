// Reads a kustomization for the locator: its patches (files and inline, strategic merge and JSON 6902) with where their text sits.
import { dirname, join } from 'node:path/posix';
import { parse, parseAllDocuments } from 'yaml';
import { locateInYaml, type FieldPath } from './locate.js';
import { splitDocuments } from './split.js';

export type FileReader = (path: string) => string | undefined;

/** A piece of YAML inside a file: line 1 of `text` is `firstLine` of `file`, shifted right by `indent` columns. */
export interface Snippet {
  file: string;
  text: string;
  firstLine: number;
  indent: number;
}

export interface Selector {
  group?: string;
  version?: string;
  kind?: string;
  name?: string;
}

export type Patch =
  | { type: 'merge'; documents: Snippet[]; target?: Selector }
  | { type: 'json6902'; ops: { op: string; path: string; hasValue: boolean }[]; snippet: Snippet; target?: Selector };

export interface Kustomization {
  file: string;
  text: string;
  spec: Record<string, unknown>;
  /** By the transformer kind that applies them. */
  patches: { PatchStrategicMergeTransformer: Patch[]; PatchTransformer: Patch[]; PatchJson6902Transformer: Patch[] };
}

export function readKustomization(file: string, read: FileReader): Kustomization | undefined {
  const text = read(file);
  if (text === undefined) return undefined;
  let spec: unknown;
  try {
    spec = parse(text);
  } catch {
    return undefined;
  }
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) return undefined;
  const record = spec as Record<string, unknown>;
  const entry = (key: string, index: number, value: unknown, target?: unknown) => patchOf(file, text, [key, index], value, target, read);
  return {
    file,
    text,
    spec: record,
    patches: {
      PatchStrategicMergeTransformer: list(record.patchesStrategicMerge).flatMap((value, index) => entry('patchesStrategicMerge', index, value) ?? []),
      PatchTransformer: list(record.patches).flatMap((value, index) => entry('patches', index, value, (value as Record<string, unknown>)?.target) ?? []),
      PatchJson6902Transformer: list(record.patchesJson6902).flatMap((value, index) => entry('patchesJson6902', index, value, (value as Record<string, unknown>)?.target) ?? []),
    },
  };
}

/** An entry is a file path, an inline patch (`patch:`, or a string with a line break), or `{ path, target }`. */
function patchOf(file: string, text: string, at: FieldPath, value: unknown, target: unknown, read: FileReader): Patch | undefined {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const inline = typeof value === 'string' && value.includes('\n') ? inlineSnippet(file, text, at) : typeof record.patch === 'string' ? inlineSnippet(file, text, [...at, 'patch']) : undefined;
  const path = typeof value === 'string' && !inline ? value : typeof record.path === 'string' ? record.path : undefined;
  const snippet = inline ?? (path === undefined ? undefined : fileSnippet(join(dirname(file), path), read));
  if (!snippet) return undefined;
  const selector = selectorOf(target);
  const ops = jsonOps(snippet.text);
  if (ops) return { type: 'json6902', ops, snippet, target: selector };
  const documents = splitDocuments(snippet.text).map((document) => ({ ...snippet, text: document.text, firstLine: snippet.firstLine + document.firstLine - 1 }));
  return { type: 'merge', documents, target: selector };
}

function fileSnippet(file: string, read: FileReader): Snippet | undefined {
  const text = read(file);
  return text === undefined ? undefined : { file, text, firstLine: 1, indent: 0 };
}

/**
 * A literal block scalar keeps its lines, so a position in the patch is a position in the kustomization; any other
 * style (folded, quoted) is pointed at as a whole, on its key.
 */
function inlineSnippet(file: string, text: string, at: FieldPath): Snippet | undefined {
  const key = locateInYaml(text, at);
  if (!key || key.depth < at.length) return undefined;
  const lines = text.split('\n');
  const value = parse(text) as unknown;
  const patch = at.reduce<unknown>((node, element) => (node as Record<string | number, unknown>)?.[element], value);
  if (typeof patch !== 'string') return undefined;
  const keyLine = lines[key.line - 1] ?? '';
  if (!/:\s*\|[-+0-9]*\s*(?:#.*)?$/.test(keyLine) && !/^\s*-\s*\|[-+0-9]*\s*$/.test(keyLine)) {
    return { file, text: '', firstLine: key.line, indent: 0 };
  }
  const content = lines.slice(key.line).find((line) => line.trim() !== '') ?? '';
  return { file, text: patch, firstLine: key.line + 1, indent: content.length - content.trimStart().length };
}

function jsonOps(text: string): { op: string; path: string; hasValue: boolean }[] | undefined {
  if (!/^\s*(?:\[|-)/.test(text.replace(/^(?:\s*#.*\n)*/, ''))) return undefined;
  try {
    const [document] = parseAllDocuments(text);
    const value = document?.toJS() as unknown;
    if (!Array.isArray(value)) return undefined;
    return value.map((op) => ({ op: String(op?.op), path: typeof op?.path === 'string' ? op.path : '', hasValue: op !== null && typeof op === 'object' && 'value' in op }));
  } catch {
    return undefined;
  }
}

function selectorOf(value: unknown): Selector | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : undefined);
  return { group: text('group'), version: text('version'), kind: text('kind'), name: text('name') };
}

/** kustomize matches selector fields as anchored regular expressions. */
export function selects(selector: Selector, apiVersion: string, kind: string, names: string[]): boolean {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  const matches = (pattern: string | undefined, value: string) => {
    if (pattern === undefined || pattern === '') return true;
    try {
      return new RegExp(`^(?:${pattern})$`).test(value);
    } catch {
      return pattern === value;
    }
  };
  return matches(selector.group, group!) && matches(selector.version, version!) && matches(selector.kind, kind) && names.some((name) => matches(selector.name, name));
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
