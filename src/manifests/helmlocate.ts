// Where a reviewer fixes a field of a Helm-rendered object: the values line that fed it (scoped by chart, in
// Helm's precedence), else the template line that printed it, found by aligning the output with the template.
import type { RenderedDocument, Resource, SourceLocation, Target } from '../model.js';
import { alignRendered, chartOf, type LineOrigin, type ValueReader } from './align.js';
import { locateValues, valuesOrigins, type Reader } from './helmvalues.js';
import { locateInYaml, type FieldPath } from './locate.js';
import { childAt, valueAt } from './paths.js';
import { VALUES_REF } from './templatescan.js';
import type { TemplateLine, ValuesPath } from './templatescan.js';

const alignments = new WeakMap<RenderedDocument, (LineOrigin | undefined)[]>();

/** The location, or undefined when the output could not be told apart line by line (the caller then guesses). */
export function locateThroughTemplate(resource: Resource, path: FieldPath, read: Reader, helpers: string[]): SourceLocation | undefined {
  const { document } = resource;
  const origins = originsOf(document, read, helpers, resource.target);
  if (!origins) return undefined;
  const documentPath = [...(resource.documentPath ?? []), ...path];
  const lines = renderedLines(document.text, documentPath);
  const depth = lines.length - 1;
  const origin = origins[lines[depth]!];
  if (!origin) return undefined;
  const line = origin.lines[origin.index]!;
  const chartDir = chartOf(origin.file);
  const values = (valuesPath: ValuesPath | undefined, minimum?: number) =>
    valuesPath && valuesPath.length > 0 ? locateValues(read, resource.target, chartDir, valuesPath, minimum) : undefined;
  const template = { file: origin.file, line: line.line + 1, column: line.indent + 1 };
  if (line.kind === 'block') {
    // Printed from values: the path below the block's first key indexes those values.
    const first = lines.findIndex((rendered) => sameBlock(origins[rendered], origin));
    const below = documentPath.slice(Math.max(0, first - 1), depth);
    return (line.values && values([...line.values, ...below], line.values.length)) ?? template;
  }
  const rendered = valueAt(resource.object, path.slice(0, depth - (resource.documentPath?.length ?? 0)));
  const isScalar = rendered === null || typeof rendered !== 'object';
  // `securityContext: {{ toYaml . | nindent 12 }}` under `with .Values.x`: the key's content, and what lies below it, is those values.
  const first = lines.findIndex((at) => sameLine(origins[at], origin));
  const tailed = printedByTail(origin, read, first, depth, isScalar);
  if (tailed) return values([...tailed, ...documentPath.slice(first, depth)], tailed.length) ?? template;
  if (!isScalar && line.key !== undefined && !line.item) {
    const printed = contentBlock(document.text, lines[depth]!, origins);
    if (printed) return values(printed, printed.length) ?? template;
  }
  // Names and namespaces come from helpers that read the release first: their values keys are rarely the cause.
  const followIncludes = isScalar && path[0] !== 'metadata';
  const reads = isScalar ? [...(line.reads ?? []), ...(followIncludes ? includedReads(line.includes ?? [], helpers, read) : [])] : [];
  if (reads.length) return values(pickRead(reads)) ?? template;
  return values(exposedBlock(origin, rendered)) ?? template;
}

function originsOf(document: RenderedDocument, read: Reader, helpers: string[], target: Target): (LineOrigin | undefined)[] | undefined {
  if (alignments.has(document)) return alignments.get(document);
  // A chart's render variants (ci/*-values.yaml) mostly render a template alike: aligned once per text (the values
  // only break ties between look-alikes, by what the text printed, which is the same text).
  const key = [document.sourceFile, ...helpers, document.text].join('\0');
  if (alignedTexts.has(key)) {
    const known = alignedTexts.get(key) ?? undefined;
    alignments.set(document, known as (LineOrigin | undefined)[]);
    return known;
  }
  const origins = alignOrigins(document, read, helpers, target);
  if (alignedTexts.size >= ALIGNED_TEXTS) alignedTexts.delete(alignedTexts.keys().next().value!);
  alignedTexts.set(key, origins ?? null);
  return origins;
}

/** Recent alignments by template, helpers and rendered text (null: could not be aligned). */
const alignedTexts = new Map<string, (LineOrigin | undefined)[] | null>();
const ALIGNED_TEXTS = 512;

function alignOrigins(document: RenderedDocument, read: Reader, helpers: string[], target: Target): (LineOrigin | undefined)[] | undefined {
  const text = read(document.sourceFile);
  const origins =
    text === undefined
      ? undefined
      : alignRendered(
          document.text,
          { file: document.sourceFile, text },
          helpers.flatMap((file) => {
            const helper = read(file);
            return helper === undefined ? [] : [{ file, text: helper }];
          }),
          valuesOf(read, target),
        );
  alignments.set(document, origins as (LineOrigin | undefined)[]);
  return origins;
}

/**
 * What the values give a path (the highest-precedence source holding it, scoped by chart: the deploying object's
 * values, then the values files), as a template prints a scalar. `--set` is not read: this only breaks ties between
 * look-alike objects, and a value it overrides just leaves the tie as it was.
 */
function valuesOf(read: Reader, target: Target): ValueReader {
  return (file, path) => {
    for (const { origin, prefix } of valuesOrigins(read, target, chartOf(file), path[0] === 'global')) {
      const value = origin.value([...prefix, ...path]);
      if (value === undefined) continue;
      if (typeof value === 'string') return value;
      return typeof value === 'boolean' || (typeof value === 'number' && Number.isSafeInteger(value)) ? String(value) : undefined;
    }
    return undefined;
  };
}

/** 0-based rendered line of each existing prefix of the path: [document start, first element, ...]. */
function renderedLines(text: string, path: FieldPath): number[] {
  const lines = [0];
  for (let k = 1; k <= path.length; k++) {
    const position = locateInYaml(text, path.slice(0, k));
    if (!position || position.depth < k) break;
    lines.push(position.line - 1);
  }
  return lines;
}

function sameBlock(a: LineOrigin | undefined, b: LineOrigin): boolean {
  return sameLine(a, b) && a!.blockStart === b.blockStart;
}

function sameLine(a: LineOrigin | undefined, b: LineOrigin): boolean {
  return a !== undefined && a.lines === b.lines && a.index === b.index;
}

/**
 * The values a key line prints after its key (`resources: {{ toYaml .Values.resources | nindent 10 }}`), when the
 * located node is that content or lies inside it: `first` is the path depth the line printed first (its key).
 */
function printedByTail(origin: LineOrigin, read: Reader, first: number, depth: number, isScalar: boolean): ValuesPath | undefined {
  const line = origin.lines[origin.index]!;
  if (line.kind !== 'pattern' || !line.tail || line.key === undefined || line.item || first < 0 || (first === depth && isScalar)) return undefined;
  if (line.reads?.length) return pickRead(line.reads);
  // `toYaml .` reads the dot, which scanTemplate resolves for block lines only: the `with` around the line sets it.
  const text = read(origin.file)?.split('\n')[line.line] ?? '';
  return /\btoYaml\s+\.\s*(?:\||-?\}\})|\{\{-?\s*\.\s*\|\s*toYaml\b/.test(text) ? withValues(origin.lines, origin.index) : undefined;
}

/** The values the innermost `with` around line `index` sets the dot to, when that is `.Values.x` (not in its else). */
function withValues(lines: TemplateLine[], index: number): ValuesPath | undefined {
  for (let at = index - 1; at >= 0; at--) {
    const opener = lines[at]!;
    if (opener.end === undefined || opener.end < index) continue;
    // A range or a define sets the dot to what the chart cannot tell statically.
    if (opener.control?.word === 'range' || opener.control?.word === 'define') return undefined;
    if (opener.control?.word === 'with') return (opener.branches?.[0] ?? opener.end) > index ? opener.control.values : undefined;
  }
  return undefined;
}

/**
 * The values block that printed all of a key's content, as the alignment saw it render (`securityContext:` with
 * `toYaml .Values.securityContext` in the branch an `if` took, beside literal lines in the branches it left out).
 */
function contentBlock(text: string, keyLine: number, origins: (LineOrigin | undefined)[]): ValuesPath | undefined {
  const rendered = text.split('\n');
  const indent = indentOf(rendered[keyLine]!);
  let block: LineOrigin | undefined;
  for (let at = keyLine + 1; at < rendered.length; at++) {
    const content = rendered[at]!;
    if (content.trim() === '' || content.trim().startsWith('#')) continue;
    // A list under its key may sit at the key's own column (`containers:` then `- name:`).
    if (indentOf(content) < indent || (indentOf(content) === indent && !/^-(?:[ \t]|$)/.test(content.trimStart()))) break;
    const origin = origins[at];
    if (!origin || origin.lines[origin.index]!.kind !== 'block' || (block && !sameBlock(origin, block))) return undefined;
    block = origin;
  }
  return block && block.lines[block.index]!.values;
}

function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}

/**
 * The values a chart exposes for a node that misses a field: a key whose whole content is one values block
 * (`securityContext:` + `toYaml .Values.podSecurityContext`), or, for a list item (a container), its
 * `securityContext` key that a `with .Values.x` left out.
 */
function exposedBlock(origin: LineOrigin, rendered: unknown): ValuesPath | undefined {
  const { lines, index } = origin;
  const line = lines[index]!;
  const children = childLines(lines, index);
  if (line.key !== undefined && !line.item) return soleBlock(children);
  if (!line.item || childAt(rendered, 'securityContext') !== undefined) return undefined;
  const key = children.find((child) => child.kind === 'pattern' && child.key === 'securityContext');
  return key ? soleBlock(childLines(lines, lines.indexOf(key))) : undefined;
}

/** The lines under line `index` (deeper indentation, and the control lines among them). */
function childLines(lines: TemplateLine[], index: number): TemplateLine[] {
  const line = lines[index]!;
  // An item's content sits at its first key's column, past the dash.
  const indent = line.item ? line.indent + 1 : line.indent;
  const children: TemplateLine[] = [];
  for (let i = index + 1; i < lines.length; i++) {
    const child = lines[i]!;
    if (child.kind === 'blank' || child.kind === 'control') {
      children.push(child);
      continue;
    }
    const childIndent = child.kind === 'block' ? (child.blockIndent ?? child.indent) : child.indent;
    if (childIndent <= indent) break;
    children.push(child);
  }
  return children;
}

function soleBlock(children: TemplateLine[]): ValuesPath | undefined {
  const printing = children.filter((child) => child.kind === 'pattern' || child.kind === 'block');
  const block = printing[0];
  return printing.length === 1 && block?.kind === 'block' ? block.values : undefined;
}

/** The values a named template reads (`image: {{ include "chart.image" . }}`), in the order it reads them. */
function includedReads(names: string[], helpers: string[], read: Reader): ValuesPath[] {
  return names.flatMap((name) => {
    for (const file of helpers) {
      const text = read(file) ?? '';
      const start = text.indexOf(`define "${name}"`);
      if (start === -1) continue;
      const end = text.indexOf('{{- define', start + 1);
      const body = text.slice(start, end === -1 ? undefined : end);
      return [...body.matchAll(VALUES_REF)].map((match) => match[1]!.split('.').filter(Boolean));
    }
    return [];
  });
}

/** Of the values a line reads, the one a reviewer changes: an image's digest or tag, else the last one. */
function pickRead(all: ValuesPath[]): ValuesPath {
  // `global` is shared by every chart of a release: a chart's own key is the one to change.
  const own = all.filter((path) => path[0] !== 'global');
  const reads = own.length ? own : all;
  return reads.find((path) => path.at(-1) === 'digest') ?? reads.find((path) => path.at(-1) === 'tag') ?? reads.at(-1)!;
}
