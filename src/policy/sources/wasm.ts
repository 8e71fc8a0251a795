// A user's compiled policy: an OPA bundle (.tar.gz from `opa build -t wasm`) or a bare .wasm, read and instantiated.
import { readFile, stat } from 'node:fs/promises';
import { loadPolicy } from '@open-policy-agent/opa-wasm';
import { list, type ReadEntry } from 'tar';
import { ConfigError, errorMessage } from '../../errors.js';

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

/** One instance of a wasm policy; opa-wasm's thrown strings come out as Errors. */
export interface WasmPolicy {
  entrypoints: string[];
  setData(data: Record<string, unknown>): void;
  /** The entrypoint's value, or undefined when it is undefined for this input. */
  evaluate(input: object | ArrayBuffer, entrypoint: string): unknown;
}

/** Beyond this an archive member is not a policy but an accident (or an attack); policy.wasm files are a few MiB. */
const MAX_MEMBER_BYTES = 256 * 1024 * 1024;
const WASM_MAGIC = Buffer.from([0x00, 0x61, 0x73, 0x6d]);

/** Reads `/policy.wasm` (or the module .manifest names), `/data.json` and `/.manifest` from a bundle archive. */
export async function readBundleArchive(path: string, origin: string): Promise<CompiledPolicy> {
  const members = new Map<string, Buffer>();
  const wanted = new Set(['policy.wasm', 'data.json', '.manifest']);
  const oversized: string[] = [];
  try {
    await list({ file: path, strict: true, onReadEntry: (entry) => collect(entry, wanted, members, oversized) });
  } catch (error) {
    throw new ConfigError(`Policy bundle '${origin}' could not be read as a .tar.gz archive (${errorMessage(error)}). Expected an OPA bundle built with \`opa build -t wasm\`.`);
  }
  if (oversized.length) throw new ConfigError(`Policy bundle '${origin}' holds ${oversized.join(', ')}, more than any policy should be.`);
  const wasm = members.get(manifestModule(members.get('.manifest'), origin) ?? 'policy.wasm');
  if (!wasm) {
    throw new ConfigError(`Policy bundle '${origin}' holds no policy.wasm. Expected an OPA bundle built with \`opa build -t wasm -e <entrypoint>\` (without -t wasm it holds only Rego).`);
  }
  return { origin, wasm: checkedWasm(wasm, origin), data: bundleData(members.get('data.json'), origin) };
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

export async function instantiate(policy: CompiledPolicy): Promise<WasmPolicy> {
  let instance: Awaited<ReturnType<typeof loadPolicy>>;
  try {
    instance = await loadPolicy(policy.wasm);
  } catch (error) {
    throw new ConfigError(`Policy bundle '${policy.origin}' could not be loaded (${errorMessage(error)}). Expected a module compiled by \`opa build -t wasm\`.`);
  }
  return {
    entrypoints: Object.keys(instance.entrypoints).sort(),
    setData(data) {
      try {
        instance.setData(data);
      } catch (error) {
        throw new Error(`set data of policy bundle '${policy.origin}': ${errorMessage(error)}`, { cause: error });
      }
    },
    evaluate(input, entrypoint) {
      let result: { result?: unknown }[];
      try {
        result = instance.evaluate(input, entrypoint) as { result?: unknown }[];
      } catch (error) {
        throw new Error(errorMessage(error), { cause: error });
      }
      return result[0]?.result;
    },
  };
}

/**
 * The run's data over a bundle's own: objects merge key by key, anything else from the run wins, as OPA merges
 * data documents (where it would refuse a conflict, the run's value is the one the user passed last).
 */
