import { describe, expect, it } from 'vitest';
import { findSourceDocument, locateInTemplate, locateInYaml } from '../../src/manifests/locate.js';

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

describe('locateInTemplate', () => {
  const template = `spec:
  template:
    spec:
      {{- if .Values.hostNetwork }}
      hostNetwork: true
      {{- end }}
      containers:
        - name: web
          securityContext:
            {{- toYaml .Values.securityContext | nindent 12 }}
`;
  it('finds a key under its ancestors in a template that is not YAML', () => {
    expect(locateInTemplate(template, ['spec', 'template', 'spec', 'hostNetwork'])).toEqual({ line: 5, column: 7, depth: 4 });
  });

  it('falls back to the deepest ancestor written in the template', () => {
    expect(locateInTemplate(template, ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'privileged'])).toEqual({ line: 9, column: 11, depth: 5 });
  });

  it('prefers the occurrence with more matching ancestors', () => {
    const values = 'sidecar:\n  securityContext:\n    privileged: false\nsecurityContext:\n  privileged: true\n';
    expect(locateInTemplate(values, ['spec', 'containers', 0, 'securityContext', 'privileged'])?.line).toBe(3);
    expect(locateInTemplate('a:\n  privileged: x\nsecurityContext:\n  privileged: true\n', ['securityContext', 'privileged'])?.line).toBe(4);
  });
});
