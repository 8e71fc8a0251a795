// The sticky pull request comment: verdict, counts, new vs fixed, the top findings and a link to the run.
import type { Finding, Outcome } from '../model.js';
import { changedFirst, clipBytes } from './checks.js';
import { changeRank, lineUrl, type ReportContext } from './context.js';
import { describeCounts, describeObjects, plural } from './describe.js';
import { markdown } from './escape.js';
import { formatPending } from './summary.js';

/** The hidden first line that finds our comment again, so a run updates it instead of adding another. */
export const COMMENT_MARKER = '<!-- kube-policy-gate:sticky-comment -->';

/** The marker of the comment of one job among several (a matrix): each job keeps its own comment. */
export function commentMarker(label?: string): string {
  return label ? `<!-- kube-policy-gate:sticky-comment:${label} -->` : COMMENT_MARKER;
}

/** GitHub refuses a comment body over 65,536 characters; counted here in UTF-8 bytes, which is never fewer. */
export const COMMENT_LIMIT = 65_536;

/** Findings shown in the comment; the run's summary and the check run hold all of them. */
export const TOP_FINDINGS = 10;

export type CommentMode = 'off' | 'on-failure' | 'always';

/** `repositoryUrl` and `sha` (the head commit) link findings to their line; `changed` puts those the PR touches first. */
export interface CommentOptions extends ReportContext {
  /** The workflow run, for the full report. */
  runUrl?: string;
  /** Against the base commit, when it was judged too (new-findings-only). */
  comparison?: { introduced: number; fixed: number };
  /** The job's marker (commentMarker) and name when several jobs comment; COMMENT_MARKER and none otherwise. */
  marker?: string;
  label?: string;
}

/** Whether this run should write (or update) the comment. */
export function wantsComment(mode: CommentMode, outcome: Outcome): boolean {
  return mode === 'always' || (mode === 'on-failure' && outcome.verdict === 'fail');
}

export function formatComment(outcome: Outcome, options: CommentOptions = {}, limit = COMMENT_LIMIT): string {
  const failed = outcome.verdict === 'fail';
  const counted = changedFirst(
    outcome.findings.filter((finding) => !finding.suppressed),
    options.changed,
  );
  const head = [
    options.marker ?? COMMENT_MARKER,
    `### ${failed ? '❌' : '✅'} kube-policy-gate${options.label ? ` (${markdown(options.label)})` : ''}: ${failed ? 'failed' : 'passed'}`,
    '',
    `**${markdown(describeCounts(outcome))}** (fail-on: \`${outcome.failOn}\`)`,
    '',
    ...clipped(formatPending(outcome), PENDING_LIMIT),
    ...changeLines(outcome, counted, options),
  ];
  const link = options.runUrl ? [`[Full report in the workflow run](${options.runUrl})`, ''] : [];
  const top = counted.slice(0, TOP_FINDINGS);
  const table = top.length
    ? [`#### ${top.length < counted.length ? `Top ${top.length} of ${counted.length} findings` : plural(counted.length, 'finding')}`, '', '| Severity | Where | Rule | Object | Message |', '| --- | --- | --- | --- | --- |']
    : [];
  // Rows until the budget is spent: each row is bounded, but a hostile repository can make every one long.
  let size = Buffer.byteLength([...head, ...table, ...link].join('\n')) + 200;
  let shown = 0;
  for (const finding of top) {
    const row = formatRow(finding, options);
    const bytes = Buffer.byteLength(row) + 1;
    if (size + bytes > limit) break;
    size += bytes;
    table.push(row);
    shown++;
  }
  const rest = top.length - shown;
  const tail = rest > 0 ? ['', `…${plural(rest, 'more finding')} not shown: the comment is limited to ${limit} bytes.`] : [];
  return [...head, ...table, ...tail, ...(table.length ? [''] : []), ...link].join('\n').trimEnd() + '\n';
}

/** Room the pending config changes may take in the comment: the findings must still fit. */
const PENDING_LIMIT = 8_000;

/** Lines while they fit in `limit` bytes, then one saying the summary has the rest. */
function clipped(lines: string[], limit: number): string[] {
  let size = 0;
  const kept: string[] = [];
  for (const line of lines) {
    size += Buffer.byteLength(line) + 1;
    if (size > limit) return [...kept, '- …the job summary lists the rest.', ''];
    kept.push(line);
  }
  return kept;
}

function changeLines(outcome: Outcome, counted: Finding[], options: CommentOptions): string[] {
  const lines: string[] = [];
  const comparison = options.comparison ?? outcome.comparison;
  if (comparison) {
    const { introduced, fixed } = comparison;
    lines.push(`Compared with the base branch: **${introduced} new**, ${fixed} fixed.`);
  }
  if (options.changed) {
    const onLines = counted.filter((finding) => changeRank(finding, options.changed) === 0).length;
    lines.push(`${plural(onLines, 'finding')} on lines this pull request changes.`);
  }
  return lines.length ? [...lines, ''] : [];
}

function formatRow(finding: Finding, options: CommentOptions): string {
  const resource = describeObjects(finding);
  return `| ${finding.severity} | ${formatWhere(finding, options)} | ${markdown(finding.ruleId)} | ${markdown(clipBytes(resource, 200))} | ${markdown(clipBytes(finding.message, 500))} |`;
}

/** `file:line`, linked to the line at the head commit when the URL is known; the path escaped either way. */
function formatWhere(finding: Finding, options: CommentOptions): string {
  const location = finding.location;
  if (!location) return markdown(clipBytes(finding.target.path, 200));
  const shown = `${markdown(clipBytes(location.file, 200))}:${location.line}`;
  const url = lineUrl(finding, options);
  return url ? `[${shown}](${url})` : shown;
}
