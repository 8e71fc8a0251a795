// The renderers against hostile chart and kustomization layouts, with helm v3 (GitHub's runners) and v4 (pinned).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Target } from '../../src/model.js';
import { renderTarget } from '../../src/render/index.js';
import { templateArgs } from '../../src/render/helm.js';
import { findTool, helmV3Path } from '../../src/tools.js';

const root = mkdtempSync(join(tmpdir(), 'kpg-render-hostile-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const marker = join(root, 'pwned');

function write(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

const chart = (name: string) => ({
  [`${name}/Chart.yaml`]: `apiVersion: v2\nname: hostile\nversion: 0.1.0\n`,
  [`${name}/values.yaml`]: `cmd: "$(touch ${marker})"\n`,
  [`${name}/templates/pod.yaml`]: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    cmd: {{ .Values.cmd | quote }}\n    helm.sh/hook: pre-install\nspec:\n  containers:\n  - name: c\n    image: x\n',
});
write({ ...chart('--post-renderer=sh'), ...chart('--no-hooks'), ...chart('-f') });

const helms = [
  ['v4', findTool('helm', { ...process.env, KPG_HELM: '' })],
  ['v3', existsSync(helmV3Path()) ? helmV3Path() : undefined],
] as const;

const context = { root, timeoutMs: 60_000, allowNetwork: false, maxRenderBytes: 1024 * 1024 };

describe.each(helms)('helm %s given chart directories named like flags', (version, helm) => {
  it.skipIf(!helm)(`renders them as charts: no post-renderer runs, hooks stay (${version})`, async () => {
    process.env.KPG_HELM = helm!;
    try {
      for (const path of ['--post-renderer=sh', '--no-hooks', '-f']) {
        const target: Target = { kind: 'helm', path, helm: { releaseName: 'hostile', valuesFiles: [] } };
        const result = await renderTarget(target, context);
        expect('documents' in result ? result.documents.map((d) => d.sourceFile) : result.failure.message).toEqual([`${path}/templates/pod.yaml`]);
      }
      expect(existsSync(marker)).toBe(false);
    } finally {
      delete process.env.KPG_HELM;
    }
  });
});

describe('templateArgs', () => {
  it('passes every value as --flag=value and the release and chart after --', () => {
    expect(templateArgs('--post-renderer=sh', { releaseName: 'a', namespace: '--x', kubeVersion: '1.30.0', valuesFiles: ['-f'] }, '/r')).toEqual([
      'template', '--include-crds', '--namespace=--x', '--kube-version=1.30.0', '--values=/r/-f', '--', 'a', '/r/--post-renderer=sh',
    ]);
  });

  it('refuses a release name helm would not accept, such as a flag', () => {
    expect(() => templateArgs('c', { releaseName: '--no-hooks', valuesFiles: [] }, '/r')).toThrow(
      "invalid release name '--no-hooks': expected a DNS-1123 name (lowercase letters, digits, '-' and '.', at most 53 characters)",
    );
  });
});

describe('render limits', () => {
  it('stops a chart whose output passes max-render-bytes and reports it on the chart', async () => {
    write({
      'big/Chart.yaml': 'apiVersion: v2\nname: big\nversion: 0.1.0\n',
      'big/templates/cm.yaml': '{{- range until 30000 }}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-{{ . }}\n{{- end }}\n',
    });
    const result = await renderTarget({ kind: 'helm', path: 'big', helm: { releaseName: 'big', valuesFiles: [] } }, context);
    expect('failure' in result && result.failure).toMatchObject({
      ruleId: 'render-error',
      message: 'helm template printed more than 1 MiB and was stopped (max-render-bytes)',
      location: { file: 'big/Chart.yaml', line: 1 },
    });
  });

  it('refuses a kustomization that reaches outside the repository before kustomize runs', async () => {
    write({ 'escape/kustomization.yaml': 'resources:\n- ../../../../../../../../etc/kubernetes\n' });
    const result = await renderTarget({ kind: 'kustomize', path: 'escape' }, context);
    expect('failure' in result && result.failure.message).toBe(
      "escape/kustomization.yaml:2: resources entry '../../../../../../../../etc/kubernetes' is outside the repository; kustomize would read it from the runner's disk",
    );
  });
});
