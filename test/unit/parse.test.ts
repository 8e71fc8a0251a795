import { describe, expect, it } from 'vitest';
import { parseRendered } from '../../src/manifests/parse.js';
import type { RenderedDocument, Target } from '../../src/model.js';

const target: Target = { kind: 'manifests', path: 'pod.yaml' };
const doc = (text: string, firstLine = 1): RenderedDocument => ({ text, firstLine, sourceFile: 'pod.yaml', relatedFiles: [], textIsSource: true });

describe('parseRendered', () => {
  it('reads scalars as YAML 1.1, like sigs.k8s.io/yaml: on/yes/y are true, 0644 is octal', () => {
    const { resources } = parseRendered(target, [
      doc('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: yes\n  containers:\n  - name: a\n    securityContext: {privileged: on, allowPrivilegeEscalation: y}\n  volumes:\n  - secret: {defaultMode: 0644}\n'),
    ]);
    const spec = resources[0]!.object.spec as Record<string, any>;
    expect(spec.hostNetwork).toBe(true);
    expect(spec.containers[0].securityContext).toEqual({ privileged: true, allowPrivilegeEscalation: true });
    expect(spec.volumes[0].secret.defaultMode).toBe(420);
  });

  it('reports a duplicate key as an error on its line instead of picking one', () => {
    const { resources, findings } = parseRendered(target, [doc('apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  name: q\n', 10)]);
    expect(resources).toEqual([]);
    expect(findings).toMatchObject([{ ruleId: 'parse-error', severity: 'error', location: { file: 'pod.yaml', line: 14 } }]);
    expect(findings[0]!.message).toContain('duplicate key');
  });

  it('skips empty documents and reports non-objects and objects without identity', () => {
    const { resources, findings } = parseRendered(target, [doc('# nothing\n'), doc('- a\n- b\n'), doc('kind: Pod\nmetadata: {name: x}\n'), doc('apiVersion: v1\nkind: Pod\n')]);
    expect(resources).toEqual([]);
    expect(findings.map((f) => f.message)).toEqual([
      'expected a Kubernetes object (a mapping), found a list',
      'not a Kubernetes object: `apiVersion` is missing or not a string',
      'Pod has no `metadata.name`',
    ]);
  });

  it('accepts component configuration files, which have no name', () => {
    const { resources, findings } = parseRendered(target, [
      doc('apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nreadOnlyPort: 10255\n'),
      doc('apiVersion: apiserver.config.k8s.io/v1\nkind: EncryptionConfiguration\nresources: []\n'),
    ]);
    expect(findings).toEqual([]);
    expect(resources.map((r) => [r.kind, r.name])).toEqual([
      ['KubeletConfiguration', ''],
      ['EncryptionConfiguration', ''],
    ]);
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const bomb = ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: lol}', 'a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const letter of 'bcdefgh') bomb.push(`${letter}: &${letter} [${Array(9).fill(`*${String.fromCharCode(letter.charCodeAt(0) - 1)}`).join(',')}]`);
    const { resources, findings } = parseRendered(target, [doc(bomb.join('\n'))]);
    expect(resources).toEqual([]);
    expect(findings[0]!.message).toMatch(/^invalid YAML: .*alias/i);
  });

  it('expands a v1 List into its items', () => {
    const { resources } = parseRendered(target, [doc('apiVersion: v1\nkind: List\nitems:\n- {apiVersion: v1, kind: Pod, metadata: {name: a}}\n- {apiVersion: v1, kind: Pod, metadata: {name: b, namespace: ns1}}\n')]);
    expect(resources.map((r) => [r.kind, r.namespace, r.name])).toEqual([
      ['Pod', undefined, 'a'],
      ['Pod', 'ns1', 'b'],
    ]);
  });

  it('removes the bookkeeping annotations a renderer added', () => {
    const { resources } = parseRendered(target, [
      { ...doc('apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    config.kubernetes.io/origin: |\n      path: a.yaml\n'), internalAnnotations: ['config.kubernetes.io/origin'] },
    ]);
    expect(resources[0]!.object.metadata).toEqual({ name: 'p' });
  });
});
