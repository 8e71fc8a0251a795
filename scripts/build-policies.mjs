// Compiles policies/ to the wasm bundle in dist/policy/ and writes the rules' metadata (dist/policy/rules.json),
// with each rule's parameters: description from METADATA, default and type from the rule's default_parameters.
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
const ENTRYPOINTS = ['kpg/violations', 'kpg/batch', 'kpg/parameter_errors'];
/** The JSON types a parameter (or the items of a list parameter) may have. */
const TYPES = { boolean: 'boolean', number: 'number', string: 'string' };

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
  addParameters(rules);
  return rules.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Each rule's parameters: the defaults are defined once, in the rule's `default_parameters`, and read here
 * from the policy; METADATA custom.parameters describes each. Both must name the same parameters, and each
 * rule must read its own data.kpg.parameters.<package> (checked by overriding every parameter).
 */
function addParameters(rules) {
  const defaults = evaluate('{name: d | some name; d := data.kpg.rules[name].default_parameters; not endswith(name, "_test")}');
  const items = evaluate('{name: i | some name; i := data.kpg.rules[name].parameter_items}');
  for (const rule of rules) {
    const where = `${rule.file}: METADATA custom.parameters`;
    const described = rule.parameterDescriptions ?? {};
    delete rule.parameterDescriptions;
    const values = defaults[rule.package] ?? {};
    if (typeof values !== 'object' || Array.isArray(values)) fail(`${rule.file}: default_parameters must be an object`);
    const names = new Set([...Object.keys(values), ...Object.keys(described)]);
    rule.parameters = [...names].sort().map((name) => {
      if (!(name in values)) fail(`${where}: ${name} has a description but no default in default_parameters`);
      const description = described[name];
      if (typeof description !== 'string' || !description.trim()) fail(`${where}: ${name} (in default_parameters) has no description`);
      return { name, description: description.trim(), ...parameterType(`${rule.file}: ${name}`, values[name], items[rule.package]?.[name]), default: values[name] };
    });
    for (const name of Object.keys(items[rule.package] ?? {})) {
      if (!Array.isArray(values[name]) || values[name].length) fail(`${rule.file}: parameter_items names ${name}, which is not a parameter whose default is an empty list`);
    }
  }
  checkParametersRead(rules.filter((rule) => rule.parameters.length));
}

/** JSON Schema's type (and items) from the default: a boolean, number or string, or a list of one of those. */
function parameterType(where, value, item) {
  if (Array.isArray(value)) {
    const kinds = new Set(value.map((element) => typeof element));
    const kind = value.length ? [...kinds][0] : item ?? 'string';
    if (kinds.size > 1 || !TYPES[kind]) fail(`${where}: a list parameter must hold strings or numbers, all of one type (got ${JSON.stringify(value)}, items ${item})`);
    return { type: 'array', items: { type: TYPES[kind] } };
  }
  if (!TYPES[typeof value]) fail(`${where}: a parameter must be a boolean, number, string or list of those (got ${JSON.stringify(value)})`);
  return { type: TYPES[typeof value] };
}

/** A value of the parameter's type that differs from its default. */
function changed(parameter) {
  const { type, items } = parameter;
  if (type === 'array') return [items.type === 'number' ? 65535 : 'kpg-build-check'];
  if (type === 'boolean') return !parameter.default;
  if (type === 'number') return parameter.default + 1;
  return `${parameter.default}-kpg-build-check`;
}

/** Every rule reads each of its parameters from data.kpg.parameters.<its package>, and accepts a value of the declared type. */
function checkParametersRead(rules) {
  const overrides = Object.fromEntries(rules.map((rule) => [rule.package, Object.fromEntries(rule.parameters.map((p) => [p.name, changed(p)]))]));
  const names = JSON.stringify(rules.map((rule) => rule.package));
  const query = `{"read": {name: data.kpg.rules[name].parameters | some name in ${names}}, "errors": data.kpg.parameter_errors}`;
  const plain = evaluate(query);
  const overridden = evaluate(query, { kpg: { parameters: overrides } });
  for (const rule of rules) {
    for (const parameter of rule.parameters) {
      const name = `${rule.file}: parameter ${parameter.name}`;
      if (JSON.stringify(plain.read[rule.package]?.[parameter.name]) !== JSON.stringify(parameter.default)) fail(`${name}: \`parameters\` does not hold the default without data`);
      if (JSON.stringify(overridden.read[rule.package]?.[parameter.name]) !== JSON.stringify(overrides[rule.package][parameter.name])) {
        fail(`${name}: not read from data.kpg.parameters.${rule.package} (expected \`parameters := params.merge("${rule.package}", default_parameters)\`)`);
      }
    }
  }
  const errors = [...plain.errors, ...overridden.errors];
  if (errors.length) fail(`data.kpg.parameter_errors refuses values of the declared types: ${JSON.stringify(errors)}`);
}

/** The value of a Rego query over policies/ (without tests), with an optional `data` document. */
function evaluate(query, data) {
  const args = ['eval', '-f', 'json', '--ignore', '*_test.rego', '-d', policies];
  if (data) {
    const file = join(work, `data-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, JSON.stringify(data));
    args.push('-d', file);
  }
  const result = JSON.parse(run(opa, [...args, query])).result?.[0]?.expressions?.[0]?.value;
  if (result === undefined) fail(`the query ${query} is undefined`);
  return result;
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
  const kubeVersions = minKubeVersion(where, custom);
  const parameters = custom.parameters ?? {};
  if (typeof parameters !== 'object' || Array.isArray(parameters)) fail(`${where}: custom.parameters must map each parameter name to its description`);
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
    ...kubeVersions,
    parameterDescriptions: parameters,
  };
}

/**
 * custom.minKubeVersion ("1.31"): the first Kubernetes version where the rule's field exists and matters; the engine
 * does not run the rule for an older target (kube-version) and says why with custom.minKubeVersionReason.
 * custom.minPssVersion ("v1.22"): the first Pod Security policy version with the rule's check (the rule itself
 * reads the version from data; this is for the documentation).
 */
function minKubeVersion(where, custom) {
  const pss = custom.minPssVersion === undefined ? {} : { minPssVersion: custom.minPssVersion };
  if (pss.minPssVersion !== undefined && !/^v1\.(0|[1-9]\d*)$/.test(pss.minPssVersion)) fail(`${where}: custom.minPssVersion '${pss.minPssVersion}' must be a Pod Security policy version such as v1.22`);
  if (custom.minKubeVersion === undefined) {
    if (custom.minKubeVersionReason !== undefined) fail(`${where}: custom.minKubeVersionReason without custom.minKubeVersion`);
    return pss;
  }
  if (typeof custom.minKubeVersion !== 'string' || !/^1\.(0|[1-9]\d*)$/.test(custom.minKubeVersion)) {
    fail(`${where}: custom.minKubeVersion '${custom.minKubeVersion}' must be a quoted Kubernetes version such as "1.31"`);
  }
  const reason = custom.minKubeVersionReason;
  if (typeof reason !== 'string' || !reason.trim()) fail(`${where}: custom.minKubeVersionReason must say why the rule needs Kubernetes ${custom.minKubeVersion}`);
  return { ...pss, minKubeVersion: custom.minKubeVersion, minKubeVersionReason: reason.trim() };
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
