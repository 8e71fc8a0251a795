// Rule parameters end to end: rules.json from the build, data.kpg.parameters through the wasm bundle (and the
// same verdicts as `opa eval`), kpg/parameter_errors, and the docs' config snippets.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { loadPolicy } from '@open-policy-agent/opa-wasm';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderRulesDoc } from '../../scripts/rules-doc.mjs';
import { parseRendered } from '../../src/manifests/parse.js';
import { splitDocuments } from '../../src/manifests/split.js';
import type { Resource } from '../../src/model.js';
import { loadBundle, type PolicyBundle, type RuleInfo } from '../../src/policy/bundle.js';
import { createEvaluator, type Violation } from '../../src/policy/evaluate.js';
import { findTool } from '../../src/tools.js';
import { FIXTURES, ROOT } from '../helpers.js';

const opa = findTool('opa');
if (!opa) throw new Error('opa not found: run scripts/install-tools.sh');

let work: string;
let bundle: PolicyBundle;

// Built here rather than read from dist/policy, so the test checks the policies as they are in the tree.
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'kpg-parameters-'));
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-policies.mjs'), join(work, 'policy')], { cwd: ROOT, stdio: 'pipe' });
  bundle = await loadBundle(join(work, 'policy'));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

function resources(yaml: string, path = 'test.yaml'): Resource[] {
  const documents = splitDocuments(yaml).map((d) => ({ ...d, sourceFile: path, relatedFiles: [], textIsSource: true }));
  return parseRendered({ kind: 'manifests', path }, documents).resources;
}

function objectsUnder(directory: string): Resource[] {
  // pss-upstream's 4,500 Pods are judged by pss-upstream.test.ts; through opa eval here they would take a minute.
  const files = readdirSync(directory, { recursive: true, encoding: 'utf8' }).filter((file) => /\.ya?ml$/.test(file) && !file.includes('templates/') && !file.startsWith('pss-upstream'));
  return files.flatMap((file) => resources(readFileSync(join(directory, file), 'utf8'), relative(ROOT, join(directory, file))));
}

const pod = (image: string, extra = '') => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
    - name: a
      image: ${image}
${extra}`;

const parameters = (values: Record<string, unknown>) => ({ kpg: { parameters: values } });

async function findings(yaml: string, data: Record<string, unknown>, rule: string): Promise<Violation[]> {
  const evaluator = await createEvaluator(bundle, data);
  return resources(yaml).flatMap((resource) => {
    const evaluation = evaluator.evaluate(resource);
    if ('error' in evaluation) throw new Error(evaluation.error);
    return evaluation.violations.filter((violation) => violation.rule === rule);
  });
}

describe('rules.json', () => {
  const rule = (id: string): RuleInfo => bundle.rules.find((candidate) => candidate.id === id)!;

  it('lists each parameter with its description, JSON type and default', () => {
    expect(rule('image-tag').parameters).toEqual([
      { name: 'allowedRegistries', description: expect.stringContaining('Empty allows any'), type: 'array', items: { type: 'string' }, default: [] },
      { name: 'forbiddenTags', description: expect.any(String), type: 'array', items: { type: 'string' }, default: ['latest'] },
      { name: 'requireTag', description: expect.any(String), type: 'boolean', default: true },
    ]);
    expect(rule('host-ports').parameters).toEqual([{ name: 'allowed', description: expect.any(String), type: 'array', items: { type: 'number' }, default: [] }]);
    expect(rule('privileged').parameters).toEqual([]);
  });

  it('gives the parameters the issue asks for', () => {
    const named = Object.fromEntries(bundle.rules.filter((r) => r.parameters?.length).map((r) => [r.id, r.parameters!.map((p) => p.name)]));
    expect(named).toMatchObject({
      'baseline-capabilities': ['allowed'],
      'restricted-capabilities': ['allowed'],
      sysctls: ['allowed'],
      apparmor: ['allowedTypes'],
      'seccomp-baseline': ['allowedTypes'],
      'image-tag': ['allowedRegistries', 'forbiddenTags', 'requireTag'],
      'rbac-escalation-verbs': ['verbs'],
      'rbac-secrets-read': ['verbs'],
      'apiserver-tls-cipher-suites': ['weakSuites'],
      'kubelet-tls-cipher-suites': ['weakSuites'],
    });
  });
});

describe('parameters through the wasm bundle', () => {
  it('a forbidden tag added to image-tag reports an image the default accepts', async () => {
    const yaml = pod('ghcr.io/acme/api:main');
    expect(await findings(yaml, {}, 'image-tag')).toEqual([]);
    expect(await findings(yaml, parameters({ image_tag: { forbiddenTags: ['latest', 'main'] } }), 'image-tag')).toEqual([
      {
        rule: 'image-tag',
        message: 'container "a" uses image ghcr.io/acme/api:main: the tag main is forbidden here, as it moves from build to build; pin a version tag or a digest',
        path: ['spec', 'containers', 0, 'image'],
      },
    ]);
  });

  it('an emptied list accepts what the default reports', async () => {
    const yaml = pod('nginx:latest');
    expect(await findings(yaml, {}, 'image-tag')).toHaveLength(1);
    expect(await findings(yaml, parameters({ image_tag: { forbiddenTags: [] } }), 'image-tag')).toEqual([]);
  });

  it('allowedRegistries reports images from elsewhere', async () => {
    const data = parameters({ image_tag: { allowedRegistries: ['ghcr.io/acme'] } });
    expect(await findings(pod('ghcr.io/acme/api:1.0'), data, 'image-tag')).toEqual([]);
    expect((await findings(pod('nginx:1.27'), data, 'image-tag')).map((v) => v.message)).toEqual([
      'container "a" uses image nginx:1.27 from docker.io/library/nginx, which is not in an allowed registry (ghcr.io/acme); use an image from one of them',
    ]);
  });

  it('a list of numbers: host ports', async () => {
    const yaml = pod('nginx:1.27', '      ports:\n        - containerPort: 80\n          hostPort: 8080\n');
    expect(await findings(yaml, {}, 'host-ports')).toHaveLength(1);
    expect(await findings(yaml, parameters({ host_ports: { allowed: [8080] } }), 'host-ports')).toEqual([]);
  });

  it('a mistyped value keeps the default instead of switching the rule off', async () => {
    const yaml = pod('nginx:1.27', '      securityContext:\n        capabilities:\n          add: [NET_ADMIN]\n');
    expect(await findings(yaml, parameters({ baseline_capabilities: { allowed: 'NET_ADMIN' } }), 'baseline-capabilities')).toHaveLength(1);
    expect(await findings(yaml, parameters({ baseline_capabilities: { allowed: ['NET_ADMIN'] } }), 'baseline-capabilities')).toEqual([]);
  });

  it('setData switches parameters for the evaluations that follow, in batches too', async () => {
    const objects = resources([pod('nginx:main'), pod('nginx:latest')].join('---\n'));
    const evaluator = await createEvaluator(bundle, {});
    const tagged = () => evaluator.evaluateAll(objects).map((e) => ('error' in e ? e.error : e.violations.filter((v) => v.rule === 'image-tag').length));
    expect(tagged()).toEqual([0, 1]);
    evaluator.setData(parameters({ image_tag: { forbiddenTags: ['main'] } }));
    expect(tagged()).toEqual([1, 0]);
  });

  it('gives the same verdicts as opa eval with every parameter changed', async () => {
    const objects = objectsUnder(FIXTURES);
    const data = parameters({
      baseline_capabilities: { allowed: ['CHOWN', 'NET_RAW'] },
      restricted_capabilities: { allowed: [] },
      sysctls: { allowed: ['net.core.somaxconn'] },
      apparmor: { allowedTypes: ['RuntimeDefault'] },
      seccomp_baseline: { allowedTypes: ['RuntimeDefault', 'Unconfined'] },
      selinux: { allowedTypes: ['container_t', 'spc_t'] },
      host_ports: { allowed: [8080, 443] },
      volume_types: { allowed: ['configMap', 'secret', 'nfs'] },
      image_tag: { forbiddenTags: ['latest', 'main', 'stable'], requireTag: false, allowedRegistries: ['ghcr.io/acme', 'docker.io/library'] },
      rbac_escalation_verbs: { verbs: ['bind'] },
      rbac_secrets_read: { verbs: ['list', 'patch'] },
      apiserver_tls_cipher_suites: { weakSuites: ['TLS_RSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'] },
      kubelet_tls_cipher_suites: { weakSuites: ['TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'] },
      encryption_config_provider: { forbiddenProviders: ['identity', 'aesgcm'] },
      plain_secret: { placeholders: ['^vault:.+$'] },
    });
    const canonical = (violations: Violation[]) => violations.map((v) => JSON.stringify([v.rule, v.message, v.path])).sort();
    const evaluator = await createEvaluator(bundle, data);
    const wasm = evaluator.evaluateAll(objects).map((evaluation) => {
      if ('error' in evaluation) throw new Error(evaluation.error);
      return canonical(evaluation.violations);
    });
    writeFileSync(join(work, 'input.json'), JSON.stringify({ objects: objects.map((r) => r.object) }));
    writeFileSync(join(work, 'data.json'), JSON.stringify(data));
    const output = execFileSync(
      opa!,
      ['eval', '-f', 'json', '--ignore', '*_test.rego', '-d', join(ROOT, 'policies'), '-d', join(work, 'data.json'), '-i', join(work, 'input.json'), '[v | some obj in input.objects; v := data.kpg.violations with input as obj]'],
      { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 },
    );
    const interpreted = (JSON.parse(output).result[0].expressions[0].value as Violation[][]).map(canonical);
    expect(wasm).toEqual(interpreted);
    // The changed parameters matter: the verdicts differ from the defaults'.
    const defaults = (await createEvaluator(bundle, {})).evaluateAll(objects).map((e) => ('error' in e ? [] : canonical(e.violations)));
    expect(wasm).not.toEqual(defaults);
  });
});

describe('kpg/parameter_errors', () => {
  const mistakes = parameters({
    baseline_capabilities: { allowed: 'NET_ADMIN' },
    host_ports: { allowed: ['8080'] },
    image_tag: { allowedRegistry: ['ghcr.io'], requireTag: 'no' },
    'image-tag': { requireTag: false },
    privileged: { x: 1 },
    sysctls: ['net.core.somaxconn'],
  });

  async function wasmErrors(data: Record<string, unknown>): Promise<unknown[]> {
    const policy = await loadPolicy(bundle.wasm);
    policy.setData(data);
    const result = policy.evaluate({}, 'kpg/parameter_errors') as { result: unknown[] }[];
    return result[0]!.result;
  }

  it('is empty for valid parameters and for none', async () => {
    expect(await wasmErrors({})).toEqual([]);
    expect(await wasmErrors(parameters({ image_tag: { forbiddenTags: ['main'], requireTag: false }, host_ports: { allowed: [80] } }))).toEqual([]);
  });

  it('names each mistake and where it sits in data, as opa eval does', async () => {
    const errors = await wasmErrors(mistakes);
    expect(errors).toContainEqual({
      rule: 'baseline-capabilities',
      message: 'parameter allowed of rule baseline-capabilities must be a list of strings, not "NET_ADMIN"; the rule uses its default',
      path: ['kpg', 'parameters', 'baseline_capabilities', 'allowed'],
    });
    expect(errors).toContainEqual({
      rule: 'image-tag',
      message: 'rule image-tag has no parameter allowedRegistry (it has: allowedRegistries, forbiddenTags, requireTag)',
      path: ['kpg', 'parameters', 'image_tag', 'allowedRegistry'],
    });
    expect(errors).toHaveLength(7);
    writeFileSync(join(work, 'mistakes.json'), JSON.stringify(mistakes));
    const output = execFileSync(opa!, ['eval', '-f', 'json', '--ignore', '*_test.rego', '-d', join(ROOT, 'policies'), '-d', join(work, 'mistakes.json'), 'data.kpg.parameter_errors'], { encoding: 'utf8' });
    const sort = (items: unknown[]) => (items as { rule: string; message: string; path: string[] }[]).map((e) => JSON.stringify([e.rule, e.message, e.path])).sort();
    expect(sort(errors)).toEqual(sort(JSON.parse(output).result[0].expressions[0].value));
  });
});

describe('docs/rules.md', () => {
  const doc = () => renderRulesDoc(bundle.rules);

  it('shows each parameter with its default', () => {
    expect(doc()).toContain('- `requireTag` (boolean): Whether an image without a tag (which means latest) is reported. Default: `true`.');
    expect(doc()).toContain('- `allowed` (list of numbers): ');
  });

  it('has config snippets that read back as the defaults', () => {
    const snippets = [...doc().matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => parse(match[1]!) as { rules: Record<string, { parameters: Record<string, unknown> }> });
    const parameterised = bundle.rules.filter((rule) => rule.parameters?.length);
    expect(snippets).toHaveLength(parameterised.length);
    for (const snippet of snippets) {
      for (const [id, { parameters: values }] of Object.entries(snippet.rules)) {
        const rule = parameterised.find((candidate) => candidate.id === id)!;
        expect(values, id).toEqual(Object.fromEntries(rule.parameters!.map((p) => [p.name, p.default])));
      }
    }
  });
});
