// Reading a tool's YAML as the Go tool does: lines kept, aliases and merges expanded, keys folded as encoding/json
// folds them, and anything it cannot read (or an alias bomb) an error rather than a guess.
import { describe, expect, it } from 'vitest';
import { fieldValues, foldKey, listItems, readYamlTree, scalar } from '../../src/render/yamltree.js';

describe('readYamlTree', () => {
  it('keeps the line of every value, through aliases and merge keys', () => {
    const read = readYamlTree('base: &b\n  releaseName: x\nchart:\n  <<: *b\n  name: web\nlist: [a, *b]\n');
    if (!('documents' in read)) throw new Error(read.error);
    const [document] = read.documents;
    const chart = fieldValues(document, 'chart')[0];
    expect(fieldValues(chart, 'releaseName').map((value) => [scalar(value), value.line])).toEqual([['x', 2]]);
    expect(fieldValues(chart, 'name').map((value) => [scalar(value), value.line])).toEqual([['web', 5]]);
    expect(listItems(document, 'list').map((item) => item.kind)).toEqual(['scalar', 'map']);
  });

  it('reads YAML 1.1 scalars as go-yaml v2 does', () => {
    const read = readYamlTree('a: yes\nb: "yes"\nc: 0x10\n');
    if (!('documents' in read)) throw new Error(read.error);
    expect(['a', 'b', 'c'].map((key) => scalar(fieldValues(read.documents[0], key)[0]!))).toEqual([true, 'yes', 16]);
  });

  it('reports a syntax error with its line, and refuses to expand an alias bomb', () => {
    expect(readYamlTree('a: 1\nb: [x\n')).toMatchObject({ line: 3 });
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((key, index) => `${key}: &${key} [${Array(10).fill(`*${'abcdefgh'[index]}`).join(', ')}]`)].join('\n');
    expect(readYamlTree(bomb)).toMatchObject({ error: expect.stringContaining('values once aliases are expanded') });
  });

  it('marks block scalars, whose text starts on the next line', () => {
    const read = readYamlTree('- |\n  kind: X\n- plain\n');
    if (!('documents' in read)) throw new Error(read.error);
    expect(read.documents[0]!.kind === 'list' && read.documents[0]!.items.map((item) => item.kind === 'scalar' && item.block === true)).toEqual([true, false]);
  });
});

describe('foldKey', () => {
  it('matches keys as encoding/json does: any case, the Kelvin sign as k, the long s as s', () => {
    expect(['ReleaseName', 'RELEASENAME', 'releaſeName'].map(foldKey)).toEqual(['releasename', 'releasename', 'releasename']);
    expect(foldKey('\u212Aind')).toBe('kind');
    expect(foldKey('İd')).not.toBe('id');
  });
});
