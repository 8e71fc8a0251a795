// Compiles a ConstraintTemplate's Rego to wasm with `opa build`, once per content, cached under the cache directory.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ConfigError } from '../../errors.js';
import { execTool } from '../../render/exec.js';
import { GATEKEEPER_BUILTINS, GO_SPRINTF, WASM_BUILTINS } from './gatekeeper-builtins.js';
import { SET_MARK } from './gatekeeper-sprintf.js';
import type { Template } from './gatekeeper-objects.js';

export interface CompiledTemplate {
  wasm: ArrayBuffer;
  /** `<package path>/violation`, the rule Gatekeeper queries. */
  entrypoint: string;
}

export interface CompileOptions {
  cacheDir: string;
  /** The opa binary, found only when something must be compiled. */
  opa: () => string;
}

/** Bump when the rewrite or the wrapper below changes, so cached builds are not reused. */
const COMPILE_VERSION = 'kpg-gatekeeper-1';
const WRAPPER_PACKAGE = 'kpg_gatekeeper';

/**
 * The template's sprintf calls go through this, which marks top-level sets (the wasm ABI passes them as arrays)
 * and calls our Go-formatting builtin. `import rego.v1` makes it read the same under v0 and v1.
 */
const WRAPPER = `package ${WRAPPER_PACKAGE}

import rego.v1

format(pattern, values) := ${GO_SPRINTF}(pattern, [mark(value) | some value in values])

mark(value) := {"${SET_MARK}": [member | some member in value]} if is_set(value)

mark(value) := value if not is_set(value)
`;

export async function compileTemplate(template: Template, options: CompileOptions): Promise<CompiledTemplate> {
  const modules = templateModules(template);
  const entrypoint = `${packageOf(template)}/violation`;
  const key = createHash('sha256')
    .update(JSON.stringify([COMPILE_VERSION, template.regoVersion, entrypoint, modules.map((module) => module.text), WASM_BUILTINS]))
    .digest('hex');
  const cached = join(options.cacheDir, 'gatekeeper', `${key}.wasm`);
  const wasm = await readFile(cached).catch(() => undefined);
  if (wasm) return { wasm: arrayBuffer(wasm), entrypoint };
  const built = await build(template, modules, entrypoint, options);
  await mkdir(join(options.cacheDir, 'gatekeeper'), { recursive: true });
  // Write then rename: a concurrent run never reads half a module.
  const partial = `${cached}.${process.pid}.partial`;
  await writeFile(partial, built);
  await rename(partial, cached);
  return { wasm: arrayBuffer(built), entrypoint };
}

interface Module {
  /** File name inside the build directory; opa's messages name it, and we turn it back into the template field. */
  file: string;
  field: string;
  text: string;
}

function templateModules(template: Template): Module[] {
  const libsField = template.regoField.replace(/rego$/, 'libs');
  return [
    { file: 'rego.rego', field: template.regoField, text: routeSprintf(template.rego) },
    ...template.libs.map((lib, index) => ({ file: `libs-${index}.rego`, field: `${libsField}[${index}]`, text: routeSprintf(lib) })),
    { file: `${WRAPPER_PACKAGE}.rego`, field: 'the kube-policy-gate sprintf wrapper', text: WRAPPER },
  ];
}

function packageOf(template: Template): string {
  const match = /^[ \t]*package[ \t]+([A-Za-z_][\w.]*)/m.exec(stripComments(template.rego));
  if (!match) throw new ConfigError(`${template.file}: ConstraintTemplate '${template.name}': ${template.regoField} has no package line`);
  return match[1]!.replaceAll('.', '/');
}

function stripComments(rego: string): string {
  return rego.replace(/#.*$/gm, '');
}

/**
 * `sprintf(` → `data.kpg_gatekeeper.format(` outside strings and comments, so messages print objects, arrays and
 * sets as OPA does (`{"privileged": true}`) and not as opa-wasm's sprintf-js does (`[object Object]`).
 */
export function routeSprintf(rego: string): string {
  let out = '';
  let index = 0;
  while (index < rego.length) {
    const char = rego[index]!;
    const end = char === '"' ? stringEnd(rego, index) : char === '`' ? rego.indexOf('`', index + 1) + 1 || rego.length : char === '#' ? lineEnd(rego, index) : -1;
    if (end >= 0) {
      out += rego.slice(index, end);
      index = end;
      continue;
    }
    const word = /[A-Za-z_][\w]*/y;
    word.lastIndex = index;
    const found = word.exec(rego);
    if (!found) {
      out += char;
      index += 1;
      continue;
    }
    const call = found[0] === 'sprintf' && !/\.\s*$/.test(out) && /^\s*\(/.test(rego.slice(word.lastIndex, word.lastIndex + 64));
    out += call ? `data.${WRAPPER_PACKAGE}.format` : found[0];
    index = word.lastIndex;
  }
  return out;
}

function stringEnd(text: string, start: number): number {
  for (let index = start + 1; index < text.length; index += 1) {
    if (text[index] === '\\') index += 1;
    else if (text[index] === '"' || text[index] === '\n') return index + 1;
  }
  return text.length;
}

function lineEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end < 0 ? text.length : end;
}

async function build(template: Template, modules: Module[], entrypoint: string, options: CompileOptions): Promise<Buffer> {
  const opa = options.opa();
  await mkdir(options.cacheDir, { recursive: true });
  const work = await mkdtemp(join(options.cacheDir, 'gatekeeper-build-'));
  try {
    await mkdir(join(work, 'modules'));
    for (const module of modules) await writeFile(join(work, 'modules', module.file), module.text);
    await writeFile(join(work, 'capabilities.json'), JSON.stringify(await capabilities(opa, work)));
    const args = ['build', '-t', 'wasm', '-e', entrypoint, '--capabilities', 'capabilities.json', '-o', 'bundle.tar.gz'];
    if (template.regoVersion === 'v0') args.push('--v0-compatible');
    const result = await execTool(opa, [...args, 'modules'], { cwd: work, timeoutMs: 120_000, maxOutputBytes: 16 * 1024 * 1024 });
    if (result.code !== 0) throw new ConfigError(buildError(template, modules, entrypoint, result.timedOut ? 'timed out after 120 s' : `${result.stdout}\n${result.stderr}`));
    return extractPolicy(await readFile(join(work, 'bundle.tar.gz')));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function buildError(template: Template, modules: Module[], entrypoint: string, stderr: string): string {
  const where = `${template.file}: ConstraintTemplate '${template.name}'`;
  const unsupported = [...new Set([...stderr.matchAll(/undefined function ([\w.]+)/g)].map((match) => match[1]!))];
  if (unsupported.length) {
    return `${where} calls ${unsupported.join(', ')}, which the WebAssembly evaluator cannot run (it runs ${WASM_BUILTINS.length} of OPA's builtins, plus ${Object.keys(GATEKEEPER_BUILTINS).filter((name) => name !== GO_SPRINTF).join(', ')}).`;
  }
  if (/entrypoint .* does not refer to a rule/.test(stderr)) return `${where} has no violation rule (${entrypoint}); Gatekeeper queries violation[{"msg": ...}].`;
  let message = stderr.trim().replace(/^error: (load error: )?\d+ errors? occurred( during loading)?:\s*/, '').replace(/^error: /, '');
  for (const module of modules) message = message.replaceAll(`modules/${module.file}`, module.field);
  return `${where} does not compile (Rego ${template.regoVersion}):\n${message}`;
}

let capabilitiesFile: Promise<unknown> | undefined;

/** OPA's capabilities cut down to what opa-wasm and our builtins run, so an unsupported call fails at build. */
function capabilities(opa: string, cwd: string): Promise<unknown> {
  capabilitiesFile ??= (async () => {
    const result = await execTool(opa, ['capabilities', '--current'], { cwd, timeoutMs: 60_000, maxOutputBytes: 16 * 1024 * 1024 });
    if (result.code !== 0) throw new Error(`opa capabilities failed: ${result.stderr.trim()}`);
    const current = JSON.parse(result.stdout) as { builtins: { name: string; decl: unknown }[] };
    const allowed = new Set([...WASM_BUILTINS, ...Object.keys(GATEKEEPER_BUILTINS)]);
    const sprintf = current.builtins.find((builtin) => builtin.name === 'sprintf');
    return { ...current, builtins: [...current.builtins.filter((builtin) => allowed.has(builtin.name)), { ...sprintf, name: GO_SPRINTF }] };
  })();
  capabilitiesFile.catch(() => (capabilitiesFile = undefined));
  return capabilitiesFile;
}

/** /policy.wasm out of the bundle `opa build` wrote (a gzipped ustar archive). */
export function extractPolicy(archive: Buffer): Buffer {
  const tar = gunzipSync(archive);
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const name = cString(header.subarray(0, 100));
    const size = Number.parseInt(cString(header.subarray(124, 136)).trim() || '0', 8);
    if (name.replace(/^\/+/, '') === 'policy.wasm') return Buffer.from(tar.subarray(offset + 512, offset + 512 + size));
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  throw new Error('opa build wrote a bundle without /policy.wasm');
}

function cString(bytes: Buffer): string {
  const end = bytes.indexOf(0);
  return bytes.subarray(0, end < 0 ? bytes.length : end).toString('utf8');
}

function arrayBuffer(bytes: Buffer): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
