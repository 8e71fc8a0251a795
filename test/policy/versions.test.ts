// Version selection: pss-version, kube-version and the enforce-version label, and the rules a target is too old for.
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { readSettings } from '../../src/inputs.js';
import type { Resource } from '../../src/model.js';
import type { RuleInfo } from '../../src/policy/bundle.js';
import { namespaceVersions, parsePssVersion, pssJudgements, runnableRules, skippedRules, versionData } from '../../src/policy/versions.js';

const namespace = (name: string, labels: Record<string, unknown>): Resource => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  name,
  object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } },
  target: { kind: 'manifests', path: 'ns.yaml' },
  document: { text: '', firstLine: 1, sourceFile: 'ns.yaml', relatedFiles: [], textIsSource: true },
});
const pod = (name: string, ns?: string): Resource => ({ ...namespace(name, {}), kind: 'Pod', namespace: ns, object: { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: ns } } });

const rule = (id: string, minKubeVersion?: string, minKubeVersionReason?: string): RuleInfo => ({
  id,
  package: id.replaceAll('-', '_'),
  title: id,
  description: '',
  severity: 'error',
  profiles: ['hardened'],
  optional: false,
  remediation: '',
  references: [],
  file: '',
  ...(minKubeVersion && { minKubeVersion, minKubeVersionReason }),
});

describe('pss-version', () => {
  it('reads latest and v1.<minor>; newer than known is latest', () => {
    expect(parsePssVersion('')).toBeUndefined();
    expect(parsePssVersion('latest')).toBe(37);
    expect(parsePssVersion('v1.24')).toBe(24);
    expect(parsePssVersion(' 1.0 ')).toBe(0);
    expect(parsePssVersion('v1.99')).toBe(37);
  });

  it('refuses anything else, quoting it', () => {
    for (const value of ['v2.0', 'v1.024', '1', 'newest', 'v1.30.1']) expect(() => parsePssVersion(value)).toThrow(ConfigError);
    expect(() => parsePssVersion('v2.0')).toThrow("Invalid pss-version 'v2.0'. Expected latest or a Pod Security policy version such as v1.30 (v1.0 to v1.37).");
  });

  it('is an action input and only set when given', () => {
    const read = (inputs: Record<string, string>) => readSettings((name) => inputs[name] ?? '', '/w');
    expect(read({ 'pss-version': 'v1.24' }).pssVersion).toBe(24);
    expect('pssVersion' in read({})).toBe(false);
  });
});

describe('version data', () => {
  it('defaults to kube-version, then latest; pss-version wins over kube-version', () => {
    expect(versionData({ kubeVersion: '' }, [])).toEqual({ pss_version: 37, pss_namespace_versions: {} });
    expect(versionData({ kubeVersion: 'v1.30.2' }, [])).toEqual({ pss_version: 30, pss_namespace_versions: {}, kube_version: 30 });
    expect(versionData({ kubeVersion: '1.40' }, [])).toEqual({ pss_version: 37, pss_namespace_versions: {}, kube_version: 40 });
    expect(versionData({ kubeVersion: '1.30', pssVersion: 37 }, []).pss_version).toBe(37);
  });

  it('reads each Namespace enforce-version label as admission does: invalid or newer is latest', () => {
    const versions = namespaceVersions([
      namespace('legacy', { 'pod-security.kubernetes.io/enforce': 'restricted', 'pod-security.kubernetes.io/enforce-version': 'v1.24' }),
      namespace('typo', { 'pod-security.kubernetes.io/enforce-version': '1.24' }),
      namespace('future', { 'pod-security.kubernetes.io/enforce-version': 'v1.40' }),
      namespace('plain', { 'pod-security.kubernetes.io/enforce': 'baseline' }),
    ]);
    expect(Object.fromEntries(versions)).toEqual({ legacy: 24, typo: 37, future: 37 });
  });

  it('ignores the labels when they are not trusted', () => {
    const labelled = namespace('legacy', { 'pod-security.kubernetes.io/enforce-version': 'v1.24' });
    expect(versionData({ kubeVersion: '', trustNamespaceLabels: false }, [labelled]).pss_namespace_versions).toEqual({});
  });

  it('names the level and version that judge each namespace', () => {
    const resources = [namespace('legacy', { 'pod-security.kubernetes.io/enforce-version': 'v1.24' }), pod('a', 'legacy'), pod('b')];
    const data = versionData({ kubeVersion: '1.33' }, resources);
    expect(pssJudgements(resources, new Map([['legacy', 'restricted']]), 'baseline', data)).toEqual([
      { namespace: 'default', level: 'baseline', version: 'v1.33' },
      { namespace: 'legacy', level: 'restricted', version: 'v1.24' },
    ]);
  });
});

describe('rules a target Kubernetes version is too old for', () => {
  const rules = [rule('supplemental-groups-policy', '1.31', 'spec.securityContext.supplementalGroupsPolicy exists since Kubernetes 1.31'), rule('image-tag')];

  it('are skipped with the reason at kube-version 1.30', () => {
    const skipped = skippedRules(rules, 30);
    expect(skipped).toEqual([
      { rule: 'supplemental-groups-policy', reason: 'needs Kubernetes 1.31 or newer and the target is 1.30: spec.securityContext.supplementalGroupsPolicy exists since Kubernetes 1.31' },
    ]);
    expect(runnableRules(['supplemental_groups_policy', 'image_tag'], rules, skipped)).toEqual(['image_tag']);
  });

  it('run from their version on, and without a kube-version', () => {
    expect(skippedRules(rules, 31)).toEqual([]);
    expect(skippedRules(rules, undefined)).toEqual([]);
  });
});
