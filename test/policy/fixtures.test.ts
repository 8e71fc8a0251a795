// Whole-manifest fixtures through the real pipeline: findings of the listed rules must be exactly the
// lines marked `# expect: <rule>` (first line of each file: `# kpg-fixture rules: a, b`; an optional line
// `# kpg-fixture settings: {"trustNamespaceLabels": false}` overrides settings).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Settings } from '../../src/inputs.js';
import { loadBundle } from '../../src/policy/bundle.js';
import { check } from '../../src/runner.js';
import { FIXTURES, settings } from '../helpers.js';

const fixtureFiles = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.ya?ml$/.test(file) && readFileSync(join(FIXTURES, file), 'utf8').startsWith('# kpg-fixture rules:'))
  .sort();

function expectations(text: string): { rules: string[]; expected: string[]; overrides: Partial<Settings> } {
  const lines = text.split('\n');
  const rules = lines[0]!.replace('# kpg-fixture rules:', '').split(',').map((rule) => rule.trim()).filter(Boolean);
  const expected: string[] = [];
  lines.forEach((line, index) => {
    const marks = /#\s*expect:\s*([\w\s,-]+)$/.exec(line)?.[1];
    for (const rule of marks?.split(',').map((r) => r.trim()).filter(Boolean) ?? []) expected.push(`${rule}@${index + 1}`);
  });
  const overrides = JSON.parse(/^# kpg-fixture settings: (.*)$/m.exec(text)?.[1] ?? '{}') as Partial<Settings>;
  return { rules, expected: expected.sort(), overrides };
}

// KPG_TEST_BUNDLE_DIR: a bundle built elsewhere (node scripts/build-policies.mjs DIR) instead of dist/policy.
const BUNDLE_DIR = process.env.KPG_TEST_BUNDLE_DIR || undefined;
const OPTIONAL = new Set((await loadBundle(BUNDLE_DIR)).rules.filter((rule) => rule.optional).map((rule) => rule.id));

describe('manifest fixtures', () => {
  it('exist', () => expect(fixtureFiles.length).toBeGreaterThan(0));

  it.each(fixtureFiles)('%s', async (file) => {
    const { rules, expected, overrides } = expectations(readFileSync(join(FIXTURES, file), 'utf8'));
    expect(rules.length, 'the header lists no rules').toBeGreaterThan(0);
    // The hardened profile selects every rule but the optional ones; enabling only those keeps namespace
    // enforce labels in force (an enabled rule reports whatever the level).
    const optional = rules.filter((rule) => OPTIONAL.has(rule));
    const outcome = await check({ ...settings({ root: FIXTURES, paths: [file], profile: 'hardened', ...overrides }), enable: optional, bundleDir: BUNDLE_DIR });
    const broken = outcome.findings.filter((f) => ['parse-error', 'render-error', 'evaluation-error'].includes(f.ruleId));
    expect(broken.map((f) => f.message)).toEqual([]);
    const actual = outcome.findings
      .filter((f) => rules.includes(f.ruleId))
      .map((f) => {
        expect(f.location?.file).toBe(file);
        return `${f.ruleId}@${f.location?.line}`;
      })
      .sort();
    expect(actual).toEqual(expected);
  });
});
