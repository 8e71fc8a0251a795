// Aligns Helm's rendered output with the template lines that printed it (a best-scoring walk of the template's
// if/with/range structure), following `include` into named templates: which line printed which line, exactly,
// whichever list items a condition left out.
import { scanTemplate, type TemplateLine } from './templatescan.js';

export interface TemplateFile {
  file: string;
  text: string;
}

/** Where one rendered line came from. */
export interface LineOrigin {
  file: string;
  /** The template's lines, and the index of the one that printed this line. */
  lines: TemplateLine[];
  index: number;
  /** The first rendered line (0-based) the same block printed, for lines a block printed. */
  blockStart?: number;
}

interface Define {
  file: string;
  lines: TemplateLine[];
  start: number;
  end: number;
}

const MATCH = 2;
const BLOCK_LINE = 1;
const SKIP_PATTERN = -1;
const SKIP_RENDERED = -3;
const NONE = -Infinity;

/** For each rendered line (0-based), the template line that printed it, or undefined where none could be told. */
export function alignRendered(rendered: string, template: TemplateFile, helpers: TemplateFile[]): (LineOrigin | undefined)[] {
  const lines = scanTemplate(template.text);
  const defines = collectDefines(template, lines, helpers);
  const renderedLines = rendered.split('\n').map((line) => line.replace(/\r$/, ''));
  const origins: (LineOrigin | undefined)[] = new Array(renderedLines.length);
  const indexes = renderedLines.flatMap((line, index) => (isNoise(line) ? [] : [index]));
  alignInto(origins, renderedLines, indexes, 0, { file: template.file, lines, start: 0, end: lines.length }, defines, 0);
  return origins;
}

function isNoise(line: string): boolean {
  const trimmed = line.trim();
  return trimmed === '' || trimmed === '---' || /^# Source: /.test(line);
}

function collectDefines(template: TemplateFile, lines: TemplateLine[], helpers: TemplateFile[]): Map<string, Define> {
  const defines = new Map<string, Define>();
  const add = (file: string, scanned: TemplateLine[]) => {
    scanned.forEach((line, index) => {
      const name = line.control?.word === 'define' ? line.control.name : undefined;
      if (name !== undefined && line.end !== undefined && !defines.has(name)) defines.set(name, { file, lines: scanned, start: index + 1, end: line.end });
    });
  };
  add(template.file, lines);
  // A chart's own helpers first: names are global, and subcharts often define the same ones.
  const chart = chartOf(template.file);
  const ordered = [...helpers].sort((a, b) => Number(chartOf(b.file) === chart) - Number(chartOf(a.file) === chart));
  for (const helper of ordered) add(helper.file, scanHelper(helper));
  return defines;
}

const scannedHelpers = new Map<string, TemplateLine[]>();

function scanHelper(helper: TemplateFile): TemplateLine[] {
  const key = `${helper.file}\n${helper.text}`;
  let scanned = scannedHelpers.get(key);
  if (!scanned) {
    scanned = scanTemplate(helper.text);
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
  defines: Map<string, Define>,
  depth: number,
): void {
  const steps = viterbi(indexes.map((index) => rendered[index]!.slice(shift)), span);
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
    const define = line.include === undefined ? undefined : defines.get(line.include);
    if (!define || line.kind !== 'block') continue;
    const innerShift = line.blockIndent !== undefined ? shift + line.blockIndent : Math.min(...run.indexes.map((index) => indentOfText(rendered[index]!)));
    alignInto(origins, rendered, run.indexes, innerShift, define, defines, depth + 1);
  }
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
function viterbi(rendered: string[], span: Define): (Step | undefined)[] {
  const { lines, start, end } = span;
  const n = end - start;
  const size = 2 * n + 1;
  const edges = epsilonEdges(lines, start, end);
  let score = new Float64Array(size).fill(NONE);
  score[0] = 0;
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
      if (line.kind === 'pattern' && line.pattern!.test(text)) offer(line.tail ? n + 1 + s : s + 1, value + MATCH, source, s);
      else if (line.kind === 'block' && indent >= (line.blockIndent ?? 0)) offer(n + 1 + s, value + BLOCK_LINE, source, s);
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

/** Moves that print nothing, between states `at i` (0..n) and from `in i` (n+1+i) back to `at i+1`. */
function epsilonEdges(lines: TemplateLine[], start: number, end: number): Edge[][] {
  const n = end - start;
  const edges: Edge[][] = Array.from({ length: 2 * n + 1 }, () => []);
  const add = (from: number, to: number, cost = 0) => {
    if (to >= 0 && to <= n) edges[from]!.push({ to, cost });
  };
  for (let i = 0; i < n; i++) {
    const line = lines[start + i]!;
    edges[n + 1 + i]!.push({ to: i + 1, cost: 0 });
    const word = line.control?.word;
    if (line.kind === 'pattern') add(i, i + 1, SKIP_PATTERN);
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
