// A directory of Rego (and JSON/YAML data) compiled to a wasm bundle with `opa` from PATH, cached by content hash.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { lstat, mkdir, readFile, readdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { ConfigError } from '../../errors.js';
import { execTool, trimStderr } from '../../render/exec.js';
import { findTool } from '../../tools.js';
import { BATCH_ENTRYPOINT, ENTRYPOINT } from '../evaluate.js';
import { batchModule, CONFTEST_BATCH, conftestEntrypoints, isConftestRule } from './conftest.js';
import type { SourceOptions } from './types.js';
import { readBundleArchive, type CompiledPolicy, type RuleNotes } from './wasm.js';
import { WASM_BUILTINS } from './wasm-builtins.js';

/** Bump when what a cache entry holds, or how it is built, changes. */
const CACHE_FORMAT = 2;
const DATA_FILE = /\.(json|ya?ml)$/;
const TEST_FILE = /_test\.rego$/;
const OPA_LIMITS = { timeoutMs: 120_000, maxOutputBytes: 64 * 1024 * 1024 };
const GET_OPA = 'Add the open-policy-agent/setup-opa action before this step on GitHub, or run scripts/install-tools.sh locally, or pass a bundle built with `opa build -t wasm` instead of the directory.';

interface PolicyFile {
  /** Relative to the directory, POSIX separators. */
  path: string;
  bytes: Buffer;
}

/** A directory's policy files as read, and the entrypoints its packages offer. */
export interface RegoDirectory {
  origin: string;
  files: PolicyFile[];
  packages: string[];
  /** Empty when it holds no rule of ours or conftest's (it may hold Gatekeeper templates' Rego, or helpers). */
  entrypoints: string[];
}

/** Reads .rego and data files (not under hidden directories) and finds the rules to compile, without opa. */
export async function readRegoDirectory(directory: string, origin: string, namespaces: string[]): Promise<RegoDirectory> {
  const files = await readPolicyFiles(directory, origin);
  const modules = files.filter((file) => file.path.endsWith('.rego') && !TEST_FILE.test(file.path)).map((file) => parseModule(file.bytes.toString('utf8')));
  const packages = [...new Set(modules.flatMap((module) => (module.package ? [module.package] : [])))].sort();
  return { origin, files, packages, entrypoints: chooseEntrypoints(modules, namespaces) };
}

export function noRulesError(directory: RegoDirectory, namespaces: string[]): ConfigError {
  return new ConfigError(
    `Policy directory '${directory.origin}' has no rules to evaluate; its packages are ${directory.packages.join(', ') || 'none'}. ` +
      `Expected violations in package kpg (our style), deny, warn, violation rules (or deny_*, warn_*, violation_*) in package ${namespaces.join(', ')} ` +
      '(policy-namespaces names others), or Gatekeeper ConstraintTemplates with their constraints.',
  );
}

export async function compileRegoDirectory(directory: RegoDirectory, options: SourceOptions): Promise<CompiledPolicy> {
  const { origin, files, entrypoints } = directory;
  const opa = findTool('opa');
  if (!opa) throw new ConfigError(`Policy directory '${origin}' holds Rego that must be compiled with opa, and opa was not found on PATH. ${GET_OPA}`);
  const key = await cacheKey(files, entrypoints, opa, options.regoVersion);
  const cached = join(options.cacheDir, 'kube-policy-gate-policies', key);
  if (!existsSync(`${cached}.tar.gz`) || !existsSync(`${cached}.json`)) await compile(files, { opa, entrypoints, origin, regoVersion: options.regoVersion, cached });
  const notes = JSON.parse(await readFile(`${cached}.json`, 'utf8')) as Record<string, RuleNotes>;
  return { ...(await readBundleArchive(`${cached}.tar.gz`, origin)), notes };
}

/** Every .rego and data file, read once: what is hashed is exactly what opa compiles. Links are refused. */
async function readPolicyFiles(directory: string, origin: string): Promise<PolicyFile[]> {
  const names = (await readdir(directory, { recursive: true })).map((name) => name.split('\\').join('/')).sort();
  const files: PolicyFile[] = [];
  for (const name of names) {
    if ((!name.endsWith('.rego') && !DATA_FILE.test(name)) || name.split('/').some((part) => part.startsWith('.'))) continue;
    const info = await lstat(join(directory, name));
    if (info.isSymbolicLink()) throw new ConfigError(`Policy directory '${origin}' holds a symbolic link, '${name}'. Expected regular files only (a link may lead out of the repository).`);
    if (info.isFile()) files.push({ path: name, bytes: await readFile(join(directory, name)) });
  }
  return files;
}

/** The package of a module and the rules it defines (heads start a line, as `opa fmt` writes them, in v0 and v1). */
export function parseModule(text: string): { package?: string; rules: string[] } {
  const pkg = /^package\s+([A-Za-z_][\w.]*)/m.exec(text)?.[1];
  const rules = [...text.matchAll(/^(?:default\s+)?([A-Za-z_]\w*)\s*(?=\[|contains\b|if\b|:=|=|\{)/gm)].map((match) => match[1]!);
  return { package: pkg, rules: rules.filter((rule) => rule !== 'package' && rule !== 'import') };
}

/** Ours (kpg/violations, with kpg/batch when present) and conftest's rules in the chosen packages. */
function chooseEntrypoints(modules: { package?: string; rules: string[] }[], namespaces: string[]): string[] {
  const entrypoints = new Set<string>();
  for (const module of modules) {
    if (module.package === undefined) continue;
    for (const rule of module.rules) {
      if (module.package === 'kpg' && (rule === 'violations' || rule === 'batch')) entrypoints.add(rule === 'batch' ? BATCH_ENTRYPOINT : ENTRYPOINT);
      else if (namespaces.includes(module.package) && isConftestRule(rule)) entrypoints.add(`${module.package.replaceAll('.', '/')}/${rule}`);
    }
  }
  // kpg/batch alone is no policy.
  if (entrypoints.size === 1 && entrypoints.has(BATCH_ENTRYPOINT)) return [];
  return [...entrypoints].sort();
}

/** Every input file, the opa binary (its identity: no process runs on a hit), the options and the SDK's builtins. */
async function cacheKey(files: PolicyFile[], entrypoints: string[], opa: string, regoVersion: string): Promise<string> {
  const hash = createHash('sha256');
  const binary = await realpath(opa);
  const { size, mtimeMs } = await stat(binary);
  hash.update(JSON.stringify({ CACHE_FORMAT, entrypoints, regoVersion, opa: [binary, size, mtimeMs], WASM_BUILTINS }));
  for (const file of files) hash.update(`\0${file.path}\0${file.bytes.length}\0`).update(file.bytes);
  return hash.digest('hex');
}

interface CompileJob {
  opa: string;
  entrypoints: string[];
  origin: string;
  regoVersion: 'v0' | 'v1';
  /** Cache path without extension: `.tar.gz` (the bundle) and `.json` (rule notes) are written there. */
  cached: string;
}

/** Compiles a staged copy (what was hashed, nothing a link could add) and writes the cache entry atomically. */
async function compile(files: PolicyFile[], job: CompileJob): Promise<void> {
  const work = `${job.cached}.tmp-${randomBytes(6).toString('hex')}`;
  const source = join(work, 'src');
  await mkdir(dirname(job.cached), { recursive: true });
  try {
    for (const file of files) {
      await mkdir(dirname(join(source, file.path)), { recursive: true });
      await writeFile(join(source, file.path), file.bytes);
    }
    const version = job.regoVersion === 'v0' ? ['--v0-compatible'] : [];
    const capabilities = join(work, 'capabilities.json');
    const opaBuiltins = await writeWasmCapabilities(job.opa, source, capabilities);
    const conftest = conftestEntrypoints(job.entrypoints);
    if (conftest.length) await writeFile(join(source, 'kpg_conftest_batch.rego'), batchModule(conftest));
    const entrypoints = [...job.entrypoints, ...(conftest.length ? [CONFTEST_BATCH] : [])].flatMap((entrypoint) => ['-e', entrypoint]);
    const bundle = join(work, 'bundle.tar.gz');
    const built = await execTool(job.opa, ['build', '-t', 'wasm', ...entrypoints, '--capabilities', capabilities, '--ignore', '*_test.rego', ...version, '-o', bundle, '.'], { cwd: source, ...OPA_LIMITS });
    if (built.code !== 0) throw new ConfigError(buildError(built.stderr || built.stdout, job, opaBuiltins));
    const notes = ruleNotes(await runOpa(job.opa, ['inspect', '-a', '-f', 'json', ...version, '.'], source), files, job.origin);
    // The bundle last: its presence is what marks the entry complete.
    await writeFile(join(work, 'notes.json'), JSON.stringify(notes));
    await rename(join(work, 'notes.json'), `${job.cached}.json`);
    await rename(bundle, `${job.cached}.tar.gz`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function runOpa(opa: string, args: string[], cwd: string): Promise<string> {
  const result = await execTool(opa, args, { cwd, ...OPA_LIMITS });
  if (result.code !== 0) throw new Error(`opa ${args[0]} failed: ${trimStderr(result.stderr) || `exit code ${result.code}`}`);
  return result.stdout;
}

/**
 * opa's own capabilities limited to what opa-wasm runs, so that an unsupported builtin fails the build naming its
 * line instead of failing every evaluation. Returns the names of all of opa's builtins.
 */
async function writeWasmCapabilities(opa: string, cwd: string, path: string): Promise<Set<string>> {
  const current = JSON.parse(await runOpa(opa, ['capabilities', '--current'], cwd)) as { builtins: { name: string }[] };
  const supported = new Set(WASM_BUILTINS);
  await writeFile(path, JSON.stringify({ ...current, builtins: current.builtins.filter((builtin) => supported.has(builtin.name)) }));
  return new Set(current.builtins.map((builtin) => builtin.name));
}

/** opa's errors, one a line with paths as the user knows them; an unsupported builtin says so, a v0 module under v1 too. */
function buildError(stderr: string, job: CompileJob, opaBuiltins: ReadonlySet<string>): string {
  // opa prints `1 error occurred: a.rego:4: …` or `2 errors occurred:` and one a line.
  const errors = [...stderr.matchAll(/(\S+\.rego):(\d+): (\w+): (.*)/g)].map(([, file, line, kind, message]) => ({ at: `${posix.join(job.origin, file!)}:${line}`, kind, message: message! }));
  // An undefined function opa itself knows is one the capabilities took away; any other is the user's own typo.
  const unsupported = errors.map((error) => ({ ...error, builtin: /^undefined function (\S+)$/.exec(error.message)?.[1] })).filter((error) => error.builtin && opaBuiltins.has(error.builtin));
  if (unsupported.length) {
    const uses = unsupported.map((error) => `${error.builtin} (${error.at})`).join(', ');
    return `Policy directory '${job.origin}' calls ${uses}: not available to policies compiled to WebAssembly, as this gate runs them. Rewrite the rule without it (pass such values in data).`;
  }
  const text = errors.length ? errors.map((error) => `${error.at}: ${error.kind}: ${error.message}`).join('\n') : trimStderr(stderr);
  const hint = job.regoVersion === 'v1' && /`(if|contains)` keyword is required/.test(text) ? '\nIt looks like Rego v0: set rego-version to v0.' : '';
  return `Policy directory '${job.origin}' does not compile (opa build, Rego ${job.regoVersion}):\n${text}${hint}`;
}

interface Inspected {
  annotations?: { annotations: Record<string, unknown>; path: { value: string }[]; location?: { file?: string } }[];
}

/**
 * Notes by dotted Rego path: the defining file of every rule and package (`main.deny`, `kpg.rules.foo`), then
 * METADATA title, description and custom {id, severity, remediation, references}.
 */
function ruleNotes(inspectJson: string, files: PolicyFile[], origin: string): Record<string, RuleNotes> {
  const notes: Record<string, RuleNotes> = {};
  for (const file of files) {
    if (!file.path.endsWith('.rego') || TEST_FILE.test(file.path)) continue;
    const module = parseModule(file.bytes.toString('utf8'));
    if (!module.package) continue;
    const where = posix.join(origin, file.path);
    notes[module.package] ??= { file: where };
    for (const rule of module.rules) notes[`${module.package}.${rule}`] ??= { file: where };
  }
  for (const entry of (JSON.parse(inspectJson) as Inspected).annotations ?? []) {
    const path = entry.path.slice(1).map((element) => element.value).join('.');
    notes[path] = { ...notes[path], ...fromAnnotations(entry.annotations) };
  }
  return notes;
}

function fromAnnotations(annotations: Record<string, unknown>): RuleNotes {
  const custom = (annotations.custom ?? {}) as Record<string, unknown>;
  const related = Array.isArray(annotations.related_resources) ? (annotations.related_resources as { ref?: unknown }[]).map((resource) => String(resource.ref)) : undefined;
  const notes: RuleNotes = {
    id: stringOf(custom.id),
    title: stringOf(annotations.title),
    description: stringOf(annotations.description)?.trim(),
    severity: stringOf(custom.severity),
    remediation: stringOf(custom.remediation)?.trim(),
    references: Array.isArray(custom.references) ? custom.references.map(String) : related,
  };
  return Object.fromEntries(Object.entries(notes).filter(([, value]) => value !== undefined));
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

