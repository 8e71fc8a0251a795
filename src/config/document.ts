// Parses the config file's YAML into a value plus the line of every key and item, so errors can name their line.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit as visitNodes, type Document, type Node } from 'yaml';
import { ConfigError, errorMessage } from '../errors.js';

/** A key path in the config, as ajv and our own checks name it: `['rules', 'privileged', 'severity']`. */
export type KeyPath = (string | number)[];

export interface ConfigDocument {
  /** Repository-relative path of the file, as messages show it. */
  file: string;
  /** The parsed value (undefined for an empty file). */
  value: unknown;
  /** Lines of every key (for mapping entries) and item, by `pathKey`. */
  lines: ReadonlyMap<string, number>;
  /** The written text of each scalar, by `pathKey`, so `1.30` is quoted as written rather than as the number 1.3. */
  sources: ReadonlyMap<string, string>;
  /** A problem for each key written twice (the value holds the last, the lines the first). */
  duplicates: readonly string[];
}

/** A config file is a page of settings: anything bigger is not one, and is refused before it is parsed. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** Deeper than any setting goes (rule parameters are a few levels): nesting past it is refused, not recursed into. */
export const MAX_CONFIG_DEPTH = 64;
/** Aliases expanded while reading the value: a few are a convenience, thousands are a billion-laughs bomb. */
export const MAX_CONFIG_ALIASES = 100;

/**
 * YAML 1.2 core schema, not the 1.1 rules Kubernetes objects are read with: this file is ours, and in 1.2 an
 * `expires: 2026-06-30` stays a date string and `enabled: yes` is a string that the schema rejects by its line,
 * instead of a silent boolean. Duplicate keys are errors (in `duplicates`): which one wins is not something to guess about.
 * The file is pull-request content: its size, depth and aliases are bounded, each a ConfigError naming the file.
 */
export function parseConfigDocument(file: string, text: string): ConfigDocument {
  const size = Buffer.byteLength(text);
  if (size > MAX_CONFIG_BYTES) throw new ConfigError(`${file}: ${size} bytes is too big for a config file; expected at most ${MAX_CONFIG_BYTES} bytes (1 MiB) of settings`);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, version: '1.2', schema: 'core' });
  const syntax = doc.errors[0];
  if (syntax) {
    const line = lineCounter.linePos(syntax.pos[0]).line;
    // The parser gives up on deep flow nesting with its own stack error: say what the file did instead.
    const why = /call stack/i.test(syntax.message) ? `nested too deeply; expected settings at most ${MAX_CONFIG_DEPTH} levels deep` : `YAML syntax error: ${syntax.message}; expected a YAML mapping of settings`;
    throw new ConfigError(`${file}:${line}: ${why}`);
  }
  const lines = new Map<string, number>();
  const sources = new Map<string, string>();
  const duplicates: string[] = [];
  const lineOf = (node: Node | null | undefined): number => lineCounter.linePos(node?.range?.[0] ?? 0).line;
  const visit = (node: unknown, path: KeyPath, line: number): void => {
    if (path.length > MAX_CONFIG_DEPTH) throw new ConfigError(`${file}:${line}: nested more than ${MAX_CONFIG_DEPTH} levels deep; expected settings at most ${MAX_CONFIG_DEPTH} levels deep`);
    lines.set(pathKey(path), line);
    if (isScalar(node) && node.source !== undefined) sources.set(pathKey(path), String(node.source));
    if (isSeq(node)) node.items.forEach((item, index) => visit(item, [...path, index], lineOf(item as Node)));
    if (!isMap(node)) return;
    const seen = new Map<string, number>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const keyLine = lineOf(pair.key as Node);
      const first = seen.get(key);
      if (first !== undefined) duplicates.push(`${file}:${keyLine}: ${formatKeyPath([...path, key])}: duplicate key '${key}' (first at line ${first}); expected each key once`);
      else seen.set(key, keyLine);
      if (first === undefined) visit(pair.value, [...path, key], keyLine);
    }
  };
  visit(doc.contents, [], lineOf(doc.contents as Node | null));
  // A file of comments only, or a bare `---`, is as empty as no text at all.
  const value: unknown = toValue(file, doc, lineCounter);
  return { file, value: value ?? undefined, lines, sources, duplicates };
}

/** The document's value; an alias bomb (yaml throws a ReferenceError past maxAliasCount) is a ConfigError at the first alias. */
function toValue(file: string, doc: Document, lineCounter: LineCounter): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_CONFIG_ALIASES });
  } catch (error) {
    let first: Node | undefined;
    visitNodes(doc, { Alias: (_key, node) => ((first ??= node), visitNodes.BREAK) });
    const line = lineCounter.linePos(first?.range?.[0] ?? 0).line;
    const why = error instanceof ReferenceError ? `its aliases expand past ${MAX_CONFIG_ALIASES} nodes (an alias bomb)` : `it could not be read (${errorMessage(error)})`;
    throw new ConfigError(`${file}:${line}: ${why}; expected plain settings, with few aliases (*name)`);
  }
}

/** The line of a key path: its own, or its deepest existing parent's (a missing key is reported at its mapping). */
export function lineAt(document: ConfigDocument, path: KeyPath): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const line = document.lines.get(pathKey(path.slice(0, depth)));
    if (line !== undefined) return line;
  }
  return 1;
}

export function pathKey(path: KeyPath): string {
  return JSON.stringify(path.map(String));
}

/** `rules.privileged.severity`, `exceptions[2].reason`, `rules["odd.id"]`; the file itself is `top level`. */
export function formatKeyPath(path: KeyPath): string {
  if (path.length === 0) return 'top level';
  return path
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      if (!/^[A-Za-z0-9_-]+$/.test(segment)) return `[${JSON.stringify(segment)}]`;
      return index === 0 ? segment : `.${segment}`;
    })
    .join('');
}

/** One problem at its line: `.kube-policy-gate.yaml:12: rules.privileged.severity: …`. */
export function problemAt(document: ConfigDocument, path: KeyPath, message: string): string {
  return `${document.file}:${lineAt(document, path)}: ${formatKeyPath(path)}: ${message}`;
}
