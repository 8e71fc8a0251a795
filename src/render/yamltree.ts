// Reads a tool's YAML configuration (a kustomization, a Chart.lock) as the Go tool will: every value with its line,
// aliases and `<<` merges expanded, keys matched as encoding/json matches them, so that each field that reaches a
// tool can be validated where it is written.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';

export type YamlValue =
  | { kind: 'scalar'; value: unknown; line: number; /** A `|` or `>` block: its text starts on the next line. */ block?: boolean }
  | { kind: 'list'; items: YamlValue[]; line: number }
  | { kind: 'map'; entries: YamlEntry[]; line: number };

export interface YamlEntry {
  key: string;
  value: YamlValue;
  line: number;
}

export type YamlRead = { documents: YamlValue[] } | { error: string; line: number };

/** More nodes than this (an alias bomb) and the file is refused rather than expanded. */
const MAX_NODES = 50_000;

/**
 * Every document of `text`, YAML 1.1 as go-yaml v2 reads it. An error when the yaml package cannot read it the way
 * the tool would (a syntax error, an alias bomb): a caller then refuses the file, since what it cannot read it
 * cannot check.
 */
export function readYamlTree(text: string): YamlRead {
  const lines = new LineCounter();
  const documents = parseAllDocuments(text, { version: '1.1', uniqueKeys: false, lineCounter: lines });
  const read: YamlValue[] = [];
  const budget = { nodes: 0 };
  for (const document of Array.isArray(documents) ? documents : [documents]) {
    const error = document.errors[0];
    if (error) return { error: error.message.split('\n')[0]!, line: lines.linePos(error.pos[0]).line };
    try {
      read.push(convert(document.contents, document, lines, budget));
    } catch (problem) {
      return { error: (problem as Error).message, line: 1 };
    }
  }
  return { documents: read };
}

function convert(node: unknown, document: Document, lines: LineCounter, budget: { nodes: number }, depth = 0): YamlValue {
  if (++budget.nodes > MAX_NODES || depth > 500) throw new Error(`more than ${MAX_NODES} values once aliases are expanded`);
  const line = lineOf(node, lines);
  if (isAlias(node)) return convert(node.resolve(document), document, lines, budget, depth + 1);
  if (isSeq(node)) return { kind: 'list', items: node.items.map((item) => convert(item, document, lines, budget, depth + 1)), line };
  if (isMap(node)) {
    const entries: YamlEntry[] = [];
    for (const pair of node.items) {
      const value = convert(pair.value, document, lines, budget, depth + 1);
      if (isMergeKey(pair.key)) {
        // go-yaml merges in document order; every merged key is kept, so a caller checks each value that could win.
        const sources = value.kind === 'list' ? value.items : [value];
        for (const source of sources) if (source.kind === 'map') entries.push(...source.entries);
        continue;
      }
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (key === undefined || key === null || typeof key === 'object') continue; // a complex key no field is named by
      entries.push({ key: String(key), value, line: lineOf(pair.key, lines) });
    }
    return { kind: 'map', entries, line };
  }
  if (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')) return { kind: 'scalar', value: node.value, line, block: true };
  return { kind: 'scalar', value: isScalar(node) ? node.value : null, line };
}

function isMergeKey(key: unknown): boolean {
  return isScalar(key) && typeof key.value === 'symbol';
}

function lineOf(node: unknown, lines: LineCounter): number {
  const range = (node as Node | null)?.range;
  return range ? lines.linePos(range[0]).line : 1;
}

/**
 * encoding/json's key matching, which kustomize and helm use after turning YAML into JSON: case-insensitive, with the
 * Kelvin sign and the long s folding to `k` and `s` (so `ReleaseName` and `releaſeName` both set `releaseName`).
 */
export function foldKey(key: string): string {
  return key.toLowerCase().replaceAll('\u017f', 's');
}

/** Every value set for `name` in a mapping (a merge or a differently cased key may set it more than once). */
export function fieldValues(value: YamlValue | undefined, name: string): YamlValue[] {
  if (value?.kind !== 'map') return [];
  const wanted = foldKey(name);
  return value.entries.filter((entry) => foldKey(entry.key) === wanted).map((entry) => entry.value);
}

/** The items of every list set for `name`. */
export function listItems(value: YamlValue | undefined, name: string): YamlValue[] {
  return fieldValues(value, name).flatMap((list) => (list.kind === 'list' ? list.items : []));
}

/** A scalar's value, or undefined for a list or a mapping. */
export function scalar(value: YamlValue): unknown {
  return value.kind === 'scalar' ? value.value : undefined;
}
