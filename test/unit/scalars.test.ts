import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { slowLoad } from '../../src/manifests/parse.js';
import { KUBERNETES_FAST_SCHEMA } from '../../src/manifests/scalars.js';

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
  const adapters: [string, (text: string) => unknown][] = [
    ['yaml package', (text) => {
      const result = slowLoad(text);
      return 'value' in result ? result.value : result;
    }],
    [
      'js-yaml',
      (text) => {
        try {
          return load(text, { schema: KUBERNETES_FAST_SCHEMA });
        } catch {
          return 'declined';
        }
      },
    ],
  ];

  describe.each(adapters)('%s', (name, read) => {
    it.each(cases)('%s', (source, expected) => {
      // js-yaml would name a key `.inf` "Infinity": the fast path leaves such numbers to the yaml package.
      const declines = name === 'js-yaml' && typeof expected === 'number' && !Number.isFinite(expected);
      expect(read(`value: ${source}\n`)).toEqual(declines ? 'declined' : { value: expected });
    });

    it('resolves keys too, and stringifies them as sigs.k8s.io/yaml does', () => {
      expect(read('on: 1\nn: 2\n')).toEqual({ true: 1, false: 2 });
    });

    it('does not let scalars reach Object.prototype', () => {
      expect(read('a: constructor\nb: toString\n__proto__: x\n')).toEqual(JSON.parse('{"a":"constructor","b":"toString","__proto__":"x"}'));
    });
  });

  it('merges << keys in the yaml package path (js-yaml never sees them)', () => {
    expect(slowLoad('base: &b {x: 1}\nm:\n  <<: *b\n  z: 2\n')).toEqual({ value: { base: { x: 1 }, m: { x: 1, z: 2 } } });
  });
});
