// Gatekeeper templates and constraints: gatekeeper-library's own samples, match, severity, and the mistakes users make.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import type { Resource } from '../../src/model.js';
import type { Evaluation } from '../../src/policy/evaluate.js';
import { loadGatekeeper } from '../../src/policy/sources/gatekeeper.js';
import type { InProcessSource } from '../../src/policy/sources/types.js';
import { FIXTURES, ROOT } from '../helpers.js';

const GATEKEEPER = join(FIXTURES, 'gatekeeper');
const PRIVILEGED = 'library/pod-security-policy/privileged-containers';
const PRIVILEGED_SAMPLES = `${PRIVILEGED}/samples/psp-privileged-container`;
const REPOS = 'library/general/allowedrepos';
const LABELS = 'library/general/requiredlabels';
const EXAMPLE = 'examples/custom-policies/gatekeeper/max-replicas';

let cacheDir: string;
let scratch: string;
beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'kpg-gatekeeper-cache-'));
  scratch = await mkdtemp(join(tmpdir(), 'kpg-gatekeeper-'));
});
afterAll(async () => {
  await rm(cacheDir, { recursive: true, force: true });
  await rm(scratch, { recursive: true, force: true });
});
afterEach(() => vi.unstubAllEnvs());

function load(paths: string[], root = GATEKEEPER): Promise<InProcessSource | undefined> {
  return loadGatekeeper(paths, { root, regoVersion: 'v1', namespaces: ['main'], cacheDir });
}

async function source(paths: string[], root = GATEKEEPER): Promise<InProcessSource> {
  const loaded = await load(paths, root);
  if (!loaded) throw new Error(`no Gatekeeper policy under ${paths.join(', ')}`);
  return loaded;
}

/** The objects of a YAML file (or text) as the pipeline hands them to a source. */
async function objects(file: string, text?: string): Promise<Resource[]> {
  const yaml = text ?? (await readFile(join(GATEKEEPER, file), 'utf8'));
  return parseAllDocuments(yaml).map((document) => {
    const object = document.toJS() as Record<string, any>;
    return {
      object,
      apiVersion: object.apiVersion,
      kind: object.kind,
      name: object.metadata.name,
      ...(object.metadata.namespace && { namespace: object.metadata.namespace }),
      target: { kind: 'manifests', path: file },
      document: { text: yaml, firstLine: 1, sourceFile: file, relatedFiles: [], textIsSource: true },
    } satisfies Resource;
  });
}

/** `rule: message` per violation, sorted; errors as `error: …`. */
function found(evaluations: Evaluation[]): string[] {
  return evaluations.flatMap((evaluation) => ('error' in evaluation ? [`error: ${evaluation.error}`] : evaluation.violations.map((violation) => `${violation.rule}: ${violation.message}`))).sort();
}

/** A directory holding a library template and one constraint written by the test. */
async function withConstraint(template: string, constraint: string): Promise<string> {
  const directory = await mkdtemp(join(scratch, 'case-'));
  await writeFile(join(directory, 'template.yaml'), await readFile(join(GATEKEEPER, template)));
  await writeFile(join(directory, 'constraint.yaml'), constraint);
  return directory;
}

function privilegedConstraint(spec: string): string {
  return `apiVersion: constraints.gatekeeper.sh/v1beta1\nkind: K8sPSPPrivilegedContainer\nmetadata:\n  name: no-privileged\nspec:\n${spec}`;
}

const privilegedPod = (metadata: string) => `apiVersion: v1
kind: Pod
metadata:
${metadata}
spec:
  containers:
    - name: app
      image: nginx
      securityContext:
        privileged: true
`;

describe('gatekeeper-library samples', () => {
  test('privileged-containers: example_disallowed is flagged with the template’s own messages, example_allowed is clean', async () => {
    const policy = await source([`${PRIVILEGED}/template.yaml`, `${PRIVILEGED_SAMPLES}/constraint.yaml`]);
    expect(policy.style).toBe('gatekeeper');
    expect(policy.rules).toMatchObject([{ id: 'K8sPSPPrivilegedContainer/psp-privileged-container', severity: 'error', title: 'Privileged Container', custom: true, file: `${PRIVILEGED_SAMPLES}/constraint.yaml` }]);
    expect(found(policy.evaluateAll(await objects(`${PRIVILEGED_SAMPLES}/example_disallowed.yaml`), {}))).toEqual([
      'K8sPSPPrivilegedContainer/psp-privileged-container: Privileged container is not allowed: nginx, securityContext: {"privileged": true}',
      'K8sPSPPrivilegedContainer/psp-privileged-container: Privileged container is not allowed: nginx-init, securityContext: {"privileged": true}',
    ]);
    expect(found(policy.evaluateAll(await objects(`${PRIVILEGED_SAMPLES}/example_allowed.yaml`), {}))).toEqual([]);
    // The constraint's parameters reach the template: exemptImages lets safeimages.com/* be privileged.
    expect(found(policy.evaluateAll(await objects(`${PRIVILEGED_SAMPLES}/example_allowed_exempt.yaml`), {}))).toEqual([]);
  });

  test('allowedrepos: the repos parameter is passed through (and strings.any_prefix_match runs)', async () => {
    const policy = await source([`${REPOS}/template.yaml`, `${REPOS}/samples/repo-must-be-openpolicyagent/constraint.yaml`]);
    expect(found(policy.evaluateAll(await objects(`${REPOS}/samples/repo-must-be-openpolicyagent/example_disallowed_both.yaml`), {}))).toEqual([
      'K8sAllowedRepos/repo-is-openpolicyagent: container <nginx> has an invalid image repo <nginx>, allowed repos are ["openpolicyagent/"]',
      'K8sAllowedRepos/repo-is-openpolicyagent: initContainer <nginxinit> has an invalid image repo <nginx>, allowed repos are ["openpolicyagent/"]',
    ]);
    expect(found(policy.evaluateAll(await objects(`${REPOS}/samples/repo-must-be-openpolicyagent/example_allowed.yaml`), {}))).toEqual([]);
  });

  test('requiredlabels: labels, allowedRegex and message parameters', async () => {
    const owner = await source([`${LABELS}/template.yaml`, `${LABELS}/samples/all-must-have-owner/constraint.yaml`]);
    expect(found(owner.evaluateAll(await objects(`${LABELS}/samples/all-must-have-owner/example_disallowed_label_value.yaml`), {}))).toEqual([
      'K8sRequiredLabels/all-must-have-owner: All namespaces must have an `owner` label that points to your company username',
    ]);
    expect(found(owner.evaluateAll(await objects(`${LABELS}/samples/all-must-have-owner/example_allowed.yaml`), {}))).toEqual([]);
    const pizza = await source([`${LABELS}/template.yaml`, `${LABELS}/samples/verify-label-key-only/constraint.yaml`]);
    expect(found(pizza.evaluateAll(await objects(`${LABELS}/samples/verify-label-key-only/example_disallowed.yaml`), {}))).toEqual([
      "K8sRequiredLabels/must-have-pizza: All pods must have label of key `pizza` regardless of the label's value",
    ]);
    expect(found(pizza.evaluateAll(await objects(`${LABELS}/samples/verify-label-key-only/example_allowed.yaml`), {}))).toEqual([]);
  });

  test('a set in a message prints as OPA prints it', async () => {
    const directory = await withConstraint(`${LABELS}/template.yaml`, `apiVersion: constraints.gatekeeper.sh/v1beta1
kind: K8sRequiredLabels
metadata:
  name: team-and-tier
spec:
  parameters:
    labels: [{key: team}, {key: tier}]
`);
    const policy = await source([directory]);
    expect(found(policy.evaluateAll(await objects('pod.yaml', privilegedPod('  name: app\n  labels: {tier: web}')), {}))).toEqual([
      'K8sRequiredLabels/team-and-tier: you must provide labels: {"team"}',
    ]);
  });

  test('a whole library directory: samples and suites are not policies, every constraint is a rule', async () => {
    const policy = await source(['library']);
    expect(policy.rules.map((rule) => rule.id).sort()).toEqual([
      'K8sAllowedRepos/repo-is-openpolicyagent',
      'K8sPSPPrivilegedContainer/psp-privileged-container',
      'K8sRequiredLabels/all-must-have-owner',
      'K8sRequiredLabels/must-have-pizza',
    ]);
  });

  test('a directory without Gatekeeper objects is not a Gatekeeper source', async () => {
    expect(await load([`${PRIVILEGED_SAMPLES}/example_allowed.yaml`])).toBeUndefined();
  });
});

describe('match', () => {
  async function judge(spec: string, pods: string[]): Promise<string[]> {
    const policy = await source([await withConstraint(`${PRIVILEGED}/template.yaml`, privilegedConstraint(spec))]);
    const resources = (await Promise.all(pods.map((pod, index) => objects(`pod-${index}.yaml`, pod)))).flat();
    return policy.evaluateAll(resources, {}).filter((evaluation) => 'error' in evaluation || evaluation.violations.length).map((evaluation) => ('error' in evaluation ? `error: ${evaluation.error}` : `${evaluation.resource.namespace ?? ''}/${evaluation.resource.name}`));
  }

  test('kinds: a constraint on Deployments leaves Pods alone; "*" takes every group and kind', async () => {
    const pod = privilegedPod('  name: a');
    expect(await judge('  match:\n    kinds: [{apiGroups: [apps], kinds: [Deployment]}]\n', [pod])).toEqual([]);
    expect(await judge('  match:\n    kinds: [{apiGroups: ["*"], kinds: ["*"]}]\n', [pod])).toEqual(['/a']);
    expect(await judge('  match:\n    kinds: [{apiGroups: ["apps"], kinds: ["Pod"]}]\n', [pod])).toEqual([]);
  });

  test('namespaces and excludedNamespaces, with a kube-* prefix', async () => {
    const pods = [privilegedPod('  name: a\n  namespace: kube-system'), privilegedPod('  name: b\n  namespace: kube-public'), privilegedPod('  name: c\n  namespace: shop'), privilegedPod('  name: d')];
    expect(await judge('  match:\n    excludedNamespaces: ["kube-*"]\n', pods)).toEqual(['shop/c', '/d']);
    expect(await judge('  match:\n    namespaces: ["kube-*"]\n', pods)).toEqual(['kube-system/a', 'kube-public/b', '/d']);
    expect(await judge('  match:\n    namespaces: ["*-system"]\n    excludedNamespaces: ["kube-system"]\n', pods)).toEqual(['/d']);
  });

  test('labelSelector: matchLabels and matchExpressions', async () => {
    const pods = [privilegedPod('  name: a\n  labels: {tier: web, team: shop}'), privilegedPod('  name: b\n  labels: {tier: db}'), privilegedPod('  name: c')];
    expect(await judge('  match:\n    labelSelector:\n      matchLabels: {tier: web}\n', pods)).toEqual(['/a']);
    expect(await judge('  match:\n    labelSelector:\n      matchExpressions: [{key: tier, operator: NotIn, values: [web]}]\n', pods)).toEqual(['/b', '/c']);
    expect(await judge('  match:\n    labelSelector:\n      matchExpressions: [{key: team, operator: DoesNotExist}, {key: tier, operator: Exists}]\n', pods)).toEqual(['/b']);
  });

  test('namespaceSelector reads the Namespace objects checked alongside; without one the object is not checked', async () => {
    const namespace = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels: {enforce: "true"}\n';
    const spec = '  match:\n    kinds: [{apiGroups: [""], kinds: [Pod]}]\n    namespaceSelector:\n      matchLabels: {enforce: "true"}\n';
    expect(await judge(spec, [namespace, privilegedPod('  name: a\n  namespace: shop')])).toEqual(['shop/a']);
    expect(await judge(spec, [namespace.replace('"true"', '"false"'), privilegedPod('  name: a\n  namespace: shop')])).toEqual([]);
    expect(await judge(spec, [privilegedPod('  name: a\n  namespace: elsewhere')])).toEqual([
      "error: K8sPSPPrivilegedContainer/no-privileged: its namespaceSelector needs the labels of Namespace 'elsewhere', which is not among the objects checked with this one",
    ]);
  });

  test('scope and name', async () => {
    const pods = [privilegedPod('  name: web-1\n  namespace: shop'), privilegedPod('  name: db-1')];
    expect(await judge('  match:\n    scope: Namespaced\n', pods)).toEqual(['shop/web-1']);
    expect(await judge('  match:\n    scope: Cluster\n', pods)).toEqual(['/db-1']);
    expect(await judge('  match:\n    name: "web-*"\n', pods)).toEqual(['shop/web-1']);
  });

  test('a malformed selector is a ConfigError naming the constraint', async () => {
    const directory = await withConstraint(`${PRIVILEGED}/template.yaml`, privilegedConstraint('  match:\n    labelSelector:\n      matchExpressions: [{key: tier, operator: In}]\n'));
    await expect(load([directory])).rejects.toThrow(/constraint\.yaml: K8sPSPPrivilegedContainer 'no-privileged': spec\.match\.labelSelector\.matchExpressions\[0\]: operator In needs values/);
  });
});

describe('enforcementAction', () => {
  async function severity(spec: string): Promise<string> {
    const policy = await source([await withConstraint(`${PRIVILEGED}/template.yaml`, privilegedConstraint(spec))]);
    return policy.rules[0]!.severity;
  }

  test('deny (the default) → error, warn → warning, dryrun → notice', async () => {
    expect(await severity('  match: {}\n')).toBe('error');
    expect(await severity('  enforcementAction: deny\n')).toBe('error');
    expect(await severity('  enforcementAction: warn\n')).toBe('warning');
    expect(await severity('  enforcementAction: dryrun\n')).toBe('notice');
  });

  test('scoped: the strictest action at an admission enforcement point; audit alone is a notice', async () => {
    const scoped = (entries: string) => `  enforcementAction: scoped\n  scopedEnforcementActions:\n${entries}`;
    expect(await severity(scoped('    - action: warn\n      enforcementPoints: [{name: validation.gatekeeper.sh}]\n    - action: deny\n      enforcementPoints: [{name: audit.gatekeeper.sh}]\n'))).toBe('warning');
    expect(await severity(scoped('    - action: deny\n      enforcementPoints: [{name: "*"}]\n'))).toBe('error');
    expect(await severity(scoped('    - action: deny\n      enforcementPoints: [{name: audit.gatekeeper.sh}]\n'))).toBe('notice');
  });

  test('an unknown action is a ConfigError', async () => {
    const directory = await withConstraint(`${PRIVILEGED}/template.yaml`, privilegedConstraint('  enforcementAction: block\n'));
    await expect(load([directory])).rejects.toThrow(/spec\.enforcementAction is "block", expected deny, warn, dryrun or scoped/);
  });
});

describe('mistakes are ConfigErrors that name the file', () => {
  test('a constraint whose template is missing', async () => {
    const error = await load(['broken/missing-template']).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(
      "broken/missing-template/constraint.yaml: K8sRequiredProbes 'must-have-probes' has no ConstraintTemplate defining kind K8sRequiredProbes under broken/missing-template (templates found: none). Add the template (gatekeeper-library keeps it in template.yaml beside samples/).",
    );
  });

  test('a template with a syntax error', async () => {
    const error = await load(['broken/syntax-error']).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(
      /^broken\/syntax-error\/template\.yaml: ConstraintTemplate 'k8sbrokensyntax' does not compile \(Rego v0\):\nspec\.targets\[0\]\.rego:5: rego_parse_error: unexpected \} token/,
    );
  });

  test('a template with only CEL (K8sNativeValidation) code', async () => {
    await expect(load(['broken/cel-only'])).rejects.toThrow(
      "broken/cel-only/constraint.yaml: K8sNoHostNetwork 'no-host-network': its ConstraintTemplate 'k8snohostnetwork' (broken/cel-only/template.yaml) has only K8sNativeValidation code (CEL), which kube-policy-gate cannot evaluate; add a `engine: Rego` entry to spec.targets[0].code.",
    );
  });

  test('a builtin the wasm evaluator cannot run', async () => {
    await expect(load(['broken/unsupported-builtin'])).rejects.toThrow(/^broken\/unsupported-builtin\/template\.yaml: ConstraintTemplate 'k8sexternalimages' calls http\.send, which the WebAssembly evaluator cannot run/);
  });

  test('a policy file that is not valid YAML', async () => {
    await expect(load(['broken/bad-yaml'])).rejects.toThrow(/^broken\/bad-yaml\/constraint\.yaml:6: not valid YAML \(Missing closing "quote\)/);
  });

  test('templates without constraints enforce nothing', async () => {
    await expect(load([`${PRIVILEGED}/template.yaml`])).rejects.toThrow(/1 ConstraintTemplate\(s\) \(K8sPSPPrivilegedContainer\) and no constraints/);
  });

  test('no opa to compile with says how to get it; a cached build needs none', async () => {
    const paths = [`${REPOS}/template.yaml`, `${REPOS}/samples/repo-must-be-openpolicyagent/constraint.yaml`];
    await source(paths);
    vi.stubEnv('PATH', '');
    vi.stubEnv('KPG_TOOLS_DIR', join(scratch, 'no-tools'));
    await expect(source(paths)).resolves.toBeDefined();
    const fresh = loadGatekeeper(paths, { root: GATEKEEPER, regoVersion: 'v1', namespaces: ['main'], cacheDir: join(scratch, 'empty-cache') });
    await expect(fresh).rejects.toThrow(/compiled with opa, which is not on PATH\. On GitHub runners add `- uses: open-policy-agent\/setup-opa@v2`/);
  });
});

describe('referential data and field paths', () => {
  test('data.inventory holds the objects checked together; details.path becomes the violation path', async () => {
    const directory = await mkdtemp(join(scratch, 'unique-'));
    await writeFile(join(directory, 'template.yaml'), `apiVersion: templates.gatekeeper.sh/v1
kind: ConstraintTemplate
metadata:
  name: k8suniqueservicename
spec:
  crd:
    spec:
      names:
        kind: K8sUniqueServiceName
  targets:
    - target: admission.k8s.gatekeeper.sh
      rego: |
        package k8suniqueservicename

        violation[{"msg": msg, "details": {"path": ["metadata", "name"]}}] {
          name := input.review.object.metadata.name
          other := data.inventory.namespace[ns]["v1"]["Service"][name]
          ns != input.review.object.metadata.namespace
          msg := sprintf("Service %v is also in namespace %v", [name, ns])
        }
`);
    await writeFile(join(directory, 'constraint.yaml'), 'apiVersion: constraints.gatekeeper.sh/v1beta1\nkind: K8sUniqueServiceName\nmetadata:\n  name: unique\n');
    const policy = await source([directory]);
    const service = (namespace: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: api\n  namespace: ${namespace}\n`;
    const evaluations = policy.evaluateAll(await objects('services.yaml', `${service('a')}---\n${service('b')}`), {});
    expect(evaluations.map((evaluation) => ('violations' in evaluation ? evaluation.violations : evaluation))).toEqual([
      [{ rule: 'K8sUniqueServiceName/unique', message: 'Service api is also in namespace b', path: ['metadata', 'name'] }],
      [{ rule: 'K8sUniqueServiceName/unique', message: 'Service api is also in namespace a', path: ['metadata', 'name'] }],
    ]);
  });
});

describe('examples/custom-policies/gatekeeper', () => {
  test('max-replicas (Rego v1): the disallowed example fails at spec.replicas, the allowed one passes', async () => {
    const policy = await source([EXAMPLE], ROOT);
    expect(policy.rules).toMatchObject([{ id: 'K8sMaxReplicas/max-replicas-10', severity: 'error', title: 'Maximum replicas', file: `${EXAMPLE}/samples/max-replicas-10/constraint.yaml` }]);
    const example = (name: string) => readFile(join(ROOT, EXAMPLE, 'samples/max-replicas-10', name), 'utf8').then((text) => objects(name, text));
    expect(policy.evaluateAll(await example('example_disallowed.yaml'), {}).map((evaluation) => ('violations' in evaluation ? evaluation.violations : evaluation))).toEqual([
      [{ rule: 'K8sMaxReplicas/max-replicas-10', message: 'Deployment web asks for 40 replicas; at most 10 are allowed', path: ['spec', 'replicas'] }],
    ]);
    expect(found(policy.evaluateAll(await example('example_allowed.yaml'), {}))).toEqual([]);
  });
});

