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
  configPending: 'config-pending',
} as const;

export function formatOutputs(outcome: Outcome): Record<string, string> {
  const pending = outcome.configuration?.pending;
  return {
    [Outputs.errors]: String(outcome.counts.error),
    [Outputs.warnings]: String(outcome.counts.warning),
    [Outputs.notices]: String(outcome.counts.notice),
    [Outputs.findings]: String(outcome.counts.error + outcome.counts.warning + outcome.counts.notice),
    [Outputs.suppressed]: String(outcome.findings.filter((finding) => finding.suppressed).length),
    [Outputs.verdict]: outcome.verdict,
    // Set only when the base was compared: unset reads as empty in a workflow.
    ...(outcome.comparison && { [Outputs.newFindings]: String(outcome.comparison.introduced) }),
    // On a pull request: what its config changes that waits for the merge (src/config/trust.ts). Unset when the
    // config applied as written (no pull request, or no config on either side).
    ...(pending && { [Outputs.configPending]: String(pending.length) }),
  };
}

/**
 * A run that stopped before judging anything (a configuration error, or an unexpected one): `verdict` is `error`, so
 * a later step can tell "could not check" from pass and fail; the counts stay unset, since nothing was counted.
 */
export function errorOutputs(): Record<string, string> {
  return { [Outputs.verdict]: 'error' };
}
