// Where a reviewer fixes a node whose whole content a chart prints from values: the values key, not the template
// line that prints it (opentelemetry-helm-charts dd5665c0: the operator's and the collector's securityContext).
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import type { Resource } from '../../src/model.js';
import { locateThroughTemplate } from '../../src/manifests/helmlocate.js';

const files: Record<string, string> = {
  'chart/values.yaml': `manager:
  securityContext:
    privileged: true
securityContext: {}
profiling: false
`,
  'chart/templates/pod.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: manager
      image: manager:1.0
      {{- with .Values.manager.securityContext }}
      securityContext: {{ toYaml . | nindent 8 }}
      {{- end }}
    - name: agent
      image: agent:1.0
      securityContext:
        {{- if .Values.profiling }}
        runAsUser: 0
        privileged: false
        {{- else }}
        {{- toYaml .Values.securityContext | nindent 8 }}
        {{- end }}
`,
};

// What `helm template r chart` prints for it (helm v4.2.4), the trailing blank after `securityContext:` included.
const rendered = `# Source: chart/templates/pod.yaml
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: manager
      image: manager:1.0
      securityContext: 
        privileged: true
    - name: agent
      image: agent:1.0
      securityContext:
        {}`;

const object = load(rendered) as Record<string, unknown>;
const resource: Resource = {
  object,
  apiVersion: 'v1',
  kind: 'Pod',
  name: 'web',
  target: { kind: 'helm', path: 'chart', helm: { releaseName: 'r', valuesFiles: [] } },
  document: { text: rendered, firstLine: 1, sourceFile: 'chart/templates/pod.yaml', relatedFiles: ['chart/values.yaml'], textIsSource: false },
};
const at = (path: (string | number)[]) => {
  const location = locateThroughTemplate(resource, path, (file) => files[file], []);
  return location && `${location.file}:${location.line}`;
};

describe('locateThroughTemplate: content printed from values', () => {
  it('reads `key: {{ toYaml . | nindent }}` inside `with .Values.x` as those values', () => {
    expect(at(['spec', 'containers', 0, 'securityContext'])).toBe('chart/values.yaml:2');
  });

  it('follows the path into those values', () => {
    expect(at(['spec', 'containers', 0, 'securityContext', 'privileged'])).toBe('chart/values.yaml:3');
  });

  it('reads a key whose content the branch an `if` took printed from values as those values', () => {
    expect(at(['spec', 'containers', 1, 'securityContext'])).toBe('chart/values.yaml:4');
  });

  it('keeps a key the template writes with literal content on the template line', () => {
    expect(at(['spec', 'containers', 1, 'image'])).toBe('chart/templates/pod.yaml:13');
    expect(at(['spec', 'containers', 1])).toBe('chart/templates/pod.yaml:12');
  });
});
