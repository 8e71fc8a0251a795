// Names Helm writes at random: the stable part is read from the template's name: line, and a finding keeps its
// fingerprint from one render to the next.
import { describe, expect, it } from 'vitest';
import { findingIdentity } from '../../src/compare/fingerprint.js';
import type { Finding } from '../../src/model.js';
import { randomNamePatterns, stableName } from '../../src/render/randomnames.js';

const template = [
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: {{ template "podinfo.fullname" . }}-grpc-test-{{ randAlphaNum 5 | lower }}',
  '  labels:',
  '    app: {{ .Release.Name }}',
  'spec:',
  '  containers:',
  '    - name: grpc-health-probe',
  '---',
  'apiVersion: batch/v1',
  'kind: Job',
  'metadata:',
  '  name: "{{ .Release.Name }}-migrate-{{ now | date "20060102" }}"',
].join('\n');

describe('randomNamePatterns and stableName', () => {
  const patterns = randomNamePatterns(template);

  it('reads only the name: lines that call a random function', () => {
    expect(patterns.map((pattern) => pattern.random)).toEqual([
      [false, true],
      [false, true],
    ]);
    expect(randomNamePatterns('metadata:\n  name: {{ .Release.Name }}-web\n')).toEqual([]);
  });

  it('replaces what the random actions wrote, keeps what the others wrote', () => {
    expect(stableName('podinfo-grpc-test-f4p1s', patterns)).toBe('podinfo-grpc-test-*');
    expect(stableName('podinfo-grpc-test-zz9qa', patterns)).toBe('podinfo-grpc-test-*');
    expect(stableName('web-migrate-20261208', patterns)).toBe('web-migrate-*');
    expect(stableName('podinfo', patterns)).toBeUndefined();
    expect(stableName('podinfo', undefined)).toBeUndefined();
  });

  it('gives two renders of the same object one identity, and other objects their own', () => {
    const finding = (name: string, stable?: string): Finding => ({
      ruleId: 'run-as-non-root',
      severity: 'error',
      title: 't',
      message: 'm',
      target: { kind: 'helm', path: 'charts/podinfo' },
      resource: { apiVersion: 'v1', kind: 'Pod', name, ...(stable && { stableName: stable }) },
    });
    expect(findingIdentity(finding('podinfo-grpc-test-f4p1s', 'podinfo-grpc-test-*'))).toEqual(findingIdentity(finding('podinfo-grpc-test-zz9qa', 'podinfo-grpc-test-*')));
    expect(findingIdentity(finding('podinfo-jwt-test-f4p1s', 'podinfo-jwt-test-*'))).not.toEqual(findingIdentity(finding('podinfo-grpc-test-f4p1s', 'podinfo-grpc-test-*')));
  });
});
