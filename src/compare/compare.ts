// New versus existing: the pull request's findings matched against the base commit's, by identity, never by line. Pure.
import type { Finding, Outcome } from '../model.js';
import { decideOutcome, isCounted } from '../outcome.js';
import { couldNotCheck } from '../report/context.js';
import { findingIdentity } from './fingerprint.js';

/** The base commit as judged: its findings (and what to know about the comparison), or why it could not be judged. */
export type BaseRun = { commit: string; findings: Finding[]; note?: string } | { problem: string };

/**
 * Ways two findings are the same problem, strictest first; each pass matches only what the ones before left over.
 * Every pass keeps the identity's deployer (see fingerprint.ts): a finding is old only where the same deployer had it.
 * The same target first (so an overlay's finding pairs with the same overlay's, not a sibling's); then by identity
 * alone (a file renamed within its directory); then with list indices ignored but the message kept (a container or
 * volume inserted before another shifts its index, and messages name the container).
 */
const PASSES: ((finding: Finding) => unknown)[] = [
  (finding) => [findingIdentity(finding), finding.target.kind, finding.target.path, finding.target.helm?.valuesFiles ?? []],
  (finding) => findingIdentity(finding),
  (finding) => {
    const [rule, subject, path, variant, deployer] = findingIdentity(finding);
    return [rule, subject, (path as unknown[]).map((step) => (typeof step === 'number' ? '#' : step)), variant, deployer, finding.message];
  },
];

/**
 * Marks each finding `new` or `existing` and returns the base's findings that are gone (fixed). Findings that say a
 * file could not be checked are always new: whatever the pull request changed there was not judged, so nothing in it
 * can be called old (the gate fails closed). Findings are paired one to one: three in the pull request where the base
 * had two of the same identity make one new.
 */
export function matchFindings(head: Finding[], base: Finding[]): { findings: Finding[]; fixed: Finding[] } {
  // A finding folded over several objects (src/outcome.ts foldByPlace) is one per object here: it is existing only
  // when every object's problem was in the base, so a new object at an old line is new; a base finding is fixed
  // when none of its objects' problems is left.
  const owner = new Map<Finding, Finding>();
  const members = (findings: Finding[]) => findings.filter((finding) => !couldNotCheck(finding)).flatMap((finding) => objectsOf(finding).map((member) => (owner.set(member, finding), member)));
  let open = members(head);
  let left = members(base);
  for (const key of PASSES) {
    const waiting = new Map<string, Finding[]>();
    for (const finding of left) push(waiting, JSON.stringify(key(finding)), finding);
    open = open.filter((finding) => !waiting.get(JSON.stringify(key(finding)))?.shift());
    left = [...waiting.values()].flat();
  }
  const unmatched = new Set(open.map((member) => owner.get(member)!));
  const gone = new Set(left);
  const matchedBase = new Set([...owner.entries()].filter(([member]) => !gone.has(member)).map(([, finding]) => finding));
  const news = (finding: Finding) => couldNotCheck(finding) || unmatched.has(finding);
  // In the base's order, which is the outcome's.
  return {
    findings: head.map((finding) => ({ ...finding, baseline: news(finding) ? 'new' : 'existing' })),
    fixed: base.filter((finding) => !couldNotCheck(finding) && !matchedBase.has(finding) && !finding.suppressed),
  };
}

/** A finding as one finding per object it names. */
function objectsOf(finding: Finding): Finding[] {
  if (!finding.alsoFor?.length) return [finding];
  const { alsoFor, ...first } = finding;
  return [first, ...alsoFor.map((folded) => ({ ...first, ...folded, fieldPath: folded.fieldPath }))];
}

/**
 * The pull request's outcome, decided again with what the base has: existing findings count for nothing.
 *
 * When the base could not be judged nothing can be told apart, and every finding counts as it would without
 * new-findings-only (none is marked new or existing: `baseline` stays unset, "not compared"). Failing open here
 * would let a pull request pass by making the base unreadable: a base that cannot be checked can be the PR's doing
 * (a `paths` entry or a config the base does not have), and a missing base commit is what actions/checkout's default
 * `fetch-depth: 1` gives, so passing would turn the default setup into a gate that blocks nothing. The notice says
 * it could not compare, why, and how to fix it (for a shallow clone: fetch-depth 2).
 */
export function compareOutcomes(head: Outcome, base: BaseRun): Outcome {
  if ('problem' in base) {
    const counted = head.findings.filter((finding) => !finding.suppressed).filter(isCounted).length;
    return { ...head, comparison: { introduced: counted, existing: 0, fixed: 0, notice: `Could not compare with the base, so every finding counts (none can be told apart from the base's). ${base.problem}` } };
  }
  const { findings, fixed } = matchFindings(head.findings, base.findings);
  const decided = decideOutcome(findings, head.failOn, head.targets, head.resources);
  const unaccepted = findings.filter((finding) => !finding.suppressed);
  const notice = [base.note, notCheckedNotice(base.findings)].filter(Boolean).join(' ');
  return {
    ...head,
    ...decided,
    comparison: {
      base: base.commit,
      introduced: unaccepted.filter(isCounted).length,
      existing: unaccepted.length - unaccepted.filter(isCounted).length,
      fixed: fixed.length,
      ...(notice && { notice }),
    },
  };
}

/** The base rendered only in part: say so, since the pull request's findings there count as new. */
function notCheckedNotice(base: Finding[]): string | undefined {
  const targets = new Set(base.filter(couldNotCheck).map((finding) => finding.target.path));
  if (targets.size === 0) return undefined;
  const shown = [...targets].slice(0, 5).join(', ');
  return `The base commit could not be checked in ${targets.size === 1 ? 'one place' : `${targets.size} places`} (${shown}${targets.size > 5 ? ', …' : ''}): findings there that the base did not show count as new.`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
