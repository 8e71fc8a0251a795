// Loads the compiled policy bundle (policy.wasm + rules.json) that the build puts in dist/policy.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorMessage } from '../errors.js';
import { SEVERITIES, type Severity } from '../model.js';

export type Profile = 'baseline' | 'restricted' | 'hardened';
const PROFILES: readonly unknown[] = ['baseline', 'restricted', 'hardened'] satisfies Profile[];

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
  /** A rule from the user's own policies: reported in every profile (adding the bundle asked for it). */
  custom?: boolean;
  /**
   * What `rules.<id>.parameters` (data.kpg.parameters.<package>) may set, from METADATA and default_parameters;
   * `type` and `items` as in JSON Schema. Absent in rules.json built before parameters existed and for custom rules.
   */
  parameters?: RuleParameter[];
  /** METADATA custom.minKubeVersion ("1.31"): for an older target kube-version the rule is not run (see versions.ts). */
  minKubeVersion?: string;
  /** Why the rule needs minKubeVersion, for the summary's list of skipped rules. */
  minKubeVersionReason?: string;
  /** METADATA custom.minPssVersion ("v1.22"): the first Pod Security policy version with the rule's check (docs only). */
  minPssVersion?: string;
}

/** A rule parameter (scripts/build-policies.mjs): a boolean, number or string, or a list of one of those. */
export interface RuleParameter {
  name: string;
  description: string;
  type: 'boolean' | 'number' | 'string' | 'array';
  /** The type of a list's items. */
  items?: { type: 'boolean' | 'number' | 'string' };
  default: unknown;
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
  const wasm = await readWasm(join(directory, 'policy.wasm'));
  const rules = parseRules(join(directory, 'rules.json'), await readBundleFile(join(directory, 'rules.json')));
  // opa-wasm wants an ArrayBuffer, never a Node Buffer (which may share a larger pool).
  return { wasm: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer, rules };
}

const REBUILD = 'Expected the policy bundle that `npm run build` writes to dist/policy; reinstall or rebuild the action.';

async function readBundleFile(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new Error(`Policy bundle file '${path}' could not be read (${errorMessage(error)}). ${REBUILD}`, { cause: error });
  }
}

/** Every WebAssembly module starts with these four bytes; opa-wasm's own error for anything else is opaque. */
const WASM_MAGIC = Buffer.from([0x00, 0x61, 0x73, 0x6d]);

async function readWasm(path: string): Promise<Buffer> {
  const wasm = await readBundleFile(path);
  if (!wasm.subarray(0, 4).equals(WASM_MAGIC)) {
    throw new Error(`Policy bundle file '${path}' is not a WebAssembly module (${wasm.length} bytes, no \\0asm header). ${REBUILD}`);
  }
  return wasm;
}

/**
 * rules.json checked just enough that a corrupt file names itself here instead of failing later
 * somewhere unrelated; by hand, since a schema library would be more code than these few checks.
 */
export function parseRules(path: string, bytes: Buffer | string): RuleInfo[] {
  let rules: unknown;
  try {
    rules = JSON.parse(bytes.toString());
  } catch (error) {
    throw new Error(`Policy bundle file '${path}' is not valid JSON (${errorMessage(error)}). ${REBUILD}`, { cause: error });
  }
  if (!Array.isArray(rules)) throw new Error(`Policy bundle file '${path}' does not hold a list of rules. ${REBUILD}`);
  rules.forEach((rule: unknown, index) => {
    const problem = ruleProblem(rule);
    if (problem) throw new Error(`Policy bundle file '${path}': rule ${index + 1} ${problem}. ${REBUILD}`);
  });
  return rules as RuleInfo[];
}

function ruleProblem(rule: unknown): string | undefined {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) return 'is not an object';
  const fields = rule as Record<string, unknown>;
  for (const field of ['id', 'package', 'title'] as const) {
    if (typeof fields[field] !== 'string' || fields[field] === '') return `has no ${field}`;
  }
  if (!(SEVERITIES as readonly unknown[]).includes(fields.severity)) return `('${String(fields.id)}') has severity ${JSON.stringify(fields.severity)}, expected one of ${SEVERITIES.join(', ')}`;
  if (!Array.isArray(fields.profiles) || !fields.profiles.every((profile) => PROFILES.includes(profile))) {
    return `('${String(fields.id)}') has profiles ${JSON.stringify(fields.profiles)}, expected a list of ${PROFILES.join(', ')}`;
  }
  return undefined;
}
