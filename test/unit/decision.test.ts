import { describe, expect, it } from 'vitest';
import type { Resource } from '../../src/model.js';
import type { RuleInfo } from '../../src/policy/bundle.js';
import { decide, namespaceLevels, ruleSelected, rulesToRun } from '../../src/policy/decision.js';
import type { Settings } from '../../src/inputs.js';
import { check } from '../../src/runner.js';
import { FIXTURES, settings } from '../helpers.js';

const rule = (id: string, profiles: RuleInfo['profiles'], optional = false): RuleInfo => ({
  id,
  package: id.replaceAll('-', '_'),
  title: id,
  description: '',
  severity: 'error',
  profiles,
  optional,
  remediation: '',
  references: [],
  file: '',
});
const baseline = rule('privileged', ['baseline', 'restricted', 'hardened']);
const restricted = rule('run-as-non-root', ['restricted', 'hardened']);
const hardening = rule('host-users', ['hardened']);
const optional = rule('image-digest', ['hardened'], true);

const resource = (kind: string, name: string, extra: Record<string, unknown> = {}, namespace?: string): Resource => ({
  apiVersion: 'v1',
  kind,
  name,
  namespace,
  object: { apiVersion: 'v1', kind, metadata: { name, namespace, ...extra } },
  target: { kind: 'manifests', path: 'x.yaml' },
  document: { text: '', firstLine: 1, sourceFile: 'x.yaml', relatedFiles: [], textIsSource: true },
});

describe('rule selection', () => {
  it('follows the profile', () => {
    const selected = (profile: Parameters<typeof ruleSelected>[1]) => [baseline, restricted, hardening, optional].filter((r) => ruleSelected(r, profile)).map((r) => r.id);
    expect(selected('default')).toEqual(['privileged', 'run-as-non-root', 'host-users']);
    expect(selected('hardened')).toEqual(['privileged', 'run-as-non-root', 'host-users', 'image-digest']);
    expect(selected('restricted')).toEqual(['privileged', 'run-as-non-root']);
    expect(selected('baseline')).toEqual(['privileged']);
  });

  it('reports enabled rules, optional ones included, whatever the profile', () => {
    expect(ruleSelected(optional, 'baseline', new Set(['image-digest']))).toBe(true);
  });

  it('lets a namespace enforce label set the Pod Security level, leaving hardening rules to the profile', () => {
    expect(ruleSelected(baseline, 'default', new Set(), 'privileged')).toBe(false);
    expect(ruleSelected(restricted, 'default', new Set(), 'baseline')).toBe(false);
    expect(ruleSelected(baseline, 'default', new Set(), 'baseline')).toBe(true);
    expect(ruleSelected(restricted, 'baseline', new Set(), 'restricted')).toBe(true);
    expect(ruleSelected(hardening, 'default', new Set(), 'privileged')).toBe(true);
  });

  it('runs only the rules that can report: all Pod Security rules, the rest by profile and enable', () => {
    const rules = [baseline, restricted, hardening, optional];
    expect(rulesToRun(rules, 'default')).toEqual(['privileged', 'run_as_non_root', 'host_users']);
    expect(rulesToRun(rules, 'baseline')).toEqual(['privileged', 'run_as_non_root']);
    expect(rulesToRun(rules, 'baseline', new Set(['image-digest']))).toEqual(['privileged', 'run_as_non_root', 'image_digest']);
  });

  it('reads the levels of rendered Namespaces; an invalid value is restricted', () => {
    const levels = namespaceLevels([
      resource('Namespace', 'kube-system', { labels: { 'pod-security.kubernetes.io/enforce': 'privileged' } }),
      resource('Namespace', 'odd', { labels: { 'pod-security.kubernetes.io/enforce': 'strict' } }),
      resource('Namespace', 'plain'),
    ]);
    expect([...levels]).toEqual([
      ['kube-system', 'privileged'],
      ['odd', 'restricted'],
    ]);
  });

  it('keeps violations of rules the bundle does not describe, as errors', () => {
    const pod = resource('Pod', 'p', {}, 'kube-system');
    const findings = decide(
      [{ resource: pod, violations: [{ rule: 'privileged', message: 'm', path: [] }, { rule: 'custom-rule', message: 'c', path: ['spec'] }] }],
      [baseline],
      { profile: 'default', namespaces: new Map([['kube-system', 'privileged']]) },
      () => ({ file: 'x.yaml', line: 3 }),
    );
    expect(findings.map((f) => [f.ruleId, f.severity, f.location?.line])).toEqual([['custom-rule', 'error', 3]]);
  });
});

describe('namespace-pss-relaxed', () => {
  const enforcing = (name: string, level: string) => resource('Namespace', name, { labels: { 'pod-security.kubernetes.io/enforce': level } });
  const evaluated = (subject: Resource, ...rules: string[]) => ({ resource: subject, violations: rules.map((id) => ({ rule: id, message: `${id} on ${subject.name}`, path: ['spec'] })) });
  // Each finding's line is the length of its field path, so the label's path shows as line 3.
  const locate = (subject: Resource, path: (string | number)[]) => ({ file: subject.document.sourceFile, line: path.length });
  const rules = [baseline, restricted, hardening];
  const summary = (findings: ReturnType<typeof decide>) => findings.map((f) => [f.ruleId, f.severity, f.resource?.name, f.location?.line, f.message]);

  it('is an error at the label when the level hides findings, counting findings and objects', () => {
    const namespace = enforcing('default', 'privileged');
    const evaluations = [
      evaluated(namespace),
      evaluated(resource('Pod', 'miner'), 'privileged', 'run-as-non-root'),
      evaluated(resource('Pod', 'web', {}, 'default'), 'run-as-non-root', 'host-users'),
      evaluated(resource('Pod', 'elsewhere', {}, 'shop'), 'privileged'),
    ];
    const findings = decide(evaluations, rules, { profile: 'default', namespaces: namespaceLevels([namespace]) }, locate);
    expect(summary(findings)).toEqual([
      ['host-users', 'error', 'web', 1, 'host-users on web'],
      ['privileged', 'error', 'elsewhere', 1, 'privileged on elsewhere'],
      ['namespace-pss-relaxed', 'error', 'default', 3, 'Namespace default enforces Pod Security level privileged, below restricted: 3 findings on 2 objects in it are not reported'],
    ]);
    expect(findings.at(-1)?.fieldPath).toEqual(['metadata', 'labels', 'pod-security.kubernetes.io/enforce']);
  });

  it('is a notice when the level hides nothing', () => {
    const namespace = enforcing('team-a', 'privileged');
    const findings = decide([evaluated(namespace), evaluated(resource('Pod', 'web', {}, 'team-a'))], rules, { profile: 'restricted', namespaces: namespaceLevels([namespace]) }, locate);
    expect(summary(findings)).toEqual([
      ['namespace-pss-relaxed', 'notice', 'team-a', 3, 'Namespace team-a enforces Pod Security level privileged, below restricted: it hides no finding today, but Pods in it are judged at privileged'],
    ]);
  });

  it('counts restricted findings hidden by a baseline level under the restricted profile, and keeps baseline ones', () => {
    const namespace = enforcing('legacy', 'baseline');
    const evaluations = [evaluated(namespace), evaluated(resource('Pod', 'old', {}, 'legacy'), 'privileged', 'run-as-non-root')];
    const findings = decide(evaluations, rules, { profile: 'hardened', namespaces: namespaceLevels([namespace]) }, locate);
    expect(summary(findings)).toEqual([
      ['privileged', 'error', 'old', 1, 'privileged on old'],
      ['namespace-pss-relaxed', 'error', 'legacy', 3, 'Namespace legacy enforces Pod Security level baseline, below restricted: 1 finding on 1 object in it is not reported'],
    ]);
  });

  it('judges at the profile and reports the label as a notice when labels are not trusted', () => {
    const namespace = enforcing('default', 'privileged');
    const evaluations = [evaluated(namespace), evaluated(resource('Pod', 'miner'), 'privileged')];
    const findings = decide(evaluations, rules, { profile: 'default', namespaces: namespaceLevels([namespace]), trustNamespaceLabels: false }, locate);
    expect(summary(findings)).toEqual([
      ['privileged', 'error', 'miner', 1, 'privileged on miner'],
      ['namespace-pss-relaxed', 'notice', 'default', 3, 'Namespace default enforces Pod Security level privileged, below restricted: the label is not trusted (trust-namespace-labels is false), so its objects are judged at restricted'],
    ]);
  });

  it('ignores a label that raises the level too when labels are not trusted', () => {
    const namespace = enforcing('strict', 'restricted');
    const evaluations = [evaluated(namespace), evaluated(resource('Pod', 'p', {}, 'strict'), 'run-as-non-root')];
    const findings = decide(evaluations, rules, { profile: 'baseline', namespaces: namespaceLevels([namespace]), trustNamespaceLabels: false }, locate);
    expect(summary(findings)).toEqual([]);
  });

  it('measures against the profile level: baseline for the baseline profile', () => {
    const levels = [enforcing('legacy', 'baseline'), enforcing('strict', 'restricted'), enforcing('odd', 'strict'), enforcing('agents', 'privileged')];
    const evaluations = [...levels.map((namespace) => evaluated(namespace)), evaluated(resource('Pod', 'agent', {}, 'agents'), 'privileged', 'run-as-non-root')];
    const findings = decide(evaluations, rules, { profile: 'baseline', namespaces: namespaceLevels(levels) }, locate);
    // run-as-non-root is not reported at baseline anyway, so only the privileged finding is hidden.
    expect(summary(findings)).toEqual([
      ['namespace-pss-relaxed', 'error', 'agents', 3, 'Namespace agents enforces Pod Security level privileged, below baseline: 1 finding on 1 object in it is not reported'],
    ]);
  });

  it('does not count findings of rules enabled explicitly: they report whatever the level', () => {
    const namespace = enforcing('agents', 'privileged');
    const evaluations = [evaluated(namespace), evaluated(resource('Pod', 'agent', {}, 'agents'), 'privileged')];
    const findings = decide(evaluations, rules, { profile: 'default', enabled: new Set(['privileged']), namespaces: namespaceLevels([namespace]) }, locate);
    expect(summary(findings).map(([id, severity]) => [id, severity])).toEqual([
      ['privileged', 'error'],
      ['namespace-pss-relaxed', 'notice'],
    ]);
  });

  it('takes the stricter of two Namespaces of one name, and reports the relaxed one', () => {
    const lax = enforcing('shared', 'privileged');
    const strict = enforcing('shared', 'baseline');
    expect([...namespaceLevels([strict, lax])]).toEqual([['shared', 'baseline']]);
    const evaluations = [evaluated(lax), evaluated(strict), evaluated(resource('Pod', 'p', {}, 'shared'), 'privileged')];
    const findings = decide(evaluations, rules, { profile: 'baseline', namespaces: namespaceLevels([lax, strict]) }, locate);
    expect(summary(findings)).toEqual([
      ['privileged', 'error', 'p', 1, 'privileged on p'],
      ['namespace-pss-relaxed', 'notice', 'shared', 3, 'Namespace shared enforces Pod Security level privileged, below baseline: it hides no finding today, but Pods in it are judged at privileged'],
    ]);
  });
});

describe('namespace-pss-relaxed through the pipeline', () => {
  const relaxed = async (file: string, overrides: Partial<Settings> = {}) => {
    const outcome = await check(settings({ root: FIXTURES, paths: [file], ...overrides }));
    return outcome.findings.filter((f) => f.ruleId === 'namespace-pss-relaxed').map((f) => [f.severity, f.location?.file, f.location?.line, f.message]);
  };

  it('reports the default Namespace relabelled privileged as an error, or as a notice when labels are not trusted', async () => {
    const file = 'pss/namespace-default-privileged.yaml';
    expect(await relaxed(file)).toEqual([
      ['error', file, 9, 'Namespace default enforces Pod Security level privileged, below restricted: 6 findings on 1 object in it are not reported'],
    ]);
    const untrusted = await check(settings({ root: FIXTURES, paths: [file], trustNamespaceLabels: false }));
    expect(untrusted.findings.filter((f) => f.ruleId === 'privileged').map((f) => [f.severity, f.location?.line])).toEqual([['error', 22]]);
    expect(untrusted.verdict).toBe('fail');
  });

  it('reports a privileged Namespace with only compliant Pods as a notice, and passes', async () => {
    const file = 'pss/namespace-privileged-compliant.yaml';
    expect(await relaxed(file)).toEqual([
      ['notice', file, 7, 'Namespace team-a enforces Pod Security level privileged, below restricted: it hides no finding today, but Pods in it are judged at privileged'],
    ]);
    expect((await check(settings({ root: FIXTURES, paths: [file], profile: 'restricted' }))).verdict).toBe('pass');
  });
});
