// The job summary: verdict, totals and every finding in a table, escaped (PR content is untrusted).
import type { Finding, Outcome } from '../model.js';
import { describeCounts, describeResource, describeTarget } from './describe.js';
import { markdown } from './escape.js';
import { appliedExceptions } from '../config/exceptions.js';

/** GitHub drops a step summary over 1 MiB entirely; stay well below. */
export const SUMMARY_LIMIT_BYTES = 1_000_000;

export function formatSummary(outcome: Outcome, limitBytes = SUMMARY_LIMIT_BYTES): string {
  const icon = outcome.verdict === 'fail' ? '❌' : '✅';
  const head = [
    `## ${icon} kube-policy-gate: ${outcome.verdict === 'fail' ? 'failed' : 'passed'}`,
    '',
    `**${markdown(describeCounts(outcome))}** (fail-on: \`${outcome.failOn}\`)`,
    '',
  ];
  head.push(...formatConfiguration(outcome));
  if (outcome.findings.length === 0) return [...head, 'No findings.', ''].join('\n');
  head.push(...formatExceptions(outcome));

  const table = ['| Severity | Location | Rule | Object | Message |', '| --- | --- | --- | --- | --- |'];
  let size = Buffer.byteLength(head.join('\n') + table.join('\n'));
  let shown = 0;
  for (const finding of outcome.findings) {
    const row = formatRow(finding);
    size += Buffer.byteLength(row) + 1;
    if (size > limitBytes - 500) break;
    table.push(row);
    shown++;
  }
  const rest = outcome.findings.length - shown;
  const tail = rest > 0 ? ['', `…and ${rest} more finding${rest === 1 ? '' : 's'} not shown: the summary is limited to 1 MiB. Run the CLI with \`--format json\` for all of them.`] : [];
  return [...head, ...table, ...tail, ''].join('\n');
}

/** What the config file changed about the rules: it is part of the pull request, so a reviewer should see it. */
function formatConfiguration(outcome: Outcome): string[] {
  const config = outcome.configuration;
  if (!config) return [];
  // Plain escaped text, not code spans: GitHub shows entities in a code span as they are written.
  const code = (ids: string[]) => ids.map(markdown).join(', ');
  const changes = [
    config.disabled.length ? `disables ${code(config.disabled)}` : '',
    config.enabled.length ? `enables ${code(config.enabled)}` : '',
    config.regraded.length ? `re-grades ${config.regraded.map(({ rule, severity }) => `${code([rule])} to ${severity}`).join(', ')}` : '',
    config.parameters.length ? `sets parameters of ${code(config.parameters)}` : '',
    config.exceptions ? `declares ${config.exceptions} exception${config.exceptions === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  const what = changes.length ? changes.join('; ') : 'changes no rule';
  return [`Config file ${markdown(config.file)}: ${what}.`, ''];
}

/** What accepted findings, so a reviewer sees every exception a run relied on (the config file is PR content too). */
function formatExceptions(outcome: Outcome): string[] {
  const applied = appliedExceptions(outcome.findings);
  if (applied.length === 0) return [];
  const rows = applied.map((exception) => {
    const where = exception.file ? `${markdown(exception.file)}${exception.line ? `:${exception.line}` : ''}` : '';
    const by = exception.by === 'config' ? 'config' : 'annotation';
    return `| ${by} | ${where} | ${markdown(exception.reason)} | ${markdown(exception.owner ?? '')} | ${markdown(exception.expires ?? '')} | ${exception.findings} |`;
  });
  return ['### Exceptions applied', '', '| By | Where | Reason | Owner | Expires | Findings |', '| --- | --- | --- | --- | --- | --- |', ...rows, ''];
}

/** One table row; every piece of PR text goes through markdown() so it cannot leave its cell. */
function formatRow(finding: Finding): string {
  const { location } = finding;
  const where = location ? `${markdown(location.file)}:${location.line}${location.column ? `:${location.column}` : ''}` : '';
  const object = [describeResource(finding.resource), describeTarget(finding.target)].filter(Boolean).join(' in ');
  const severity = finding.suppressed ? `${finding.severity} (accepted)` : finding.severity;
  return `| ${severity} | ${where} | ${markdown(finding.ruleId)} | ${markdown(object)} | ${markdown(finding.message)} |`;
}
