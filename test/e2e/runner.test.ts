// The pipeline through check() on small repositories made on the fly (real kustomize).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/runner.js';
import { settings } from '../helpers.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kpg-repo-'));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('check', () => {
  it('says why a remote base fails while the network is off', async () => {
    const root = repo({ 'app/kustomization.yaml': 'resources:\n  - https://github.com/kubernetes-sigs/kustomize//examples/helloWorld?ref=v5.0.0\n' });
    const outcome = await check(settings({ root }));
    expect(outcome.findings).toHaveLength(1);
    expect(outcome.findings[0]).toMatchObject({ ruleId: 'render-error', location: { file: 'app/kustomization.yaml', line: 2 } });
    expect(outcome.findings[0]!.message).toMatch(/^app\/kustomization\.yaml:2: resources entry 'https:\/\/github\.com\/kubernetes-sigs\/kustomize\/\/examples\/helloWorld\?ref=v5\.0\.0' is a git repository: the network is off \(set allow-network to true/);
  });

  it('reports links it did not follow when they could hold manifests, and nothing for unrelated ones', async () => {
    const outside = repo({ 'pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n', 'README.md': '# hi\n' });
    const root = repo({ 'ok/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n' });
    symlinkSync(join(outside, 'pod.yaml'), join(root, 'ok/pod.yaml'));
    symlinkSync(join(outside, 'README.md'), join(root, 'README.md'));
    symlinkSync(outside, join(root, 'vendored'));
    const outcome = await check(settings({ root }));
    expect(outcome.findings.map((f) => [f.ruleId, f.severity, f.location?.file])).toEqual([
      ['skipped-link', 'warning', 'ok/pod.yaml'],
      ['skipped-link', 'warning', 'vendored'],
    ]);
    expect(outcome.resources).toBe(1);
  });

  it('never passes quietly when nothing was checked: a path that matches nothing is an error, no target fails unless allow-empty', async () => {
    const root = repo({ 'docs/x.md': 'hi' });
    await expect(check(settings({ root, paths: ['deploy/**'] }))).rejects.toThrow(/^Invalid paths entry 'deploy\/\*\*': it matches no file/);
    const empty = await check(settings({ root }));
    expect(empty.findings.map((f) => [f.ruleId, f.severity])).toEqual([['no-targets', 'error']]);
    expect(empty.verdict).toBe('fail');
    const allowed = await check(settings({ root, allowEmpty: true }));
    expect(allowed.findings.map((f) => [f.ruleId, f.severity])).toEqual([['no-targets', 'notice']]);
    expect(allowed.verdict).toBe('pass');
  });

  it('refuses a working directory that a symbolic link leads out of the workspace', async () => {
    const outside = repo({ 'pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n' });
    const workspace = repo({ 'README.md': 'hi' });
    symlinkSync(outside, join(workspace, 'deploy'));
    await expect(check(settings({ root: join(workspace, 'deploy'), workspace }))).rejects.toThrow(
      `Invalid working-directory 'deploy'. It leads to ${outside} through a symbolic link; expected a directory inside the workspace.`,
    );
    await expect(check(settings({ root: join(workspace, 'missing'), workspace }))).rejects.toThrow(
      "Invalid working-directory 'missing'. Expected a directory that exists in the workspace.",
    );
  });

  it('renders from a sandbox: a chart template linked to a file outside never reaches the report', async () => {
    const outside = repo({ 'secret.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: leaked}\ndata: {token: TOKEN-OUTSIDE}\n' });
    const root = repo({
      'chart/Chart.yaml': 'apiVersion: v2\nname: chart\nversion: 0.1.0\n',
      'chart/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: own}\n',
    });
    symlinkSync(join(outside, 'secret.yaml'), join(root, 'chart/templates/leak.yaml'));
    const outcome = await check(settings({ root }));
    expect(JSON.stringify(outcome)).not.toContain('TOKEN-OUTSIDE');
    expect(outcome.resources).toBe(1);
    expect(outcome.findings.map((f) => [f.ruleId, f.location?.file])).toContainEqual(['skipped-link', 'chart/templates/leak.yaml']);
  });

  it('reports a link out of a chart whatever the file, and a skipped vendor directory', async () => {
    const outside = repo({ 'environ.txt': 'TOKEN-OUTSIDE' });
    const root = repo({
      'chart/Chart.yaml': 'apiVersion: v2\nname: chart\nversion: 0.1.0\n',
      'chart/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: own}\ndata: {a: {{ include "x" . | quote }}}\n',
      'chart/templates/_x.tpl': '{{- define "x" -}}ok{{- end -}}\n',
      'vendor/upstream/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n',
    });
    symlinkSync(join(outside, 'environ.txt'), join(root, 'chart/templates/_leak.tpl'));
    const outcome = await check(settings({ root }));
    expect(outcome.findings.map((f) => [f.ruleId, f.severity, f.location?.file])).toEqual([
      ['skipped-link', 'warning', 'chart/templates/_leak.tpl'],
      ['not-checked', 'notice', 'vendor'],
    ]);
    expect(JSON.stringify(outcome)).not.toContain('TOKEN-OUTSIDE');
  });

  it('checks a kustomize base on its own, and reports what an overlay keeps of it once, at the base', async () => {
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostPID: true\n  containers:\n  - name: c\n    image: x\n    securityContext: {privileged: true}\n';
    const root = repo({
      'app/base/kustomization.yaml': 'resources: [pod.yaml]\n',
      'app/base/pod.yaml': pod,
      'app/overlay/kustomization.yaml': 'namePrefix: prod-\nresources: [../base]\npatches:\n- target: {kind: Pod}\n  patch: |-\n    - op: replace\n      path: /spec/containers/0/securityContext/privileged\n      value: false\n',
    });
    const outcome = await check(settings({ root, profile: 'baseline' }));
    expect(outcome.findings.map((f) => [f.ruleId, f.target.path, f.location?.file, f.location?.line])).toEqual([
      ['host-namespaces', 'app/base', 'app/base/pod.yaml', 5],
      ['privileged', 'app/base', 'app/base/pod.yaml', 9],
    ]);
  });
});
