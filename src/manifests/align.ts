// Aligns Helm's rendered output with the template lines that printed it (a best-scoring walk of the template's
// if/with/range structure), following `include` into named templates: which line printed which line, exactly,
// whichever list items a condition left out.
import { scanTemplate, type TemplateLine, type ValuesPath } from './templatescan.js';

export interface TemplateFile {
  file: string;
  text: string;
}

/** The scalar a chart's values give a `.Values` path, as a template prints it, for the template `file`; undefined when unknown. */
export type ValueReader = (file: string, path: ValuesPath) => string | undefined;

/** Where one rendered line came from. */
export interface LineOrigin {
  file: string;
  /** The template's lines, and the index of the one that printed this line. */
  lines: TemplateLine[];
  index: number;
  /** The first rendered line (0-based) the same block printed, for lines a block printed. */
  blockStart?: number;
}

interface Define extends Scanned {
  file: string;
  start: number;
  end: number;
}

interface Scanned {
  lines: TemplateLine[];
  /** The file's physical lines. */
  raw: string[];
  /** Indexes of the lines that are document separators (`---`): Helm cuts its output into documents there. */
  separators: Set<number>;
}

const MATCH = 2;
/**
 * Per literal character of a matched pattern line, at most 100 counted: only breaks ties, in favour of the line
 * that says more (`name: {{ x }}-preview` over `name: {{ x }}` for `name: web-preview`), so a second object
 * whose template differs from the first only in literal text is read from its own lines.
 */
const LITERAL = 1e-7;
/**
 * A matched line that prints exactly what the values give (`name: {{ .Values.redis.name }}` for `name: redis-cart`):
 * breaks ties between look-alike objects that differ only in the values they read.
 */
const VALUE = 1e-5;
const BLOCK_LINE = 1;
const SKIP_PATTERN = -1;
const SKIP_RENDERED = -3;
const NONE = -Infinity;

/** For each rendered line (0-based), the template line that printed it, or undefined where none could be told. */
export function alignRendered(rendered: string, template: TemplateFile, helpers: TemplateFile[], valueOf?: ValueReader): (LineOrigin | undefined)[] {
  const scanned = scan(template.text);
  const defines = collectDefines(template, scanned, helpers);
  const renderedLines = rendered.split('\n').map((line) => line.replace(/\r$/, ''));
  const origins: (LineOrigin | undefined)[] = new Array(renderedLines.length);
  const indexes = renderedLines.flatMap((line, index) => (isNoise(line) ? [] : [index]));
  const context = { defines, expected: expectedLines(valueOf) };
  alignInto(origins, renderedLines, indexes, 0, { file: template.file, ...scanned, start: 0, end: scanned.lines.length }, context, 0);
  return origins;
}

function scan(text: string): Scanned {
  const lines = scanTemplate(text);
  const raw = text.split('\n').map((line) => line.replace(/\r$/, ''));
  return { lines, raw, separators: separatorsOf(raw, lines) };
}

/**
 * The template lines Helm splits its output at. `helm template` prints each document on its own (a rendered
 * document holds no `---`), cut by releaseutil.SplitManifests at `---` starting a line (`(?:^|\s*\n)---\s*`),
 * so a document is printed from one stretch of the template between separators (or several, through a `range`).
 * Inside a named template a `---` stays an ordinary line: where its output lands is the caller's.
 */
function separatorsOf(raw: string[], lines: TemplateLine[]): Set<number> {
  const separators = new Set<number>();
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.control?.word === 'define' && line.end !== undefined) index = line.end;
    else if (line.kind === 'pattern' && raw[line.line]!.startsWith('---')) separators.add(index);
  }
  return separators;
}

function isNoise(line: string): boolean {
  const trimmed = line.trim();
  return trimmed === '' || trimmed === '---' || /^# Source: /.test(line);
}

function collectDefines(template: TemplateFile, scanned: Scanned, helpers: TemplateFile[]): Map<string, Define> {
  const defines = new Map<string, Define>();
  const add = (file: string, from: Scanned) => {
    from.lines.forEach((line, index) => {
      const name = line.control?.word === 'define' ? line.control.name : undefined;
      if (name !== undefined && line.end !== undefined && !defines.has(name)) defines.set(name, { file, ...from, start: index + 1, end: line.end });
    });
  };
  add(template.file, scanned);
  // A chart's own helpers first: names are global, and subcharts often define the same ones.
  const chart = chartOf(template.file);
  const ordered = [...helpers].sort((a, b) => Number(chartOf(b.file) === chart) - Number(chartOf(a.file) === chart));
  for (const helper of ordered) add(helper.file, scanHelper(helper));
  return defines;
}

const scannedHelpers = new Map<string, Scanned>();

function scanHelper(helper: TemplateFile): Scanned {
  const key = `${helper.file}\n${helper.text}`;
  let scanned = scannedHelpers.get(key);
  if (!scanned) {
    scanned = scan(helper.text);
    if (scannedHelpers.size > 64) scannedHelpers.clear();
    scannedHelpers.set(key, scanned);
  }
  return scanned;
}

export function chartOf(file: string): string {
  const at = file.lastIndexOf('/templates/');
  return at === -1 ? file : file.slice(0, at);
}

/** Aligns rendered lines `indexes` (shifted left by `shift`) with lines [start, end) of a template. */
function alignInto(
  origins: (LineOrigin | undefined)[],
  rendered: string[],
  indexes: number[],
  shift: number,
  span: Define,
  context: AlignContext,
  depth: number,
): void {
  const steps = viterbi(indexes.map((index) => rendered[index]!.slice(shift)), span, context.expected);
  let runStart = -1;
  steps.forEach((step, k) => {
    const index = indexes[k]!;
    if (!step) return;
    const line = span.lines[step.line]!;
    const continues = step.inBlock && k > 0 && steps[k - 1]?.line === step.line;
    if (!continues) runStart = index;
    origins[index] = { file: span.file, lines: span.lines, index: step.line, ...(line.kind === 'block' && { blockStart: runStart }) };
  });
  if (depth >= 6) return;
  // Lines an include printed are aligned again, with the named template's own lines.
  for (const run of blockRuns(steps, indexes)) {
    const line = span.lines[run.line]!;
    const define = line.include === undefined ? undefined : context.defines.get(line.include);
    if (!define || line.kind !== 'block') continue;
    const innerShift = line.blockIndent !== undefined ? shift + line.blockIndent : Math.min(...run.indexes.map((index) => indentOfText(rendered[index]!)));
    alignInto(origins, rendered, run.indexes, innerShift, define, context, depth + 1);
  }
}

interface AlignContext {
  defines: Map<string, Define>;
  /** The text line `index` of a file prints with the values it reads, where they are known. */
  expected: (span: Define, index: number) => string | undefined;
}

/**
 * Expected lines, worked out when a line first matches, once per alignment (a named template may be included many
 * times, and most lines never match).
 */
function expectedLines(valueOf: ValueReader | undefined): AlignContext['expected'] {
  // Per file, per line: null until worked out.
  const known = new Map<TemplateLine[], (string | undefined | null)[]>();
  return (span, index) => {
    if (!valueOf) return undefined;
    let lines = known.get(span.lines);
    if (!lines) known.set(span.lines, (lines = new Array<string | undefined | null>(span.lines.length).fill(null)));
    if (lines[index] === null) lines[index] = printedText(span.raw[span.lines[index]!.line] ?? '', span.lines[index]!, span.file, valueOf);
    return lines[index];
  };
}

const ACTION = /\{\{(-?)([\s\S]*?)(-?)\}\}/g;
/** An action that prints one value as it is: `.Values.a.b`, `$.Values.x`, `.name` in a `with`, `$v.x`, maybe `| quote`. */
const PLAIN_VALUE = /^\s*(?:\$\w*)?(?:\.[\w-]+)+\s*(\|\s*quote\s*)?$/;

/** The line a pattern prints when every action in it is a plain value the values files give; else undefined. */
function printedText(raw: string, line: TemplateLine, file: string, valueOf: ValueReader): string | undefined {
  if (line.kind !== 'pattern' || !line.reads?.length) return undefined;
  const actions = [...raw.matchAll(ACTION)];
  // Each plain action reads one path, in order; a count that differs means one of them was not resolved.
  if (actions.length !== line.reads.length) return undefined;
  let text = '';
  let last = 0;
  for (const [k, action] of actions.entries()) {
    const plain = PLAIN_VALUE.exec(action[2]!);
    const value = plain && !action[3] ? valueOf(file, line.reads[k]!) : undefined;
    if (value === undefined || (plain![1] && /["\\]/.test(value))) return undefined;
    const before = raw.slice(last, action.index);
    text += (action[1] ? before.trimEnd() : before) + (plain![1] ? `"${value}"` : value);
    last = action.index + action[0].length;
  }
  return (text + raw.slice(last)).trimEnd();
}

function blockRuns(steps: (Step | undefined)[], indexes: number[]): { line: number; indexes: number[] }[] {
  const runs: { line: number; indexes: number[] }[] = [];
  steps.forEach((step, k) => {
    if (!step) return;
    const last = runs.at(-1);
    if (last && step.inBlock && steps[k - 1]?.line === step.line) last.indexes.push(indexes[k]!);
    else runs.push({ line: step.line, indexes: [indexes[k]!] });
  });
  return runs;
}

function indentOfText(text: string): number {
  return text.length - text.trimStart().length;
}

interface Step {
  line: number;
  inBlock: boolean;
}

/**
 * The best walk through the template for the rendered lines. States: `at i` (about to print line i) and `in i`
 * (inside what line i prints); moves without output follow the control structure (skipping a branch, repeating a
 * range body). Matches score, skipped literal lines and unexplained rendered lines cost.
 */
function viterbi(rendered: string[], span: Define, expected: AlignContext['expected']): (Step | undefined)[] {
  const { lines, start, end, separators } = span;
  const n = end - start;
  const size = 2 * n + 1;
  const edges = epsilonEdges(lines, start, end, separators);
  const { matched, indents } = patternFacts(lines);
  let score = new Float64Array(size).fill(NONE);
  // A document starts where the template starts or right after one of its separators: a second look-alike object
  // is then read from its own lines, not the first one's.
  score[0] = 0;
  for (const separator of separators) if (separator >= start && separator < end) score[separator - start + 1] = 0;
  const from: Int32Array[] = [];
  const by: Int32Array[] = [];
  for (const text of rendered) {
    const origin = closure(score, edges, n);
    const next = new Float64Array(size).fill(NONE);
    const prev = new Int32Array(size).fill(-1);
    const used = new Int32Array(size).fill(-1);
    const offer = (state: number, value: number, source: number, line: number) => {
      if (value > next[state]!) {
        next[state] = value;
        prev[state] = source;
        used[state] = line;
      }
    };
    const indent = indentOfText(text);
    for (let s = 0; s < size; s++) {
      const value = score[s]!;
      if (value === NONE) continue;
      const source = origin[s]!;
      offer(s, value + SKIP_RENDERED, source, -1);
      if (s >= n) {
        const i = s - n - 1;
        if (i < 0) continue;
        const line = lines[start + i]!;
        const limit = line.kind === 'block' ? (line.blockIndent ?? 0) : line.indent + 1;
        if (indent >= limit) offer(s, value + BLOCK_LINE, source, i);
        continue;
      }
      const line = lines[start + s]!;
      // Most lines are told apart by their indentation alone, before any regular expression runs.
      if (line.kind === 'pattern' && (indents[start + s]! < 0 || indents[start + s] === indent) && line.pattern!.test(text)) {
        const printed = line.reads?.length ? expected(span, start + s) : undefined;
        offer(line.tail ? n + 1 + s : s + 1, value + matched[start + s]! + (printed !== undefined && printed === text.trimEnd() ? VALUE : 0), source, s);
      } else if (line.kind === 'block' && indent >= (line.blockIndent ?? 0)) offer(n + 1 + s, value + BLOCK_LINE, source, s);
    }
    from.push(prev);
    by.push(used);
    score = next;
  }
  // Back from the best final state: each step's state came from `prev`, printed by `used`.
  const final = closure(score, edges, n);
  let state = bestState(score, final, n);
  const steps: (Step | undefined)[] = new Array(rendered.length);
  for (let k = rendered.length - 1; k >= 0 && state >= 0; k--) {
    const line = by[k]![state]!;
    steps[k] = line < 0 ? undefined : { line: start + line, inBlock: state > n };
    state = from[k]![state]!;
  }
  return steps;
}

interface PatternFacts {
  /** What matching each pattern line scores: MATCH, and a little more the more literal text it has. */
  matched: Float64Array;
  /** The indentation a line's match must have (its pattern starts with blanks, then literal text), else -1. */
  indents: Int32Array;
}

function patternFacts(lines: TemplateLine[]): PatternFacts {
  let facts = knownFacts.get(lines);
  if (!facts) {
    facts = { matched: new Float64Array(lines.length), indents: new Int32Array(lines.length).fill(-1) };
    const { matched, indents } = facts;
    lines.forEach((line, i) => {
      if (!line.pattern) return;
      const source = line.pattern.source;
      // The pattern's source without anchors, wildcards for actions, optional blanks and escapes: the literal text.
      const literal = source.replace(/^\^|\$$|\.\*\?|\[ \\t\]\*|\s/g, '').replace(/\\(.)/g, '$1');
      matched[i] = MATCH + LITERAL * Math.min(literal.length, 100);
      // Spaces then a literal character (not a blank, an action's `.*?` or an optional `[ \t]*`): the match starts so.
      const lead = /^\^( *)(?!\s|\.\*\?|\[ \\t\]\*|\$)/.exec(source);
      if (lead) indents[i] = lead[1]!.length;
    });
    knownFacts.set(lines, facts);
  }
  return facts;
}

/** By scanned file: scanned templates are cached (helpers) or live for one alignment, so this stays small. */
const knownFacts = new WeakMap<TemplateLine[], PatternFacts>();

function bestState(score: Float64Array, origin: Int32Array, n: number): number {
  // The closure was applied in place: the end state `n` holds the best complete walk when there is one.
  if (score[n]! > NONE) return origin[n]!;
  let best = -1;
  for (let s = 0; s < score.length; s++) if (best < 0 || score[s]! > score[best]!) best = s;
  return score[best]! > NONE ? origin[best]! : -1;
}

interface Edge {
  to: number;
  cost: number;
}

/**
 * Moves that print nothing, between states `at i` (0..n) and from `in i` (n+1+i) back to `at i+1`. A separator
 * ends the document (to `at n`): printing it would have cut the output there, so no walk goes on past it.
 */
function epsilonEdges(lines: TemplateLine[], start: number, end: number, separators: Set<number>): Edge[][] {
  const n = end - start;
  const edges: Edge[][] = Array.from({ length: 2 * n + 1 }, () => []);
  const add = (from: number, to: number, cost = 0) => {
    if (to >= 0 && to <= n) edges[from]!.push({ to, cost });
  };
  for (let i = 0; i < n; i++) {
    const line = lines[start + i]!;
    edges[n + 1 + i]!.push({ to: i + 1, cost: 0 });
    const word = line.control?.word;
    if (separators.has(start + i)) add(i, n);
    else if (line.kind === 'pattern') add(i, i + 1, SKIP_PATTERN);
    else if (word === 'define' && line.end !== undefined) add(i, line.end - start + 1);
    else if (word === 'else') {
      // Reached by falling out of the branch before: leave the whole structure.
      const opener = lines.findIndex((candidate) => candidate.branches?.includes(start + i));
      const close = opener >= 0 ? lines[opener]!.end : undefined;
      add(i, close === undefined ? i + 1 : close - start);
    } else add(i, i + 1);
    if ((word === 'if' || word === 'with' || word === 'range') && line.end !== undefined) {
      for (const branch of line.branches ?? []) add(i, branch - start + 1);
      add(i, line.end - start);
      if (word === 'range') add(line.end - start, i + 1);
    }
  }
  return edges;
}

/** Spreads each state's score along moves that print nothing (in place); returns each state's origin state. */
function closure(score: Float64Array, edges: Edge[][], n: number): Int32Array {
  const origin = new Int32Array(score.length);
  for (let s = 0; s < score.length; s++) origin[s] = s;
  const relax = (s: number) => {
    const value = score[s]!;
    if (value === NONE) return false;
    let changed = false;
    for (const edge of edges[s]!) {
      if (value + edge.cost > score[edge.to]!) {
        score[edge.to] = value + edge.cost;
        origin[edge.to] = origin[s]!;
        changed = true;
      }
    }
    return changed;
  };
  // Block states first feed `at i+1`; then forward passes, repeated while range loops move scores backwards.
  for (let s = n + 1; s < score.length; s++) relax(s);
  for (let pass = 0; pass < 4; pass++) {
    let changed = false;
    for (let s = 0; s <= n; s++) changed = relax(s) || changed;
    if (!changed) break;
  }
  return origin;
}
