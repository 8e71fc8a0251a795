// The check run: every located finding as an annotation, 50 per request (one create, then updates that append).
import type { Finding, Outcome, Severity } from '../model.js';
import { changeRank, repositoryPath, type ChangedLines, type ReportContext } from './context.js';
import { describeComparison, describeCounts, describeObjects, describeTarget, plural } from './describe.js';
import { markdown } from './escape.js';
import { formatPending } from './summary.js';

export const CHECK_RUN_NAME = 'kube-policy-gate';

/** The Checks API takes at most 50 annotations per request and appends those of each update. */
export const ANNOTATIONS_PER_REQUEST = 50;

/**
 * At most this many requests per run: GitHub's secondary rate limit allows about 80 content-creating requests a
 * minute, and a repository with thousands of findings should not lock the token out of the comment and other jobs.
 */
export const MAX_REQUESTS = 50;

/** output.summary and output.text: at most 65,535 characters each. */
const OUTPUT_LIMIT = 65_535;

/** Annotation title: at most 255 characters; message and raw_details: 64 KB each. */
const TITLE_LIMIT = 255;
const MESSAGE_LIMIT = 60_000;

const LEVELS: Record<Severity, 'failure' | 'warning' | 'notice'> = { error: 'failure', warning: 'warning', notice: 'notice' };

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  message: string;
  title: string;
}

export interface CheckOutput {
  title: string;
  summary: string;
  text?: string;
  annotations: CheckAnnotation[];
}

export interface CheckRunRequests {
  create: { name: string; head_sha: string; status: 'completed'; conclusion: 'success' | 'failure'; details_url?: string; output: CheckOutput };
  /** Each appends the next 50 annotations; title and summary repeat because the API requires them with annotations. */
  updates: { output: CheckOutput }[];
}

export interface CheckRunOptions extends ReportContext {
  /** The pull request's head commit (never the merge commit). */
  headSha: string;
  /** The workflow run, linked from the check. */
  detailsUrl?: string;
}

export function formatCheckRun(outcome: Outcome, options: CheckRunOptions): CheckRunRequests {
  const counted = changedFirst(
    outcome.findings.filter((finding) => !finding.suppressed),
    options.changed,
  );
  const annotations = counted.filter((finding) => finding.location).map((finding) => toAnnotation(finding, options));
  const title = checkTitle(outcome);
  const left = Math.max(0, annotations.length - ANNOTATIONS_PER_REQUEST * MAX_REQUESTS);
  annotations.length -= left;
  const summary = checkSummary(outcome, counted, options.changed) + (left ? `\n\n${plural(left, 'more finding')} not annotated here (at most ${annotations.length} per run); the job summary lists every finding.` : '');
  const text = unlocatedText(counted);
  const batches: CheckAnnotation[][] = [];
  for (let start = 0; start < annotations.length; start += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(start, start + ANNOTATIONS_PER_REQUEST));
  const [first = [], ...rest] = batches;
  return {
    create: {
      name: CHECK_RUN_NAME,
      head_sha: options.headSha,
      status: 'completed',
      conclusion: outcome.verdict === 'fail' ? 'failure' : 'success',
      ...(options.detailsUrl && { details_url: options.detailsUrl }),
      output: { title, summary, ...(text && { text }), annotations: first },
    },
    updates: rest.map((batch) => ({ output: { title, summary, annotations: batch } })),
  };
}

function checkTitle(outcome: Outcome): string {
  const { error, warning, notice } = outcome.counts;
  if (error + warning + notice === 0) return 'No findings';
  return [plural(error, 'error'), plural(warning, 'warning'), plural(notice, 'notice')].join(', ');
}

/** Findings on changed lines first, then in changed files, then the rest, those the base has too last; each group keeps the outcome's order. */
export function changedFirst(findings: Finding[], changed: ChangedLines | undefined): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index, rank: changeRank(finding, changed) + (finding.baseline === 'existing' ? 3 : 0) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ finding }) => finding);
}

function checkSummary(outcome: Outcome, counted: Finding[], changed: ChangedLines | undefined): string {
  const verdict = outcome.verdict === 'fail' ? `❌ Failed: findings at or above fail-on \`${outcome.failOn}\`.` : `✅ Passed (fail-on: \`${outcome.failOn}\`).`;
  const lines = [verdict, '', ...formatPending(outcome), `**${markdown(describeCounts(outcome))}**`, ...(outcome.comparison ? ['', markdown(describeComparison(outcome))] : [])];
  if (changed) {
    const onLines = counted.filter((finding) => changeRank(finding, changed) === 0).length;
    const inFiles = counted.filter((finding) => changeRank(finding, changed) < 2).length;
    lines.push('', `${plural(onLines, 'finding')} on lines this pull request changes, ${inFiles} in files it changes.`);
  }
  return lines.join('\n');
}

/** Findings without a source line (a target that did not render, say) cannot be annotations: they are listed here. */
function unlocatedText(counted: Finding[]): string {
  const unlocated = counted.filter((finding) => !finding.location);
  if (unlocated.length === 0) return '';
  const head = ['### Findings without a source line', '', '| Severity | Rule | Object | Message |', '| --- | --- | --- | --- |'];
  const rows: string[] = [];
  let size = head.join('\n').length + 200;
  for (const finding of unlocated) {
    const object = [describeObjects(finding), describeTarget(finding.target)].filter(Boolean).join(' in ');
    const row = `| ${finding.severity} | ${markdown(finding.ruleId)} | ${markdown(object)} | ${markdown(clip(finding.message, 1000))} |`;
    if (size + row.length + 1 > OUTPUT_LIMIT) break;
    size += row.length + 1;
    rows.push(row);
  }
  const rest = unlocated.length - rows.length;
  return [...head, ...rows, ...(rest > 0 ? ['', `…and ${rest} more not shown here; the job summary lists them.`] : [])].join('\n');
}

/** Annotations are plain text on GitHub: no Markdown escaping, only lengths to respect. */
function toAnnotation(finding: Finding, context: ReportContext): CheckAnnotation {
  const location = finding.location!;
  const subject = [describeObjects(finding), `from ${describeTarget(finding.target)}`].filter(Boolean).join(' ');
  return {
    path: repositoryPath(location.file, context),
    start_line: location.line,
    end_line: location.line,
    ...(location.column && { start_column: location.column, end_column: location.column }),
    annotation_level: LEVELS[finding.severity],
    message: clip(`${finding.message}\n${subject} [${finding.ruleId}]`, MESSAGE_LIMIT),
    title: clip(finding.title || finding.ruleId, TITLE_LIMIT),
  };
}

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
