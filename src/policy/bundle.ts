// Loads the compiled policy bundle (policy.wasm + rules.json) that the build puts in dist/policy.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Severity } from '../model.js';

export type Profile = 'baseline' | 'restricted' | 'hardened';

/** A rule as its METADATA describes it (written by scripts/build-policies.mjs). */
export interface RuleInfo {
  id: string;
  /** The rule's package under data.kpg.rules (the id with underscores). */
  package: string;
  title: string;
  description: string;
  severity: Severity;
  profiles: Profile[];
  /** Off unless a user enables it. */
  optional: boolean;
  remediation: string;
  references: string[];
  file: string;
}

export interface PolicyBundle {
  wasm: ArrayBuffer;
  rules: RuleInfo[];
}

/** The compiled bundle in dist/policy, wherever this module was bundled to or run from. */
export function defaultBundleDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // dist/index.js, dist/chunks/*.js, and src/policy/bundle.ts under vitest.
  const candidates = [join(here, 'policy'), join(here, '..', 'policy'), join(here, '..', '..', 'dist', 'policy')];
  return candidates.find((candidate) => existsSync(join(candidate, 'policy.wasm'))) ?? candidates[0]!;
}

export async function loadBundle(directory: string = defaultBundleDir()): Promise<PolicyBundle> {
  const wasm = await readFile(join(directory, 'policy.wasm'));
  const rules = JSON.parse(await readFile(join(directory, 'rules.json'), 'utf8')) as RuleInfo[];
  // opa-wasm wants an ArrayBuffer, never a Node Buffer (which may share a larger pool).
  return { wasm: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer, rules };
}
