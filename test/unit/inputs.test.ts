import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { readSettings } from '../../src/inputs.js';

const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';

describe('readSettings', () => {
  it('applies defaults', () => {
    expect(readSettings(reader({}), '/repo')).toEqual({
      root: '/repo',
      paths: [],
      failOn: 'error',
      profile: 'default',
      valuesFiles: [],
      releaseName: '',
      namespace: '',
      kubeVersion: '',
      renderTimeoutMs: 120_000,
      allowNetwork: false,
    });
  });

  it('reads lists separated by newlines or commas, dropping comments', () => {
    const settings = readSettings(reader({ paths: 'deploy/**\n# staging later\n!deploy/old/**, charts', 'values-files': './a.yaml' }), '/repo');
    expect(settings.paths).toEqual(['deploy/**', '!deploy/old/**', 'charts']);
    expect(settings.valuesFiles).toEqual(['a.yaml']);
  });

  it('quotes the bad value and says what was expected', () => {
    expect(() => readSettings(reader({ 'fail-on': 'critical' }), '/repo')).toThrow(new ConfigError("Invalid fail-on 'critical'. Expected one of: error, warning, notice, never."));
    expect(() => readSettings(reader({ 'render-timeout': 'soon' }), '/repo')).toThrow("Invalid render-timeout 'soon'. Expected a number of seconds between 1 and 3600.");
    expect(() => readSettings(reader({ 'allow-network': 'yes' }), '/repo')).toThrow("Invalid allow-network 'yes'. Expected true or false.");
    expect(() => readSettings(reader({ 'working-directory': '../etc' }), '/repo')).toThrow(ConfigError);
    expect(() => readSettings(reader({ 'kube-version': 'latest' }), '/repo')).toThrow("Invalid kube-version 'latest'");
  });

  it('resolves working-directory inside the workspace', () => {
    expect(readSettings(reader({ 'working-directory': './gitops/' }), '/repo').root).toBe('/repo/gitops/');
  });
});
