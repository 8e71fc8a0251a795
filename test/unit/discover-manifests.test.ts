// Plain manifest discovery decides by parsing, as kubectl does: each way of writing an object is found, nothing else is.
import { describe, expect, it } from 'vitest';
import { discoverTargets } from '../../src/discover/index.js';

const repo = (files: Record<string, string>) => ({ files: Object.keys(files).sort(), read: (path: string) => files[path] ?? '' });
const discover = (files: Record<string, string>) => discoverTargets(repo(files), { paths: [], valuesFiles: [] });
const privileged = 'metadata: {name: p}\nspec: {containers: [{name: c, image: i, securityContext: {privileged: true}}]}\n';

/** Each of these deploys a privileged Pod with `kubectl apply -f`; a line pattern missed all but the first. */
const manifests: Record<string, string> = {
  'plain.yaml': `apiVersion: v1\nkind: Pod\n${privileged}`,
  'bom.yaml': `\uFEFFapiVersion: v1\nkind: Pod\n${privileged}`,
  'indented.yaml': `  apiVersion: v1\n  kind: Pod\n  metadata: {name: p}\n`,
  'space-before-colon.yaml': `apiVersion : v1\nkind : Pod\n${privileged}`,
  'quoted-keys.yaml': `"apiVersion": v1\n'kind': Pod\n${privileged}`,
  'flow.yml': '{apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {hostPID: true}}\n',
  'json-in-yaml.yaml': '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}}\n',
  'pod.json': '{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "metadata": {"name": "p"}\n}\n',
  'escaped-keys.json': '{"\\u0061piVersion": "v1", "\\u006bind": "Pod", "metadata": {"name": "p"}}',
  'escaped-keys.yaml': '"\\x61piVersion": v1\n"\\x6bind": Pod\nmetadata: {name: p}\n',
  'upper-case.YAML': `apiVersion: v1\nkind: Pod\n${privileged}`,
  'second-document.yaml': `# a values-like header\nreplicas: 3\n---\napiVersion: v1\nkind: Pod\n${privileged}`,
  'list.yaml': `apiVersion: v1\nkind: PodList\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: p}\n`,
  'list-without-api-version.yaml': `kind: List\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: p}\n`,
  'anchored.yaml': `base: &k {apiVersion: v1, kind: Pod}\n---\n<<: {apiVersion: v1, kind: Pod}\n${privileged}`,
  // Fail closed: these do not parse here, so the renderer's parse-error must say so rather than nothing at all.
  'broken.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: [p\n',
  'duplicate-key.yaml': `apiVersion: v1\nkind: Pod\n${privileged}metadata: {name: q}\n`,
  'json-stream.json': '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a"}}\n{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "b"}}\n',
  // go-yaml ends a comment at U+2028: for kubectl these keys are live, for js-yaml they are commented out.
  'line-separator.yaml': '# note\u2028apiVersion: v1\n# note\u2028kind: Pod\n# note\u2028metadata: {name: p}\n',
  // UTF-16 with a byte order mark, as it reads when decoded as UTF-8.
  'utf16.yaml': '\uFFFD\uFFFDa\u0000p\u0000i\u0000V\u0000e\u0000r\u0000s\u0000i\u0000o\u0000n\u0000',
};

/** Ordinary YAML and JSON that must not become targets (nor parse errors). */
const others: Record<string, string> = {
  'package.json': '{"name": "app", "version": "1.0.0", "scripts": {"test": "vitest"}}\n',
  'tsconfig.json': '{\n  // comments are fine in tsconfig\n  "compilerOptions": {"strict": true}\n}\n',
  '.github/workflows/ci.yml': 'name: ci\non: push\njobs:\n  t:\n    steps:\n    - run: |\n        echo "apiVersion: v1\n        kind: Pod" | kubectl apply -f -\n',
  'helm-values.yaml': 'extraObjects:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: x}\n',
  // A values file that starts with `---` (prometheus-community's ci/ files do): its empty first document is no error.
  'leading-separator-values.yaml': '---\nextraManifests:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: x}\n',
  'numeric-api-version.yaml': 'apiVersion: 1\nkind: Pod\n',
  'kind-only.yaml': 'kind: cluster\nnodes: 3\n',
  'windows-path.yaml': 'path: C:\\Users\\x\n',
  'escaped-but-broken.yaml': 'path: "C:\\q" [\n',
  'notes.md': 'apiVersion: v1\nkind: Pod\n',
  'pod.yaml.txt': 'apiVersion: v1\nkind: Pod\n',
  'empty.yaml': '',
  'sops.enc.json': '{"data": "ENC[AES256_GCM,data:...]", "sops": {"kms": []}}',
};

describe('discoverTargets: plain manifests by parsing', () => {
  it('finds a Kubernetes object however the YAML or JSON is written, and nothing in ordinary YAML and JSON', () => {
    const targets = discover({ ...manifests, ...others });
    expect(targets.map((target) => target.path)).toEqual(Object.keys(manifests).sort((a, b) => a.localeCompare(b)));
    expect(new Set(targets.map((target) => target.kind))).toEqual(new Set(['manifests']));
  });

  it('reads hidden directories like any other', () => {
    expect(discover({ '.deploy/pod.yaml': manifests['plain.yaml']!, '.github/dependabot.yml': 'version: 2\n' })).toEqual([
      { kind: 'manifests', path: '.deploy/pod.yaml' },
    ]);
  });
});
