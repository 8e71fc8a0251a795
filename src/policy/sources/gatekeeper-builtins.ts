// The builtins a Gatekeeper template compiled to wasm may call: what opa-wasm runs, plus the few we add for it.
import { goSprintf } from './gatekeeper-sprintf.js';

/**
 * Builtins @open-policy-agent/opa-wasm 1.10.0 implements (natively in OPA's wasm or in the SDK), copied from its
 * capabilities.json: the package's exports do not reach that file once bundled. A test keeps the two in step.
 */
export const WASM_BUILTINS: readonly string[] = [
  'abs', 'all', 'and', 'any', 'array.concat', 'array.slice', 'assign', 'base64.decode', 'base64.encode',
  'base64.is_valid', 'base64url.decode', 'base64url.encode', 'bits.and', 'bits.lsh', 'bits.negate', 'bits.or',
  'bits.rsh', 'bits.xor', 'ceil', 'concat', 'contains', 'count', 'div', 'endswith', 'eq', 'equal', 'floor',
  'format_int', 'glob.match', 'graph.reachable', 'gt', 'gte', 'indexof', 'internal.member_2', 'internal.member_3',
  'intersection', 'is_array', 'is_boolean', 'is_null', 'is_number', 'is_object', 'is_set', 'is_string',
  'json.filter', 'json.is_valid', 'json.marshal', 'json.remove', 'json.unmarshal', 'lower', 'lt', 'lte', 'max',
  'min', 'minus', 'mul', 'neq', 'net.cidr_contains', 'net.cidr_intersects', 'numbers.range', 'object.filter',
  'object.get', 'object.remove', 'object.union', 'or', 'plus', 'product', 'rand.intn', 're_match',
  'regex.find_all_string_submatch_n', 'regex.is_valid', 'regex.match', 'rem', 'replace', 'round', 'set_diff', 'sort',
  'split', 'sprintf', 'startswith', 'strings.replace_n', 'substring', 'sum', 'time.diff', 'to_number', 'trim',
  'trim_left', 'trim_prefix', 'trim_right', 'trim_space', 'trim_suffix', 'type_name', 'union', 'upper', 'walk',
  'yaml.is_valid', 'yaml.marshal', 'yaml.unmarshal',
];

/** Our sprintf with Go's formatting; declared like `sprintf` in the capabilities the templates compile against. */
export const GO_SPRINTF = 'kpg.sprintf';

/**
 * Builtins OPA has and opa-wasm lacks, that gatekeeper-library's templates call (k8sallowedrepos,
 * k8sdisallowedtags), and our sprintf. opa-wasm hands sets over as arrays, which these accept as OPA does.
 */
export const GATEKEEPER_BUILTINS: Record<string, (...args: unknown[]) => unknown> = {
  'strings.any_prefix_match': (search, base) => anyMatch(search, base, (text, prefix) => text.startsWith(prefix)),
  'strings.any_suffix_match': (search, base) => anyMatch(search, base, (text, suffix) => text.endsWith(suffix)),
  [GO_SPRINTF]: goSprintf,
};

function anyMatch(search: unknown, base: unknown, test: (text: string, part: string) => boolean): boolean {
  const texts = strings(search, 1);
  const parts = strings(base, 2);
  return texts.some((text) => parts.some((part) => test(text, part)));
}

function strings(operand: unknown, position: number): string[] {
  const values = Array.isArray(operand) ? operand : [operand];
  if (!values.every((value) => typeof value === 'string')) throw new Error(`operand ${position} must be a string, or an array or set of strings`);
  return values;
}
