import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRendered } from '../../src/manifests/parse.js';
import { splitDocuments } from '../../src/manifests/split.js';
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

  it('reads 10,000 aliases in linear time (each used to walk the whole document: 65 s), each the last anchor before it', () => {
    const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: many}', 'data:', '  first: &a "one"', '  early: *a'];
    for (let i = 0; i < 10_000; i++) lines.push(`  k${i}: *a`);
    lines.push('  again: &a "two"', '  late: *a');
    const started = Date.now();
    const { resources, findings } = parseRendered(target, [doc(lines.join('\n'))]);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(findings).toEqual([]);
    const data = resources[0]!.object.data as Record<string, string>;
    expect([data.early, data.k9999, data.late, Object.keys(data).length]).toEqual(['one', 'one', 'two', 10_004]);
  });

  it('refuses an alias before its anchor, and an anchor that contains its own alias, as go-yaml does', () => {
    for (const text of ['apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: {b: *a, a: &a "x"}\n', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: &a {b: *a}\n']) {
      const { resources, findings } = parseRendered(target, [doc(text)]);
      expect(resources).toEqual([]);
      expect(findings[0]!.message).toMatch(/^invalid YAML: (unknown anchor 'a' referenced|.*contains itself|.*alias)/i);
    }
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

// What sigs.k8s.io/yaml (go-yaml v2) gives the API server; each expectation below was checked with
// `kubectl label --local -f case.yaml kpg=1 -o json`, and the oracle suite at the end re-checks it where kubectl is.
const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n';
const specOf = (text: string) => {
  const { resources, findings } = parseRendered(target, [doc(text)]);
  return { spec: resources[0]?.object.spec as Record<string, unknown> | undefined, findings: findings.map((f) => [f.location?.line, f.message]) };
};

describe('merge keys as go-yaml v2 applies them (in document order)', () => {
  it('a merge after an explicit key overrides it: the Pod deploys privileged', () => {
    const { resources, findings } = parseRendered(target, [
      doc(`${POD}spec:\n  containers:\n  - name: c\n    image: x\n    securityContext:\n      privileged: false\n      <<: {privileged: true}\n`),
    ]);
    expect(findings).toEqual([]);
    expect((resources[0]!.object.spec as any).containers[0].securityContext).toEqual({ privileged: true });
  });

  it('an explicit key after a merge overrides the merged value', () => {
    expect(specOf(`${POD}spec:\n  <<: {hostPID: true}\n  hostPID: false\n`)).toEqual({ spec: { hostPID: false }, findings: [] });
  });

  it('merges a sequence from its last map to its first, over the keys written before it', () => {
    expect(specOf(`${POD}spec:\n  hostNetwork: false\n  <<: [{hostPID: true, hostIPC: true}, {hostPID: false, hostNetwork: true}]\n  hostIPC: false\n`)).toEqual({
      spec: { hostNetwork: true, hostPID: true, hostIPC: false },
      findings: [],
    });
  });

  it('a merged map applies its own merges first, and a second << writes again', () => {
    expect(specOf(`${POD}spec:\n  <<: {<<: {hostPID: true}, hostIPC: true}\n  hostIPC: false\n`).spec).toEqual({ hostPID: true, hostIPC: false });
    expect(specOf(`${POD}spec:\n  <<: {hostPID: true}\n  <<: {hostPID: false}\n`).spec).toEqual({ hostPID: false });
  });

  it('merges an alias in place, also in a flow mapping and with an explicit !!merge tag', () => {
    expect(specOf(`${POD}x: &a {hostPID: true}\nspec:\n  hostPID: false\n  <<: *a\n`).spec).toEqual({ hostPID: true });
    expect(specOf(`${POD}spec: {hostPID: false, <<: {hostPID: true}}\n`).spec).toEqual({ hostPID: true });
    expect(specOf(`${POD}spec:\n  hostPID: false\n  !!merge <<: {hostPID: true}\n`).spec).toEqual({ hostPID: true });
  });

  it('a quoted "<<" is an ordinary key', () => {
    expect(specOf(`${POD}spec:\n  hostPID: false\n  "<<": {hostPID: true}\n`).spec).toEqual({ hostPID: false, '<<': { hostPID: true } });
  });

  it('refuses what go-yaml refuses, on the line of the merge', () => {
    expect(specOf(`${POD}spec:\n  <<: [{hostPID: true}, 1]\n`)).toEqual({
      spec: undefined,
      findings: [[6, 'invalid YAML: map merge requires map or sequence of maps as the value (go-yaml refuses this `<<`)']],
    });
    expect(specOf(`${POD}spec:\n  <<: ~\n`).findings).toEqual([[6, 'invalid YAML: map merge requires map or sequence of maps as the value (go-yaml refuses this `<<`)']]);
    expect(specOf(`${POD}a: &a [*a]\n`).findings).toEqual([[5, "invalid YAML: anchor 'a' value contains itself"]]);
  });

  it('refuses keys that become one JSON key in an order Go leaves undefined', () => {
    expect(specOf(`${POD}spec:\n  on: 1\n  "true": 2\n`).findings).toEqual([[7, 'invalid YAML: two keys both read as `true` (Kubernetes clients keep one of them in an undefined order)']]);
    expect(specOf(`${POD}spec:\n  hostPID: true\n  hostPID: false\n`).findings).toEqual([[7, 'invalid YAML: duplicate key `hostPID` (Kubernetes clients keep one of them in an undefined order)']]);
    expect(specOf(`${POD}spec:\n  ~: 1\n`).findings).toEqual([[6, 'invalid YAML: a mapping key is empty or null, which Kubernetes clients refuse']]);
    // Go fails only when it converts the final tree: a map a later merge replaced is gone by then.
    expect(specOf(`${POD}spec:\n  a: {b: {~: true, on: 1, "true": 2}, <<: {b: 1}}\n`)).toEqual({ spec: { a: { b: 1 } }, findings: [] });
  });

  it('writes number keys as sigs.k8s.io/yaml does (floats through float32 %g)', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: p}\ndata:\n  1234567.0: a\n  123456.5: b\n  0.0001: c\n  16777217.0: d\n  0.1: e\n  -2.5e-7: f\n  .inf: g\n  1_000: h\n  0o17: i\n  +5: j\n  2024-01-01: k\n  1.0: l\n  <<: {}\n';
    const { resources } = parseRendered(target, [doc(text)]);
    expect(resources[0]!.object.data).toEqual({ '1': 'l', '5': 'j', '15': 'i', '1000': 'h', '-2.5e-07': 'f', '.inf': 'g', '0.0001': 'c', '0.1': 'e', '1.234567e+06': 'a', '1.6777216e+07': 'd', '123456.5': 'b', '2024-01-01': 'k' });
  });
});

describe('explicit tags as go-yaml resolves them', () => {
  it('resolves a quoted value under !!float, !!int or !!bool, so "0" is root for runAsUser', () => {
    expect(specOf(`${POD}spec:\n  securityContext: {runAsUser: !!float "0", runAsGroup: !!int "0x0"}\n  hostPID: !!bool "on"\n`)).toEqual({
      spec: { securityContext: { runAsUser: 0, runAsGroup: 0 }, hostPID: true },
      findings: [],
    });
  });

  it('decodes !!binary, as the cluster reads it', () => {
    expect(specOf(`${POD}spec:\n  securityContext:\n    seccompProfile: {type: !!binary VW5jb25maW5lZA==}\n`).spec).toEqual({ securityContext: { seccompProfile: { type: 'Unconfined' } } });
  });

  it('refuses what go-yaml cannot decode under the tag, on its line', () => {
    expect(specOf(`${POD}spec:\n  hostPID: !!bool "maybe"\n`).findings).toEqual([[6, 'invalid YAML: cannot decode `maybe` as a !!bool (go-yaml refuses it)']]);
    expect(specOf(`${POD}spec:\n  a: !!int 1.5\n`).findings).toEqual([[6, 'invalid YAML: cannot decode `1.5` as a !!int (go-yaml refuses it)']]);
    expect(specOf(`${POD}spec:\n  a: !!binary "not base64"\n`).findings).toEqual([[6, 'invalid YAML: !!binary value contains invalid base64 data']]);
  });

  it('leaves !!str and unknown tags as strings', () => {
    expect(specOf(`${POD}spec:\n  a: !!str true\n  b: !foo on\n  c: ! 1\n`).spec).toEqual({ a: 'true', b: 'on', c: '1' });
  });
});

describe('line breaks as go-yaml reads them', () => {
  const hidden = (character: string, column: number) =>
    `${character} at column ${column}: Kubernetes clients (go-yaml) read it as a line break, so what follows it is YAML to the cluster even where an editor shows one line (inside a comment too); use an ordinary line break, or write it as an escape in a double-quoted string`;

  it.each([
    ['\u2028', 'U+2028 (LINE SEPARATOR)'],
    ['\u2029', 'U+2029 (PARAGRAPH SEPARATOR)'],
    ['\u0085', 'U+0085 (NEXT LINE)'],
    ['\r', 'U+000D (CARRIAGE RETURN)'],
  ])('%j in a comment reveals the rest of the line to the cluster, and is an error on that line', (character, name) => {
    const { resources, findings } = parseRendered(target, [doc(`${POD}spec:\n  hostPID: false # harmless${character}  hostNetwork: true\n`, 3)]);
    expect((resources[0]!.object as any).spec).toEqual({ hostPID: false, hostNetwork: true });
    expect(findings).toEqual([
      {
        ruleId: 'parse-error',
        severity: 'error',
        title: 'Could not parse a rendered document',
        message: hidden(name, 28),
        target,
        location: { file: 'pod.yaml', line: 8 },
      },
    ]);
  });

  it('does not skip a document that is one "comment" line holding a whole object', () => {
    const { resources, findings } = parseRendered(target, [doc(`# nothing here\u2028${POD.replaceAll('\n', '\u2028')}spec: {hostPID: true}\n`)]);
    expect(resources.map((r) => [r.kind, r.name, (r.object.spec as any).hostPID])).toEqual([['Pod', 'p', true]]);
    expect(findings).toHaveLength(5);
    expect(findings.every((f) => f.location?.line === 1 && f.message.startsWith('U+2028 (LINE SEPARATOR)'))).toBe(true);
  });

  it('reads CRLF line ends and a leading byte order mark without a finding', () => {
    expect(specOf(`\uFEFF${POD}spec:\r\n  hostPID: true\r\n`.replaceAll(/(?<!\r)\n/g, '\r\n'))).toEqual({ spec: { hostPID: true }, findings: [] });
  });

  it('keeps a byte order mark inside a document as a character, as kubectl does', () => {
    expect(specOf(`${POD}spec:\n  hostPID: false\n\uFEFF  hostNetwork: true\n`)).toMatchObject({ spec: { hostPID: false }, findings: [] });
  });

  it('reports the line in the file when the document does not start at line 1', () => {
    const { findings } = parseRendered(target, [doc(`${POD}spec:\n  <<: 5\n`, 20)]);
    expect(findings.map((f) => f.location)).toEqual([{ file: 'pod.yaml', line: 25 }]);
  });
});

describe('lists as kubectl flattens them', () => {
  const list = (header: string, items: string) => `${header}items:\n${items}`;
  const item = (kind: string, name: string, extra = '') => `- apiVersion: v1\n  kind: ${kind}\n  metadata:\n    name: ${name}\n${extra}`;

  it('expands any *List kind of any apiVersion, and any object with an items array', () => {
    const { resources, findings } = parseRendered(target, [
      doc(list('apiVersion: example.com/v1\nkind: FooList\n', item('Pod', 'a'))),
      doc(list('apiVersion: v1\nkind: Pod\nmetadata: {name: outer}\n', item('Pod', 'inner'))),
    ]);
    expect(findings).toEqual([]);
    expect(resources.map((r) => [r.kind, r.name, r.documentPath])).toEqual([
      ['Pod', 'a', ['items', 0]],
      ['Pod', 'inner', ['items', 0]],
    ]);
  });

  it('gives bare items of a PodList the kind Pod and the list apiVersion, as decodeToList does', () => {
    const { resources } = parseRendered(target, [doc('apiVersion: v1\nkind: PodList\nitems:\n- metadata: {name: a}\n  spec: {hostPID: true}\n')]);
    expect(resources.map((r) => [r.apiVersion, r.kind, r.name])).toEqual([['v1', 'Pod', 'a']]);
    expect(resources[0]!.object).toEqual({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a' }, spec: { hostPID: true } });
  });

  it('flattens nested lists and keeps the path of each item', () => {
    const text = list('apiVersion: v1\nkind: List\n', `${item('Pod', 'a')}- apiVersion: v1\n  kind: List\n  items:\n  - apiVersion: v1\n    kind: Pod\n    metadata: {name: b}\n`);
    const { resources } = parseRendered(target, [doc(text)]);
    expect(resources.map((r) => [r.name, r.documentPath])).toEqual([
      ['a', ['items', 0]],
      ['b', ['items', 1, 'items', 0]],
    ]);
  });

  it('reports items that are not objects, and an items field that is not a list, on their lines', () => {
    const { resources, findings } = parseRendered(target, [
      doc(list('apiVersion: v1\nkind: List\n', `${item('Pod', 'a')}- 5\n${item('Pod', '')}`), 10),
      doc('apiVersion: v1\nkind: List\nitems: {a: 1}\n', 30),
      doc('apiVersion: v1\nkind: List\nitems: null\n', 40),
    ]);
    expect(resources.map((r) => r.name)).toEqual(['a']);
    expect(findings.map((f) => [f.location?.line, f.message])).toEqual([
      [17, 'item 1 of a list is a number scalar, not a Kubernetes object'],
      [18, 'Pod has no `metadata.name`'],
      [32, '`items` is a mapping: Kubernetes clients read an object with `items` as a list and refuse it'],
    ]);
  });
});

/**
 * kubectl as the oracle, offline: `kubectl label --local -o json` decodes a file exactly as `kubectl apply` does
 * (YAMLReader, sigs.k8s.io/yaml, unstructured lists, the builder's flattening) and prints what it would send.
 */
const KUBECTL = spawnSync('kubectl', ['version', '--client'], { stdio: 'ignore' }).status === 0;

function kubectlReads(text: string): unknown[] | 'error' {
  const work = mkdtempSync(join(tmpdir(), 'kpg-oracle-'));
  try {
    writeFileSync(join(work, 'case.yaml'), text);
    const out = execFileSync('kubectl', ['label', '--local', '-f', join(work, 'case.yaml'), 'kpg-oracle=1', '-o', 'json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return jsonObjects(out).map((object: any) => {
      delete object.metadata.labels['kpg-oracle'];
      if (Object.keys(object.metadata.labels).length === 0) delete object.metadata.labels;
      return object;
    });
  } catch {
    return 'error';
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** kubectl prints one pretty JSON object after another: split them at the closing brace of column 0. */
function jsonObjects(out: string): unknown[] {
  return out.split(/^}$/m).filter((part) => part.trim() !== '').map((part) => JSON.parse(`${part}}`));
}

function weRead(text: string): unknown[] | 'error' {
  const documents = splitDocuments(text).map((d) => ({ ...d, sourceFile: 'case.yaml', relatedFiles: [], textIsSource: true }));
  const { resources, findings } = parseRendered(target, documents);
  const refused = findings.some((f) => f.ruleId === 'parse-error' && !/^U\+[0-9A-F]{4} \(/.test(f.message));
  return refused ? 'error' : resources.map((r) => r.object);
}

describe.runIf(KUBECTL)('the same objects as kubectl, checked against kubectl itself', () => {
  const cases: [string, string][] = [
    ['merge after an explicit key', `${POD}spec:\n  hostPID: false\n  <<: {hostPID: true}\n`],
    ['merge of a sequence', `${POD}spec:\n  hostNetwork: false\n  <<: [{hostPID: true, hostIPC: true}, {hostPID: false, hostNetwork: true}]\n  hostIPC: false\n`],
    ['nested merge', `${POD}spec:\n  <<: {<<: {hostPID: true}, hostIPC: true}\n  hostIPC: false\n`],
    ['two merges', `${POD}spec:\n  <<: {hostPID: true}\n  <<: {hostPID: false}\n`],
    ['alias merge', `${POD}x: &a {hostPID: true}\nspec:\n  hostPID: false\n  <<: *a\n`],
    ['quoted <<', `${POD}spec:\n  "<<": {hostPID: true}\n`],
    ['tagged merge', `${POD}spec:\n  hostPID: false\n  !!merge <<: {hostPID: true}\n`],
    ['merge of a scalar', `${POD}spec:\n  <<: [{hostPID: true}, 1]\n`],
    ['null key', `${POD}spec:\n  ~: 1\n`],
    ['null key in a map a merge replaced', `${POD}spec:\n  a: {b: {~: true, on: 1, "true": 2}, <<: {b: 1}}\n`],
    ['LS in a comment', `${POD}spec:\n  hostPID: false # x\u2028  hostNetwork: true\n`],
    ['NEL in a comment', `${POD}spec:\n  hostPID: false # x\u0085  hostNetwork: true\n`],
    ['PS in a comment', `${POD}spec:\n  hostPID: false # x\u2029  hostNetwork: true\n`],
    ['CR in a comment', `${POD}spec:\n  hostPID: false # x\r  hostNetwork: true\n`],
    ['LS in a block scalar', `${POD}data:\n  y: |\n    a\u2028b\n`],
    ['CRLF', `${POD}spec:\n  hostPID: true\n`.replaceAll('\n', '\r\n')],
    ['BOM', `\uFEFF${POD}spec:\n  hostPID: true\n`],
    ['BOM inside', `${POD}spec:\n  hostPID: false\n\uFEFF  hostNetwork: true\n`],
    ['BOM on a later document', `${POD}---\n\uFEFF${POD.replace('name: p', 'name: q')}`],
    ['separator with NEL', `${POD}---\u0085\n${POD.replace('name: p', 'name: q')}`],
    ['separator with BOM', `${POD}---\uFEFF\n${POD.replace('name: p', 'name: q')}`],
    ['separator with content', `${POD}--- x\n${POD.replace('name: p', 'name: q')}`],
    ['FooList', 'apiVersion: example.com/v1\nkind: FooList\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: a}\n  spec: {hostPID: true}\n'],
    ['PodList with bare items', 'apiVersion: v1\nkind: PodList\nitems:\n- metadata: {name: a}\n  spec: {hostPID: true}\n'],
    ['Pod with items', `${POD}items:\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: inner}\n  spec: {hostPID: true}\n`],
    ['items null', 'apiVersion: v1\nkind: List\nitems: null\n'],
    ['items mapping', 'apiVersion: v1\nkind: List\nitems: {a: 1}\n'],
    ['item scalar', 'apiVersion: v1\nkind: List\nitems:\n- 1\n'],
    ['explicit tags', `${POD}spec:\n  a: !!bool "true"\n  b: !!str true\n  c: !!bool yes\n  d: !!int "0x10"\n  e: !!float "1"\n  g: !!null ""\n  h: !foo true\n  i: ! true\n`],
    ['a tag that does not fit', `${POD}spec:\n  a: !!bool "maybe"\n`],
    ['binary and timestamp tags', `${POD}spec:\n  a: !!binary aGVsbG8=\n  b: !!timestamp 2001-12-14\n  c: 2001-12-14t21:59:43.10-05:00\n`],
    ['collection tags', `${POD}spec: !!seq\n  a: !Foo {b: !!map {c: 1}}\n`],
    ['YAML 1.1 scalars', `${POD}spec:\n  hostPID: on\n  hostIPC: y\n  securityContext: {runAsUser: 0o17, fsGroup: 0x10, supplementalGroups: [010, 1_000]}\n`],
    ['number keys', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: p}\ndata:\n  1234567.0: a\n  0.0001: c\n  16777217.0: d\n  -2.5e-7: f\n  .inf: g\n  0o17: i\n  1.0: l\n'],
  ];

  it.each(cases)('%s', (_name, text) => {
    expect(weRead(text)).toEqual(kubectlReads(text));
  });
});

describe.runIf(KUBECTL)('random documents read as kubectl reads them', () => {
  const key = fc.constantFrom('hostPID', 'hostIPC', 'on', '"true"', '<<', '"<<"', '1.5', '1e6', '~');
  const value = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      fc.constantFrom('true', 'false', 'on', 'y', '0644', '1e3', '"x"', '~', '*a', '*b', '[]', '{}', '!!float "0"', '!!binary dHJ1ZQ==', '!!bool "yes"', '!!str on'),
      fc.array(fc.tuple(key, tie('node')), { maxLength: 3 }).map((pairs) => `{${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
      fc.array(tie('node'), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
    ),
  })).node;
  const separator = fc.constantFrom('\n', '\n', '\n', ' # c\n', ' # c\u2028', ' # c\u0085', '\r\n');
  const document = fc
    .array(fc.tuple(key, value, separator), { maxLength: 5 })
    .map((entries) => `${POD}x: &a {hostPID: true}\ny: &b {hostIPC: false, <<: *a}\nspec:\n${entries.map(([k, v, end]) => `  ${k}: ${v}${end}`).join('')}`);

  it('agrees with kubectl on random merges, keys and line breaks', () => {
    fc.assert(
      fc.property(document, (text) => {
        // Duplicate keys are refused on purpose (fail closed, see DESIGN.md), where kubectl keeps the last one.
        const { findings } = parseRendered(target, [doc(text)]);
        fc.pre(!findings.some((f) => f.message.includes('undefined order')));
        expect(weRead(text)).toEqual(kubectlReads(text));
      }),
      { numRuns: Number(process.env.KPG_ORACLE_RUNS ?? 25) },
    );
  });
});
