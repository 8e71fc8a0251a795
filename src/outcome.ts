// The verdict: counts by severity and whether anything reaches the fail-on threshold.
import type { Counts, FailOn, Finding, Outcome, Severity } from './model.js';

const RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

export function decideOutcome(findings: Finding[], failOn: FailOn, targets: number, resources: number): Outcome {
  const counts: Counts = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) counts[finding.severity]++;
  const verdict = findings.some((finding) => fails(finding, failOn)) ? 'fail' : 'pass';
  return { findings: sortFindings(findings), counts, failOn, verdict, targets, resources };
}

/** Most severe first, then by file and line, so every report lists the same order. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      RANK[b.severity] - RANK[a.severity] ||
      (a.location?.file ?? '').localeCompare(b.location?.file ?? '') ||
      (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.message.localeCompare(b.message),
  );
}

/** Whether a finding is at or above the fail-on threshold. */
export function fails(finding: Finding, failOn: FailOn): boolean {
  return failOn !== 'never' && RANK[finding.severity] >= RANK[failOn];
}

/** How many findings fail the run. */
export function failingCount(outcome: Outcome): number {
  return outcome.findings.filter((finding) => fails(finding, outcome.failOn)).length;
}
