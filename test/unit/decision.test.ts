import { describe, expect, it } from 'vitest';
import type { Resource } from '../../src/model.js';
import type { RuleInfo } from '../../src/policy/bundle.js';
import { decide, namespaceLevels, ruleSelected, rulesToRun } from '../../src/policy/decision.js';

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
    expect(selected('hardened')).toEqual(['privileged', 'run-as-non-root', 'host-users']);
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
