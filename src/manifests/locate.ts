// Maps a JSON field path of an object to a line in a source file: exactly in YAML, by key structure in templates.
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair } from 'yaml';
import { decodeDocument, isMergeKey } from './decode.js';
import { locateInBlockYaml } from './fastlocate.js';
import { normaliseLineBreaks } from './linebreaks.js';
import { flattenLists } from './lists.js';
import { KUBERNETES_YAML } from './scalars.js';
import { splitDocuments } from './split.js';
import { childAt, nameOf } from './paths.js';

export type FieldPath = (string | number)[];

export interface TextPosition {
  /** 1-based line within the searched text. */
  line: number;
  /** 1-based column. */
  column: number;
  /** How many leading path elements were found; equal to path.length when the field itself exists. */
  depth: number;
}

/**
 * Position of the deepest existing element of `path` in one YAML document (the key's line for mapping entries).
 * With `rendered` (the object the path indexes), list items are matched by their `name`, as strategic merge
 * patches merge containers, volumes and ports: index 1 of the rendered containers may be item 0 of a patch.
 * The line walker answers most lookups ~20x faster; the parser answers what it declines. Both read the lines
 * go-yaml reads (a U+2028 ends a line), and the position is given back in the text's own lines.
 */
export function locateInYaml(text: string, path: FieldPath, rendered?: unknown): TextPosition | undefined {
  const normalised = normaliseLineBreaks(text);
  const position = locateInBlockYaml(normalised.text, path, rendered) ?? locateWithParser(normalised.text, path, rendered);
  return position && { ...position, ...normalised.original(position.line, position.column) };
}

/** The reference: the same answer from the yaml package's syntax tree. */
export function locateWithParser(text: string, path: FieldPath, rendered?: unknown): TextPosition | undefined {
  const doc = parsedDocument(text);
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0];
  if (offset === undefined) return undefined;
  let depth = 0;
  let renderedNode = rendered;
  for (const element of path) {
    const renderedChild = childAt(renderedNode, element);
    if (isSeq(node) && typeof element === 'number' && rendered !== undefined) {
      const name = nameOf(renderedChild);
      const item = name === undefined ? node.items[element] : node.items.find((candidate) => isMap(candidate) && candidate.get('name') === name);
      if (!item) break;
      node = item;
      offset = (item as Node).range?.[0] ?? offset;
    } else if (isMap(node)) {
      const pair = entryWritten(doc, node, String(element), 0);
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof element === 'number' && element < node.items.length) {
      node = node.items[element];
      offset = (node as Node | null)?.range?.[0] ?? offset;
    } else {
      break;
    }
    renderedNode = renderedChild;
    depth++;
  }
  return { ...lineAndColumn(text, offset), depth };
}

/**
 * The entry that gives `key` its value as go-yaml decodes the mapping: the last one written in document order,
 * where a `<<` writes its merged mapping's entries (a sequence of them from last to first) at its place.
 */
function entryWritten(doc: Document.Parsed, map: unknown, key: string, depth: number): Pair | undefined {
  const target = isAlias(map) ? map.resolve(doc) : map;
  // Aliases can nest merges without end (an anchor holding itself); the decoder refuses those documents.
  if (!isMap(target) || depth > 32) return undefined;
  let written: Pair | undefined;
  for (const pair of target.items) {
    if (isMergeKey(pair.key)) {
      const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
      for (const source of sources) {
        const merged = entryWritten(doc, source, key, depth + 1);
        if (merged) {
          written = merged;
          break;
        }
      }
    } else if (isScalar(pair.key) && String(pair.key.value) === key) {
      written = pair;
    }
  }
  return written;
}

/**
 * Findings of one object come one after another, so a few recent parses serve nearly every lookup; the
 * position-tracking parse is slow and large, so only documents with findings are parsed this way, once.
 */
const recentDocuments = new Map<string, Document.Parsed>();
const RECENT_DOCUMENTS = 16;

function parsedDocument(text: string): Document.Parsed {
  let doc = recentDocuments.get(text);
  if (doc) {
    recentDocuments.delete(text);
  } else {
    doc = parseDocument(text, KUBERNETES_YAML);
    if (recentDocuments.size >= RECENT_DOCUMENTS) recentDocuments.delete(recentDocuments.keys().next().value!);
  }
  recentDocuments.set(text, doc);
  return doc;
}


export interface SourceDocument {
  text: string;
  firstLine: number;
  /** Where the object sits in the document when a list holds it (`['items', 2]`). */
  itemPath?: FieldPath;
}

/** Finds the document of a multi-document file that declares `kind` with a name related to `renderedName`. */
export function findSourceDocument(fileText: string, kind: string, renderedName: string): SourceDocument | undefined {
  const documents = splitDocuments(fileText);
  const candidates = documents.map((document) => ({ document, identity: quickIdentity(document.text) })).filter(({ identity }) => identity?.kind === kind);
  if (candidates.length === 0) return findListItem(documents, kind, renderedName);
  if (candidates.length === 1) return candidates[0]!.document;
  // Kustomize adds prefixes and suffixes (and hashes), so the source name is contained in the rendered one.
  const named = candidates
    .filter(({ identity }) => identity?.name && renderedName.includes(identity.name))
    .sort((a, b) => (b.identity?.name?.length ?? 0) - (a.identity?.name?.length ?? 0));
  return named[0]?.document;
}

/** Kustomize flattens lists as kubectl does, so an object's origin file may hold it as an item of a list. */
function findListItem(documents: SourceDocument[], kind: string, renderedName: string): SourceDocument | undefined {
  for (const document of documents) {
    if (!/^items[ \t]*:/m.test(document.text)) continue;
    const root = readObject(document.text);
    if (!root) continue;
    const items = flattenLists(root)
      .objects.map(({ object, path }) => ({ path, kind: object.kind, name: (object.metadata as Record<string, unknown> | undefined)?.name }))
      .filter((item): item is { path: FieldPath; kind: string; name: string } => item.path.length > 0 && item.kind === kind && typeof item.name === 'string' && renderedName.includes(item.name))
      .sort((a, b) => b.name.length - a.name.length);
    if (items[0]) return { ...document, itemPath: items[0].path };
  }
  return undefined;
}

/** A document as the cluster reads it (go-yaml's merges and line breaks), or undefined when it is no object. */
export function readObject(text: string): Record<string, unknown> | undefined {
  try {
    const doc = parseDocument(normaliseLineBreaks(text).text, KUBERNETES_YAML);
    const value = doc.errors.length === 0 ? decodeDocument(doc) : undefined;
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** kind and metadata.name read by pattern, for a cheap first look at a document. */
export function quickIdentity(text: string): { kind?: string; name?: string } | undefined {
  const kind = /^kind:[ \t]*["']?([\w.-]+)["']?[ \t]*(?:#.*)?$/m.exec(text)?.[1];
  const name = /^metadata:[ \t]*\n(?:[ \t]+.*\n)*?[ \t]+name:[ \t]*["']?([^"'\s#]+)/m.exec(text)?.[1];
  return kind ? { kind, name } : undefined;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
