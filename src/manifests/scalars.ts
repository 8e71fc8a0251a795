// Plain-scalar resolution as Kubernetes does it: sigs.k8s.io/yaml's fork of go-yaml v2 (resolve.go),
// which kubectl, Helm and Argo CD use to turn YAML into JSON. Quoted scalars are always strings.
// One set of rules, two adapters: the yaml package (positions, errors) and js-yaml (the fast path).
import { defineScalarTag, FAILSAFE_SCHEMA, NOT_RESOLVED, type Schema } from 'js-yaml';
import type { DocumentOptions, ParseOptions, ScalarTag, SchemaOptions } from 'yaml';

// Maps, not objects: a scalar such as `constructor` must not find Object.prototype.
const BOOLEANS = new Map<string, boolean>([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map((word) => [word, true] as const),
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map((word) => [word, false] as const),
]);

const SPECIAL_FLOATS = new Map<string, number>([
  ...['.nan', '.NaN', '.NAN'].map((word) => [word, Number.NaN] as const),
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((word) => [word, Number.POSITIVE_INFINITY] as const),
  ...['-.inf', '-.Inf', '-.INF'].map((word) => [word, Number.NEGATIVE_INFINITY] as const),
]);

/** go-yaml's yamlStyleFloat. */
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
/** What Go's strconv.ParseInt(s, 0, 64) accepts once underscores are gone: sign, base prefix, digits. */
const GO_INTEGER = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
/** go-yaml tries a timestamp before a number for these (YYYY-…); it becomes a differently formatted string. */
const TIMESTAMP_START = /^[0-9]{4}-/;

const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);

const nullTag: ScalarTag = {
  tag: 'tag:yaml.org,2002:null',
  default: true,
  test: /^(?:~|null|Null|NULL)?$/,
  resolve: () => null,
  identify: (value) => value === null,
};

const boolTag: ScalarTag = {
  tag: 'tag:yaml.org,2002:bool',
  default: true,
  test: /^(?:[yYnN]|[yY]es|YES|[nN]o|NO|[tT]rue|TRUE|[fF]alse|FALSE|[oO]n|ON|[oO]ff|OFF)$/,
  resolve: (source) => BOOLEANS.get(source),
  identify: (value) => typeof value === 'boolean',
};

const specialFloatTag: ScalarTag = {
  tag: 'tag:yaml.org,2002:float',
  default: true,
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
  resolve: (source) => SPECIAL_FLOATS.get(source),
};

/** What go-yaml makes of a plain scalar without a tag. */
function resolvePlain(source: string): unknown {
  if (NULLS.has(source)) return null;
  const word = BOOLEANS.get(source) ?? SPECIAL_FLOATS.get(source);
  if (word !== undefined) return word;
  return /^[-+.0-9]/.test(source) ? (resolveNumber(source) ?? source) : source;
}

/**
 * An explicit `!!bool`, `!!int`, `!!float` or `!!null`, quoted or not: go-yaml resolves the text as if plain and
 * fails unless the result has the tag's type (an integer passes as a float), so `runAsUser: !!float "0"` is 0.
 * The yaml package would leave "0" a string (its tags with a `test` only take text that passes the test).
 */
function explicitTag(name: 'bool' | 'int' | 'float' | 'null', fits: (value: unknown, source: string) => boolean): ScalarTag {
  return {
    tag: `tag:yaml.org,2002:${name}`,
    resolve: (source, onError) => {
      const value = resolvePlain(source);
      if (fits(value, source)) return value as boolean | number | null;
      onError(`cannot decode \`${source}\` as a !!${name} (go-yaml refuses it)`);
      return source;
    },
  };
}

const EXPLICIT_TAGS = [
  explicitTag('bool', (value) => typeof value === 'boolean'),
  explicitTag('int', (value, source) => typeof value === 'number' && isGoInteger(source)),
  explicitTag('float', (value) => typeof value === 'number'),
  explicitTag('null', (value) => value === null),
];

/**
 * `!!binary` (explicit only): go-yaml hands on the decoded bytes as a string, so `!!binary VW5jb25maW5lZA==` is
 * "Unconfined" for the cluster; line breaks in the base64 are ignored, as Go's StdEncoding does.
 */
const binaryTag: ScalarTag = {
  tag: 'tag:yaml.org,2002:binary',
  resolve: (source, onError) => {
    const base64 = source.replace(/[\r\n]/g, '');
    if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(base64)) {
      onError('!!binary value contains invalid base64 data');
      return source;
    }
    // Bytes that are no UTF-8 become U+FFFD, as encoding/json writes them.
    return new TextDecoder().decode(Buffer.from(base64, 'base64'));
  },
};

/** Starts like a number (digit, sign or dot) and resolves like one in go-yaml; anything else stays a string. */
const numberTag: ScalarTag = {
  tag: 'tag:yaml.org,2002:int',
  default: true,
  test: /^[-+.0-9][-+.0-9a-zA-Z_]*$/,
  resolve: (source) => resolveNumber(source) ?? source,
  identify: (value) => typeof value === 'number',
};

/** The number go-yaml makes of a plain scalar, or undefined when it stays a string. */
export function resolveNumber(source: string): number | undefined {
  if (source.startsWith('.')) return goParseFloat(source);
  if (TIMESTAMP_START.test(source)) return undefined;
  const plain = source.replaceAll('_', '');
  const integer = GO_INTEGER.exec(plain);
  if (integer) return goInteger(integer[1]!, integer[2]!);
  if (YAML_STYLE_FLOAT.test(plain)) return goParseFloat(plain);
  return undefined;
}

/** True when go-yaml resolves the plain scalar `source` to an integer (not a float, not a string). */
export function isGoInteger(source: string): boolean {
  return !TIMESTAMP_START.test(source) && GO_INTEGER.test(source.replaceAll('_', ''));
}

function goInteger(sign: string, digits: string): number {
  const lower = digits.toLowerCase();
  let magnitude: number;
  if (lower.startsWith('0x')) magnitude = Number.parseInt(lower.slice(2), 16);
  else if (lower.startsWith('0o')) magnitude = Number.parseInt(lower.slice(2), 8);
  else if (lower.startsWith('0b')) magnitude = Number.parseInt(lower.slice(2), 2);
  else if (lower.length > 1 && lower.startsWith('0')) magnitude = Number.parseInt(lower.slice(1), 8);
  else magnitude = Number.parseInt(lower, 10);
  return sign === '-' ? -magnitude : magnitude;
}

/** strconv.ParseFloat on what go-yaml hands it (decimal forms only reach here). */
function goParseFloat(text: string): number | undefined {
  if (!/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(text)) return undefined;
  return Number.parseFloat(text);
}

/** strconv.FormatFloat(key, 'g', -1, 32), with go-yaml's names for the infinities and NaN. */
export function goFloatKey(value: number): string {
  if (Number.isNaN(value)) return '.nan';
  if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
  const single = Math.fround(value);
  if (single === 0) return Object.is(single, -0) ? '-0' : '0';
  if (!Number.isFinite(single)) return single > 0 ? '+Inf' : '-Inf';
  // The shortest decimal that reads back as the same float32, as Go's shortest formatting picks.
  let digits = '';
  let exponent = 0;
  for (let precision = 1; precision <= 9; precision++) {
    const [mantissa, power] = Math.abs(single).toExponential(precision - 1).split('e') as [string, string];
    if (Math.fround(Number(`${mantissa}e${power}`)) === Math.abs(single)) {
      digits = mantissa.replace('.', '');
      exponent = Number(power);
      break;
    }
  }
  const sign = single < 0 ? '-' : '';
  // %e when the exponent is below -4 or at least 6 (strconv's eprec for the shortest precision), else %f.
  if (exponent < -4 || exponent >= 6) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${mantissa}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const whole = digits.padEnd(exponent + 1, '0');
  const fraction = digits.slice(exponent + 1);
  return `${sign}${whole.slice(0, exponent + 1)}${fraction ? `.${fraction}` : ''}`;
}

/** How a plain mapping key that is one of go-yaml's words reads once stringified (`on` → "true"), else undefined. */
export function wordKeyString(source: string): string | undefined {
  if (source !== '' && NULLS.has(source)) return 'null';
  const value = BOOLEANS.get(source) ?? SPECIAL_FLOATS.get(source);
  return value === undefined ? undefined : String(value);
}

/** The scalar tags, in the order go-yaml tries them. */
export const KUBERNETES_SCALARS: ScalarTag[] = [nullTag, boolTag, specialFloatTag, numberTag, ...EXPLICIT_TAGS, binaryTag];

/**
 * sigs.k8s.io/yaml (kubectl, Helm, Argo CD) resolves scalars with go-yaml v2's YAML 1.1 rules: `on`/`yes`/`y`
 * are true, `0644` is octal. Reading with 1.2 would let `privileged: on` slip past a policy. `<<` is read as an
 * ordinary key here and merged in go-yaml's order by decode.ts; duplicate keys are found there too.
 */
export const KUBERNETES_YAML: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  schema: 'failsafe',
  customTags: KUBERNETES_SCALARS,
  merge: false,
  uniqueKeys: false,
  prettyErrors: false,
  strict: false,
};

/**
 * The same rules for js-yaml: failsafe collections and strings and these scalars. No merge tag: js-yaml would merge
 * as the YAML spec says, not as go-yaml does, so parse.ts sends documents with `<<` to the yaml package.
 */
export const KUBERNETES_FAST_SCHEMA: Schema = FAILSAFE_SCHEMA.withTags(
  defineScalarTag('tag:yaml.org,2002:null', {
    implicit: true,
    resolve: (source) => (NULLS.has(source) ? null : NOT_RESOLVED),
    identify: (value) => value === null,
  }),
  defineScalarTag('tag:yaml.org,2002:bool', {
    implicit: true,
    resolve: (source) => BOOLEANS.get(source) ?? NOT_RESOLVED,
    identify: (value) => typeof value === 'boolean',
  }),
  defineScalarTag('tag:yaml.org,2002:float', {
    implicit: true,
    resolve: (source) => {
      const value = SPECIAL_FLOATS.get(source) ?? (/^[-+.0-9]/.test(source) ? resolveNumber(source) : undefined);
      if (value === undefined) return NOT_RESOLVED;
      // js-yaml names a number key String(value); sigs.k8s.io/yaml names a float key with Go's %g of a float32.
      // Where the two differ, fail this fast parse so the yaml package path (decode.ts) reads the document.
      if (!isGoInteger(source) && String(value) !== goFloatKey(value)) throw new Error('float spelled differently by Go');
      return value;
    },
    identify: (value) => typeof value === 'number',
  }),
);
