// Which template line printed each rendered line, when a template prints several documents: look-alike objects
// read from their own lines, `---` ending a document, `range` loops printing one document per item.
import { describe, expect, it } from 'vitest';
import { alignRendered, type ValueReader } from '../../src/manifests/align.js';

const FILE = 'chart/templates/x.yaml';

/** `rendered line → template line` (1-based) for each line that is not a `# Source:` header. */
function printedBy(rendered: string, template: string, valueOf?: ValueReader): string[] {
  const origins = alignRendered(rendered, { file: FILE, text: template }, [], valueOf);
  return rendered
    .split('\n')
    .flatMap((text, index) => (text.startsWith('# Source:') || text.trim() === '' ? [] : [`${text.trim()} → ${origins[index] ? origins[index].lines[origins[index].index]!.line + 1 : '-'}`]));
}

/** The lines of `text` from `from` to `to` (1-based), each `line → its number`: what a document printed from them reads. */
function linesOf(text: string, from: number, to: number): string[] {
  return text
    .split('\n')
    .slice(from - 1, to)
    .map((line, k) => `${line.trim()} → ${from + k}`);
}

// microservices-demo (34ffea91) helm-chart/templates/cartservice.yaml, reduced: redis-cart after cartservice.
const CART = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Values.cart.name }}
  namespace: {{ .Release.Namespace }}
spec:
  template:
    spec:
      securityContext:
        runAsNonRoot: true
      containers:
      - name: server
        image: cartservice:v0.10.6
{{- if .Values.redis.create }}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Values.redis.name }}
  namespace: {{ .Release.Namespace }}
spec:
  template:
    spec:
      securityContext:
        runAsNonRoot: true
      containers:
      - name: redis
        image: redis:7.4.1
{{- end }}
`;

const render = (name: string, container: string, image: string) => `# Source: chart/templates/x.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: default
spec:
  template:
    spec:
      securityContext:
        runAsNonRoot: true
      containers:
      - name: ${container}
        image: ${image}`;

describe('alignRendered: a template of several documents', () => {
  it('reads the second of two look-alike objects from its own lines, not the first one', () => {
    const redis = render('redis-cart', 'redis', 'redis:7.4.1');
    expect(printedBy(redis, CART)).toEqual(
      linesOf(CART, 16, 28).map((line) => line.replace('{{ .Values.redis.name }}', 'redis-cart').replace('{{ .Release.Namespace }}', 'default')),
    );
  });

  it('ends the first object at the separator: none of its lines is read from the second', () => {
    const cart = render('cartservice', 'server', 'cartservice:v0.10.6');
    expect(printedBy(cart, CART)).toEqual(
      linesOf(CART, 1, 13).map((line) => line.replace('{{ .Values.cart.name }}', 'cartservice').replace('{{ .Release.Namespace }}', 'default')),
    );
  });

  it('tells look-alikes that differ only in the values they read apart by those values', () => {
    const twins = CART.replace('- name: server', '- name: {{ .Values.cart.name }}')
      .replace('- name: redis', '- name: {{ .Values.redis.name }}')
      .replace('image: cartservice:v0.10.6', 'image: {{ .Values.cart.image }}')
      .replace('image: redis:7.4.1', 'image: {{ .Values.redis.image }}');
    const values: Record<string, string> = { 'cart.name': 'cartservice', 'cart.image': 'cartservice:v0.10.6', 'redis.name': 'redis-cart', 'redis.image': 'redis:7.4.1' };
    const valueOf: ValueReader = (file, path) => (file === FILE ? values[path.join('.')] : undefined);
    const at = (rendered: string) => printedBy(rendered, twins, valueOf).map((line) => Number(line.split(' → ')[1]));
    expect(at(render('redis-cart', 'redis-cart', 'redis:7.4.1'))).toEqual([16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28]);
    expect(at(render('cartservice', 'cartservice', 'cartservice:v0.10.6'))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it('prefers the line that says more when both match: `{{ x }}-preview` over `{{ x }}`', () => {
    // argocd-example-apps (0d521c6) blue-green/templates/services.yaml: the preview copy differs by a suffix.
    const template = `---
apiVersion: v1
kind: Service
metadata:
  name: {{ template "guestbook.fullname" . }}
spec:
  type: {{ .Values.service.type }}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ template "guestbook.fullname" . }}-preview
spec:
  type: {{ .Values.service.type }}
`;
    const preview = '# Source: chart/templates/x.yaml\napiVersion: v1\nkind: Service\nmetadata:\n  name: web-preview\nspec:\n  type: ClusterIP';
    const main = preview.replace('web-preview', 'web');
    expect(printedBy(preview, template).map((line) => line.split(' → ')[1])).toEqual(['9', '10', '11', '12', '13', '14']);
    expect(printedBy(main, template).map((line) => line.split(' → ')[1])).toEqual(['2', '3', '4', '5', '6', '7']);
  });

  it('reads every document a range prints, a separator opening its body, from the body', () => {
    const template = `{{- range .Values.workers }}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .name }}
data:
  size: {{ .size | quote }}
{{- end }}
`;
    for (const name of ['a', 'b', 'c']) {
      const rendered = `# Source: chart/templates/x.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  size: "1"`;
      expect(printedBy(rendered, template).map((line) => line.split(' → ')[1])).toEqual(['3', '4', '5', '6', '7', '8']);
    }
  });

  it('reads every document a range prints, a separator closing its body, from the body', () => {
    const template = `{{- range .Values.workers }}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .name }}
---
{{- end }}
apiVersion: v1
kind: Secret
metadata:
  name: last
`;
    const item = (name: string) => `# Source: chart/templates/x.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}`;
    expect(printedBy(item('a'), template).map((line) => line.split(' → ')[1])).toEqual(['2', '3', '4', '5']);
    expect(printedBy(item('b'), template).map((line) => line.split(' → ')[1])).toEqual(['2', '3', '4', '5']);
    const last = '# Source: chart/templates/x.yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: last';
    expect(printedBy(last, template).map((line) => line.split(' → ')[1])).toEqual(['8', '9', '10', '11']);
  });

  it('keeps a document that a condition printed without its separator on its own lines', () => {
    // The ServiceAccount's `---` sits inside the `if`: with the condition false, the Deployment starts the file.
    const template = `{{- if .Values.serviceAccount.create }}
apiVersion: v1
kind: ServiceAccount
metadata:
  name: web
---
{{- end }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
`;
    const deployment = '# Source: chart/templates/x.yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web';
    expect(printedBy(deployment, template).map((line) => line.split(' → ')[1])).toEqual(['8', '9', '10', '11']);
    const account = '# Source: chart/templates/x.yaml\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: web';
    expect(printedBy(account, template).map((line) => line.split(' → ')[1])).toEqual(['2', '3', '4', '5']);
  });
});
