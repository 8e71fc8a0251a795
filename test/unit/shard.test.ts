// Shard assignment: deterministic, balanced by weight, independent of the order targets were found in.
import { describe, expect, it } from 'vitest';
import { assignBins, parseShard } from '../../src/shard/split.js';

describe('shards', () => {
  it('parses i/n and refuses anything else, quoting it', () => {
    expect(parseShard('shard', ' 2/4 ')).toEqual({ index: 2, count: 4 });
    expect(parseShard('shard', '')).toBeUndefined();
    for (const bad of ['0/4', '5/4', '2', 'a/b', '1/0']) expect(() => parseShard('shard', bad)).toThrow(`Invalid shard '${bad}'. Expected i/n`);
  });

  it('puts the heaviest first into the lightest bin, ties by key, whatever the input order', () => {
    const items = [
      { key: 'a', weight: 5 },
      { key: 'b', weight: 4 },
      { key: 'c', weight: 3 },
      { key: 'd', weight: 3 },
      { key: 'e', weight: 1 },
    ];
    expect(assignBins(items, 2)).toEqual([0, 1, 1, 0, 1]);
    const reversed = [...items].reverse();
    expect(assignBins(reversed, 2)).toEqual([0, 1, 1, 0, 1].reverse());
    expect(assignBins(items, 8)).toEqual([0, 1, 2, 3, 4]);
  });
});
