// Finds a field of a rendered object in Helm templates, which are text, not YAML: by key structure (indentation),
// preferring the occurrence that holds the rendered value, and following `include` into named templates.
import type { FieldPath, TextPosition } from './locate.js';

export interface TemplateMatch extends TextPosition {
  /** The key's value text (its line or the lines under it) contains the rendered value. */
  valueMatched: boolean;
}

/**
 * Locates the string keys of `path` by indentation: the last key that appears, under as many of its path
 * ancestors as possible, preferring occurrences whose value holds `expected` (the rendered scalar at `path`).
 */
export function locateInTemplate(text: string, path: FieldPath, expected?: string): TemplateMatch | undefined {
  const keys = path.filter((element): element is string => typeof element === 'string');
  if (keys.length === 0) return undefined;
  const rawLines = text.split('\n');
  const lines = rawLines.map(parseKeyLine);
  const valuePattern = expected === undefined || expected === '' ? undefined : tokenPattern(expected);
  for (let keyIndex = keys.length - 1; keyIndex >= 0; keyIndex--) {
    let best: (TemplateMatch & { score: number }) | undefined;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (!line || line.key !== keys[keyIndex]) continue;
      const score = ancestorsMatched(lines, i, keys, keyIndex);
      const valueMatched = valuePattern !== undefined && keyIndex === keys.length - 1 && valueHolds(rawLines, lines, i, valuePattern);
      if (!best || Number(valueMatched) > Number(best.valueMatched) || (valueMatched === best.valueMatched && score > best.score)) {
        best = { line: i + 1, column: line.indent + 1, depth: keyIndex + 1, valueMatched, score };
      }
    }
    if (best) {
      const { score: _score, ...match } = best;
      return match;
    }
  }
  return undefined;
}

/** A named template (`{{ define "name" }}`) with where it starts in its file. */
export interface NamedTemplate {
  file: string;
  /** 1-based line of the define. */
  firstLine: number;
  text: string;
}

/** The named templates a template includes, directly or through other named templates (three levels). */
export function includedTemplates(template: string, helpers: { file: string; text: string }[]): NamedTemplate[] {
  const defined = new Map<string, NamedTemplate>();
  for (const helper of helpers) for (const block of defineBlocks(helper.file, helper.text)) defined.set(block.name, block);
  const found = new Map<string, NamedTemplate>();
  let frontier = includedNames(template);
  for (let level = 0; level < 3 && frontier.length; level++) {
    const next: string[] = [];
    for (const name of frontier) {
      const block = defined.get(name);
      if (!block || found.has(name)) continue;
      found.set(name, block);
      next.push(...includedNames(block.text));
    }
    frontier = next;
  }
  return [...found.values()];
}

const DEFINE = /\{\{-?\s*define\s+"([^"]+)"\s*-?\}\}/;
const INCLUDE = /\b(?:include|template)\s+"([^"]+)"/g;

function includedNames(text: string): string[] {
  return [...text.matchAll(INCLUDE)].map((match) => match[1]!);
}

/** Each define runs to the next define: helpers files hold them one after another at the top level. */
function defineBlocks(file: string, text: string): (NamedTemplate & { name: string })[] {
  const lines = text.split('\n');
  const starts = lines.flatMap((line, index) => {
    const name = DEFINE.exec(line)?.[1];
    return name === undefined ? [] : [{ name, index }];
  });
  return starts.map(({ name, index }, n) => ({
    name,
    file,
    firstLine: index + 1,
    text: lines.slice(index, starts[n + 1]?.index ?? lines.length).join('\n'),
  }));
}

interface KeyLine {
  key: string;
  indent: number;
}

function parseKeyLine(raw: string): KeyLine | undefined {
  const match = /^([ \t]*)(?:-[ \t]+)*["']?([A-Za-z0-9_.\/-]+)["']?[ \t]*:(?:[ \t]|$)/.exec(raw);
  if (!match) return undefined;
  // A `- key:` item sits one level deeper than its dash.
  const indent = raw.length - raw.trimStart().replace(/^(-[ \t]+)+/, '').length;
  return { key: match[2]!, indent };
}

/** Counts how many of keys[0..keyIndex-1], nearest first, are indentation ancestors of line i. */
function ancestorsMatched(lines: (KeyLine | undefined)[], i: number, keys: string[], keyIndex: number): number {
  let indent = lines[i]!.indent;
  let want = keyIndex - 1;
  let score = 0;
  for (let j = i - 1; j >= 0 && want >= 0 && indent > 0; j--) {
    const line = lines[j];
    if (!line || line.indent >= indent) continue;
    indent = line.indent;
    if (line.key === keys[want]) {
      score++;
      want--;
    }
  }
  return score;
}

/** Whether the key on line i, or the lines indented under it, hold the value. */
function valueHolds(raw: string[], lines: (KeyLine | undefined)[], i: number, pattern: RegExp): boolean {
  const indent = lines[i]!.indent;
  if (pattern.test(raw[i]!.slice(raw[i]!.indexOf(':') + 1))) return true;
  for (let j = i + 1; j < raw.length && j < i + 200; j++) {
    const text = raw[j]!;
    if (text.trim() === '') continue;
    const lineIndent = text.length - text.trimStart().length;
    // Items of a sequence may sit at the key's own indent (`resources:\n- secrets`).
    if (lineIndent < indent || (lineIndent === indent && !text.trimStart().startsWith('-'))) break;
    if (pattern.test(text)) return true;
  }
  return false;
}

function tokenPattern(value: string): RegExp {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^\\w.-])${escaped}(?:$|[^\\w.-])`);
}
