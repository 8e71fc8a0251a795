// A user's compiled policy: an OPA bundle (.tar.gz from `opa build -t wasm`) or a bare .wasm, read and instantiated.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { Parser, type ReadEntry } from 'tar';
import { ConfigError, errorMessage } from '../../errors.js';
import { formatBytes } from '../../render/exec.js';
import { loadGuardedPolicy, PolicyStopped, type PolicyBudget } from '../guard.js';

/** What every compiled policy comes down to, whichever way it arrived. */
export interface CompiledPolicy {
  /** The user's name for it (a path as written in policy-bundles). */
  origin: string;
  wasm: ArrayBuffer;
  /** The bundle's own data.json; the run's data is merged over it. */
  data: Record<string, unknown>;
  /** What the Rego's METADATA and files tell about its rules, by dotted path (`main.deny`); compiled here only. */
  notes?: Record<string, RuleNotes>;
}

export interface RuleNotes {
  /** The Rego file (repository path) that defines the rule. */
  file?: string;
  /** METADATA custom.id, for rules in our style. */
  id?: string;
  title?: string;
  description?: string;
  /** METADATA custom.severity, for rules in our style (conftest's severity follows the rule name). */
  severity?: string;
  remediation?: string;
  references?: string[];
}

/** One instance of a wasm policy, on a guarded thread (guard.ts); opa-wasm's thrown strings come out as Errors. */
export interface WasmPolicy {
  entrypoints: string[];
  /** Why the policy was stopped while loading (its budget ran out): it evaluates nothing. */
  stopped?: string;
  setData(data: Record<string, unknown>): void;
  /** The entrypoint's value, or undefined when it is undefined for this input. */
  evaluate(input: object | ArrayBuffer, entrypoint: string): unknown;
}

/** Beyond this an archive member is not a policy but an accident (or an attack); policy.wasm files are a few MiB. */
const MAX_MEMBER_BYTES = 256 * 1024 * 1024;
/**
 * An archive's members together, as their headers declare them, and how many: read no further past either. Without
 * a total, a 1 MB archive of .wasm members each under the member limit held 2.1 GB in memory at once. The .manifest
 * that names the module comes last, so every .wasm member is kept until then: this bounds what is kept too.
 */
export const MAX_ARCHIVE_BYTES = 128 * 1024 * 1024;
export const MAX_ARCHIVE_ENTRIES = 10_000;
const WASM_MAGIC = Buffer.from([0x00, 0x61, 0x73, 0x6d]);

/** A bundle past a size budget: its policies are not evaluated, and every object is reported as not judged by them. */
export class BundleTooLarge extends PolicyStopped {
  override name = 'BundleTooLarge';
}

export interface ArchiveLimits {
  maxBytes?: number;
  maxEntries?: number;
}

/** Reads `/policy.wasm` (or the module .manifest names), `/data.json` and `/.manifest` from a bundle archive. */
export async function readBundleArchive(path: string, origin: string, limits: ArchiveLimits = {}): Promise<CompiledPolicy> {
  const members = new Map<string, Buffer>();
  const wanted = new Set(['policy.wasm', 'data.json', '.manifest']);
  const oversized: string[] = [];
  try {
    await readArchive(path, origin, limits, (entry) => collect(entry, wanted, members, oversized));
  } catch (error) {
    if (error instanceof BundleTooLarge) throw error;
    throw new ConfigError(`Policy bundle '${origin}' could not be read as a .tar.gz archive (${errorMessage(error)}). Expected an OPA bundle built with \`opa build -t wasm\`.`);
  }
  if (oversized.length) throw new ConfigError(`Policy bundle '${origin}' holds ${oversized.join(', ')}, more than any policy should be.`);
  const wasm = members.get(manifestModule(members.get('.manifest'), origin) ?? 'policy.wasm');
  if (!wasm) {
    throw new ConfigError(`Policy bundle '${origin}' holds no policy.wasm. Expected an OPA bundle built with \`opa build -t wasm -e <entrypoint>\` (without -t wasm it holds only Rego).`);
  }
  return { origin, wasm: checkedWasm(wasm, origin), data: bundleData(members.get('data.json'), origin) };
}

/**
 * Every entry of the archive through `onEntry`, stopping at the first header that takes the entries past the
 * budgets: the headers declare the sizes, so nothing past them is decompressed. tar's own ratio check (1000:1)
 * still applies to what is.
 */
function readArchive(path: string, origin: string, limits: ArchiveLimits, onEntry: (entry: ReadEntry) => void): Promise<void> {
  const maxBytes = limits.maxBytes ?? MAX_ARCHIVE_BYTES;
  const maxEntries = limits.maxEntries ?? MAX_ARCHIVE_ENTRIES;
  let bytes = 0;
  let entries = 0;
  return new Promise((resolve, reject) => {
    const file = createReadStream(path);
    const stop = (error: Error) => {
      file.destroy();
      reject(error);
    };
    const parser = new Parser({
      strict: true,
      onReadEntry: (entry) => {
        bytes += entry.size;
        entries += 1;
        const over =
          entries > maxEntries ? `more than ${maxEntries.toLocaleString('en-US')} entries` : bytes > maxBytes ? `more than ${formatBytes(maxBytes)} once uncompressed (${formatBytes(bytes)} declared so far)` : undefined;
        if (over) {
          const error = new BundleTooLarge(`policy bundle '${origin}' holds ${over}, past what a policy bundle may; it was not read, and this object was not judged by it`);
          parser.abort(error);
          stop(error);
          return;
        }
        onEntry(entry);
        entry.resume();
      },
    });
    parser.on('error', stop);
    parser.on('abort', stop);
    parser.on('end', () => resolve());
    file.on('error', stop);
    file.pipe(parser);
  });
}

/** A bare .wasm module: no data of its own. */
export async function readWasmFile(path: string, origin: string): Promise<CompiledPolicy> {
  const size = (await stat(path)).size;
  if (size > MAX_MEMBER_BYTES) throw new ConfigError(`Policy bundle '${origin}' is ${size} bytes, more than any policy module should be.`);
  return { origin, wasm: checkedWasm(await readFile(path), origin), data: {} };
}

function collect(entry: ReadEntry, wanted: ReadonlySet<string>, members: Map<string, Buffer>, oversized: string[]): void {
  const name = entry.path.replace(/^(\.?\/)+/, '');
  if (!wanted.has(name) && !name.endsWith('.wasm')) return;
  if (entry.size > MAX_MEMBER_BYTES) {
    oversized.push(`${name} (${entry.size} bytes)`);
    return;
  }
  const chunks: Buffer[] = [];
  entry.on('data', (chunk: Buffer) => chunks.push(chunk));
  entry.on('end', () => members.set(name, Buffer.concat(chunks)));
}

/** The module .manifest lists (opa build writes one, /policy.wasm, for all entrypoints). */
function manifestModule(manifest: Buffer | undefined, origin: string): string | undefined {
  if (!manifest) return undefined;
  const parsed = parseJson(manifest, `${origin}: .manifest`) as { wasm?: { module?: unknown }[] } | undefined;
  const module = parsed?.wasm?.[0]?.module;
  return typeof module === 'string' ? module.replace(/^\/+/, '') : undefined;
}

function bundleData(bytes: Buffer | undefined, origin: string): Record<string, unknown> {
  if (!bytes) return {};
  const data = parseJson(bytes, `${origin}: data.json`);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new ConfigError(`Policy bundle '${origin}': data.json is not a JSON object.`);
  return data as Record<string, unknown>;
}

function parseJson(bytes: Buffer, what: string): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new ConfigError(`Policy bundle ${what} is not valid JSON (${errorMessage(error)}).`);
  }
}

/** opa-wasm wants an ArrayBuffer of its own, never a Node Buffer (which may share a larger pool). */
function checkedWasm(bytes: Buffer, origin: string): ArrayBuffer {
  if (!bytes.subarray(0, 4).equals(WASM_MAGIC)) {
    throw new ConfigError(`Policy bundle '${origin}' is not a WebAssembly module (no \\0asm header). Expected a .wasm compiled by \`opa build -t wasm\`.`);
  }
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** The policy on a guarded thread within `budget`; a module opa-wasm cannot load is the user's mistake. */
export async function instantiate(policy: CompiledPolicy, budget: PolicyBudget): Promise<WasmPolicy> {
  let guarded: ReturnType<typeof loadGuardedPolicy>;
  try {
    guarded = loadGuardedPolicy(policy.wasm, { budget, label: `policy bundle '${policy.origin}'` });
  } catch (error) {
    throw new ConfigError(`Policy bundle '${policy.origin}' could not be loaded (${errorMessage(error)}). Expected a module compiled by \`opa build -t wasm\`.`);
  }
  return {
    entrypoints: [...guarded.entrypoints].sort(),
    ...(guarded.stopped && { stopped: guarded.stopped }),
    setData(data) {
      try {
        guarded.setData(data);
      } catch (error) {
        if (error instanceof PolicyStopped) throw error;
        throw new Error(`set data of policy bundle '${policy.origin}': ${errorMessage(error)}`, { cause: error });
      }
    },
    evaluate: (input, entrypoint) => guarded.evaluate(input, entrypoint),
  };
}

/**
 * The run's data over a bundle's own: objects merge key by key, anything else from the run wins, as OPA merges
 * data documents (where it would refuse a conflict, the run's value is the one the user passed last).
 */
