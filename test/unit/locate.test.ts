import { describe, expect, it } from 'vitest';
import { findSourceDocument, locateInYaml } from '../../src/manifests/locate.js';
import { parseRendered } from '../../src/manifests/parse.js';
import { createLocator } from '../../src/manifests/source.js';
import type { Target } from '../../src/model.js';

const pod = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
    - name: a
      image: x
    - name: b
      securityContext:
        privileged: true
`;

describe('locateInYaml', () => {
  it('finds the key line of an existing field', () => {
    expect(locateInYaml(pod, ['spec', 'containers', 1, 'securityContext', 'privileged'])).toEqual({ line: 11, column: 9, depth: 5 });
  });

  it('stops at the closest existing parent of a missing field', () => {
    expect(locateInYaml(pod, ['spec', 'containers', 0, 'securityContext', 'runAsNonRoot'])).toEqual({ line: 7, column: 7, depth: 3 });
  });

  it('matches list items by name when given the rendered object (strategic merge order)', () => {
    const rendered = { spec: { containers: [{ name: 'z' }, { name: 'b' }] } };
    expect(locateInYaml(pod, ['spec', 'containers', 0, 'image'], rendered)?.depth).toBe(2);
    expect(locateInYaml(pod, ['spec', 'containers', 1, 'securityContext'], rendered)).toMatchObject({ line: 10, depth: 4 });
  });
});

describe('findSourceDocument', () => {
  const file = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: worker\n';
  it('finds the document by kind and a name contained in the rendered name', () => {
    expect(findSourceDocument(file, 'Deployment', 'prod-worker-v2')?.firstLine).toBe(11);
    expect(findSourceDocument(file, 'Service', 'anything')?.firstLine).toBe(1);
    expect(findSourceDocument(file, 'ConfigMap', 'web')).toBeUndefined();
  });
});

describe('locations the cluster reads', () => {
  const target: Target = { kind: 'manifests', path: 'list.yaml' };
  const parsed = (text: string, firstLine = 1) =>
    parseRendered(target, [{ text, firstLine, sourceFile: 'list.yaml', relatedFiles: [], textIsSource: true }]).resources;
  const locate = createLocator(() => undefined);

  it('locates a field of a list item in that item, not on the list line 1', () => {
    const text = [
      'apiVersion: v1',
      'kind: List',
      'items:',
      '- apiVersion: v1',
      '  kind: Pod',
      '  metadata: {name: a}',
      '  spec: {containers: [{name: c, image: x}]}',
      '- apiVersion: v1',
      '  kind: Pod',
      '  metadata: {name: b}',
      '  spec:',
      '    containers:',
      '    - name: c',
      '      image: x',
      '      securityContext:',
      '        privileged: true',
      '',
    ].join('\n');
    const [, second] = parsed(text, 5);
    expect(second?.documentPath).toEqual(['items', 1]);
    expect(locate(second!, ['spec', 'containers', 0, 'securityContext', 'privileged'])).toEqual({ file: 'list.yaml', line: 20, column: 9 });
    expect(locate(second!, [])).toEqual({ file: 'list.yaml', line: 12, column: 3 });
  });

  it('locates items of nested lists and bare PodList items', () => {
    const text = 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: PodList\n  items:\n  - metadata: {name: a}\n    spec:\n      hostPID: true\n';
    const [pod] = parsed(text);
    expect([pod?.kind, pod?.documentPath]).toEqual(['Pod', ['items', 0, 'items', 0]]);
    expect(locate(pod!, ['spec', 'hostPID'])).toEqual({ file: 'list.yaml', line: 9, column: 7 });
  });

  it('locates a value written by a merge at the merged key, not at the key it overrode', () => {
    const [pod] = parsed('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nx: &a {hostPID: true}\nspec:\n  hostPID: false\n  <<: [{hostIPC: true}, *a]\n');
    expect((pod!.object.spec as Record<string, unknown>).hostPID).toBe(true);
    expect(locate(pod!, ['spec', 'hostPID'])).toEqual({ file: 'list.yaml', line: 4, column: 8 });
    expect(locate(pod!, ['spec', 'hostIPC'])).toEqual({ file: 'list.yaml', line: 7, column: 9 });
  });

  it('locates a field hidden after a U+2028 on its line and column in the file', () => {
    const [pod] = parsed('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostPID: false # ok\u2028  hostNetwork: true\n');
    expect(locate(pod!, ['spec', 'hostNetwork'])).toEqual({ file: 'list.yaml', line: 5, column: 25 });
    expect(locateInYaml('\uFEFFa:\r\n  b: 1\r\n', ['a', 'b'])).toEqual({ line: 2, column: 3, depth: 2 });
    expect(locateInYaml('\uFEFFa: 1\n', ['a'])).toEqual({ line: 1, column: 2, depth: 1 });
  });
});

describe('kustomize origins that hold the object in a list', () => {
  it('finds the item in the origin file, as kustomize flattened it', () => {
    const file = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: other}\n---\napiVersion: example.com/v1\nkind: FooList\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: a}\n- apiVersion: v1\n  kind: Pod\n  metadata:\n    name: web\n  spec:\n    hostPID: true\n';
    expect(findSourceDocument(file, 'Pod', 'prod-web')).toMatchObject({ firstLine: 5, itemPath: ['items', 1] });
    const rendered = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: prod-web\nspec:\n  hostPID: true\n';
    // Names are matched exactly once the kustomization's namePrefix is taken off, as kustomize's annotations name it.
    const transformations = [{ file: 'app/kustomization.yaml', kind: 'PrefixTransformer' }];
    const [pod] = parseRendered({ kind: 'kustomize', path: 'app' }, [{ text: rendered, firstLine: 1, sourceFile: 'app/list.yaml', relatedFiles: [], textIsSource: false, transformations }]).resources;
    const files: Record<string, string> = { 'app/list.yaml': file, 'app/kustomization.yaml': 'resources: [list.yaml]\nnamePrefix: prod-\n' };
    const locate = createLocator((path) => files[path]);
    expect(locate(pod!, ['spec', 'hostPID'])).toEqual({ file: 'app/list.yaml', line: 16, column: 5 });
  });
});
