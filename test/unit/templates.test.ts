import { describe, expect, it } from 'vitest';
import { includedTemplates, locateInTemplate } from '../../src/manifests/templates.js';

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
    expect(locateInTemplate(template, ['spec', 'template', 'spec', 'hostNetwork'])).toEqual({ line: 5, column: 7, depth: 4, valueMatched: false });
  });

  it('falls back to the deepest ancestor written in the template', () => {
    expect(locateInTemplate(template, ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'privileged'])).toEqual({ line: 9, column: 11, depth: 5, valueMatched: false });
  });

  it('prefers the occurrence with more matching ancestors', () => {
    const values = 'sidecar:\n  securityContext:\n    privileged: false\nsecurityContext:\n  privileged: true\n';
    expect(locateInTemplate(values, ['spec', 'containers', 0, 'securityContext', 'privileged'])?.line).toBe(3);
    expect(locateInTemplate('a:\n  privileged: x\nsecurityContext:\n  privileged: true\n', ['securityContext', 'privileged'])?.line).toBe(4);
  });

  it('prefers the occurrence that holds the rendered value', () => {
    const rules = '- apiGroups: [apps]\n  resources:\n  - deployments\n- apiGroups: [""]\n  resources:\n  - configmaps\n  - secrets\n';
    expect(locateInTemplate(rules, ['rules', 7, 'resources', 0], 'secrets')).toEqual({ line: 5, column: 3, depth: 2, valueMatched: true });
    expect(locateInTemplate(rules, ['rules', 7, 'resources', 0], 'pods')).toMatchObject({ line: 2, valueMatched: false });
    expect(locateInTemplate('a: 1\nimage: nginx:1.2\nimage: busybox\n', ['image'], 'busybox')?.line).toBe(3);
  });
});

describe('includedTemplates', () => {
  const helpers = [
    {
      file: 'chart/templates/_helpers.tpl',
      text: '{{- define "app.name" -}}\napp\n{{- end }}\n{{- define "app.rules" -}}\n- resources: [secrets]\n{{ include "app.more" . }}\n{{- end }}\n{{- define "app.more" -}}\n- verbs: ["*"]\n{{- end }}\n',
    },
  ];
  it('follows include and template, transitively, and keeps where each block starts', () => {
    const blocks = includedTemplates('rules:\n  {{- include "app.rules" . | nindent 2 }}\n', helpers);
    expect(blocks.map((b) => [b.file, b.firstLine, b.text.split('\n')[0]])).toEqual([
      ['chart/templates/_helpers.tpl', 4, '{{- define "app.rules" -}}'],
      ['chart/templates/_helpers.tpl', 8, '{{- define "app.more" -}}'],
    ]);
  });

  it('finds nothing for a template that includes nothing known', () => {
    expect(includedTemplates('kind: Pod\n{{ include "other.chart" . }}\n', helpers)).toEqual([]);
  });
});
