// Action outputs: counts and the verdict, named as in action.yml.
import type { Outcome } from '../model.js';

export const Outputs = {
  errors: 'errors',
  warnings: 'warnings',
  notices: 'notices',
  findings: 'findings',
  suppressed: 'suppressed',
  verdict: 'verdict',
  newFindings: 'new-findings',
} as const;

export function formatOutputs(outcome: Outcome): Record<string, string> {
  return {
    [Outputs.errors]: String(outcome.counts.error),
    [Outputs.warnings]: String(outcome.counts.warning),
    [Outputs.notices]: String(outcome.counts.notice),
    [Outputs.findings]: String(outcome.counts.error + outcome.counts.warning + outcome.counts.notice),
    [Outputs.suppressed]: String(outcome.findings.filter((finding) => finding.suppressed).length),
    [Outputs.verdict]: outcome.verdict,
    // Set only when the base was compared: unset reads as empty in a workflow.
    ...(outcome.comparison && { [Outputs.newFindings]: String(outcome.comparison.introduced) }),
  };
}
