// Turns the yaml package's syntax tree into the JSON that sigs.k8s.io/yaml (go-yaml v2) hands the API server.
import { isAlias, isCollection, isMap, isScalar, isSeq, visit, type Alias, type Document, type Node, type Scalar, type YAMLMap } from 'yaml';
import { goFloatKey, isGoInteger } from './scalars.js';

/** A document go-yaml or sigs.k8s.io/yaml refuses, with where. */
export class DecodeError extends Error {
  /** Character offset in the parsed text. */
  readonly offset: number;

  // No parameter property: evaluation threads run the sources with types stripped under vitest.
  constructor(message: string, offset: number) {
    super(message);
    this.offset = offset;
  }
}

/** go-yaml refuses documents whose aliases expand past a ratio; we refuse past a fixed number of decoded nodes. */
const MAX_ALIASED_NODES = 100_000;

interface Context {
  doc: Document.Parsed;
  /**
   * Maps holding a key sigs.k8s.io/yaml cannot convert (null) or two Go keys with one JSON name. Go only fails on
   * them when it converts the final tree, so a map that a later entry or merge replaced does no harm: checked last.
   */
  unconvertible: WeakMap<object, DecodeError>;
  /** Anchored nodes being decoded through an alias: one met again contains itself (go-yaml fails there too). */
  active: Set<Node>;
  aliased: number;
  /** Each alias's anchored node, found in one pass when the first alias is met (see anchorTargets). */
  targets?: Map<Alias, Node | undefined>;
}

/** A Go map[interface{}]interface{} on its way to JSON: the JSON key of each entry and the Go key it came from. */
interface GoMap {
  object: Record<string, unknown>;
  goKeys: Map<string, string>;
}

/**
 * Why not `doc.toJS()`: the yaml package merges `<<` as the YAML spec says (explicit keys win), go-yaml v2 as its
 * decode.go does: d.mapping writes every entry into the one output map in document order, and d.merge writes the
 * merged mapping into that same map, so `privileged: false` then `<<: {privileged: true}` is true for the cluster.
 * A sequence of maps is merged from its last item to its first (earlier items win among themselves); a merged map
 * applies its own `<<` the same way; a second `<<` simply writes again. Checked against `kubectl label --local`.
 *
 * Returns the JSON value of the document's contents; throws a DecodeError where go-yaml or sigs.k8s.io/yaml fail.
 */
export function decodeDocument(doc: Document.Parsed): unknown {
  const context: Context = { doc, active: new Set(), aliased: 0, unconvertible: new WeakMap() };
  const value = decode(doc.contents, context, 0);
  throwUnconvertible(value, context.unconvertible);
  return value;
}

/** The first map left in the final tree that sigs.k8s.io/yaml could not turn into JSON, as its error. */
function throwUnconvertible(root: unknown, unconvertible: WeakMap<object, DecodeError>): void {
  const stack = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    const error = unconvertible.get(value);
    if (error) throw error;
    for (const child of Object.values(value)) stack.push(child);
  }
}

function decode(node: unknown, context: Context, aliasDepth: number): unknown {
  if (aliasDepth > 0 && ++context.aliased > MAX_ALIASED_NODES) {
    throw new DecodeError('aliases expand this document past 100000 values (a YAML alias bomb); Kubernetes clients refuse it too', offsetOf(node));
  }
  if (node === null || node === undefined) return null;
  if (isAlias(node)) return throughAlias(node, context, aliasDepth, (target) => decode(target, context, aliasDepth + 1));
  if (isScalar(node)) return node.value ?? null;
  if (isSeq(node)) return node.items.map((item) => decode(item, context, aliasDepth));
  if (isMap(node)) {
    const out: GoMap = { object: {}, goKeys: new Map() };
    decodeMapping(node, out, context, aliasDepth);
    return out.object;
  }
  throw new DecodeError('unsupported YAML node', offsetOf(node));
}

/** go-yaml's d.mapping: every entry in document order into `out`; a duplicate key in one mapping is refused. */
function decodeMapping(map: YAMLMap, out: GoMap, context: Context, aliasDepth: number): void {
  const seen = new Set<string>();
  for (const pair of map.items) {
    if (isMergeKey(pair.key)) {
      merge(pair.value, out, context, aliasDepth, offsetOf(pair.key));
      continue;
    }
    const key = goKey(pair.key, context, aliasDepth);
    if (key === NULL_KEY) {
      markUnconvertible(out, context, new DecodeError('a mapping key is empty or null, which Kubernetes clients refuse', offsetOf(pair.key)));
      decode(pair.value, context, aliasDepth);
      continue;
    }
    if (seen.has(key.go)) {
      throw new DecodeError(`duplicate key \`${key.json}\` (Kubernetes clients keep one of them in an undefined order)`, offsetOf(pair.key));
    }
    seen.add(key.go);
    set(out, key, decode(pair.value, context, aliasDepth), context, offsetOf(pair.key));
  }
}

/** go-yaml's d.merge: a map, an alias of a map, or a sequence of those merged last to first. */
function merge(value: unknown, out: GoMap, context: Context, aliasDepth: number, at: number): void {
  const mergeOne = (node: unknown): void => {
    if (isMap(node)) return decodeMapping(node, out, context, aliasDepth);
    if (isAlias(node)) {
      return throughAlias(node, context, aliasDepth, (target) => {
        if (!isMap(target)) throw wantMap(at);
        decodeMapping(target, out, context, aliasDepth + 1);
      });
    }
    throw wantMap(at);
  };
  if (isSeq(value)) {
    for (let i = value.items.length - 1; i >= 0; i--) mergeOne(value.items[i]);
  } else {
    mergeOne(value);
  }
}

function wantMap(at: number): DecodeError {
  return new DecodeError('map merge requires map or sequence of maps as the value (go-yaml refuses this `<<`)', at);
}

function throughAlias<T>(alias: Node, context: Context, aliasDepth: number, use: (target: unknown) => T): T {
  context.targets ??= anchorTargets(context.doc);
  const target = isAlias(alias) ? context.targets.get(alias) : undefined;
  if (!target) throw new DecodeError(`unknown anchor '${isAlias(alias) ? alias.source : ''}' referenced`, offsetOf(alias));
  if (context.active.has(target)) throw new DecodeError(`anchor '${isAlias(alias) ? alias.source : ''}' value contains itself`, offsetOf(alias));
  context.active.add(target);
  try {
    return use(target);
  } finally {
    context.active.delete(target);
  }
}

/**
 * The node each alias names: the last node anchored with its name before it, in document order, as the yaml
 * package's Alias.resolve finds it. Not that method itself: it walks the whole document for every alias, so 10,000
 * aliases took 65 s; one walk here serves them all.
 */
function anchorTargets(doc: Document.Parsed): Map<Alias, Node | undefined> {
  const targets = new Map<Alias, Node | undefined>();
  const latest = new Map<string, Node>();
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) targets.set(node, latest.get(node.source));
      else if ((isScalar(node) || isCollection(node)) && node.anchor) latest.set(node.anchor, node);
    },
  });
  return targets;
}

/**
 * go-yaml's isMerge: a plain `<<` (or one tagged `!!merge`, or with the non-specific `!`); a quoted "<<" is an
 * ordinary key.
 */
export function isMergeKey(key: unknown): boolean {
  if (!isScalar(key) || key.value !== '<<') return false;
  if (key.tag === 'tag:yaml.org,2002:merge') return true;
  return key.type === 'PLAIN' && (key.tag === undefined || key.tag === '!');
}

interface Key {
  /** The JSON key sigs.k8s.io/yaml writes. */
  json: string;
  /** The Go map key (type and value): `on` and "true" are different Go keys that become the same JSON key. */
  go: string;
}

const NULL_KEY = Symbol('null key');

/** sigs.k8s.io/yaml's convertToJSONableObject: string, integer, float and bool keys become strings; null fails there. */
function goKey(node: unknown, context: Context, aliasDepth: number): Key | typeof NULL_KEY {
  const scalar = isAlias(node) ? throughAlias(node, context, aliasDepth, (target) => target) : node;
  if (!isScalar(scalar)) throw new DecodeError('a mapping key is a list or a mapping, which Kubernetes clients refuse', offsetOf(node));
  const value = scalar.value;
  if (typeof value === 'string') return { json: value, go: `s:${value}` };
  if (typeof value === 'boolean') return { json: String(value), go: `b:${value}` };
  if (typeof value === 'number') {
    const integer = isIntegerScalar(scalar);
    const json = integer ? String(value) : goFloatKey(value);
    return { json, go: `${integer ? 'i' : 'f'}:${json}` };
  }
  return NULL_KEY;
}

function markUnconvertible(out: GoMap, context: Context, error: DecodeError): void {
  if (!context.unconvertible.has(out.object)) context.unconvertible.set(out.object, error);
}

function isIntegerScalar(scalar: Scalar): boolean {
  const source = (scalar as Scalar & { source?: string }).source;
  return typeof source === 'string' && isGoInteger(source);
}

/**
 * Writes one entry. Different Go keys that become one JSON key (`on` and "true", `1` and "1") are both in go-yaml's
 * map, and sigs.k8s.io/yaml keeps whichever Go's random map order visits last: refused, never guessed.
 */
function set(out: GoMap, key: Key, value: unknown, context: Context, at: number): void {
  const previous = out.goKeys.get(key.json);
  if (previous !== undefined && previous !== key.go) {
    markUnconvertible(out, context, new DecodeError(`two keys both read as \`${key.json}\` (Kubernetes clients keep one of them in an undefined order)`, at));
  }
  out.goKeys.set(key.json, key.go);
  // defineProperty: a `__proto__` key is data, not the object's prototype.
  Object.defineProperty(out.object, key.json, { value, enumerable: true, writable: true, configurable: true });
}

function offsetOf(node: unknown): number {
  return (node as Node | null)?.range?.[0] ?? 0;
}
