import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kustomizeEscape, schemaEscape } from '../../src/render/confine.js';

const root = mkdtempSync(join(tmpdir(), 'kpg-confine-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

describe('kustomizeEscape', () => {
  write({
    'ok/base/kustomization.yaml': 'resources: [pod.yaml]\n',
    'ok/overlay/kustomization.yaml': 'resources:\n- ../base\n- https://github.com/org/repo//deploy?ref=v1\npatches:\n- patch: |-\n    - op: replace\n      path: /x\n',
    'up/kustomization.yaml': 'resources:\n- ../../../../../../etc\n',
    'abs/kustomization.yaml': 'resources: [pod.yaml]\ncomponents:\n- /home/runner/work/private/deploy\n',
    'deep/overlay/kustomization.yaml': 'resources: [../base]\n',
    'deep/base/kustomization.yaml': 'configMapGenerator:\n- name: x\n  files:\n  - key=../../../secret.txt\n',
    'second/kustomization.yaml': 'resources: [a.yaml]\n---\nresources: [/etc]\n',
  });

  it('accepts local paths inside the repository, remote URLs and inline patches', () => {
    expect(kustomizeEscape(root, 'ok/overlay')).toBeUndefined();
  });

  it('names the file and entry that lead out, through `..`, absolute paths, bases and every document', () => {
    expect(kustomizeEscape(root, 'up')).toBe("up/kustomization.yaml: resources entry '../../../../../../etc' is outside the repository; kustomize would read it from the runner's disk");
    expect(kustomizeEscape(root, 'abs')).toMatch(/^abs\/kustomization\.yaml: components entry '\/home\/runner\/work\/private\/deploy' is outside/);
    expect(kustomizeEscape(root, 'deep/overlay')).toMatch(/^deep\/base\/kustomization\.yaml: configMapGenerator\.files entry '\.\.\/\.\.\/\.\.\/secret\.txt' is outside/);
    expect(kustomizeEscape(root, 'second')).toMatch(/^second\/kustomization\.yaml: resources entry '\/etc' is outside/);
  });
});

describe('schemaEscape', () => {
  const schema = (ref: string) => JSON.stringify({ type: 'object', properties: { a: { $ref: ref } } });
  write({
    'charts/ok/values.schema.json': JSON.stringify({ $schema: 'https://json-schema.org/draft-07/schema#', definitions: { a: {} }, properties: { a: { $ref: '#/definitions/a' }, b: { $ref: 'defs/b.json' } } }),
    'charts/file/values.schema.json': schema('file:///etc/passwd'),
    'charts/abs/values.schema.json': schema('/proc/self/environ'),
    'charts/up/values.schema.json': schema('../../secret.json#/x'),
    'charts/id/values.schema.json': JSON.stringify({ $id: 'file:///etc/', properties: { a: { $ref: 'passwd' } } }),
    'charts/sub/charts/inner/values.schema.json': schema('file:///etc/passwd'),
  });

  it('accepts fragments, http(s) and files inside the chart', () => {
    expect(schemaEscape(root, 'charts/ok')).toBeUndefined();
  });

  it('refuses file URLs, absolute paths and paths out of the chart, in subcharts too', () => {
    expect(schemaEscape(root, 'charts/file')).toBe("charts/file/values.schema.json refers to 'file:///etc/passwd', outside the chart; helm would read it from the runner's disk");
    expect(schemaEscape(root, 'charts/abs')).toMatch(/'\/proc\/self\/environ', outside the chart/);
    expect(schemaEscape(root, 'charts/up')).toMatch(/'\.\.\/\.\.\/secret\.json#\/x', outside the chart/);
    expect(schemaEscape(root, 'charts/id')).toMatch(/'file:\/\/\/etc\/', outside the chart/);
    expect(schemaEscape(root, 'charts/sub')).toMatch(/^charts\/sub\/charts\/inner\/values\.schema\.json refers to 'file:\/\/\/etc\/passwd'/);
  });
});
