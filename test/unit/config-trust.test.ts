// Which settings a pull request may change (src/config/trust.ts): every class of key, rules, exceptions, and the table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Inputs, readSettings } from '../../src/inputs.js';
import { parseConfig, type Config } from '../../src/config/load.js';
import { withConfig } from '../../src/config/merge.js';
import { SETTINGS_FROM, TRUST, trustConfig, unionPaths, type TrustContext, type TrustedBase } from '../../src/config/trust.js';
import { ROOT } from '../helpers.js';

const FILE = '.kube-policy-gate.yaml';
const config = (text: string) => parseConfig(FILE, text);
const commit = (text?: string): TrustedBase => ({ kind: 'commit', commit: 'b'.repeat(40), ...(text !== undefined && { config: config(text) }) });
const context = (inputs: Record<string, string> = {}, present: string[] = []): TrustContext => ({
  read: (name) => inputs[name] ?? '',
  exists: (path) => present.some((file) => file === path || file.startsWith(`${path}/`)) || path === '.',
  severityOf: (id) => ({ privileged: 'error', 'run-as-non-root': 'warning', 'image-digest': 'notice' })[id] as never,
});
/** The effective config and the settings it gives, as the action would read them. */
function trusted(pr: string | undefined, base: TrustedBase, ctx = context()) {
  const effective = trustConfig(pr === undefined ? undefined : config(pr), base, ctx);
  return { effective, settings: readSettings(withConfig(ctx.read, effective), '/repo'), pending: effective?.trust?.pending ?? [] };
}

describe('the trust table', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schema/config.schema.json'), 'utf8')) as { properties: Record<string, unknown> };

  it('classifies every key of the config schema and every action input', () => {
    const unclassified = [...Object.keys(schema.properties), ...Object.values(Inputs)].filter((key) => !(key in TRUST));
    expect(unclassified).toEqual([]);
  });

  it('classifies no key that is neither a config key nor an input (a stale entry hides a missing one)', () => {
    const known = new Set([...Object.keys(schema.properties), ...Object.values(Inputs)]);
    expect(Object.keys(TRUST).filter((key) => !known.has(key))).toEqual([]);
  });

  it('maps every field of Settings to a classified key', () => {
    const fields = Object.keys(readSettings(() => '', '/repo'));
    expect(fields.filter((field) => !(field in SETTINGS_FROM))).toEqual([]);
    expect(Object.values(SETTINGS_FROM).filter((key) => key !== 'runner' && !(key in TRUST))).toEqual([]);
  });

  it('gives every stricter key a rank that orders its values', () => {
    for (const [key, trust] of Object.entries(TRUST)) expect(trust.how === 'stricter', key).toBe(trust.rank !== undefined);
    expect(TRUST['fail-on'].rank!('notice')).toBeGreaterThan(TRUST['fail-on'].rank!('never'));
    expect(TRUST['max-render-bytes'].rank!('1MiB')).toBeGreaterThan(TRUST['max-render-bytes'].rank!('64MiB'));
  });
});

describe('trustConfig: not a pull request', () => {
  it('uses the config as written', () => {
    const pr = config('fail-on: never\n');
    expect(trustConfig(pr, { kind: 'as-is' }, context())).toBe(pr);
  });
});

describe('trustConfig: stricter keys', () => {
  it('holds back fail-on: never and keeps the base value, with the line and the sentence reports show', () => {
    const { settings, pending } = trusted('profile: baseline\nfail-on: never\n', commit('fail-on: warning\n'));
    expect(settings.failOn).toBe('warning');
    expect(settings.profile).toBe('default');
    expect(pending).toEqual([
      {
        key: 'profile',
        file: FILE,
        line: 1,
        proposed: 'baseline',
        applied: 'default',
        message: 'this pull request sets profile: baseline in .kube-policy-gate.yaml; the default profile: default applies until it is merged',
      },
      {
        key: 'fail-on',
        file: FILE,
        line: 2,
        proposed: 'never',
        applied: 'warning',
        message: "this pull request sets fail-on: never in .kube-policy-gate.yaml; the base branch's fail-on: warning applies until it is merged",
      },
    ]);
  });

  it('applies a stricter value at once', () => {
    const { settings, pending } = trusted('fail-on: notice\nprofile: hardened\nrender-timeout: 30\nmax-render-bytes: 1MiB\nallow-empty: false\ntrust-namespace-labels: false\n', commit(''));
    expect(settings).toMatchObject({ failOn: 'notice', profile: 'hardened', renderTimeoutMs: 30_000, maxRenderBytes: 1024 ** 2, trustNamespaceLabels: false });
    expect(pending).toEqual([]);
  });

  it('holds back a longer timeout, a bigger limit, allow-empty, trusting namespace labels, skipping ci values and replace', () => {
    const base = commit('render-timeout: 60\nmax-render-bytes: 1MiB\ntrust-namespace-labels: false\n');
    const { settings, pending } = trusted('render-timeout: 600\nmax-render-bytes: 1GiB\nallow-empty: true\ntrust-namespace-labels: true\nhelm-ci-values: false\npolicy-mode: replace\npolicy-bundles: [policy]\n', base, context({}, ['policy']));
    expect(settings).toMatchObject({ renderTimeoutMs: 60_000, maxRenderBytes: 1024 ** 2, allowEmpty: false, trustNamespaceLabels: false, helmCiValues: true, policyMode: 'extend' });
    expect(pending.map((change) => [change.key, change.proposed, change.applied])).toEqual([
      ['render-timeout', '600', '60'],
      ['max-render-bytes', '1GiB', '1MiB'],
      ['allow-empty', 'true', 'false'],
      ['trust-namespace-labels', 'true', 'false'],
      ['helm-ci-values', 'false', 'true'],
      ['policy-mode', 'replace', 'extend'],
    ]);
  });

  it('keeps replace when both say so', () => {
    const { settings, pending } = trusted('policy-mode: replace\npolicy-bundles: [policy]\n', commit('policy-mode: replace\npolicy-bundles: [policy]\n'), context({}, ['policy']));
    expect(settings.policyMode).toBe('replace');
    expect(pending).toEqual([]);
  });

  it('holds back a value the pull request removes when the default is looser', () => {
    const { settings, pending } = trusted('profile: default\n', commit('fail-on: warning\n'));
    expect(settings.failOn).toBe('warning');
    expect(pending).toEqual([
      { key: 'fail-on', file: FILE, applied: 'warning', message: "this pull request removes fail-on from .kube-policy-gate.yaml; the base branch's fail-on: warning applies until it is merged" },
    ]);
  });

  it('holds back the base config when the pull request deletes the file', () => {
    const { effective, settings, pending } = trusted(undefined, commit('fail-on: warning\nprofile: baseline\n'));
    expect(settings.failOn).toBe('warning');
    // The default profile is stricter than the base's baseline: deleting that applies.
    expect(settings.profile).toBe('default');
    expect(effective?.file).toBe(FILE);
    expect(pending.map((change) => change.message)).toEqual(["this pull request deletes .kube-policy-gate.yaml; the base branch's fail-on: warning applies until it is merged"]);
  });

  it('lets a workflow input decide, with nothing pending', () => {
    const { settings, pending } = trusted('fail-on: never\n', commit(''), context({ 'fail-on': 'never' }));
    expect(settings.failOn).toBe('never');
    expect(pending).toEqual([]);
  });
});

describe('trustConfig: no base config, or none readable', () => {
  it('compares with the defaults when the base has no config file', () => {
    const { settings, pending } = trusted('fail-on: never\n', commit());
    expect(settings.failOn).toBe('error');
    expect(pending[0]!.message).toBe('this pull request sets fail-on: never in .kube-policy-gate.yaml; the default fail-on: error (the base branch has no config file) applies until it is merged');
  });

  it('compares with the defaults when the base config could not be read', () => {
    const { settings, pending } = trusted('allow-empty: true\n', { kind: 'unreadable', problem: 'not in the clone' });
    expect(settings.allowEmpty).toBe(false);
    expect(pending[0]!.message).toContain("the default allow-empty: false (the base branch's config could not be read)");
    expect(trustConfig(config('allow-empty: true\n'), { kind: 'unreadable', problem: 'not in the clone' }, context())?.trust?.base).toEqual({ problem: 'not in the clone' });
  });

  it('is no config when neither side has one', () => {
    expect(trustConfig(undefined, commit(), context())).toBeUndefined();
  });
});

describe('trustConfig: lists', () => {
  it('checks what either paths names: never less', () => {
    const { settings, pending } = trusted('paths: [deploy/web]\n', commit('paths: [deploy, "!deploy/legacy"]\n'), context({}, ['deploy/web/a.yaml']));
    expect(settings.paths).toEqual(['deploy/web', 'deploy']);
    expect(pending[0]).toMatchObject({ key: 'paths', proposed: 'deploy/web', applied: 'deploy/web, deploy' });
  });

  it('checks the whole repository when either side does, and only excludes both make', () => {
    expect(unionPaths([], ['deploy'], () => true)).toEqual([]);
    expect(unionPaths(['!vendor', 'apps'], ['apps', '!vendor', '!apps/test'], () => true)).toEqual(['apps', '!vendor']);
    expect(unionPaths(['./apps/'], ['apps'], () => true)).toEqual(['apps']);
    expect(unionPaths(['!./vendor/', 'apps'], ['apps', '!vendor'], () => true)).toEqual(['apps', '!vendor']);
  });

  it('drops a base path into a directory the pull request deleted', () => {
    expect(unionPaths(['old/**', 'k8s'], ['k8s'], (path) => path !== 'old')).toEqual(['k8s']);
    expect(unionPaths(['apps/*/prod'], ['k8s'], (path) => path === 'apps')).toEqual(['k8s', 'apps/*/prod']);
  });

  it('applies paths that cover the base, as written', () => {
    const { settings, pending } = trusted('paths: [deploy, charts]\n', commit('paths: [deploy]\n'));
    expect(settings.paths).toEqual(['deploy', 'charts']);
    expect(pending).toEqual([]);
  });

  it('names the whole repository when the pull request narrows it', () => {
    const { settings, pending } = trusted('paths: [nothing-here]\n', commit());
    expect(settings.paths).toEqual([]);
    expect(pending[0]!.message).toBe(
      'this pull request sets paths: nothing-here in .kube-policy-gate.yaml; the default paths still count as well (the base branch has no config file), so paths: the whole repository applies until it is merged',
    );
  });

  it("runs the base's policies too, and refuses a pull request that deletes them", () => {
    const base = commit('policy-bundles: [policy/a]\npolicy-namespaces: [team]\n');
    const { settings, pending } = trusted('policy-bundles: [policy/b]\n', base, context({}, ['policy/a/x.rego', 'policy/b/y.rego']));
    expect(settings.policyBundles).toEqual(['policy/b', 'policy/a']);
    expect(trusted('policy-bundles: [./policy/a/, policy/b]\n', base, context({}, ['policy/a/x.rego', 'policy/b/y.rego'])).settings.policyBundles).toEqual(['./policy/a/', 'policy/b']);
    expect(settings.policyNamespaces).toEqual(['main', 'team']);
    expect(pending.map((change) => change.key)).toEqual(['policy-bundles', 'policy-namespaces']);
    expect(() => trusted('policy-bundles: [policy/b]\n', base, context({}, ['policy/b/y.rego']))).toThrow(
      ".kube-policy-gate.yaml:1: policy-bundles: 'policy/a' (the base branch's config) is missing in this pull request; the base's policies judge a pull request until a change to them is merged: keep it, or first merge a pull request that drops it from policy-bundles",
    );
  });

  it("keeps the base's policy-data, kube-version and pss-version; the pull request's are pending", () => {
    const { settings, pending } = trusted("policy-data: [loose.yaml]\nkube-version: '1.20'\npss-version: v1.20\n", commit('policy-data: [strict.yaml]\n'), context({}, ['strict.yaml', 'loose.yaml']));
    expect(settings).toMatchObject({ policyData: ['strict.yaml'], kubeVersion: '' });
    expect(settings.pssVersion).toBeUndefined();
    expect(pending.map((change) => [change.key, change.applied])).toEqual([
      ['policy-data', 'strict.yaml'],
      ['kube-version', 'unset'],
      ['pss-version', 'unset'],
    ]);
    expect(pending[1]!.message).toBe("this pull request sets kube-version: 1.20 in .kube-policy-gate.yaml; kube-version stays unset until it is merged");
  });

  it("applies what is rendered from the pull request: values files, release name, namespace, enable-helm, variants", () => {
    const text = 'values-files: [a.yaml]\nrelease-name: web\nnamespace: shop\nenable-helm: false\nvariants: [{path: charts/web, name: prod}]\n';
    const { effective, settings, pending } = trusted(text, commit('values-files: [b.yaml]\nnamespace: other\n'));
    expect(settings).toMatchObject({ valuesFiles: ['a.yaml'], releaseName: 'web', namespace: 'shop', enableHelm: false });
    expect(effective?.variants?.map((variant) => variant.name)).toEqual(['prod']);
    expect(pending).toEqual([]);
  });
});

describe('trustConfig: rules', () => {
  const rules = (pr: string, base: string) => trusted(pr, commit(base));

  it('applies enabling and raising at once', () => {
    const { effective, pending } = rules('rules:\n  image-digest: {enabled: true, severity: error}\n  run-as-non-root: {severity: error}\n', '');
    expect(effective?.rules).toEqual({ 'image-digest': { enabled: true, severity: 'error' }, 'run-as-non-root': { severity: 'error' } });
    expect(pending).toEqual([]);
  });

  it('holds back disabling, lowering and new parameters, each at its line', () => {
    const { effective, pending } = rules('rules:\n  privileged: {enabled: false}\n  run-as-non-root: {severity: notice}\n  image-tag:\n    parameters: {allowedRegistries: ["*"]}\n', '');
    expect(effective?.rules).toEqual({});
    expect(pending.map((change) => [change.key, change.line, change.proposed, change.applied])).toEqual([
      ['rules.privileged.enabled', 2, 'false', "the profile's choice"],
      ['rules.run-as-non-root.severity', 3, 'notice', 'its own warning'],
      ['rules.image-tag.parameters', 5, '{"allowedRegistries":["*"]}', 'its defaults'],
    ]);
    expect(pending[0]!.message).toBe("this pull request sets rules.privileged.enabled: false in .kube-policy-gate.yaml; the profile's choice applies until it is merged");
    expect(pending[2]!.message).toBe('this pull request sets rules.image-tag.parameters: {"allowedRegistries":["*"]} in .kube-policy-gate.yaml; its defaults apply until it is merged');
  });

  it("keeps the base's settings the pull request drops when they are stricter, and lets go of those that are looser", () => {
    const base = 'rules:\n  image-digest: {enabled: true}\n  host-users: {enabled: false}\n  run-as-non-root: {severity: error}\n  image-tag: {parameters: {allowedRegistries: [r.example]}}\n';
    const { effective, pending } = rules('profile: default\n', base);
    expect(effective?.rules).toEqual({ 'image-digest': { enabled: true }, 'run-as-non-root': { severity: 'error' }, 'image-tag': { parameters: { allowedRegistries: ['r.example'] } } });
    expect(pending.map((change) => change.key)).toEqual(['rules.image-digest.enabled', 'rules.run-as-non-root.severity', 'rules.image-tag.parameters']);
  });

  it('keeps identical settings, and lowers a raised severity only back to the rule’s own', () => {
    const same = 'rules:\n  image-tag: {parameters: {allowedRegistries: [r.example]}}\n  privileged: {severity: warning}\n';
    expect(rules(same, same).pending).toEqual([]);
    expect(rules('rules:\n  run-as-non-root: {severity: warning}\n', 'rules:\n  run-as-non-root: {severity: error}\n').pending).toHaveLength(1);
  });

  it('compares an unknown rule conservatively: only error is surely not lower', () => {
    expect(rules('rules:\n  main.deny: {severity: warning}\n', '').pending.map((change) => change.applied)).toEqual(['its own severity']);
    expect(rules('rules:\n  main.deny: {severity: error}\n', '').pending).toEqual([]);
  });
});

describe('trustConfig: exceptions', () => {
  const exception = (extra = '') => `exceptions:\n  - rules: [privileged]\n    name: debug\n    reason: incident tooling${extra}\n`;

  it('holds back every exception when the base has none, at its line, and the findings still count', () => {
    const { effective, pending } = trusted(exception(), commit(''));
    expect(effective?.exceptions).toEqual([]);
    expect(pending).toEqual([
      {
        key: 'exceptions[0]',
        file: FILE,
        line: 2,
        proposed: 'the exception for privileged on name debug (reason: incident tooling)',
        applied: 'none',
        message: 'this pull request adds the exception for privileged on name debug (reason: incident tooling) at .kube-policy-gate.yaml:2; the findings it would accept still count until it is merged',
      },
    ]);
  });

  it("applies the base's exceptions the pull request keeps, with a new reason or an earlier expiry", () => {
    const base = commit(exception('\n    expires: 2030-01-01'));
    const kept = trusted(exception('\n    expires: 2029-01-01').replace('incident tooling', 'still needed'), base);
    expect(kept.effective?.exceptions.map((entry) => entry.reason)).toEqual(['still needed']);
    expect(kept.pending).toEqual([]);
  });

  it('holds back a later expiry and a wider selector; a removed exception stops applying', () => {
    const base = commit(exception('\n    expires: 2030-01-01'));
    expect(trusted(exception('\n    expires: 2031-01-01'), base).pending[0]!.message).toContain('this pull request extends the exception for privileged on name debug');
    expect(trusted(exception().replace('name: debug', "name: '*'"), base).pending[0]!.message).toContain('adds');
    expect(trusted('fail-on: error\n', base).effective?.exceptions).toEqual([]);
  });
});

describe('trustConfig: the pull request as written', () => {
  it('keeps it for the rule id check', () => {
    const pr: Config = config('rules:\n  privileged: {enabled: false}\n');
    expect(trustConfig(pr, commit(''), context())?.trust?.proposed).toBe(pr);
  });
});
