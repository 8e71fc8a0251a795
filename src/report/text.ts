// Terminal output of the CLI: one line a finding, then the totals and the verdict.
import type { Outcome } from '../model.js';
import { describeCounts, describeLocation, describeResource, describeTarget } from './describe.js';

export function formatText(outcome: Outcome): string {
  const lines = outcome.findings.map((finding) => {
    const where = describeLocation(finding) || describeTarget(finding.target);
    const object = describeResource(finding.resource);
    return `${where}: ${finding.severity} [${finding.ruleId}] ${finding.message}${object ? ` (${object})` : ''}`;
  });
  lines.push(`${describeCounts(outcome)}: ${outcome.verdict === 'fail' ? 'FAIL' : 'pass'} (fail-on: ${outcome.failOn})`);
  return `${lines.join('\n')}\n`;
}

/** Everything a machine needs, without the rendered text. */
export function formatJson(outcome: Outcome): string {
  return `${JSON.stringify(outcome, null, 2)}\n`;
}
