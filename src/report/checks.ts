// The check run: every located finding as an annotation, 50 per request (one create, then updates that append).
import type { Finding, Outcome, Severity } from '../model.js';
import { changeRank, repositoryPath, type ChangedLines, type ReportContext } from './context.js';
import { describeComparison, describeCounts, describeObjects, describeTarget, plural } from './describe.js';
import { annotationLevel } from './annotations.js';
import { markdown } from './escape.js';
import { formatPending } from './summary.js';

export const CHECK_RUN_NAME = 'kube-policy-gate';

/** The Checks API takes at most 50 annotations per request and appends those of each update. */
export const ANNOTATIONS_PER_REQUEST = 50;

/**
 * At most this many annotations per run (20 requests): GITHUB_TOKEN has 1,000 requests an hour per repository and
 * secondary limits allow about 80 writes a minute, so a repository with thousands of findings must not spend the
 * budget of every other job. Errors and warnings come first; the job summary and the JSON report hold every finding.
 */
export const MAX_ANNOTATIONS = 1_000;

/** output.summary and output.text: at most 65,535 bytes each (GitHub counts bytes, not characters). */
const OUTPUT_LIMIT = 65_535;

/** Annotation title: at most 255 bytes; message: 64 KB. */
const TITLE_LIMIT = 255;
const MESSAGE_LIMIT = 65_536;

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
  /** The check run's name: CHECK_RUN_NAME, with the category when one is set (matrix jobs each keep their own). */
  checkName?: string;
}

export function formatCheckRun(outcome: Outcome, options: CheckRunOptions): CheckRunRequests {
  const counted = changedFirst(
    outcome.findings.filter((finding) => !finding.suppressed),
    options.changed,
  );
  const located = annotationOrder(counted.filter((finding) => finding.location), options.changed);
  const annotations = located.slice(0, MAX_ANNOTATIONS).map((finding) => toAnnotation(finding, options));
  const title = checkTitle(outcome);
  const left = located.length - annotations.length;
  const shown = left
    ? `${annotations.length} of ${located.length} findings with a source line are annotated here (new errors and warnings first, at most ${MAX_ANNOTATIONS} a run); the report-file output (JSON) holds every finding.`
    : '';
  const text = unlocatedText(counted);
  const batches: CheckAnnotation[][] = [];
  for (let start = 0; start < annotations.length; start += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(start, start + ANNOTATIONS_PER_REQUEST));
  if (batches.length === 0) batches.push([]);
  // Every request repeats the summary (the API wants it with annotations); all but the last say the run is not
  // whole yet, so a run stopped part-way (a rate limit) says so on its own page instead of silently lacking some.
  let sent = 0;
  const summaries = batches.map((batch, index) => {
    sent += batch.length;
    const partial = index < batches.length - 1 ? `⚠️ This check run holds ${sent} of ${annotations.length} annotations: if this line is still here, writing the rest failed (the workflow run's log says why).` : '';
    return withTail(checkSummary(outcome, counted, options.changed), [shown, partial]);
  });
  const [first = [], ...rest] = batches;
  return {
    create: {
      name: options.checkName ?? CHECK_RUN_NAME,
      head_sha: options.headSha,
      status: 'completed',
      conclusion: outcome.verdict === 'fail' ? 'failure' : 'success',
      ...(options.detailsUrl && { details_url: options.detailsUrl }),
      output: { title, summary: summaries[0]!, ...(text && { text }), annotations: first },
    },
    updates: rest.map((batch, index) => ({ output: { title, summary: summaries[index + 1]!, annotations: batch } })),
  };
}

/** The summary clipped to the byte limit with room kept for the lines that say what it holds, which must survive. */
function withTail(summary: string, tail: string[]): string {
  const end = tail.filter(Boolean).map((line) => `\n\n${line}`).join('');
  return clipBytes(summary, OUTPUT_LIMIT - Buffer.byteLength(end)) + end;
}

/**
 * The order annotations are sent in, so that the cap drops the least useful: new errors and warnings before notices
 * and before what the base already has; within those, the changed lines first, then the more severe.
 */
function annotationOrder(findings: Finding[], changed: ChangedLines | undefined): Finding[] {
  const key = (finding: Finding) => [finding.baseline === 'existing' ? 1 : 0, finding.severity === 'notice' ? 1 : 0, changeRank(finding, changed), SEVERITY_ORDER[finding.severity]];
  return findings
    .map((finding, index) => ({ finding, index, key: key(finding) }))
    .sort((a, b) => compareKeys(a.key, b.key) || a.index - b.index)
    .map(({ finding }) => finding);
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

function compareKeys(a: number[], b: number[]): number {
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return a[index]! - b[index]!;
  return 0;
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
  let size = Buffer.byteLength(head.join('\n')) + 200;
  for (const finding of unlocated) {
    const object = [describeObjects(finding), describeTarget(finding.target)].filter(Boolean).join(' in ');
    const row = `| ${finding.severity} | ${markdown(clipBytes(finding.ruleId, 200))} | ${markdown(clipBytes(object, 1000))} | ${markdown(clipBytes(finding.message, 1000))} |`;
    const bytes = Buffer.byteLength(row) + 1;
    if (size + bytes > OUTPUT_LIMIT) break;
    size += bytes;
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
    annotation_level: LEVELS[annotationLevel(finding)],
    message: clipBytes(`${finding.message}\n${subject} [${finding.ruleId}]${finding.baseline === 'existing' ? ' (already in the base: not counted)' : ''}`, MESSAGE_LIMIT),
    title: clipBytes(finding.title || finding.ruleId, TITLE_LIMIT),
  };
}

/**
 * `text` in at most `limit` bytes of UTF-8, cut on a character boundary and ended with `…` when cut. GitHub counts
 * its limits in bytes; a JavaScript length counts UTF-16 units, up to three times fewer for CJK text. Hand-written:
 * Buffer gives the bytes, and only stepping back over continuation bytes (10xxxxxx) is left to do.
 */
export function clipBytes(text: string, limit: number): string {
  if (text.length * 3 <= limit) return text;
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= limit) return text;
  let end = Math.max(0, limit - ELLIPSIS_BYTES);
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  return `${bytes.subarray(0, end).toString('utf8')}…`;
}

const ELLIPSIS_BYTES = 3;
