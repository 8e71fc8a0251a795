import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { readSettings } from '../../src/inputs.js';

const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';

describe('readSettings', () => {
  it('applies defaults', () => {
    expect(readSettings(reader({}), '/repo')).toEqual({
      root: '/repo',
      workspace: '/repo',
      paths: [],
      failOn: 'error',
      profile: 'default',
      valuesFiles: [],
      releaseName: '',
      namespace: '',
      kubeVersion: '',
      renderTimeoutMs: 120_000,
      allowNetwork: false,
      maxRenderBytes: 64 * 1024 * 1024,
      trustNamespaceLabels: true,
      policyBundles: [],
      policyData: [],
      policyMode: 'extend',
      policyNamespaces: [],
      regoVersion: 'v1',
      sarifFile: '',
      allowEmpty: false,
      helmCiValues: true,
      newFindingsOnly: false,
    });
  });

  it('reads lists separated by newlines or commas, dropping comments', () => {
    const settings = readSettings(reader({ paths: 'deploy/**\n# staging later\n!deploy/old/**, charts', 'values-files': './a.yaml' }), '/repo');
    expect(settings.paths).toEqual(['deploy/**', '!deploy/old/**', 'charts']);
    expect(readSettings(reader({ paths: 'apps/{web,api}/**, charts' }), '/repo').paths).toEqual(['apps/{web,api}/**', 'charts']);
    expect(settings.valuesFiles).toEqual(['a.yaml']);
  });

  it('quotes the bad value and says what was expected', () => {
    expect(() => readSettings(reader({ 'fail-on': 'critical' }), '/repo')).toThrow(new ConfigError("Invalid fail-on 'critical'. Expected one of: error, warning, notice, never."));
    expect(() => readSettings(reader({ 'render-timeout': 'soon' }), '/repo')).toThrow("Invalid render-timeout 'soon'. Expected a number of seconds between 1 and 3600.");
    expect(() => readSettings(reader({ 'allow-network': 'yes' }), '/repo')).toThrow("Invalid allow-network 'yes'. Expected true or false.");
    expect(() => readSettings(reader({ 'working-directory': '../etc' }), '/repo')).toThrow(ConfigError);
    expect(() => readSettings(reader({ 'kube-version': 'latest' }), '/repo')).toThrow("Invalid kube-version 'latest'");
  });

  it('reports every invalid input at once, each a problem of its own (issue 17)', () => {
    const error = (() => {
      try {
        readSettings(reader({ 'fail-on': 'sometimes', profile: 'strict', 'render-timeout': '0', 'working-directory': '../up', shard: '3/2' }), '/repo');
      } catch (caught) {
        return caught as ConfigError;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.problems).toEqual([
      "Invalid working-directory '../up'. Expected a directory inside the workspace.",
      "Invalid fail-on 'sometimes'. Expected one of: error, warning, notice, never.",
      "Invalid profile 'strict'. Expected one of: default, baseline, restricted, hardened.",
      "Invalid render-timeout '0'. Expected a number of seconds between 1 and 3600.",
      expect.stringContaining("Invalid shard '3/2'"),
    ]);
  });

  it('resolves working-directory inside the workspace', () => {
    expect(readSettings(reader({ 'working-directory': './gitops/' }), '/repo').root).toBe('/repo/gitops/');
  });

  it('reads max-render-bytes in bytes or with a binary unit', () => {
    const size = (value: string) => readSettings(reader({ 'max-render-bytes': value }), '/repo').maxRenderBytes;
    expect([size('2048'), size('512KiB'), size('64 MiB'), size('1gib')]).toEqual([2048, 512 * 1024, 64 * 1024 ** 2, 1024 ** 3]);
    for (const bad of ['lots', '10', '5GiB', '1.5MiB', '-1']) {
      expect(() => size(bad)).toThrow(`Invalid max-render-bytes '${bad}'. Expected a size from 1KiB to 4GiB, in bytes or with a unit such as 64MiB.`);
    }
  });

  it('accepts only release names helm accepts, so none can reach helm as a flag', () => {
    expect(readSettings(reader({ 'release-name': 'web-1.prod' }), '/repo').releaseName).toBe('web-1.prod');
    for (const bad of ['--no-hooks', '--post-renderer=sh', 'Web', 'a_b', 'x'.repeat(54), '-a']) {
      expect(() => readSettings(reader({ 'release-name': bad }), '/repo')).toThrow(new ConfigError(
        `Invalid release-name '${bad}'. Expected a DNS-1123 name: lowercase letters, digits, '-' and '.', starting and ending with a letter or digit, at most 53 characters.`,
      ));
    }
  });
});
