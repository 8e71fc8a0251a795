// Gatekeeper's match semantics (pkg/mutation/match), without compiling anything.
import { describe, expect, test } from 'vitest';
import { checkMatch, matches, selects, wildcardMatches, type Candidate } from '../../src/policy/sources/gatekeeper-match.js';

const pod: Candidate = { group: '', kind: 'Pod', name: 'web-1', namespace: 'shop', labels: { tier: 'web' } };
const namespace: Candidate = { group: '', kind: 'Namespace', name: 'kube-system', labels: { team: 'platform' } };
const clusterRole: Candidate = { group: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'admin', labels: {} };

describe('wildcard (namespaces, excludedNamespaces, name)', () => {
  test.each([
    ['kube-*', 'kube-system', true],
    ['kube-*', 'my-kube-system', false],
    ['*-system', 'gatekeeper-system', true],
    ['*system*', 'kube-system-2', true],
    ['*', 'anything', true],
    ['shop', 'shop', true],
    ['shop', 'shopping', false],
  ] as const)('%s ~ %s → %s', (pattern, candidate, expected) => {
    expect(wildcardMatches(pattern, candidate)).toBe(expected);
  });
});

describe('matches', () => {
  test('no match selects everything', () => {
    expect(matches(undefined, pod)).toBe(true);
    expect(matches({}, clusterRole)).toBe(true);
  });

  test('kinds: any entry; empty lists and "*" match all', () => {
    expect(matches({ kinds: [{ apiGroups: ['apps'], kinds: ['Deployment'] }, { apiGroups: [''], kinds: ['Pod'] }] }, pod)).toBe(true);
    expect(matches({ kinds: [{ apiGroups: [''], kinds: ['Deployment'] }] }, pod)).toBe(false);
    expect(matches({ kinds: [{ apiGroups: ['*'], kinds: [] }] }, clusterRole)).toBe(true);
    expect(matches({ kinds: [{ kinds: ['ClusterRole'] }] }, clusterRole)).toBe(true);
  });

  test('a Namespace is matched by namespaces through its own name; cluster-scoped objects pass namespace filters', () => {
    expect(matches({ excludedNamespaces: ['kube-*'] }, namespace)).toBe(false);
    expect(matches({ namespaces: ['shop'] }, namespace)).toBe(false);
    expect(matches({ namespaces: ['shop'] }, clusterRole)).toBe(true);
    expect(matches({ excludedNamespaces: ['shop'] }, clusterRole)).toBe(true);
  });

  test('scope', () => {
    expect(matches({ scope: 'Cluster' }, namespace)).toBe(true);
    expect(matches({ scope: 'Cluster' }, pod)).toBe(false);
    expect(matches({ scope: 'Namespaced' }, namespace)).toBe(false);
    expect(matches({ scope: '*' }, pod)).toBe(true);
  });

  test('name and generateName', () => {
    expect(matches({ name: 'web-*' }, pod)).toBe(true);
    expect(matches({ name: 'db-*' }, pod)).toBe(false);
    expect(matches({ name: 'job-*' }, { ...pod, name: '', generateName: 'job-' })).toBe(true);
    expect(matches({ name: '*-job' }, { ...pod, name: '', generateName: 'x-job' })).toBe(false);
  });

  test('source: only original objects are checked here', () => {
    expect(matches({ source: 'Original' }, pod)).toBe(true);
    expect(matches({ source: 'Generated' }, pod)).toBe(false);
  });

  test('namespaceSelector: the Namespace itself, the object’s Namespace, or unknown', () => {
    const selector = { matchLabels: { team: 'platform' } };
    expect(matches({ namespaceSelector: selector }, namespace)).toBe(true);
    expect(matches({ namespaceSelector: selector }, clusterRole)).toBe(true);
    expect(matches({ namespaceSelector: selector }, { ...pod, namespaceObject: { metadata: { labels: { team: 'platform' } } } })).toBe(true);
    expect(matches({ namespaceSelector: selector }, { ...pod, namespaceObject: { metadata: {} } })).toBe(false);
    expect(matches({ namespaceSelector: selector }, pod)).toEqual({ unknown: expect.stringContaining("Namespace 'shop'") });
  });
});

describe('label selectors', () => {
  const labels = { tier: 'web', team: 'shop' };
  test.each([
    [{}, true],
    [{ matchLabels: { tier: 'web' } }, true],
    [{ matchLabels: { tier: 'db' } }, false],
    [{ matchExpressions: [{ key: 'tier', operator: 'In' as const, values: ['web', 'db'] }] }, true],
    [{ matchExpressions: [{ key: 'zone', operator: 'In' as const, values: ['a'] }] }, false],
    [{ matchExpressions: [{ key: 'zone', operator: 'NotIn' as const, values: ['a'] }] }, true],
    [{ matchExpressions: [{ key: 'tier', operator: 'NotIn' as const, values: ['web'] }] }, false],
    [{ matchExpressions: [{ key: 'team', operator: 'Exists' as const }] }, true],
    [{ matchExpressions: [{ key: 'team', operator: 'DoesNotExist' as const }] }, false],
    [{ matchLabels: { tier: 'web' }, matchExpressions: [{ key: 'zone', operator: 'Exists' as const }] }, false],
  ])('%j → %s', (selector, expected) => {
    expect(selects(selector, labels)).toBe(expected);
  });
});

describe('checkMatch', () => {
  test.each([
    [{ namespaces: 'shop' }, /spec\.match\.namespaces is "shop", expected a list of namespace names/],
    [{ kinds: [{ kinds: 'Pod' }] }, /spec\.match\.kinds is .*expected a list of \{apiGroups/],
    [{ scope: 'cluster' }, /spec\.match\.scope is "cluster", expected \*, Cluster or Namespaced/],
    [{ labelSelector: { matchExpressions: [{ key: 'a', operator: 'Equals' }] } }, /matchExpressions\[0\] is .*operator: In\|NotIn\|Exists\|DoesNotExist/],
    [{ namespaceSelector: { matchExpressions: [{ key: 'a', operator: 'Exists', values: ['x'] }] } }, /operator Exists takes no values/],
    [{ labelSelector: { matchLabels: { a: 1 } } }, /matchLabels is \{"a":1\}, expected a mapping of label names to string values/],
  ])('%j is refused', (match, message) => {
    expect(() => checkMatch(match, 'c.yaml')).toThrow(message);
  });
});
