// Fast twin of locateInYaml for plain block-style YAML: a line/indentation walker that answers exactly as the
// `yaml` parse would, or declines (undefined) so the caller falls back to that slow parse.
import { wordKeyString } from './scalars.js';
import { childAt, nameOf } from './paths.js';

export interface BlockPosition {
  /** 1-based line within the searched text. */
  line: number;
  /** 1-based column. */
  column: number;
  /** How many leading path elements were found. */
  depth: number;
}

/**
 * Same answer as `locateInYaml(text, path, rendered)`, or undefined when the text holds anything this walker
 * does not read with certainty (anchors on items, tags, flow collections the path enters, odd indentation...).
 */
export function locateInBlockYaml(text: string, path: (string | number)[], rendered?: unknown): BlockPosition | undefined {
  const root = blockTree(text);
  const first = root?.entries[0];
  if (!root || !first) return undefined;
  let here: Located = first;
  let node: BlockNode = root;
  let renderedNode = rendered;
  let depth = 0;
  for (const element of path) {
    const renderedChild = childAt(renderedNode, element);
    const next = step(node, element, rendered !== undefined, renderedChild);
    if (next === UNSURE) return undefined;
    if (next === undefined) break;
    here = next;
    node = next.value;
    renderedNode = renderedChild;
    depth++;
  }
  return { line: here.line + 1, column: here.column + 1, depth };
}

// ---------------------------------------------------------------------------------------------------------
// Walking the tree, mirroring locateInYaml's loop branch by branch.

const UNSURE = Symbol('unsure');
type Unsure = typeof UNSURE;

/** One step of locateInYaml's loop: the child `element` selects, undefined where it stops. */
function step(node: BlockNode, element: string | number, byName: boolean, renderedChild: unknown): Located | undefined | Unsure {
  if (node.kind === 'seq' && typeof element === 'number') {
    // The reference treats negative and fractional indexes in ways not worth copying.
    if (!Number.isInteger(element) || element < 0) return UNSURE;
    const name = byName ? nameOf(renderedChild) : undefined;
    return name === undefined ? node.items[element] : itemNamed(node, name);
  }
  if (node.kind === 'map') return entryWithKey(node, String(element));
  // A flow collection is entered by the reference: only an empty one certainly has nothing to find.
  return node.kind === 'flow' && !node.empty ? UNSURE : undefined;
}

/** The first entry whose key reads as `key`; unsure when some key cannot be read or `key` appears twice. */
function entryWithKey(map: MapNode, key: string): Entry | undefined | Unsure {
  let found: Entry | undefined;
  for (const entry of map.entries) {
    if (entry.key === undefined) return UNSURE;
    if (entry.key !== key) continue;
    if (found) return UNSURE;
    found = entry;
  }
  return found;
}

/** The first item that is a mapping whose `name` is `name` (what `items.find(... get('name') === name)` picks). */
function itemNamed(seq: SeqNode, name: string): Item | undefined | Unsure {
  for (const item of seq.items) {
    const value = item.value;
    if (value.kind === 'flow' && value.mapping && !value.empty) return UNSURE;
    if (value.kind !== 'map') continue;
    const itemName = nameEntryValue(value);
    if (itemName === UNSURE) return UNSURE;
    if (itemName === name) return item;
  }
  return undefined;
}

/** What `map.get('name')` gives: a string, null for anything that cannot equal a string, or unsure. */
function nameEntryValue(map: MapNode): string | null | Unsure {
  // Unreadable keys are plain scalars that do not read `name`, so they never are the `name` entry.
  const entry = map.entries.find((candidate) => candidate.key === 'name');
  if (!entry) return null;
  const value = entry.value;
  if (value.kind === 'scalar') return value.text === undefined ? UNSURE : value.text;
  return value.kind === 'flow' ? UNSURE : null;
}


// ---------------------------------------------------------------------------------------------------------
// The tree: only what the walk needs (keys, item starts, which values are collections).

interface Located {
  /** 0-based line and column of the key, or of the item's node. */
  line: number;
  column: number;
  value: BlockNode;
}

interface Entry extends Located {
  /** `String(key)` as the `yaml` package resolves it (YAML 1.1), undefined when not certain. */
  key: string | undefined;
}

type Item = Located;

interface MapNode {
  kind: 'map';
  entries: Entry[];
}

interface SeqNode {
  kind: 'seq';
  items: Item[];
}

interface ScalarNode {
  kind: 'scalar';
  /** The value when it certainly is this string, null when it certainly is no string, undefined if unsure. */
  text: string | null | undefined;
}

/** A flow collection, read for its extent only: never entered, but a `{...}` item may be a named mapping. */
interface FlowNode {
  kind: 'flow';
  mapping: boolean;
  /** `{}` or `[]`: nothing inside to find, so the walk can stop there for certain. */
  empty: boolean;
}

type BlockNode = MapNode | SeqNode | ScalarNode | FlowNode;

const NULL_SCALAR: ScalarNode = { kind: 'scalar', text: null };
const UNKNOWN_SCALAR: ScalarNode = { kind: 'scalar', text: undefined };

/** Findings of one object come one after another: keep the last tree. */
/** Recent trees by text: a finding's object and the values files its fields come from alternate. */
const recentTrees = new Map<string, MapNode | undefined>();
const RECENT_TREES = 8;

function blockTree(text: string): MapNode | undefined {
  if (recentTrees.has(text)) return recentTrees.get(text);
  const tree = parseBlockTree(text);
  if (recentTrees.size >= RECENT_TREES) recentTrees.delete(recentTrees.keys().next().value!);
  recentTrees.set(text, tree);
  return tree;
}

/** Control characters, a BOM and the YAML 1.1 line breaks (NEL, LS, PS) are left to the real parser. */
const UNSUPPORTED_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u0085\u2028\u2029\ufeff]/;
const LONE_CARRIAGE_RETURN = /\r(?!\n)/;
const LINE_BREAK = /\r?\n/;

function parseBlockTree(text: string): MapNode | undefined {
  if (UNSUPPORTED_CHARACTERS.test(text)) return undefined;
  let lines: string[];
  if (text.includes('\r')) {
    if (LONE_CARRIAGE_RETURN.test(text)) return undefined;
    // Offsets of the yaml parse count the \r, but it sits at the line's end so columns do not change.
    lines = text.split(LINE_BREAK);
  } else {
    lines = text.split('\n');
  }
  try {
    return new BlockParser(lines).parseDocument();
  } catch (error) {
    if (error === DECLINE) return undefined;
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------------------
// The parser: recursive descent over lines. Anything outside the handled subset throws DECLINE.

const DECLINE = Symbol('decline');

const SPACE = 0x20;
const TAB = 0x09;
const HASH = 0x23;
const DASH = 0x2d;
const COLON = 0x3a;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const BACKSLASH = 0x5c;
const PIPE = 0x7c;
const GREATER = 0x3e;
const AMPERSAND = 0x26;
const ASTERISK = 0x2a;

/** Characters that start something other than a plain scalar (`-` is handled apart: `-1` is plain). */
const INDICATORS = '?:,[]{}#&*!|>\'"%@`';

/** Implicit keys longer than this are errors for the yaml parser. */
const MAX_KEY_LENGTH = 1000;

class BlockParser {
  /** The current line: the one being read, or after nextSignificant() the next line that holds content. */
  private i = 0;

  private readonly lines: string[];

  // A plain field, not a parameter property: Node runs the sources by stripping types (evaluation threads under vitest).
  constructor(lines: string[]) {
    this.lines = lines;
  }

  parseDocument(): MapNode {
    if (this.nextSignificant() !== 0) throw DECLINE;
    const root = this.parseMap(0);
    if (this.nextSignificant() !== -1) throw DECLINE;
    return root;
  }

  /** Moves past blank and comment lines; returns the indentation of the next content line, -1 at the end. */
  private nextSignificant(): number {
    for (; this.i < this.lines.length; this.i++) {
      const line = this.lines[this.i]!;
      const indent = indentOf(line);
      const rest = skipBlanks(line, indent);
      if (rest === line.length || line.charCodeAt(rest) === HASH) continue;
      // Tabs cannot indent in YAML; document markers and directives end or start documents.
      if (rest !== indent) throw DECLINE;
      if (indent === 0 && isDocumentMarker(line)) throw DECLINE;
      return indent;
    }
    return -1;
  }

  /** A block mapping whose first key starts at `column` of the current line (possibly after a `- `). */
  private parseMap(column: number): MapNode {
    const entries: Entry[] = [];
    for (;;) {
      entries.push(this.parseEntry(column));
      const indent = this.nextSignificant();
      if (indent < column) return { kind: 'map', entries };
      if (indent > column) throw DECLINE;
    }
  }

  private parseEntry(column: number): Entry {
    const line = this.i;
    const key = readKey(this.lines[line]!, column);
    if (!key) throw DECLINE;
    const value = this.parseEntryValue(key.valueStart, column);
    return { key: key.text, line, column, value };
  }

  /** The value after `key:`; `owner` is the mapping's indentation, which nested content must exceed. */
  private parseEntryValue(from: number, owner: number): BlockNode {
    const line = this.lines[this.i]!;
    let start = skipBlanks(line, from);
    let anchored = false;
    if (line.charCodeAt(start) === AMPERSAND) {
      // An anchor does not move keys or items below it; only the value's own reading becomes unsure.
      anchored = true;
      const nameEnd = endOfToken(line, start);
      if (nameEnd === start + 1 || hasFlowIndicator(line, start, nameEnd)) throw DECLINE;
      start = skipBlanks(line, nameEnd);
    }
    if (start === line.length || line.charCodeAt(start) === HASH) {
      this.i++;
      return this.parseNestedValue(owner);
    }
    if (line.charCodeAt(start) === ASTERISK) {
      if (anchored) throw DECLINE;
      const nameEnd = endOfToken(line, start);
      if (hasFlowIndicator(line, start, nameEnd)) throw DECLINE;
      expectNothingAfter(line, nameEnd);
      this.i++;
      return UNKNOWN_SCALAR;
    }
    const value = this.parseInlineValue(start, owner);
    return anchored && value.kind === 'scalar' ? UNKNOWN_SCALAR : value;
  }

  /** A value that starts on a later line: a block node indented deeper, a sequence at the key's indent, or null. */
  private parseNestedValue(owner: number): BlockNode {
    const indent = this.nextSignificant();
    if (indent > owner) return this.parseIndentedNode(indent);
    if (indent === owner && isDashAt(this.lines[this.i]!, indent)) return this.parseSeq(indent);
    return NULL_SCALAR;
  }

  /** A collection on its own lines; a scalar that starts on the line after its key is left to the parser. */
  private parseIndentedNode(indent: number): BlockNode {
    return isDashAt(this.lines[this.i]!, indent) ? this.parseSeq(indent) : this.parseMap(indent);
  }

  /** A scalar or flow collection starting at `start` of the current line. */
  private parseInlineValue(start: number, owner: number): ScalarNode | FlowNode {
    const line = this.lines[this.i]!;
    const code = line.charCodeAt(start);
    if (code === PIPE || code === GREATER) return this.parseBlockScalar(start, owner);
    if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) return this.parseQuoted(start, owner);
    if (code === 0x5b || code === 0x7b) return this.parseFlow(start, owner);
    if (!isPlainStart(line, start)) throw DECLINE;
    return this.parsePlain(start, owner);
  }

  /** A block sequence whose dashes sit at column `indent`. */
  private parseSeq(indent: number): SeqNode {
    const items: Item[] = [];
    for (;;) {
      items.push(this.parseItem(indent));
      const next = this.nextSignificant();
      if (next < indent) break;
      if (next > indent) throw DECLINE;
      // A line at the dash column that is no item belongs to the mapping that holds this sequence.
      if (!isDashAt(this.lines[this.i]!, indent)) break;
    }
    return { kind: 'seq', items };
  }

  private parseItem(dash: number): Item {
    const lineIndex = this.i;
    const line = this.lines[lineIndex]!;
    const start = skipSpaces(line, dash + 1);
    if (start === line.length || line.charCodeAt(start) === HASH) {
      this.i++;
      const indent = this.nextSignificant();
      // An empty item's position is where the parser places a null; not worth modelling.
      if (indent <= dash) throw DECLINE;
      const itemLine = this.i;
      return { line: itemLine, column: indent, value: this.parseIndentedNode(indent) };
    }
    if (line.charCodeAt(start) === TAB || isDashAt(line, start)) throw DECLINE;
    const value = readKey(line, start) ? this.parseMap(start) : this.parseInlineValue(start, dash);
    return { line: lineIndex, column: start, value };
  }

  /** `|` or `>` with optional chomping and indentation indicators; skips the content lines. */
  private parseBlockScalar(start: number, owner: number): ScalarNode {
    const line = this.lines[this.i]!;
    let explicitIndent = 0;
    let chomping = false;
    let k = start + 1;
    for (; k < line.length && k < start + 3; k++) {
      const code = line.charCodeAt(k);
      if (code >= 0x31 && code <= 0x39 && !explicitIndent) explicitIndent = code - 0x30;
      else if ((code === 0x2b || code === DASH) && !chomping) chomping = true;
      else break;
    }
    expectNothingAfter(line, k);
    this.i++;
    this.skipBlockScalarContent(owner, explicitIndent ? owner + explicitIndent : 0);
    return UNKNOWN_SCALAR;
  }

  /**
   * Content lines are blank or indented deeper than `owner`; the first other line ends the scalar. Lines
   * between `owner` and the content's indentation would be errors, so rather than guess, decline.
   */
  private skipBlockScalarContent(owner: number, explicitContentIndent: number): void {
    let contentIndent = explicitContentIndent;
    let widestLeadingBlank = 0;
    for (; this.i < this.lines.length; this.i++) {
      const line = this.lines[this.i]!;
      const indent = indentOf(line);
      if (indent === line.length) {
        if (!contentIndent) widestLeadingBlank = Math.max(widestLeadingBlank, indent);
        continue;
      }
      if (indent <= owner) {
        if (line.charCodeAt(indent) === TAB) throw DECLINE;
        return;
      }
      if (!contentIndent) {
        // The first content line sets the indentation, unless a tab or a wider blank line make it unclear.
        if (line.charCodeAt(indent) === TAB || widestLeadingBlank > indent) throw DECLINE;
        contentIndent = indent;
      } else if (indent < contentIndent) {
        throw DECLINE;
      }
    }
  }

  /** A single- or double-quoted scalar, possibly continued on lines indented deeper than `owner`. */
  private parseQuoted(start: number, owner: number): ScalarNode {
    const firstLine = this.lines[this.i]!;
    const quote = firstLine.charCodeAt(start);
    let line = firstLine;
    let close = closingQuote(line, start + 1, quote);
    while (close < 0) {
      this.i++;
      if (this.i >= this.lines.length) throw DECLINE;
      line = this.lines[this.i]!;
      const indent = indentOf(line);
      if (indent === line.length) continue;
      if (indent <= owner) throw DECLINE;
      close = closingQuote(line, indent, quote);
    }
    expectNothingAfter(line, close + 1);
    this.i++;
    return { kind: 'scalar', text: line === firstLine ? quotedText(line, start, close, quote) : undefined };
  }

  /**
   * A flow collection: only its extent is read. Continuation lines must be deeper than `owner`, except for a
   * closing bracket at `owner`'s column, which the yaml parser accepts too.
   */
  private parseFlow(start: number, owner: number): FlowNode {
    const firstLine = this.lines[this.i]!;
    const state: FlowState = { closers: [], nodeStart: true };
    let line = firstLine;
    let end = flowEnd(line, start, state);
    while (end < 0) {
      this.i++;
      if (this.i >= this.lines.length) throw DECLINE;
      line = this.lines[this.i]!;
      const indent = indentOf(line);
      if (skipBlanks(line, indent) === line.length) continue;
      const code = line.charCodeAt(indent);
      if (code === TAB || indent < owner || (indent === owner && code !== 0x5d && code !== 0x7d)) throw DECLINE;
      end = flowEnd(line, indent, state);
    }
    expectNothingAfter(line, end + 1);
    this.i++;
    const empty = line === firstLine && skipBlanks(line, start + 1) === end;
    return { kind: 'flow', mapping: firstLine.charCodeAt(start) === 0x7b, empty };
  }

  /** A plain scalar; later lines deeper than `owner` continue it (and make its value unsure). */
  private parsePlain(start: number, owner: number): ScalarNode {
    const line = this.lines[this.i]!;
    const end = plainEnd(line, start);
    const commented = end < line.length;
    this.i++;
    if (!commented && this.skipPlainContinuation(owner)) return UNKNOWN_SCALAR;
    return { kind: 'scalar', text: plainValue(trimBlanksEnd(line, start, end)) };
  }

  /** Skips continuation lines of a multi-line plain scalar; true when there were any. */
  private skipPlainContinuation(owner: number): boolean {
    let continued = false;
    for (let j = this.i; j < this.lines.length; j++) {
      const line = this.lines[j]!;
      const indent = indentOf(line);
      if (indent === line.length) continue;
      // A comment ends the scalar; deeper lines after it are errors that the structure walk declines.
      if (indent <= owner || line.charCodeAt(indent) === HASH) break;
      if (!isPlainStart(line, indent) || line.charCodeAt(indent) === DASH) throw DECLINE;
      if (plainEnd(line, indent) < line.length) throw DECLINE;
      continued = true;
      this.i = j + 1;
    }
    return continued;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Line helpers: all work on character codes of one line.

/** The yaml parser ends an anchor or alias name at a flow indicator and reads what follows as a new token. */
function hasFlowIndicator(line: string, start: number, end: number): boolean {
  return /[,[\]{}]/.test(line.slice(start, end));
}

function isBlank(code: number): boolean {
  return code === SPACE || code === TAB;
}

function indentOf(line: string): number {
  let k = 0;
  while (line.charCodeAt(k) === SPACE) k++;
  return k;
}

function skipSpaces(line: string, from: number): number {
  let k = from;
  while (line.charCodeAt(k) === SPACE) k++;
  return k;
}

function skipBlanks(line: string, from: number): number {
  let k = from;
  while (isBlank(line.charCodeAt(k))) k++;
  return k;
}

/** End of an anchor or alias name: the next blank or the line's end. */
function endOfToken(line: string, from: number): number {
  let k = from + 1;
  while (k < line.length && !isBlank(line.charCodeAt(k))) k++;
  return k;
}

function trimBlanksEnd(line: string, start: number, end: number): string {
  let k = end;
  while (k > start && isBlank(line.charCodeAt(k - 1))) k--;
  return line.slice(start, k);
}

/** True when position `k` ends a token: the line's end or a blank. */
function isSeparated(line: string, k: number): boolean {
  return k >= line.length || isBlank(line.charCodeAt(k));
}

function isDocumentMarker(line: string): boolean {
  return (line.startsWith('---') || line.startsWith('...')) && isSeparated(line, 3);
}

/** `- ` or a lone `-` at `column`; a tab after the dash is declined. */
function isDashAt(line: string, column: number): boolean {
  if (line.charCodeAt(column) !== DASH) return false;
  if (line.charCodeAt(column + 1) === TAB) throw DECLINE;
  return isSeparated(line, column + 1);
}

/** Only blanks and an optional comment may follow a complete value. */
function expectNothingAfter(line: string, from: number): void {
  if (from >= line.length) return;
  if (!isBlank(line.charCodeAt(from))) throw DECLINE;
  const k = skipBlanks(line, from);
  if (k < line.length && line.charCodeAt(k) !== HASH) throw DECLINE;
}

/** Whether a plain scalar may start at `k` (`-x` may, `- x` may not; other indicators are declined). */
function isPlainStart(line: string, k: number): boolean {
  const code = line.charCodeAt(k);
  if (k >= line.length || isBlank(code)) return false;
  if (code === DASH) return !isSeparated(line, k + 1);
  return !INDICATORS.includes(line[k]!);
}

/** Where a plain scalar on this line ends: at a comment or the line's end. `a: b` inside one is declined. */
function plainEnd(line: string, start: number): number {
  for (let k = start; k < line.length; k++) {
    const code = line.charCodeAt(k);
    if (code === HASH && isBlank(line.charCodeAt(k - 1))) return k;
    if (code === COLON && isSeparated(line, k + 1)) throw DECLINE;
  }
  return line.length;
}

interface KeyRead {
  /** String() of the resolved key, undefined when unsure. */
  text: string | undefined;
  /** Index just after the `:` indicator. */
  valueStart: number;
}

/** The implicit key starting at `start`, or undefined when this line does not start a mapping entry there. */
function readKey(line: string, start: number): KeyRead | undefined {
  const code = line.charCodeAt(start);
  if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) return readQuotedKey(line, start, code);
  if (!isPlainStart(line, start)) return undefined;
  for (let k = start; k < line.length; k++) {
    const here = line.charCodeAt(k);
    if (here === HASH && isBlank(line.charCodeAt(k - 1))) return undefined;
    if (here !== COLON || !isSeparated(line, k + 1)) continue;
    if (k - start > MAX_KEY_LENGTH) throw DECLINE;
    return { text: plainKey(trimBlanksEnd(line, start, k)), valueStart: k + 1 };
  }
  return undefined;
}

function readQuotedKey(line: string, start: number, quote: number): KeyRead | undefined {
  const close = closingQuote(line, start + 1, quote);
  if (close < 0) return undefined;
  const colon = skipBlanks(line, close + 1);
  if (line.charCodeAt(colon) !== COLON || !isSeparated(line, colon + 1)) return undefined;
  // An escaped key could spell anything, `name` included.
  const text = quotedText(line, start, close, quote);
  if (text === undefined) throw DECLINE;
  return { text, valueStart: colon + 1 };
}

/** Index of the quote closing a scalar opened before `from`, or -1 if it stays open past this line. */
function closingQuote(line: string, from: number, quote: number): number {
  for (let k = from; k < line.length; k++) {
    const code = line.charCodeAt(k);
    if (quote === DOUBLE_QUOTE && code === BACKSLASH) {
      k++;
    } else if (code === quote) {
      if (quote === SINGLE_QUOTE && line.charCodeAt(k + 1) === SINGLE_QUOTE) k++;
      else return k;
    }
  }
  return -1;
}

/** The content of a one-line quoted scalar, undefined when it holds escapes we do not decode. */
function quotedText(line: string, start: number, close: number, quote: number): string | undefined {
  const raw = line.slice(start + 1, close);
  if (quote === SINGLE_QUOTE) return raw.replaceAll("''", "'");
  return raw.includes('\\') ? undefined : raw;
}

/** String() of a plain key as the scalar rules (scalars.ts) resolve it, undefined when it may be a number or date. */
function plainKey(raw: string): string | undefined {
  const word = wordKeyString(raw);
  if (word !== undefined) return word;
  return isCertainString(raw) ? raw : undefined;
}

/** A plain value: the string when certain, null for the words (booleans, null, .inf), undefined for numbers and the rest. */
function plainValue(raw: string): string | null | undefined {
  if (wordKeyString(raw) !== undefined) return null;
  return isCertainString(raw) ? raw : undefined;
}

/** Every character the YAML 1.1 numbers, sexagesimals, timestamps, `.inf` and `.nan` can be made of. */
const NUMBER_CHARACTERS = '0123456789_+-.:eExXabcdefABCDEFtTzZiInN \t';

/** Whether a plain scalar (not a boolean or null word) certainly resolves to a string. */
function isCertainString(raw: string): boolean {
  const code = raw.charCodeAt(0);
  const letter = (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  // No number form starts with a letter, `_`, `/` or `$`.
  if (letter || code === 0x5f || code === 0x2f || code === 0x24) return true;
  if (raw === '<<') return false;
  for (let k = 0; k < raw.length; k++) {
    if (!NUMBER_CHARACTERS.includes(raw[k]!)) return true;
  }
  return false;
}

interface FlowState {
  /** Closing brackets expected, innermost last. */
  closers: number[];
  /** Whether a quote here would open a quoted scalar (at a node's start) rather than sit inside a plain one. */
  nodeStart: boolean;
}

/**
 * Index of the bracket closing the flow collection, scanning this line from `from`; -1 when it goes on past
 * the line (or a comment ends the line). Quotes inside plain scalars and quoted scalars spanning lines are
 * declined: finding the end there needs more of the grammar.
 */
function flowEnd(line: string, from: number, state: FlowState): number {
  const closers = state.closers;
  for (let k = from; k < line.length; k++) {
    const code = line.charCodeAt(k);
    if (code === 0x5b || code === 0x7b) {
      closers.push(code + 2);
      state.nodeStart = true;
    } else if (code === 0x5d || code === 0x7d) {
      if (closers.pop() !== code) throw DECLINE;
      if (closers.length === 0) return k;
      state.nodeStart = false;
    } else if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
      if (!state.nodeStart) throw DECLINE;
      k = closingQuote(line, k + 1, code);
      if (k < 0) throw DECLINE;
      state.nodeStart = false;
    } else if (code === HASH && (k === 0 || isBlank(line.charCodeAt(k - 1)))) {
      return -1;
    } else if (code === 0x2c) {
      state.nodeStart = true;
    } else if (code === COLON) {
      state.nodeStart = isSeparated(line, k + 1);
    } else if (!isBlank(code)) {
      state.nodeStart = false;
    }
  }
  return -1;
}
