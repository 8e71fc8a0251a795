import { describe, expect, it } from 'vitest';
import { findSourceDocument, locateInYaml } from '../../src/manifests/locate.js';

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
