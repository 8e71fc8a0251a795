import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configuredSettings, repositoryReader } from '../../src/config/settings.js';

const workspace = mkdtempSync(join(tmpdir(), 'kpg-config-settings-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));
const inputs = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('configuredSettings', () => {
  const repo = join(workspace, 'repo');
  mkdirSync(repo);
  writeFileSync(join(repo, '.kube-policy-gate.yaml'), 'fail-on: warning\nprofile: hardened\npaths: [deploy, "apps/{web,api}"]\nrules:\n  image-digest: {enabled: true}\n');
  writeFileSync(join(repo, 'other.yaml'), 'fail-on: notice\n');

  it('reads the default config file under the inputs: a set input wins, a blank one falls back to the file', () => {
    const settings = configuredSettings(inputs({ profile: 'baseline' }), repo);
    expect(settings).toMatchObject({ failOn: 'warning', profile: 'baseline', paths: ['deploy', 'apps/{web,api}'] });
    expect(settings.config?.rules).toEqual({ 'image-digest': { enabled: true } });
  });

  it('reads a named config file, and says so when it is missing', () => {
    expect(configuredSettings(inputs({ config: 'other.yaml' }), repo).failOn).toBe('notice');
    expect(() => configuredSettings(inputs({ config: 'missing.yaml' }), repo)).toThrow("Invalid config 'missing.yaml': no such file.");
  });

  it('has no config when there is no file, and every default', () => {
    const empty = join(workspace, 'empty');
    mkdirSync(empty);
    const settings = configuredSettings(inputs({}), empty);
    expect(settings.config).toBeUndefined();
    expect(settings).toMatchObject({ failOn: 'error', profile: 'default', allowNetwork: false, policyMode: 'extend', regoVersion: 'v1' });
  });

  it('refuses a config file that a link leads out of the repository or into .git', () => {
    const linked = join(workspace, 'linked');
    mkdirSync(join(linked, '.git'), { recursive: true });
    writeFileSync(join(workspace, 'outside.yaml'), 'fail-on: never\n');
    writeFileSync(join(linked, '.git/config'), '[core]\n');
    symlinkSync(join(workspace, 'outside.yaml'), join(linked, '.kube-policy-gate.yaml'));
    symlinkSync('.git/config', join(linked, 'git.yaml'));
    expect(() => configuredSettings(inputs({}), linked)).toThrow(`Invalid config '.kube-policy-gate.yaml': it leads to ${join(workspace, 'outside.yaml')}. Expected a regular file inside the repository.`);
    expect(() => repositoryReader(linked)('git.yaml')).toThrow(/Invalid config 'git\.yaml': it leads to .*\.git\/config/);
  });
});

describe('configuredSettings: policy paths from the config file', () => {
  it('keeps the policies and data a config names inside the repository; the workflow input may name any file', () => {
    const repo = join(workspace, 'paths');
    mkdirSync(repo);
    writeFileSync(join(repo, '.kube-policy-gate.yaml'), 'policy-bundles:\n- policies\n- /home/runner/.ssh\npolicy-data: ../../secrets.yaml\n');
    expect(() => configuredSettings(inputs({}), repo)).toThrow(
      [
        ".kube-policy-gate.yaml:3: policy-bundles[1]: '/home/runner/.ssh' is outside the repository; expected a path inside it, relative to its root (the workflow's policy-bundles input may name other files)",
        ".kube-policy-gate.yaml:4: policy-data: '../../secrets.yaml' is outside the repository; expected a path inside it, relative to its root (the workflow's policy-data input may name other files)",
      ].join('\n'),
    );
    writeFileSync(join(repo, '.kube-policy-gate.yaml'), 'policy-bundles: [policies]\n');
    expect(configuredSettings(inputs({ 'policy-data': '/opt/team/data.yaml' }), repo)).toMatchObject({ policyBundles: ['policies'], policyData: ['/opt/team/data.yaml'] });
  });
});

describe('configuredSettings: every configuration error in one round (issue 17)', () => {
  const repo = join(workspace, 'mistakes');
  mkdirSync(repo);
  writeFileSync(join(repo, '.kube-policy-gate.yaml'), 'fail-on: sometimes\nrules:\n  privilegd: {enabled: false}\npolicy-data: /etc/passwd\n');

  it("checks the file's rule ids against the bundled rules with its other problems, then the inputs beside the file", () => {
    expect(() => configuredSettings(inputs({ profile: 'strict' }), repo)).toThrow(
      [
        ".kube-policy-gate.yaml:1: fail-on: 'sometimes' is not one of error, warning, notice, never",
        ".kube-policy-gate.yaml:3: rules.privilegd: unknown rule 'privilegd' (did you mean 'privileged'?); expected a rule id of the bundled or your own policies",
        ".kube-policy-gate.yaml:4: policy-data: '/etc/passwd' is outside the repository; expected a path inside it, relative to its root (the workflow's policy-data input may name other files)",
        "Invalid profile 'strict'. Expected one of: default, baseline, restricted, hardened.",
      ].join('\n'),
    );
  });

  it('leaves rule ids to the policy load when the workflow adds policies (their ids are known once they load)', () => {
    writeFileSync(join(repo, '.kube-policy-gate.yaml'), 'rules:\n  team-rule: {enabled: true}\n');
    expect(configuredSettings(inputs({ 'policy-bundles': 'policies' }), repo).config?.rules).toEqual({ 'team-rule': { enabled: true } });
    expect(() => configuredSettings(inputs({}), repo)).toThrow("unknown rule 'team-rule'");
  });
});

describe('configuredSettings: pss-version from the config file', () => {
  it('reads pss-version like any other setting', () => {
    const repo = join(workspace, 'pss');
    mkdirSync(repo);
    writeFileSync(join(repo, '.kube-policy-gate.yaml'), 'pss-version: v1.24\n');
    expect(configuredSettings(inputs({}), repo).pssVersion).toBe(24);
    expect(configuredSettings(inputs({ 'pss-version': 'latest' }), repo).pssVersion).toBe(37);
  });
});
