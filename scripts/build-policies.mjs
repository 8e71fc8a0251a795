// Compiles policies/ to the wasm bundle in dist/policy/ and writes the rules' metadata (dist/policy/rules.json).
// Usage: node scripts/build-policies.mjs [outDir]   (default: dist/policy)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireTool } from './tools.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(process.argv[2] ?? join(root, 'dist', 'policy'));
const policies = join(root, 'policies');
const ENTRYPOINTS = ['kpg/violations', 'kpg/batch'];

const opa = requireTool('opa');
const work = mkdtempSync(join(tmpdir(), 'kpg-policies-'));
try {
  const capabilities = join(work, 'capabilities.json');
  writeFileSync(capabilities, JSON.stringify(wasmCapabilities()));
  const bundle = join(work, 'bundle.tar.gz');
  // --capabilities: a builtin the JavaScript SDK cannot run fails here, not at evaluation time.
  // The relative path (run from the root) keeps file names in the wasm, and so dist/, the same in every checkout.
  run(opa, ['build', '-t', 'wasm', ...ENTRYPOINTS.flatMap((entrypoint) => ['-e', entrypoint]), '--capabilities', capabilities, '--ignore', '*_test.rego', '-o', bundle, 'policies']);
  run('tar', ['-xzf', bundle, '-C', work, '/policy.wasm']);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'policy.wasm'), readFileSync(join(work, 'policy.wasm')));
  writeFileSync(join(outDir, 'rules.json'), `${JSON.stringify(rulesMetadata(), null, 2)}\n`);
  console.error(`build-policies: wrote ${join(outDir, 'policy.wasm')} and rules.json`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** OPA's own capabilities, limited to the builtins that opa-wasm (native or SDK-provided) implements. */
function wasmCapabilities() {
  const current = JSON.parse(run(opa, ['capabilities', '--current']));
  const sdk = JSON.parse(readFileSync(join(root, 'node_modules/@open-policy-agent/opa-wasm/capabilities.json'), 'utf8'));
  const supported = new Set(sdk.builtins.map((builtin) => builtin.name));
  return { ...current, builtins: current.builtins.filter((builtin) => supported.has(builtin.name)) };
}

/** One entry per rule package (kpg.rules.<name>), from its METADATA annotations; validated strictly. */
function rulesMetadata() {
  const inspected = JSON.parse(run(opa, ['inspect', '-a', '-f', 'json', policies]));
  const rules = [];
  for (const entry of inspected.annotations ?? []) {
    if (entry.annotations.scope !== 'package') continue;
    const path = entry.path.map((element) => element.value);
    if (path[0] !== 'data' || path[1] !== 'kpg' || path[2] !== 'rules' || path.length !== 4) continue;
    rules.push(ruleMetadata(path[3], entry));
  }
  const packages = new Set(listRulePackages());
  const described = new Set(rules.map((rule) => rule.package));
  const missing = [...packages].filter((name) => !described.has(name));
  if (missing.length) fail(`rule packages without a METADATA block: ${missing.join(', ')}`);
  return rules.sort((a, b) => a.id.localeCompare(b.id));
}

function ruleMetadata(name, entry) {
  const { title, description, custom = {}, related_resources: related } = entry.annotations;
  const file = entry.location.file.replace(`${root}/`, '');
  const id = name.replaceAll('_', '-');
  const where = `${file}: METADATA`;
  if (custom.id !== id) fail(`${where}: custom.id is '${custom.id}', expected '${id}' (the package name with dashes)`);
  if (!title) fail(`${where}: title is missing`);
  if (!description) fail(`${where}: description is missing`);
  if (!['error', 'warning', 'notice'].includes(custom.severity)) fail(`${where}: custom.severity '${custom.severity}' is not error, warning or notice`);
  const profiles = custom.profiles ?? [];
  if (!Array.isArray(profiles) || profiles.length === 0 || profiles.some((p) => !['baseline', 'restricted', 'hardened'].includes(p))) {
    fail(`${where}: custom.profiles must list baseline, restricted and/or hardened`);
  }
  if (!custom.remediation) fail(`${where}: custom.remediation is missing`);
  return {
    id,
    package: name,
    title,
    description: description.trim(),
    severity: custom.severity,
    profiles,
    optional: custom.optional === true,
    remediation: String(custom.remediation).trim(),
    references: custom.references ?? (related ?? []).map((resource) => resource.ref),
    file,
  };
}

function listRulePackages() {
  const query = JSON.parse(run(opa, ['eval', '-f', 'json', '-d', policies, '{name | some name, _ in data.kpg.rules; not endswith(name, "_test")}']));
  return query.result?.[0]?.expressions?.[0]?.value ?? [];
}

function run(file, args) {
  try {
    return execFileSync(file, args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    fail(`${file.split('/').pop()} ${args[0]} failed:\n${[error.stdout, error.stderr].filter(Boolean).join('\n').trim() || error.message}`);
  }
}

function fail(message) {
  console.error(`build-policies: ${message}`);
  process.exit(1);
}
