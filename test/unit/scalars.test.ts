import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { KUBERNETES_YAML } from '../../src/manifests/parse.js';

// Expected values are what sigs.k8s.io/yaml (go-yaml v2's resolve.go) produces, as kubectl sends them.
const cases: [string, unknown][] = [
  ['on', true],
  ['Off', false],
  ['y', true],
  ['N', false],
  ['YES', true],
  ['true', true],
  ['tRUE', 'tRUE'],
  ["'on'", 'on'],
  ['"yes"', 'yes'],
  ['~', null],
  ['Null', null],
  ['', null],
  ['0644', 420],
  ['0o17', 15],
  ['0x1F', 31],
  ['0b101', 5],
  ['-0b11', -3],
  ['1_000', 1000],
  ['+12', 12],
  ['-7', -7],
  ['09', 9],
  ['1e3', 1000],
  ['7.', 7],
  ['.5', 0.5],
  ['1.5.2', '1.5.2'],
  ['8080:80', '8080:80'],
  ['12abc', '12abc'],
  ['2024-01-01', '2024-01-01'],
  ['!!str 12', '12'],
  ['.inf', Number.POSITIVE_INFINITY],
  ['-.Inf', Number.NEGATIVE_INFINITY],
  ['Yes please', 'Yes please'],
];

describe('scalars as Kubernetes resolves them', () => {
  it.each(cases)('%s', (source, expected) => {
    expect(parse(`value: ${source}\n`, KUBERNETES_YAML)).toEqual({ value: expected });
  });

  it('resolves keys too, and stringifies them as sigs.k8s.io/yaml does', () => {
    expect(parse('on: 1\nn: 2\n', KUBERNETES_YAML)).toEqual({ true: 1, false: 2 });
  });

  it('merges << keys', () => {
    expect(parse('base: &b {x: 1}\nm:\n  <<: *b\n  z: 2\n', KUBERNETES_YAML)).toEqual({ base: { x: 1 }, m: { x: 1, z: 2 } });
  });
});
