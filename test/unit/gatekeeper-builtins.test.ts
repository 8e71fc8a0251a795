// The builtins Gatekeeper templates get, and the sprintf rerouting that makes their messages read as in Gatekeeper.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { GATEKEEPER_BUILTINS, WASM_BUILTINS } from '../../src/policy/sources/gatekeeper-builtins.js';
import { routeSprintf } from '../../src/policy/sources/gatekeeper-compile.js';
import { goSprintf } from '../../src/policy/sources/gatekeeper-sprintf.js';
import { ROOT } from '../helpers.js';

test('WASM_BUILTINS is opa-wasm’s capabilities.json (update both when opa-wasm is bumped)', () => {
  const capabilities = JSON.parse(readFileSync(join(ROOT, 'node_modules/@open-policy-agent/opa-wasm/capabilities.json'), 'utf8'));
  expect([...WASM_BUILTINS]).toEqual(capabilities.builtins.map((builtin: { name: string }) => builtin.name));
  expect(WASM_BUILTINS).not.toContain('strings.any_prefix_match');
});

test('strings.any_prefix_match and any_suffix_match take strings, arrays and sets (as arrays)', () => {
  const prefix = GATEKEEPER_BUILTINS['strings.any_prefix_match']!;
  expect(prefix('nginx', ['openpolicyagent/', 'ngi'])).toBe(true);
  expect(prefix(['a/x', 'b/y'], 'c/')).toBe(false);
  expect(GATEKEEPER_BUILTINS['strings.any_suffix_match']!('img:latest', [':latest'])).toBe(true);
  expect(() => prefix(1, 'a')).toThrow(/operand 1 must be a string/);
});

test('routeSprintf reroutes calls, not strings, comments, raw strings or other names', () => {
  const rego = [
    'msg := sprintf("%v", [x]) # sprintf(comment)',
    'other := "sprintf(in a string) \\" sprintf("',
    'raw := `sprintf(raw)`',
    'y := my_sprintf(1); z := lib.sprintf(2); w := sprintf (a, b)',
  ].join('\n');
  expect(routeSprintf(rego)).toBe(
    [
      'msg := data.kpg_gatekeeper.format("%v", [x]) # sprintf(comment)',
      'other := "sprintf(in a string) \\" sprintf("',
      'raw := `sprintf(raw)`',
      'y := my_sprintf(1); z := lib.sprintf(2); w := data.kpg_gatekeeper.format (a, b)',
    ].join('\n'),
  );
});

test('goSprintf refuses what OPA refuses', () => {
  expect(() => goSprintf(1, [])).toThrow(/operand 1 must be string/);
  expect(() => goSprintf('%v', 'x')).toThrow(/operand 2 must be array/);
});
