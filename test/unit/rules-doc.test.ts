// docs/rules.md and the README table name, for each rule, exactly the profiles under which decision.ts reports it.
import { describe, expect, it } from 'vitest';
import { renderReadmeTable, renderRulesDoc } from '../../scripts/rules-doc.mjs';
import { loadBundle } from '../../src/policy/bundle.js';
import { ruleSelected, type ProfileChoice } from '../../src/policy/decision.js';

const PROFILES: ProfileChoice[] = ['baseline', 'restricted', 'default', 'hardened'];
const { rules } = await loadBundle(process.env.KPG_TEST_BUNDLE_DIR || undefined);
const reporting = (rule: (typeof rules)[number]) => PROFILES.filter((profile) => ruleSelected(rule, profile));

describe('the Profiles of each rule', () => {
  it('are the profiles that report it, in docs/rules.md', () => {
    const doc = renderRulesDoc(rules);
    for (const rule of rules) {
      const line = new RegExp(`^## ${rule.id}\\n\\n\\*\\*.*\\*\\*\\. Severity \`\\w+\`; profiles ([^;]+);`, 'm').exec(doc)?.[1];
      expect(line, rule.id).toBe(reporting(rule).map((profile) => `\`${profile}\``).join(', '));
    }
  });

  it('are the profiles that report it, in the README table', () => {
    const table = renderReadmeTable(rules);
    for (const rule of rules) {
      const row = table.split('\n').find((candidate) => candidate.startsWith(`| [\`${rule.id}\`]`))!;
      expect(row.split(' | ')[3], rule.id).toBe(`${reporting(rule).join(', ')}${rule.optional ? ' (optional)' : ''}`);
    }
  });

  it('say default for the rules outside the Pod Security Standards', () => {
    const byId = new Map(rules.map((rule) => [rule.id, reporting(rule)]));
    for (const id of ['supplemental-groups-policy', 'host-users', 'plain-secret', 'rbac-wildcard', 'kubelet-read-only-port']) expect(byId.get(id), id).toEqual(['default', 'hardened']);
    expect(byId.get('image-digest')).toEqual(['hardened']);
    expect(byId.get('privileged')).toEqual(PROFILES);
    expect(byId.get('run-as-non-root')).toEqual(['restricted', 'default', 'hardened']);
  });
});
