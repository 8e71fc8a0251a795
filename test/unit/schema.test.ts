// values.schema.json references helm would load (helm v3.19/v4 compile schemas at file:///values.schema.json with
// file, http(s) and urn loaders): in the chart, its subcharts, archived subcharts and file:// dependencies.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { create } from 'tar';
import { afterAll, describe, expect, it } from 'vitest';
import { documentProblem, schemaProblem } from '../../src/render/schema.js';

const root = mkdtempSync(join(tmpdir(), 'kpg-schema-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

const ref = (reference: string) => JSON.stringify({ type: 'object', properties: { a: { $ref: reference } } });

describe('documentProblem', () => {
  it('accepts fragments, urn: refs, known meta-schemas and refs to schemas embedded under an $id', () => {
    const schema = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: 'https://example.com/root.json',
      definitions: { a: { $id: 'https://example.com/a.json' } },
      properties: { a: { $ref: '#/definitions/a' }, b: { $ref: 'urn:example:b' }, c: { $ref: 'https://example.com/a.json#/x' } },
    };
    expect(documentProblem(JSON.stringify(schema), false)).toBeUndefined();
    expect(documentProblem('{"$schema": "https://json-schema.org/draft/2020-12/schema"}', false)).toBeUndefined();
  });

  it('refuses what would be read from disk, whatever the network', () => {
    expect(documentProblem(ref('file:///etc/passwd'), true)).toBe("refers to 'file:///etc/passwd', outside the chart; helm would read it from the runner's disk");
    expect(documentProblem(ref('/proc/self/environ'), true)).toMatch(/^refers to '\/proc\/self\/environ', which helm resolves against file:\/\/\/values\.schema\.json/);
    // Relative to file:///values.schema.json, not to the chart: 'defs.json' is /defs.json on the runner.
    expect(documentProblem(ref('defs.json'), true)).toMatch(/^refers to 'defs\.json', which helm resolves against/);
    expect(documentProblem(JSON.stringify({ $id: 'file:///etc/', properties: { a: { $ref: 'passwd' } } }), true)).toMatch(/^refers to 'passwd'/);
    expect(documentProblem('{"$schema": "file:///etc/meta.json"}', true)).toMatch(/^has the \$schema 'file:\/\/\/etc\/meta\.json', outside the chart/);
    expect(documentProblem(JSON.stringify({ allOf: [{ $dynamicRef: 'file:///x' }] }), true)).toMatch(/^refers to 'file:\/\/\/x'/);
  });

  it('refuses what would be fetched only while the network is off', () => {
    expect(documentProblem(ref('https://10.255.255.1/a.json'), false)).toBe(
      "refers to 'https://10.255.255.1/a.json', which helm would fetch from the network, which is off (set allow-network to true, or refer to '#/…' within the schema)",
    );
    expect(documentProblem(ref('https://10.255.255.1/a.json'), true)).toBeUndefined();
    expect(documentProblem('{"$schema": "https://example.com/meta"}', false)).toMatch(/^has the \$schema 'https:\/\/example\.com\/meta', which helm would fetch/);
  });

  it('leaves a schema that is not JSON to helm', () => {
    expect(documentProblem('{not json', false)).toBeUndefined();
  });
});

describe('schemaProblem', () => {
  write({
    'ok/values.schema.json': ref('#/definitions/a'),
    'nested/charts/inner/values.schema.json': ref('file:///etc/passwd'),
    'archive/build/sub/Chart.yaml': 'apiVersion: v2\nname: sub\nversion: 0.1.0\n',
    'archive/build/sub/values.schema.json': ref('file:///proc/self/environ'),
  });
  mkdirSync(join(root, 'archive/chart/charts'), { recursive: true });
  create({ gzip: true, sync: true, file: join(root, 'archive/chart/charts/sub-0.1.0.tgz'), cwd: join(root, 'archive/build') }, ['sub']);

  it('is silent on a clean chart and names the subchart schema that is not', () => {
    expect(schemaProblem(root, [join(root, 'ok')], false)).toBeUndefined();
    expect(schemaProblem(root, [join(root, 'nested')], false)).toEqual({
      file: 'nested/charts/inner/values.schema.json',
      message: "refers to 'file:///etc/passwd', outside the chart; helm would read it from the runner's disk",
    });
  });

  it('reads the schemas inside archived subcharts', () => {
    expect(schemaProblem(root, [join(root, 'archive/chart')], false)).toEqual({
      file: 'archive/chart/charts/sub-0.1.0.tgz',
      message: "holds sub/values.schema.json, which refers to 'file:///proc/self/environ', outside the chart; helm would read it from the runner's disk",
    });
  });

  it('refuses an archive it cannot read rather than guess', () => {
    write({ 'bad/charts/x-1.0.0.tgz': 'not a gzip' });
    expect(schemaProblem(root, [join(root, 'bad')], false)?.message).toBe('is not a chart archive helm can read, so its schemas cannot be checked');
  });
});
