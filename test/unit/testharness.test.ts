// A test harness's assertion files are matched against a cluster, never applied: Chainsaw's assert/error files by
// the Test that names them, kuttl's by their step name; what a Test applies is not excused.
import { describe, expect, it } from 'vitest';
import { testAssertions } from '../../src/discover/testharness.js';

describe('testAssertions', () => {
  it('names the files a Chainsaw Test asserts, in every phase, and kuttl assertions, nothing else', () => {
    const files: Record<string, string> = {
      'e2e/basic/chainsaw-test.yaml': [
        'apiVersion: chainsaw.kyverno.io/v1alpha1',
        'kind: Test',
        'metadata: {name: basic}',
        'spec:',
        '  steps:',
        '  - try:',
        '    - apply: {file: ./00-install.yaml}',
        '    - assert: {file: ./00-assert.yaml}',
        '    - error: {file: gone.yaml}',
        '    - assert: {file: "*-more.yaml"}',
        '    catch:',
        '    - assert: {file: ../shared/ready.yaml}',
      ].join('\n'),
      'e2e/basic/00-install.yaml': 'apiVersion: v1\nkind: Pod\n',
      'e2e/basic/00-assert.yaml': 'apiVersion: v1\nkind: Pod\n',
      'e2e/basic/gone.yaml': 'apiVersion: v1\nkind: Pod\n',
      'e2e/basic/x-more.yaml': 'apiVersion: v1\nkind: Pod\n',
      'e2e/shared/ready.yaml': 'apiVersion: v1\nkind: Pod\n',
      'kuttl/tests/upgrade/01-errors.yaml': 'apiVersion: v1\nkind: Pod\n',
      'kuttl/tests/upgrade/01-install.yaml': 'apiVersion: v1\nkind: Pod\n',
    };
    const found = testAssertions({ files: Object.keys(files), read: (path) => files[path] ?? '' });
    expect([...found.keys()].sort()).toEqual(['e2e/basic/00-assert.yaml', 'e2e/basic/gone.yaml', 'e2e/shared/ready.yaml', 'kuttl/tests/upgrade/01-errors.yaml']);
    expect(found.get('e2e/shared/ready.yaml')).toBe('Chainsaw assertion of e2e/basic/chainsaw-test.yaml (matched against the cluster, never applied)');
  });
});
