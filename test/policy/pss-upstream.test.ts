// Conformance with Pod Security Admission: every upstream fixture of every policy version (test/fixtures/pss-upstream)
// parsed as the pipeline parses it and judged by the bundle at that version. A `fail` file must be flagged by the
// rule that stands for its check, and by no other Pod Security rule; a `pass` file by none.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRendered } from '../../src/manifests/parse.js';
import { splitDocuments } from '../../src/manifests/split.js';
import type { Resource } from '../../src/model.js';
import { loadBundle, type RuleInfo } from '../../src/policy/bundle.js';
import { createEvaluator } from '../../src/policy/evaluate.js';
import { FIXTURES, ROOT } from '../helpers.js';

const UPSTREAM = join(FIXTURES, 'pss-upstream');
const LEVELS = ['baseline', 'restricted'] as const;
type Level = (typeof LEVELS)[number];

/**
 * Upstream check id (the fixture's name, lowercased) → the rules that report it. Where upstream has one check and
 * we have two rules that split it without overlap, either may report it: restricted volumes include hostPath
 * (host-path-volumes), an explicit bad seccomp type is seccomp-baseline's (seccomp-restricted reports missing ones).
 */
const CHECK_RULES: Record<string, string[]> = {
  allowprivilegeescalation: ['allow-privilege-escalation'],
  apparmorprofile: ['apparmor'],
  capabilities_baseline: ['baseline-capabilities'],
  capabilities_restricted: ['restricted-capabilities', 'baseline-capabilities'],
  hostnamespaces: ['host-namespaces'],
  hostpathvolumes: ['host-path-volumes'],
  hostports: ['host-ports'],
  hostprobesandhostlifecycle: ['host-probes-and-host-lifecycle'],
  privileged: ['privileged'],
  procmount: ['proc-mount'],
  procmount_restricted: ['proc-mount-restricted'],
  restrictedvolumes: ['volume-types', 'host-path-volumes'],
  runasnonroot: ['run-as-non-root'],
  runasuser: ['run-as-user'],
  seccompprofile_baseline: ['seccomp-baseline'],
  seccompprofile_restricted: ['seccomp-restricted', 'seccomp-baseline'],
  selinuxoptions: ['selinux'],
  sysctls: ['sysctls'],
  windowshostprocess: ['windows-host-process'],
};

/**
 * Upstream fixtures that also break another check, which PSA rejects as well: a HostProcess pod must use the host
 * network; the privileged fixtures and one allowPrivilegeEscalation fixture leave the container's other restricted
 * fields unset. Any other extra rule is a disagreement.
 */
const ALSO_BROKEN: Record<string, string[]> = {
  windowshostprocess: ['host-namespaces'],
  privileged: ['allow-privilege-escalation'],
  allowprivilegeescalation: ['restricted-capabilities'],
};

interface Fixture {
  file: string;
  level: Level;
  version: number;
  expect: 'pass' | 'fail';
  check: string;
  resource: Resource;
}

function loadFixtures(): Fixture[] {
  return readdirSync(UPSTREAM, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const match = /^(baseline|restricted)\/v1\.(\d+)\/(pass|fail)\/([a-z_]+?)\d*\.yaml$/.exec(file);
      if (!match) throw new Error(`unexpected fixture path ${file}`);
      const path = relative(ROOT, join(UPSTREAM, file));
      const documents = splitDocuments(readFileSync(join(UPSTREAM, file), 'utf8')).map((d) => ({ ...d, sourceFile: path, relatedFiles: [], textIsSource: true }));
      const parsed = parseRendered({ kind: 'manifests', path }, documents);
      expect(parsed.findings, file).toEqual([]);
      expect(parsed.resources, file).toHaveLength(1);
      return { file, level: match[1] as Level, version: Number(match[2]), expect: match[3] as 'pass' | 'fail', check: match[4]!, resource: parsed.resources[0]! };
    });
}

/** Pod Security rules that judge at a level: baseline's for baseline, every Pod Security rule for restricted. */
function levelRules(rules: RuleInfo[], level: Level): Set<string> {
  return new Set(rules.filter((rule) => rule.profiles.includes(level) && (rule.profiles.includes('baseline') || rule.profiles.includes('restricted'))).map((rule) => rule.id));
}

describe('Pod Security Admission fixtures, every level and policy version', async () => {
  const bundle = await loadBundle(process.env.KPG_TEST_BUNDLE_DIR || undefined);
  const fixtures = loadFixtures();
  const pssRules = levelRules(bundle.rules, 'restricted');
  const run = bundle.rules.filter((rule) => pssRules.has(rule.id)).map((rule) => rule.package);

  it('are all there (about 4,500 files, v1.0 to v1.37)', () => {
    expect(fixtures.length).toBeGreaterThan(4500);
    expect(new Set(fixtures.map((fixture) => fixture.version)).size).toBe(38);
    const known = new Set([...Object.keys(CHECK_RULES), 'base', 'base_linux', 'base_windows']);
    expect([...new Set(fixtures.map((fixture) => fixture.check))].filter((check) => !known.has(check))).toEqual([]);
  });

  it('agree with upstream: every fail file flagged by its check, every pass file clean', async () => {
    const evaluator = await createEvaluator(bundle, {});
    const problems: string[] = [];
    for (let version = 0; version <= 37; version++) {
      // One setData per version; each level's fixtures in batches through the batch entrypoint.
      evaluator.setData({ kpg: { pss_version: version, run } });
      for (const level of LEVELS) {
        const judging = levelRules(bundle.rules, level);
        const batch = fixtures.filter((fixture) => fixture.version === version && fixture.level === level);
        const evaluations = evaluator.evaluateAll(batch.map((fixture) => fixture.resource));
        batch.forEach((fixture, index) => {
          const evaluation = evaluations[index]!;
          if ('error' in evaluation) return problems.push(`${fixture.file}: ${evaluation.error}`);
          const fired = [...new Set(evaluation.violations.map((v) => v.rule).filter((rule) => judging.has(rule)))].sort();
          if (fixture.expect === 'pass' && fired.length > 0) problems.push(`${fixture.file}: expected clean, flagged by ${fired.join(', ')}`);
          if (fixture.expect === 'fail') {
            const expected = CHECK_RULES[fixture.check] ?? [];
            const allowed = [...expected, ...(ALSO_BROKEN[fixture.check] ?? [])];
            if (!fired.some((rule) => expected.includes(rule))) problems.push(`${fixture.file}: expected ${expected.join(' or ')}, flagged by ${fired.join(', ') || 'nothing'}`);
            else if (fired.some((rule) => !allowed.includes(rule))) problems.push(`${fixture.file}: expected ${expected.join(' or ')}, flagged by ${fired.join(', ')}`);
          }
        });
      }
    }
    expect(problems).toEqual([]);
  });
});
