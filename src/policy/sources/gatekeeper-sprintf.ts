// OPA's sprintf as Gatekeeper runs it (Go's fmt over Rego values), for templates compiled to wasm.
//
// opa-wasm's own sprintf (sprintf-js) prints `[object Object]` for the `%v` of an object and `a,b` for an array,
// and gatekeeper-library's messages use `%v` on both. The wasm ABI also hands a builtin sets as arrays, so the
// template's calls go through a small Rego wrapper that marks top-level sets first (see gatekeeper-compile.ts).

/** How the Rego wrapper marks a set argument: `{[SET_MARK]: [elements]}`. */
export const SET_MARK = '__kpg_gatekeeper_set__';

type GoArg = { type: 'string'; value: string } | { type: 'int64'; value: number } | { type: 'float64'; value: number };

/** sprintf(format, values) with OPA's conversions: numbers stay numbers, strings strings, anything else its Rego text. */
export function goSprintf(format: unknown, values: unknown): string {
  if (typeof format !== 'string') throw new Error(`sprintf: operand 1 must be string but got ${typeName(format)}`);
  if (!Array.isArray(values)) throw new Error(`sprintf: operand 2 must be array but got ${typeName(values)}`);
  return formatGo(format, values.map(toGoArg));
}

function toGoArg(value: unknown): GoArg {
  if (typeof value === 'number') return Number.isInteger(value) ? { type: 'int64', value } : { type: 'float64', value };
  if (typeof value === 'string') return { type: 'string', value };
  return { type: 'string', value: regoText(value) };
}

const VERB = /%([-+# 0]*)(\d+)?(?:\.(\d*))?([a-zA-Z%])?/y;

function formatGo(format: string, args: GoArg[]): string {
  let out = '';
  let next = 0;
  let index = 0;
  while (index < format.length) {
    const percent = format.indexOf('%', index);
    if (percent < 0) {
      out += format.slice(index);
      break;
    }
    out += format.slice(index, percent);
    VERB.lastIndex = percent;
    const [whole, flags = '', width, precision, verb] = VERB.exec(format)!;
    index = percent + whole.length;
    if (verb === undefined) {
      out += '%!(NOVERB)';
      continue;
    }
    if (verb === '%') {
      out += '%';
      continue;
    }
    const arg = args[next++];
    if (!arg) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    const spec = { flags, width: width === undefined ? undefined : Number(width), precision: precision === undefined ? undefined : Number(precision || 0) };
    out += pad(formatArg(arg, verb, spec), spec, arg.type !== 'string');
  }
  if (next < args.length) out += `%!(EXTRA ${args.slice(next).map((arg) => `${arg.type}=${formatArg(arg, 'v', {})}`).join(', ')})`;
  return out;
}

interface Spec {
  flags?: string;
  width?: number | undefined;
  precision?: number | undefined;
}

function formatArg(arg: GoArg, verb: string, spec: Spec): string {
  const bad = () => `%!${verb}(${arg.type}=${arg.type === 'string' ? arg.value : formatArg(arg, 'v', {})})`;
  if (arg.type === 'string') {
    const text = spec.precision === undefined ? arg.value : [...arg.value].slice(0, spec.precision).join('');
    if (verb === 'v' || verb === 's') return text;
    if (verb === 'q') return JSON.stringify(text);
    if (verb === 'x' || verb === 'X') return hex(Buffer.from(text).toString('hex'), verb);
    return bad();
  }
  const sign = spec.flags?.includes('+') && arg.value >= 0 ? '+' : '';
  if (arg.type === 'int64') {
    const bases: Record<string, number> = { v: 10, d: 10, b: 2, o: 8, x: 16, X: 16 };
    const base = bases[verb];
    if (base !== undefined) return sign + hex(arg.value.toString(base), verb);
    if (verb === 'c') return String.fromCodePoint(arg.value);
    if (verb === 'q') return `'${String.fromCodePoint(arg.value)}'`;
    return bad();
  }
  if (verb === 'v' || verb === 'g' || verb === 'G') return sign + goFloat(arg.value, spec.precision);
  if (verb === 'f' || verb === 'F') return sign + arg.value.toFixed(spec.precision ?? 6);
  if (verb === 'e' || verb === 'E') return sign + goExponent(arg.value.toExponential(spec.precision ?? 6));
  return bad();
}

function hex(digits: string, verb: string): string {
  return verb === 'X' ? digits.toUpperCase() : digits;
}

/** Go's %v/%g: shortest digits (or `precision` of them), exponent form below 1e-4 and from 1e6 (1e<precision>). */
function goFloat(value: number, precision: number | undefined): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? '+Inf' : '-Inf';
  const digits = precision === undefined ? value.toExponential() : value.toExponential(Math.max(precision, 1) - 1);
  const [mantissa = '', exponent = '0'] = digits.split('e');
  if (Number(exponent) < -4 || Number(exponent) >= (precision ?? 6)) return goExponent(`${trimZeros(mantissa)}e${exponent}`);
  return String(Number(digits));
}

function trimZeros(mantissa: string): string {
  return mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa;
}

/** JavaScript writes `1.5e+3`; Go writes `1.5e+03`. */
function goExponent(text: string): string {
  return text.replace(/e([-+])(\d)$/, 'e$10$2');
}

function pad(text: string, spec: Spec, numeric: boolean): string {
  if (spec.width === undefined || text.length >= spec.width) return text;
  const fill = spec.width - text.length;
  if (spec.flags?.includes('-')) return text + ' '.repeat(fill);
  if (numeric && spec.flags?.includes('0')) {
    const signed = /^[-+]/.test(text);
    return (signed ? text[0] : '') + '0'.repeat(fill) + (signed ? text.slice(1) : text);
  }
  return ' '.repeat(fill) + text;
}

/** A value as OPA's ast prints it: `{"a": [1, "x"]}`, sets as `{"x"}` or `set()`, keys and set members sorted. */
export function regoText(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(regoText).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 1 && entries[0]![0] === SET_MARK && Array.isArray(entries[0]![1])) {
      const members = [...entries[0]![1]].sort(compareValues);
      return members.length ? `{${members.map(regoText).join(', ')}}` : 'set()';
    }
    entries.sort(([a], [b]) => compareStrings(a, b));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}: ${regoText(item)}`).join(', ')}}`;
  }
  return String(value);
}

/** OPA's order of values: null < booleans < numbers < strings < arrays < objects (enough for set members). */
function compareValues(a: unknown, b: unknown): number {
  const rank = (value: unknown) => (value === null ? 0 : typeof value === 'boolean' ? 1 : typeof value === 'number' ? 2 : typeof value === 'string' ? 3 : Array.isArray(value) ? 4 : 5);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return compareStrings(a, b);
  return compareStrings(regoText(a), regoText(b));
}

/** Go compares strings by bytes. */
function compareStrings(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
