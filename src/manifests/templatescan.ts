// Reads a Helm template as the lines it can print: literal lines, lines a value block fills, and the control
// structure (if/with/range/define) between them, with the `.Values` path each action reads.

/** A `.Values` path, e.g. ['controller', 'securityContext']; `undefined` where the template does not say statically. */
export type ValuesPath = (string | number)[];

export interface TemplateLine {
  /** 0-based index of the line's first physical line in the file. */
  line: number;
  /** Column of the first non-blank character. */
  indent: number;
  kind: 'pattern' | 'block' | 'control' | 'blank';
  /** pattern: the rendered line's shape; actions are wildcards. */
  pattern?: RegExp;
  /** pattern: the key the line writes (`securityContext` of `  securityContext:`), when it writes one. */
  key?: string;
  /** pattern: a `- ` starts the line (a list item). */
  item?: boolean;
  /** pattern: an action may print more lines after it (`lifecycle: {{ toYaml . | nindent 6 }}`). */
  tail?: boolean;
  /** block: the indentation its output starts at (`nindent 8`), when stated. */
  blockIndent?: number;
  /** block: the named template it prints (`include "x.podSpec" .`). */
  include?: string;
  /** block: the values it prints (`toYaml .Values.podSecurityContext`). */
  values?: ValuesPath;
  /** pattern: the values its actions read, in order (`{{ .Values.image.repository }}:{{ .Values.image.tag }}`). */
  reads?: ValuesPath[];
  /** pattern: named templates its actions print. */
  includes?: string[];
  /** control: what the control does. */
  control?: { word: 'if' | 'with' | 'range' | 'define' | 'else' | 'end' | 'other'; values?: ValuesPath; name?: string; assigns?: string };
  /** Index of the matching `end` for if/with/range/define, and of the branch starts for else. */
  end?: number;
  branches?: number[];
}

const ACTION = /\{\{-?([\s\S]*?)-?\}\}/g;
const CONTROL_WORD = /^\s*(if|else|end|with|range|define|block|break|continue)\b|^\s*\/\*|^\s*\$[\w]*\s*:?=/;
export const VALUES_REF = /(?<![\w)\]])\$?\.Values((?:\.[\w-]+)*)/g;

/** The lines of a template, with the control structure linked (each opener knows its `end` and branches). */
export function scanTemplate(text: string): TemplateLine[] {
  const lines = logicalLines(text).map(({ line, raw }) => classify(line, raw));
  linkStructure(lines);
  resolveScopes(lines);
  return lines;
}

/** Physical lines joined while an action is open (a comment action written over several lines). */
function logicalLines(text: string): { line: number; raw: string }[] {
  const physical = text.split('\n');
  const out: { line: number; raw: string }[] = [];
  for (let i = 0; i < physical.length; i++) {
    let raw = physical[i]!.replace(/\r$/, '');
    const start = i;
    while (countOf(raw, '{{') > countOf(raw, '}}') && i + 1 < physical.length) raw += `\n${physical[++i]!.replace(/\r$/, '')}`;
    out.push({ line: start, raw });
    // Joined lines keep their indexes filled, so positions stay physical.
    for (let j = start + 1; j <= i; j++) out.push({ line: j, raw: '' });
  }
  return out;
}

function countOf(text: string, token: string): number {
  return text.split(token).length - 1;
}

function classify(line: number, raw: string): TemplateLine {
  const indent = raw.length - raw.trimStart().length;
  const actions = [...raw.matchAll(ACTION)].map((match) => match[1]!.trim());
  const literal = raw.replace(ACTION, '').trim();
  if (raw.trim() === '') return { line, indent, kind: 'blank' };
  if (literal === '') {
    const output = actions.filter((action) => !CONTROL_WORD.test(action));
    if (output.length === 0) return { line, indent, kind: 'control', control: controlOf(actions[0] ?? '') };
    const action = output.join(' ');
    return { line, indent, kind: 'block', blockIndent: indentOf(action), include: includeOf(action), values: printedValues(action) };
  }
  const key = /^(?:-[ \t]+)*["']?([\w./-]+)["']?[ \t]*:(?:[ \t]|$)/.exec(raw.trimStart())?.[1];
  const valueText = key === undefined ? raw : raw.slice(raw.indexOf(':') + 1);
  return {
    line,
    indent,
    kind: 'pattern',
    pattern: patternOf(raw),
    key,
    item: /^-(?:[ \t]|$)/.test(raw.trimStart()),
    tail: actions.some((action) => /\b(?:nindent|toYaml|include|tpl)\b/.test(action)),
    reads: readsOf(valueText),
    includes: [...valueText.matchAll(/\b(?:include|template)\s+"([^"]+)"/g)].map((match) => match[1]!),
  };
}

/** The values each action of a line reads: `.Values.x` anywhere in it, else a leading `.`, `.x` or `$v.x`. */
function readsOf(text: string): ValuesPath[] {
  return [...text.matchAll(ACTION)].flatMap((match) => {
    const action = match[1]!.trim();
    const refs = [...action.matchAll(VALUES_REF)].map((ref) => ref[1]!.split('.').filter(Boolean));
    if (refs.length) return refs;
    const path = expressionPath(action.split(/[\s|)]/)[0]!);
    return path ? [path] : [];
  });
}

function controlOf(action: string): NonNullable<TemplateLine['control']> {
  const word = /^(if|else|end|with|range|define)\b/.exec(action)?.[1] as 'if' | 'else' | 'end' | 'with' | 'range' | 'define' | undefined;
  const assignment = /^(\$\w+)\s*:?=\s*(.*)$/s.exec(action);
  if (assignment) return { word: 'other', assigns: assignment[1]!, values: expressionPath(assignment[2]!.split(/[\s|)]/)[0]!) };
  if (!word) return { word: 'other' };
  const name = word === 'define' ? /"([^"]+)"/.exec(action)?.[1] : undefined;
  return { word, ...(name && { name }), ...(word === 'with' && { values: leadingValues(action.slice(4)) }) };
}

/** `.Values.a.b` at the head of an expression (`with .Values.a.b`, `with .Values.a | default x`). */
function leadingValues(expression: string): ValuesPath | undefined {
  const match = /^\s*\(?\s*\$?\.Values((?:\.[\w-]+)*)\s*\)?\s*(?:$|\|)/.exec(expression);
  return match ? match[1]!.split('.').filter(Boolean) : undefined;
}

function indentOf(action: string): number | undefined {
  const match = /\bn?indent\s+(\d+)/.exec(action);
  return match ? Number(match[1]) : undefined;
}

function includeOf(action: string): string | undefined {
  if (/"value"/.test(action)) return undefined; // common.tplvalues.render prints its value
  return /\b(?:include|template)\s+"([^"]+)"/.exec(action)?.[1];
}

/** What a block prints from values: `toYaml X`, `X | toYaml`, `"value" X` (bitnami's tplvalues.render), `tpl (toYaml X)`. */
const PRINTED = [/\b(?:toYaml|toJson)\s+\(?\s*(?:(?:omit|deepCopy)\s+)?\(?\s*((?:\$|\.)[\w.$-]*)/, /((?:\$|\.)[\w.$-]*)\s*\|\s*toYaml/, /"value"\s+\(?\s*((?:\$|\.)[\w.$-]*)/];

function printedValues(action: string): ValuesPath | undefined {
  for (const pattern of PRINTED) {
    const expression = pattern.exec(action)?.[1];
    if (expression !== undefined) return expressionPath(expression);
  }
  return undefined;
}

/** Marker paths: `['.', ...rest]` reads the dot, `['$name', ...rest]` a variable; both resolved by scope later. */
function expressionPath(expression: string): ValuesPath | undefined {
  const values = /^\$?\.Values((?:\.[\w-]+)*)$/.exec(expression);
  if (values) return values[1]!.split('.').filter(Boolean);
  if (expression === '.' || /^\.[\w-]+(\.[\w-]+)*$/.test(expression)) return ['.', ...expression.split('.').filter(Boolean)];
  const variable = /^(\$[\w]+)((?:\.[\w-]+)*)$/.exec(expression);
  if (variable && variable[1] !== '$') return [variable[1]!, ...variable[2]!.split('.').filter(Boolean)];
  return undefined;
}

function patternOf(raw: string): RegExp {
  let source = '';
  let last = 0;
  for (const match of raw.matchAll(ACTION)) {
    source += escape(raw.slice(last, match.index)) + '.*?';
    last = match.index! + match[0].length;
  }
  source += escape(raw.slice(last).trimEnd());
  // `{{-` trims the blanks before it, so an action's surroundings may lose their spaces.
  return new RegExp(`^${source.replace(/(?:[ \t]|\\t)+(?=\.\*\?)/g, '[ \\t]*')}[ \\t]*$`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Links each if/with/range/define to its end, and records where its branches (else) start. */
function linkStructure(lines: TemplateLine[]): void {
  const open: number[] = [];
  lines.forEach((line, index) => {
    const word = line.control?.word;
    if (word === 'if' || word === 'with' || word === 'range' || word === 'define') {
      line.branches = [];
      open.push(index);
    } else if (word === 'else' && open.length) {
      lines[open.at(-1)!]!.branches!.push(index);
    } else if (word === 'end' && open.length) {
      lines[open.pop()!]!.end = index;
    }
  });
}

/**
 * Resolves `.` and `$variables` in block values to `.Values` paths: `with .Values.x` sets the dot for its body
 * (not its else), `range` and `define` make it unknown (a define's caller decides), `$v := .Values.x` names one.
 */
function resolveScopes(lines: TemplateLine[]): void {
  const variables = new Map<string, ValuesPath | undefined>();
  const dots: { until: number; dot: ValuesPath | undefined }[] = [];
  lines.forEach((line, index) => {
    while (dots.length && dots.at(-1)!.until < index) dots.pop();
    const dot = dots.at(-1)?.dot;
    const control = line.control;
    if (control?.assigns) variables.set(control.assigns, resolve(control.values, dot, variables));
    if (control && line.end !== undefined) {
      const bodyEnd = (line.branches?.[0] ?? line.end) - 1;
      const inner = control.word === 'with' ? resolve(control.values, dot, variables) : control.word === 'if' ? dot : undefined;
      dots.push({ until: bodyEnd, dot: inner });
    }
    if (line.values) line.values = resolve(line.values, dot, variables);
    if (line.reads) line.reads = line.reads.map((read) => resolve(read, dot, variables)).filter((read): read is ValuesPath => read !== undefined);
  });
}

function resolve(path: ValuesPath | undefined, dot: ValuesPath | undefined, variables: Map<string, ValuesPath | undefined>): ValuesPath | undefined {
  if (!path) return undefined;
  if (path[0] === '.') return dot ? [...dot, ...path.slice(1)] : undefined;
  const head = path[0];
  if (typeof head === 'string' && head.startsWith('$')) {
    const base = variables.get(head);
    return base ? [...base, ...path.slice(1)] : undefined;
  }
  return path;
}
