// Builtins a policy compiled to wasm may call under @open-policy-agent/opa-wasm 1.10.0 (its capabilities.json):
// the package does not export that file, and the action runs bundled, without node_modules. A test keeps them in step.
export const WASM_BUILTINS: readonly string[] = [
  'abs', 'all', 'and', 'any', 'array.concat', 'array.slice', 'assign', 'base64.decode', 'base64.encode',
  'base64.is_valid', 'base64url.decode', 'base64url.encode', 'bits.and', 'bits.lsh', 'bits.negate', 'bits.or',
  'bits.rsh', 'bits.xor', 'ceil', 'concat', 'contains', 'count', 'div', 'endswith', 'eq', 'equal', 'floor',
  'format_int', 'glob.match', 'graph.reachable', 'gt', 'gte', 'indexof', 'internal.member_2', 'internal.member_3',
  'intersection', 'is_array', 'is_boolean', 'is_null', 'is_number', 'is_object', 'is_set', 'is_string', 'json.filter',
  'json.is_valid', 'json.marshal', 'json.remove', 'json.unmarshal', 'lower', 'lt', 'lte', 'max', 'min', 'minus', 'mul',
  'neq', 'net.cidr_contains', 'net.cidr_intersects', 'numbers.range', 'object.filter', 'object.get', 'object.remove',
  'object.union', 'or', 'plus', 'product', 'rand.intn', 're_match', 'regex.find_all_string_submatch_n',
  'regex.is_valid', 'regex.match', 'rem', 'replace', 'round', 'set_diff', 'sort', 'split', 'sprintf', 'startswith',
  'strings.replace_n', 'substring', 'sum', 'time.diff', 'to_number', 'trim', 'trim_left', 'trim_prefix', 'trim_right',
  'trim_space', 'trim_suffix', 'type_name', 'union', 'upper', 'walk', 'yaml.is_valid', 'yaml.marshal',
  'yaml.unmarshal',
];
