// The job summary: verdict, totals and every finding in a table, escaped (PR content is untrusted).
import type { Outcome } from '../model.js';
import { describeCounts, describeLocation, describeResource, describeTarget } from './describe.js';

/** GitHub drops a step summary over 1 MiB entirely; stay well below. */
export const SUMMARY_LIMIT_BYTES = 1_000_000;

export function formatSummary(outcome: Outcome, limitBytes = SUMMARY_LIMIT_BYTES): string {
  const icon = outcome.verdict === 'fail' ? '❌' : '✅';
  const head = [
    `## ${icon} kube-policy-gate: ${outcome.verdict === 'fail' ? 'failed' : 'passed'}`,
    '',
    `**${escapeMarkdown(describeCounts(outcome))}** (fail-on: \`${outcome.failOn}\`)`,
    '',
  ];
  if (outcome.findings.length === 0) return [...head, 'No findings.', ''].join('\n');

  const table = ['| Severity | Location | Rule | Object | Message |', '| --- | --- | --- | --- | --- |'];
  let size = Buffer.byteLength(head.join('\n') + table.join('\n'));
  let shown = 0;
  for (const finding of outcome.findings) {
    const row = `| ${finding.severity} | ${escapeMarkdown(describeLocation(finding))} | ${escapeMarkdown(finding.ruleId)} | ${escapeMarkdown(
      [describeResource(finding.resource), describeTarget(finding.target)].filter(Boolean).join(' in '),
    )} | ${escapeMarkdown(finding.message)} |`;
    size += Buffer.byteLength(row) + 1;
    if (size > limitBytes - 500) break;
    table.push(row);
    shown++;
  }
  const rest = outcome.findings.length - shown;
  const tail = rest > 0 ? ['', `…and ${rest} more finding${rest === 1 ? '' : 's'} not shown: the summary is limited to 1 MiB. Run the CLI with \`--format json\` for all of them.`] : [];
  return [...head, ...table, ...tail, ''].join('\n');
}

/** HTML-escapes and neutralises table and Markdown syntax in text that came from the PR. */
export function escapeMarkdown(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('|', '&#124;')
    .replaceAll('`', '&#96;')
    .replaceAll('[', '&#91;')
    .replaceAll(']', '&#93;')
    .replaceAll('*', '&#42;')
    .replaceAll('_', '&#95;')
    .replace(/\r?\n/g, '<br>');
}
