// Flux's postBuild variable substitution, read exactly as kustomize-controller reads it, within a size budget.
//
// A port of github.com/fluxcd/pkg/envsubst (Flux's fork of github.com/drone/envsubst): its scanner, parser and
// functions, quirks included (`$$` is a literal `$` anywhere, `${var,}`/`${var^^}` change case, `${#var}` counts
// bytes, `${var:pos:len}` slices bytes, `#`/`%` trim with Go's path.Match). Hand-written because no JavaScript
// package implements that dialect: the npm envsubst ports read `${var}` and `${var:-x}` at most, and a PR could
// hide a privileged value behind any operator they read differently. Evaluation counts what it writes, so a
// substitution that would outgrow the render's max-render-bytes stops before the text is built.

/** A substitution the controller would refuse too (`${}`, an unclosed `${`…), quoting Flux's own message. */
export class SubstitutionError extends Error {}

/** The output would pass the byte budget; nothing beyond the budget was built. */
export class SubstitutionBudgetError extends Error {}

type Node = { text: string } | { param: string; name: string; args: Node[] } | Node[];

const SCAN_IDENT = 1;
const SCAN_LBRACK = 2;
const SCAN_RBRACK = 4;
const SCAN_ESCAPE = 8;
const ESCAPE_DOLLAR = 1;
const ESCAPE_ALL = 3;

const EOF = '';
type Token = 'illegal' | 'eof' | 'ident' | 'lbrack' | 'rbrack';
type Accept = (rune: string, index: number) => boolean;

/**
 * drone/envsubst's scanner. Go's `skip()` deletes the escaping character from its buffer; here positions stay in
 * the original text and the deleted positions of the current token are remembered instead, so a text full of `$$`
 * costs linear time.
 */
class Scanner {
  pos = 0;
  start = 0;
  width = 0;
  mode = 0;
  escapeChars = 0;
  accept: Accept = () => true;
  private skipped: number[] = [];

  constructor(private readonly buf: string) {}

  read(): string {
    if (this.pos >= this.buf.length) {
      this.width = 0;
      return EOF;
    }
    const code = this.buf.codePointAt(this.pos)!;
    const rune = String.fromCodePoint(code);
    this.width = rune.length;
    this.pos += this.width;
    return rune;
  }

  unread(): void {
    this.pos -= this.width;
  }

  /** The character just read is dropped from the token and the one after it (the escaped one) is taken as read. */
  skip(): void {
    this.skipped.push(this.pos - 1);
    const next = this.buf.codePointAt(this.pos);
    this.pos += next === undefined ? 0 : String.fromCodePoint(next).length;
  }

  peek(): string {
    const rune = this.read();
    this.unread();
    return rune;
  }

  string(): string {
    if (!this.skipped.length) return this.buf.slice(this.start, this.pos);
    let text = '';
    let from = this.start;
    for (const at of this.skipped) {
      text += this.buf.slice(from, at);
      from = at + 1;
    }
    return text + this.buf.slice(from, this.pos);
  }

  scan(): Token {
    this.start = this.pos;
    this.skipped = [];
    const rune = this.read();
    if (rune === EOF) return 'eof';
    if (this.scanLbrack(rune)) return 'lbrack';
    if (this.scanRbrack(rune)) return 'rbrack';
    if (this.scanIdent(rune)) return 'ident';
    return 'illegal';
  }

  private scanIdent(first: string): boolean {
    if (!(this.mode & SCAN_IDENT)) return false;
    if (this.scanEscaped(first)) this.skip();
    else if (!this.accept(first, this.pos - this.start)) return false;
    for (;;) {
      const rune = this.read();
      if (rune === EOF) {
        this.unread();
        break;
      }
      if (this.scanLbrack(rune)) {
        this.unread();
        this.unread();
        break;
      }
      if (this.scanEscaped(rune)) {
        this.skip();
        continue;
      }
      if (!this.accept(rune, this.pos - this.start)) {
        this.unread();
        break;
      }
    }
    return true;
  }

  private scanLbrack(rune: string): boolean {
    if (!(this.mode & SCAN_LBRACK)) return false;
    if (rune === '$') {
      if (this.read() === '{') return true;
      this.unread();
    }
    return false;
  }

  private scanRbrack(rune: string): boolean {
    return Boolean(this.mode & SCAN_RBRACK) && rune === '}';
  }

  private scanEscaped(rune: string): boolean {
    if (!(this.mode & SCAN_ESCAPE)) return false;
    if (rune === '$' && this.escapeChars & ESCAPE_DOLLAR && this.peek() === '$') return true;
    if (rune === '\\' && this.escapeChars & 2) return ['/', '\\'].includes(this.peek());
    return false;
  }
}

const acceptRune: Accept = () => true;
const acceptIdent: Accept = (rune) => /^[\p{L}\p{Nd}_]$/u.test(rune);
const acceptColon: Accept = (rune) => rune === ':';
const acceptOneHash: Accept = (rune, index) => rune === '#' && index === 1;
const acceptNotClosing: Accept = (rune) => rune !== '}';
const acceptHashFunc: Accept = (rune, index) => rune === '#' && index < 3;
const acceptPercentFunc: Accept = (rune, index) => rune === '%' && index < 3;
const acceptDefaultFunc: Accept = (rune, index) => (index === 1 && rune === ':') || (index === 2 && '=-?+'.includes(rune));
const acceptReplaceFunc: Accept = (rune, index) => (index === 1 && rune === '/') || (index === 2 && '/#%'.includes(rune));
const acceptOneEqual: Accept = (rune, index) => index === 1 && rune === '=';
const acceptOneColon: Accept = (rune, index) => index === 1 && rune === ':';
const rejectColonClose: Accept = (rune) => rune !== ':' && rune !== '}';
const acceptSlash: Accept = (rune) => rune === '/';
const acceptNotSlash: Accept = (rune) => rune !== '/';
const acceptCasingFunc: Accept = (rune, index) => (rune === ',' || rune === '^') && index < 3;

const BAD_SUBSTITUTION = 'bad substitution';

/** drone/envsubst's parse.Parse. */
export function parseSubstitution(text: string): Node {
  const scanner = new Scanner(text);
  const fail = (message: string): never => {
    throw new SubstitutionError(message);
  };

  // Iterative where Go recurses once per text or function node: a long document must not exhaust the stack.
  const parseAny = (): Node => {
    const nodes: Node[] = [];
    for (;;) {
      scanner.accept = acceptRune;
      scanner.mode = SCAN_IDENT | SCAN_LBRACK | SCAN_ESCAPE;
      scanner.escapeChars = ESCAPE_DOLLAR;
      const token = scanner.scan();
      if (token === 'ident') nodes.push({ text: scanner.string() });
      else if (token === 'eof') return nodes.length === 1 ? nodes[0]! : nodes;
      else if (token === 'lbrack') nodes.push(parseFunc());
      else return fail(BAD_SUBSTITUTION);
    }
  };

  const parseFunc = (): Node => {
    scanner.escapeChars = ESCAPE_ALL;
    if (scanner.peek() === '#') return parseLenFunc();
    scanner.accept = acceptIdent;
    scanner.mode = SCAN_IDENT;
    if (scanner.scan() !== 'ident') return fail('unable to parse variable name');
    const name = scanner.string();
    switch (scanner.peek()) {
      case ':':
        return parseDefaultOrSubstr(name);
      case '=':
        return parseDefaultFunc(name);
      case ',':
      case '^':
        return parseSimpleFunc(name, acceptCasingFunc);
      case '/':
        return parseReplaceFunc(name);
      case '#':
        return parseRemoveFunc(name, acceptHashFunc);
      case '%':
        return parseRemoveFunc(name, acceptPercentFunc);
    }
    scanner.accept = acceptIdent;
    scanner.mode = SCAN_RBRACK;
    if (scanner.scan() !== 'rbrack') return fail('missing closing brace');
    return { param: name, name: '', args: [] };
  };

  const parseParam = (accept: Accept, mode: number): Node => {
    scanner.accept = accept;
    scanner.mode = mode | SCAN_LBRACK;
    const token = scanner.scan();
    if (token === 'lbrack') return parseFunc();
    if (token === 'ident' || token === 'rbrack') return { text: scanner.string() };
    return fail('unable to parse substitution within function');
  };

  const operator = (accept: Accept, message = BAD_SUBSTITUTION): string => {
    scanner.accept = accept;
    scanner.mode = SCAN_IDENT;
    if (scanner.scan() !== 'ident') fail(message);
    return scanner.string();
  };

  const consumeRbrack = (): void => {
    scanner.mode = SCAN_RBRACK;
    if (scanner.scan() !== 'rbrack') fail(BAD_SUBSTITUTION);
  };

  const parseDefaultOrSubstr = (name: string): Node => {
    scanner.read();
    const next = scanner.peek();
    scanner.unread();
    return '=-?+'.includes(next) && next !== '' ? parseDefaultFunc(name) : parseSubstrFunc(name);
  };

  const parseSubstrFunc = (name: string): Node => {
    const node = { param: name, name: operator(acceptOneColon), args: [] as Node[] };
    node.args.push(parseParam(rejectColonClose, SCAN_IDENT));
    scanner.accept = acceptColon;
    scanner.mode = SCAN_IDENT | SCAN_RBRACK;
    const token = scanner.scan();
    if (token === 'rbrack') return node;
    if (token !== 'ident') fail(BAD_SUBSTITUTION);
    node.args.push(parseParam(acceptNotClosing, SCAN_IDENT));
    consumeRbrack();
    return node;
  };

  const parseRemoveFunc = (name: string, accept: Accept): Node => {
    const node = { param: name, name: operator(accept), args: [parseParam(acceptNotClosing, SCAN_IDENT)] };
    consumeRbrack();
    return node;
  };

  const parseReplaceFunc = (name: string): Node => {
    const node = { param: name, name: operator(acceptReplaceFunc), args: [parseParam(acceptNotSlash, SCAN_IDENT | SCAN_ESCAPE)] };
    operator(acceptSlash);
    if (scanner.peek() !== '}') node.args.push(parseParam(acceptNotClosing, SCAN_IDENT | SCAN_ESCAPE));
    consumeRbrack();
    return node;
  };

  const parseDefaultFunc = (name: string): Node => {
    const node = { param: name, name: operator(scanner.peek() === '=' ? acceptOneEqual : acceptDefaultFunc, 'unable to parse default function'), args: [] as Node[] };
    for (;;) {
      if (scanner.peek() === '}') {
        consumeRbrack();
        return node;
      }
      node.args.push(parseParam(acceptNotClosing, SCAN_IDENT));
    }
  };

  const parseSimpleFunc = (name: string, accept: Accept): Node => {
    const node = { param: name, name: operator(accept), args: [] };
    consumeRbrack();
    return node;
  };

  const parseLenFunc = (): Node => {
    const name = operator(acceptOneHash);
    scanner.accept = acceptIdent;
    scanner.mode = SCAN_IDENT;
    if (scanner.scan() !== 'ident') fail(BAD_SUBSTITUTION);
    const node = { param: scanner.string(), name, args: [] };
    consumeRbrack();
    return node;
  };

  return parseAny();
}

/**
 * Substitutes `text` as Flux does with `variables` (an unset variable reads as empty, as before Flux's strict
 * mode), writing at most `budget.bytes` UTF-8 bytes: past that a SubstitutionBudgetError, before the text is built.
 */
export function substituteVariables(text: string, variables: Record<string, string>, budget: { bytes: number }): string {
  const tree = parseSubstitution(text);
  const lookup = (name: string) => (Object.hasOwn(variables, name) ? variables[name]! : '');
  return evaluate(tree, lookup, budget);
}

function evaluate(node: Node, lookup: (name: string) => string, budget: { bytes: number }): string {
  const out: string[] = [];
  const write = (piece: string) => {
    spend(budget, Buffer.byteLength(piece));
    out.push(piece);
  };
  const stack: Node[] = [node];
  while (stack.length) {
    const current = stack.pop()!;
    if (Array.isArray(current)) for (let index = current.length - 1; index >= 0; index--) stack.push(current[index]!);
    else if ('text' in current) write(current.text);
    else write(callFunction(current, lookup, budget));
  }
  return out.join('');
}

function spend(budget: { bytes: number }, bytes: number): void {
  if (bytes > budget.bytes) throw new SubstitutionBudgetError('the substituted text outgrows the budget');
  budget.bytes -= bytes;
}

function callFunction(node: { param: string; name: string; args: Node[] }, lookup: (name: string) => string, budget: { bytes: number }): string {
  // Arguments are built on a budget of their own: they are intermediate, but as large as what they could write.
  const args = node.args.map((arg) => evaluate(arg, lookup, { bytes: budget.bytes }));
  const value = lookup(node.param);
  const fn = lookupFunction(node.name, args.length);
  if (fn === replaceAll && args.length) spend({ ...budget }, replacedLength(value, args[0]!, args[1] ?? ''));
  if (fn === toDefault && value === '') spend({ ...budget }, args.reduce((sum, arg) => sum + Buffer.byteLength(arg), 0));
  return fn(value, args);
}

type Substitute = (value: string, args: string[]) => string;

function lookupFunction(name: string, args: number): Substitute {
  switch (name) {
    case ',':
      return (value) => firstRune(value, (rune) => rune.toLowerCase());
    case ',,':
      return (value) => value.toLowerCase();
    case '^':
      return (value) => firstRune(value, (rune) => rune.toUpperCase());
    case '^^':
      return (value) => value.toUpperCase();
    case '#':
      return args === 0 ? (value) => String(Buffer.byteLength(value)) : (value, [pattern]) => (pattern === undefined ? value : trimShortest(value, pattern));
    case '##':
      return (value, [pattern]) => (pattern === undefined ? value : trimLongest(value, pattern));
    case '%':
      return (value, [pattern]) => (pattern === undefined ? value : reverse(trimShortest(reverse(value), reverse(pattern))));
    case '%%':
      return (value, [pattern]) => (pattern === undefined ? value : reverse(trimLongest(reverse(value), reverse(pattern))));
    case ':':
      return toSubstring;
    case '/#':
      return (value, [from, to]) => (from !== undefined && to !== undefined && value.startsWith(from) ? to + value.slice(from.length) : value);
    case '/%':
      return (value, [from, to]) => (from !== undefined && to !== undefined && value.endsWith(from) ? value.slice(0, value.length - from.length) + to : value);
    case '/':
      return (value, [from, to = '']) => (from === undefined ? value : replaceFirst(value, from, to));
    case '//':
      return replaceAll;
    default:
      return toDefault;
  }
}

function toDefault(value: string, args: string[]): string {
  return value === '' && args.length ? args.join('') : value;
}

function firstRune(value: string, change: (rune: string) => string): string {
  if (value === '') return value;
  const rune = String.fromCodePoint(value.codePointAt(0)!);
  return change(rune) + value.slice(rune.length);
}

/** Go's strconv.Atoi: an optional sign and decimal digits, within 64 bits. */
function atoi(text: string): number | undefined {
  if (!/^[+-]?\d+$/.test(text)) return undefined;
  const value = Number(text);
  return Math.abs(value) <= 2 ** 63 ? value : undefined;
}

/** Byte offsets, as Go slices a string. */
function toSubstring(value: string, args: string[]): string {
  if (!args.length) return value;
  const bytes = Buffer.from(value);
  let pos = atoi(args[0]!);
  if (pos === undefined) return value;
  if (pos < 0) pos = Math.max(0, bytes.length + pos);
  if (args.length === 1) return pos < bytes.length ? bytes.subarray(pos).toString() : '';
  const length = atoi(args[1]!);
  if (length === undefined) return value;
  if (pos + length >= bytes.length) return pos < bytes.length ? bytes.subarray(pos).toString() : '';
  return bytes.subarray(pos, pos + length).toString();
}

function replaceFirst(value: string, from: string, to: string): string {
  if (from === '') return to + value;
  const at = value.indexOf(from);
  return at < 0 ? value : value.slice(0, at) + to + value.slice(at + from.length);
}

/** Go's strings.Replace(s, old, new, -1): an empty `old` inserts `new` before every rune and at the end. */
function replaceAll(value: string, args: string[]): string {
  if (!args.length) return value;
  const [from, to = ''] = args as [string, string?];
  if (from === '') return [...value].map((rune) => to + rune).join('') + to;
  return value.split(from).join(to);
}

function replacedLength(value: string, from: string, to: string): number {
  const count = from === '' ? [...value].length + 1 : value.split(from).length - 1;
  return Buffer.byteLength(value) + count * (Buffer.byteLength(to) - Buffer.byteLength(from));
}

function reverse(text: string): string {
  return [...text].reverse().join('');
}

function trimShortest(value: string, pattern: string): string {
  let shortest = '';
  for (let cut = 0; cut < value.length; cut++) {
    const match = pathMatch(pattern, value.slice(0, value.length - cut));
    if (match === undefined) return value;
    if (match) shortest = value.slice(0, value.length - cut);
  }
  return shortest === '' ? value : value.slice(shortest.length);
}

function trimLongest(value: string, pattern: string): string {
  for (let cut = 0; cut < value.length; cut++) {
    const match = pathMatch(pattern, value.slice(0, value.length - cut));
    if (match === undefined) return value;
    if (match) return value.slice(value.length - cut);
  }
  return value;
}

/**
 * The fork's path.Match: Go's, except that `*` and `?` also match `/` (the fork dropped the separator checks);
 * undefined for a malformed pattern.
 */
export function pathMatch(pattern: string, name: string): boolean | undefined {
  let rest = pattern;
  outer: while (rest.length > 0) {
    const { star, chunk, after } = scanChunk(rest);
    rest = after;
    if (star && chunk === '') return true;
    const first = matchChunk(chunk, name);
    if (first === null) return undefined;
    if (first !== false && (first.length === 0 || rest.length > 0)) {
      name = first;
      continue;
    }
    if (star) {
      for (let index = 0; index < name.length; index++) {
        const tail = matchChunk(chunk, name.slice(index + 1));
        if (tail === null) return undefined;
        if (tail !== false) {
          if (rest.length === 0 && tail.length > 0) continue;
          name = tail;
          continue outer;
        }
      }
    }
    return false;
  }
  return name.length === 0;
}

function scanChunk(pattern: string): { star: boolean; chunk: string; after: string } {
  let star = false;
  while (pattern.startsWith('*')) {
    pattern = pattern.slice(1);
    star = true;
  }
  let inRange = false;
  let index = 0;
  scan: for (; index < pattern.length; index++) {
    switch (pattern[index]) {
      case '\\':
        if (index + 1 < pattern.length) index++;
        break;
      case '[':
        inRange = true;
        break;
      case ']':
        inRange = false;
        break;
      case '*':
        if (!inRange) break scan;
    }
  }
  return { star, chunk: pattern.slice(0, index), after: pattern.slice(index) };
}

/** The rest of `s` after `chunk`, false when it does not match, null for a malformed chunk. */
function matchChunk(chunk: string, s: string): string | false | null {
  while (chunk.length > 0) {
    if (s.length === 0) return false;
    const head = chunk[0];
    if (head === '[') {
      const rune = String.fromCodePoint(s.codePointAt(0)!);
      s = s.slice(rune.length);
      chunk = chunk.slice(1);
      let negated = false;
      if (chunk.startsWith('^')) {
        negated = true;
        chunk = chunk.slice(1);
      }
      let matched = false;
      let ranges = 0;
      for (;;) {
        if (chunk.startsWith(']') && ranges > 0) {
          chunk = chunk.slice(1);
          break;
        }
        const low = escaped(chunk);
        if (!low) return null;
        let high = low;
        chunk = low.rest;
        if (chunk.startsWith('-')) {
          const upper = escaped(chunk.slice(1));
          if (!upper) return null;
          high = upper;
          chunk = upper.rest;
        }
        if (low.rune <= rune.codePointAt(0)! && rune.codePointAt(0)! <= high.rune) matched = true;
        ranges++;
      }
      if (matched === negated) return false;
    } else if (head === '?') {
      s = s.slice(String.fromCodePoint(s.codePointAt(0)!).length);
      chunk = chunk.slice(1);
    } else {
      if (head === '\\') {
        chunk = chunk.slice(1);
        if (chunk.length === 0) return null;
      }
      if (chunk[0] !== s[0]) return false;
      s = s.slice(1);
      chunk = chunk.slice(1);
    }
  }
  return s;
}

function escaped(chunk: string): { rune: number; rest: string } | undefined {
  if (chunk.length === 0 || chunk[0] === '-' || chunk[0] === ']') return undefined;
  if (chunk[0] === '\\') {
    chunk = chunk.slice(1);
    if (chunk.length === 0) return undefined;
  }
  const rune = chunk.codePointAt(0)!;
  const rest = chunk.slice(String.fromCodePoint(rune).length);
  return rest.length === 0 ? undefined : { rune, rest };
}
