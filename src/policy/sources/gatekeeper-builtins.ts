// The builtins a Gatekeeper template compiled to wasm may call: what opa-wasm runs, plus the few we add for it.
import { goSprintf } from './gatekeeper-sprintf.js';
import { WASM_BUILTINS } from './wasm-builtins.js';

export { WASM_BUILTINS } from './wasm-builtins.js';

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
