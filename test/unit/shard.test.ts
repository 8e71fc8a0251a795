// Shard assignment (deterministic, balanced by weight, independent of the order targets were found in) and the
// merge's refusals: a shard that cannot exist, twice, missing, or of another commit, configuration or policy set.
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { mergeShards, parseShardReport } from '../../src/shard/merge.js';
import { assignBins, parseShard, SHARD_FORMAT, type ShardPart } from '../../src/shard/split.js';

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

describe('merging shard reports', () => {
  const part = (index: number, count: number, extra: Partial<ShardPart> = {}): ShardPart => ({
    format: SHARD_FORMAT,
    version: packageJson.version,
    index,
    count,
    commit: 'c'.repeat(40),
    targets: ['["manifests","a.yaml","","",""]'],
    common: [],
    evaluated: [],
    exceptions: [],
    now: '2026-01-01T00:00:00.000Z',
    ...extra,
  });
  const text = (shard: ShardPart, outcome: Record<string, unknown> = {}) =>
    JSON.stringify({ findings: [], counts: { error: 0, warning: 0, notice: 0 }, failOn: 'error', verdict: 'pass', targets: 1, resources: 1, rules: [{ id: 'privileged' }], ...outcome, shard });
  const merge = (...reports: [string, string][]) => mergeShards(reports.map(([file, body]) => parseShardReport(file, body)), 'reports');

  it('merges each shard of one run once', () => {
    expect(merge(['a.json', text(part(1, 2))], ['b.json', text(part(2, 2))]).verdict).toBe('pass');
  });

  it.each([
    ['3/2', part(3, 2), "Invalid shard report 'x.json': it claims shard 3/2. Expected shard i/n with 1 ≤ i ≤ n ≤ 256"],
    ['0/2', part(0, 2), "Invalid shard report 'x.json': it claims shard 0/2."],
    ['1.5/2', part(1.5, 2), "Invalid shard report 'x.json': it claims shard 1.5/2."],
    ['"1"/2', part('1' as never, 2), 'Invalid shard report \'x.json\': it claims shard "1"/2.'],
    ['1/300', part(1, 300), "Invalid shard report 'x.json': it claims shard 1/300."],
  ])('refuses a report claiming shard %s, naming its file', (_, shard, message) => {
    expect(() => parseShardReport('x.json', text(shard))).toThrow(message);
  });

  it("refuses common findings outside shard 1: they would be counted twice", () => {
    expect(() => parseShardReport('x.json', text(part(2, 2, { common: [{ ruleId: 'privileged' } as never] })))).toThrow("shard 2/2 carries the run's common findings");
  });

  it.each([
    ['commit', text(part(2, 2, { commit: 'd'.repeat(40) }))],
    ['commit', text(part(2, 2, { commit: undefined }))],
    ['list of targets', text(part(2, 2, { targets: [] }))],
    ['fail-on', text(part(2, 2), { failOn: 'warning' })],
    ['exceptions', text(part(2, 2, { exceptions: [{ rule: 'privileged' } as never] }))],
    ['policy set (its rules)', text(part(2, 2), { rules: [{ id: 'mine' }] })],
    ['configuration', text(part(2, 2), { configuration: { file: '.kube-policy-gate.yaml', disabled: ['privileged'], enabled: [] } })],
    ['count of targets and objects', text(part(2, 2), { resources: 9 })],
  ])("refuses a report whose %s is not the run's, naming both files", (fact, body) => {
    expect(() => merge(['a.json', text(part(1, 2))], ['b.json', body])).toThrow(`Invalid shard report 'b.json' (shard 2/2): its ${fact} differs from 'a.json'.`);
  });

  it('refuses a shard twice, mixed totals and a missing shard', () => {
    expect(() => merge(['a.json', text(part(1, 2))], ['b.json', text(part(2, 2))], ['c.json', text(part(2, 2))])).toThrow("'c.json' (shard 2/2): 'b.json' is shard 2/2 too.");
    expect(() => merge(['a.json', text(part(1, 3))], ['b.json', text(part(2, 2))])).toThrow("'b.json' (shard 2/2): 'a.json' is shard 1/3.");
    expect(() => merge(['a.json', text(part(1, 3))], ['b.json', text(part(3, 3))])).toThrow("Missing shard reports in 'reports': 2/3 (found 'a.json', 'b.json').");
  });
});
