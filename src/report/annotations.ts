// Workflow-command annotations, capped honestly at what GitHub shows per step.
import type { Finding, Outcome, Severity } from '../model.js';
import { changeRank, repositoryPath, type ReportContext } from './context.js';
import { describeObjects, describeTarget, describeVariants } from './describe.js';
import { commandData, commandProperty } from './escape.js';

/** GitHub shows at most this many annotations of each level per step and drops the rest silently. */
export const ANNOTATIONS_PER_LEVEL = 10;

export interface Annotation {
  level: Severity;
  message: string;
  properties: { title: string; file?: string; startLine?: number; startColumn?: number };
}

/**
 * Messages and properties come out ready for @actions/core (escape.ts did what core does not).
 * `reserved` are warning and notice slots already spent, e.g. on a summary that could not be written or a fork notice. The slots go to
 * what matters most (see `chooseAnnotated`); file paths are made relative to the repository (`context.pathPrefix`).
 */
export function formatAnnotations(outcome: Outcome, reserved: { warning?: number; notice?: number } = {}, context: ReportContext = {}): Annotation[] {
  const limits: Record<Severity, number> = {
    error: ANNOTATIONS_PER_LEVEL,
    warning: ANNOTATIONS_PER_LEVEL - (reserved.warning ?? 0),
    notice: ANNOTATIONS_PER_LEVEL - (reserved.notice ?? 0),
  };
  // setFailed spends one error slot; an overflow note spends one notice slot.
  if (outcome.verdict === 'fail') limits.error--;
  // An accepted finding is no reviewer's business on the diff; the summary and the JSON list it.
  const counted = outcome.findings.filter((candidate) => !candidate.suppressed);
  const overflowing = (['error', 'warning', 'notice'] as const).some((level) => counted.filter((finding) => annotationLevel(finding) === level).length > limits[level]);
  if (overflowing) limits.notice--;

  const annotations = chooseAnnotated(counted, limits, context).map((finding) => toAnnotation(finding, context));
  const hidden = counted.length - annotations.length;
  if (hidden > 0) {
    annotations.push({
      level: 'notice',
      message: `${hidden} more finding${hidden === 1 ? ' is' : 's are'} not annotated here (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level); the job summary lists them as far as 1 MiB allows, the report-file output (JSON) all ${counted.length}.`,
      properties: { title: 'kube-policy-gate: more findings in the job summary' },
    });
  }
  return annotations;
}

/**
 * The findings worth a slot, level by level: those on lines the pull request changes first, then in files it
 * changes, then the rest; within each, one per file before a second in the same file, so no file's findings crowd
 * out another's. Returned in the outcome's order (most severe, then by file and line).
 */
export function chooseAnnotated(findings: Finding[], limits: Record<Severity, number>, context: ReportContext = {}): Finding[] {
  const seenInFile = new Map<string, number>();
  const ranked = findings.map((finding, index) => {
    // What the pull request introduces before what its base has already (new-findings-only).
    const rank = changeRank(finding, context.changed) + (finding.baseline === 'existing' ? 3 : 0);
    const key = `${finding.severity}\0${rank}\0${finding.location?.file ?? ''}`;
    const nth = seenInFile.get(key) ?? 0;
    seenInFile.set(key, nth + 1);
    return { finding, index, rank, nth };
  });
  ranked.sort((a, b) => a.rank - b.rank || a.nth - b.nth || a.index - b.index);
  const used: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const chosen: typeof ranked = [];
  for (const candidate of ranked) {
    const level = annotationLevel(candidate.finding);
    if (used[level] >= limits[level]) continue;
    used[level]++;
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.index - b.index).map(({ finding }) => finding);
}

function toAnnotation(finding: Finding, context: ReportContext): Annotation {
  const subject = [describeObjects(finding), `from ${describeTarget(finding.target)}${describeVariants(finding)}`].filter(Boolean).join(' ');
  const existing = finding.baseline === 'existing' ? ' (already in the base: not counted)' : '';
  const message = commandData(`${finding.message}\n${subject} [${finding.ruleId}]${existing}`);
  const { location } = finding;
  return {
    level: annotationLevel(finding),
    message,
    properties: {
      title: commandProperty(finding.title),
      ...(location && { file: commandProperty(repositoryPath(location.file, context)), startLine: location.line, ...(location.column && { startColumn: location.column }) }),
    },
  };
}

/**
 * The level a finding is shown at: its severity, except that what the base already has (new-findings-only) is a
 * notice, so a reviewer sees red only for what the pull request adds. It still says its severity in the summary.
 */
export function annotationLevel(finding: Finding): Severity {
  return finding.baseline === 'existing' ? 'notice' : finding.severity;
}

export interface AnnotationSink {
  error(message: string, properties: Annotation['properties']): void;
  warning(message: string, properties: Annotation['properties']): void;
  notice(message: string, properties: Annotation['properties']): void;
}

export function emitAnnotations(annotations: Annotation[], sink: AnnotationSink): void {
  for (const annotation of annotations) sink[annotation.level](annotation.message, annotation.properties);
}
